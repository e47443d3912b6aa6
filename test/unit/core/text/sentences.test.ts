import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../../src/core/text/sentences';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('text/sentences', () => {
  it('splits on danda, ?, ! and a full stop followed by a space', () => {
    assert.deepEqual(texts('पहला वाक्य। दूसरा? तीसरा! चौथा. पांचवां'), ['पहला वाक्य।', 'दूसरा?', 'तीसरा!', 'चौथा.', 'पांचवां']);
  });

  it('keeps the abbreviations of the genre whole', () => {
    assert.deepEqual(texts('डॉ. एस. जयशंकर ने कहा। Dr. Rao met Gen. Singh. Mr. X left.'),
      ['डॉ. एस. जयशंकर ने कहा।', 'Dr. Rao met Gen. Singh.', 'Mr. X left.']);
  });

  it('keeps initials written together whole ("ए.पी. सिंह", "डी.के.", "A.P.")', () => {
    assert.deepEqual(texts('एयर चीफ मार्शल ए.पी. सिंह ने कहा। डी.के. सुनील और Lt Gen A.P. Rao आए।'),
      ['एयर चीफ मार्शल ए.पी. सिंह ने कहा।', 'डी.के. सुनील और Lt Gen A.P. Rao आए।']);
    // a word that only looks like two letter names is still a sentence end: "वे गए.पी. नहीं" is not a chain
    assert.deepEqual(texts('बैठक खत्म हुई. सी.आर. पाटिल लौटे.'), ['बैठक खत्म हुई.', 'सी.आर. पाटिल लौटे.']);
  });

  it('never crosses a line break and numbers paragraphs by line', () => {
    const s = splitSentences('पहली पंक्ति\r\n\r\nदूसरी पंक्ति। और');
    assert.deepEqual(s.map((x) => x.paragraph), [0, 1, 1]);
  });

  it('keeps closing quotes with their sentence and does not split 3.0 or URLs', () => {
    assert.deepEqual(texts('उसने कहा, “ठीक है।” फिर Modi 3.0 at t.co/x ok.'), ['उसने कहा, “ठीक है।”', 'फिर Modi 3.0 at t.co/x ok.']);
  });

  it('gives nothing for empty or blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\t\n'), []);
  });
});
