import * as assert from 'node:assert/strict';
import { phraseKey, tokenKey } from '../../../../src/core/kb/keys';

describe('kb/keys: orthographic and transliteration keys', () => {
  it('gives the spellings of Belousov one key', () => {
    const k = tokenKey('बेलोसोव');
    for (const v of ['बेलौसोव', 'बेलोउसॉव', 'Belousov', 'BELOUSOV']) assert.equal(tokenKey(v), k, v);
  });

  it('collapses vowel length, nukta and nasal spellings', () => {
    assert.equal(tokenKey('दिसंबर'), tokenKey('दिसम्बर'));
    assert.equal(tokenKey('फ़रवरी'), tokenKey('फरवरी'));
    assert.equal(tokenKey('पुतिन'), tokenKey('पूतिन'));
    assert.equal(tokenKey('शोइगू'), tokenKey('शोइगु'));
    assert.equal(tokenKey('Sergei'), tokenKey('Sergey'));
  });

  it('keeps different names apart', () => {
    assert.notEqual(tokenKey('रूस'), tokenKey('रूसी'));
    assert.notEqual(tokenKey('पुतिन'), tokenKey('मोदी'));
    assert.notEqual(tokenKey('Belousov'), tokenKey('Belarus'));
  });

  it('keys phrases word by word, ignoring punctuation', () => {
    assert.equal(phraseKey('आंद्रेई बेलोसोव'), `${tokenKey('आंद्रेई')} ${tokenKey('बेलोसोव')}`);
    assert.equal(phraseKey('Su-30MKI'), phraseKey('su 30mki'));
  });
});
