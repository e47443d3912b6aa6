import * as assert from 'node:assert/strict';
import { pairs } from './helpers';

describe('ner/patterns: names not in the knowledge base', () => {
  it('finds a first name followed by a common surname', () => {
    assert.deepEqual(pairs('गांव के निवासी राकेश वर्मा ने बताया। Ramesh Yadav said so.').filter(([l]) => l === 'PERSON'), [['PERSON', 'राकेश वर्मा'], ['PERSON', 'Ramesh Yadav']]);
  });

  it('does not take function words or common nouns before a surname for a first name', () => {
    assert.deepEqual(pairs('सरकार कुमार को जानती है। पुलिस शर्मा से मिली। इस सिंह की बात।'), []);
  });

  it('finds places before a place noun, but not a demonstrative', () => {
    assert.deepEqual(pairs('रामपुर गांव और सीतापुर जिले में बारिश। इस जिले में कई गांव हैं।'), [['LOCATION', 'रामपुर'], ['LOCATION', 'सीतापुर']]);
  });

  it('reads the dateline that opens an article', () => {
    const text = 'भोपालगढ़: शहर में बुधवार को भारी बारिश हुई और कई इलाकों में पानी भर गया, जिससे लोगों को आने-जाने में परेशानी हुई।';
    assert.deepEqual(pairs(text).filter(([l]) => l === 'LOCATION'), [['LOCATION', 'भोपालगढ़']]);
    // a short line with a colon is a heading, not a dateline
    assert.deepEqual(pairs('समाचार: आज की खबरें').filter(([l]) => l === 'LOCATION'), []);
  });
});
