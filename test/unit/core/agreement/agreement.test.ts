import * as assert from 'node:assert/strict';
import {
  adjudicate, agreement, compareAnnotations, matchSpans, spanPrf, tagTokens, tokenize, tokenKappa,
  type AgreementSpan,
} from '../../../../src/core/agreement';

const s = (start: number, end: number, label: string): AgreementSpan => ({ start, end, label });
const close = (actual: number | null, expected: number, msg?: string) => {
  assert.ok(actual !== null, msg ?? 'value is null');
  assert.ok(Math.abs(actual - expected) < 1e-9, `${msg ?? ''} expected ${expected}, got ${actual}`);
};

// Left (reference) and right sets used by several tests, with a nested span (LOC inside ORG).
const LEFT = [s(0, 5, 'PERSON'), s(10, 20, 'ORG'), s(12, 15, 'LOCATION'), s(30, 35, 'PERSON')];
const RIGHT = [s(0, 5, 'PERSON'), s(10, 18, 'ORG'), s(12, 15, 'LOCATION'), s(30, 35, 'LOCATION'), s(40, 45, 'DATE')];

describe('agreement: span precision / recall / F1', () => {
  it('exact matching, hand-computed overall and per label (nested span included)', () => {
    const r = spanPrf(LEFT, RIGHT, 'exact');
    assert.deepEqual([r.overall.tp, r.overall.fp, r.overall.fn], [2, 3, 2]);
    close(r.overall.precision, 2 / 5);
    close(r.overall.recall, 2 / 4);
    close(r.overall.f1, 4 / 9);
    assert.deepEqual(Object.keys(r.perLabel), ['DATE', 'LOCATION', 'ORG', 'PERSON']);
    close(r.perLabel.PERSON.precision, 1);
    close(r.perLabel.PERSON.recall, 0.5);
    close(r.perLabel.PERSON.f1, 2 / 3);
    close(r.perLabel.LOCATION.precision, 0.5);
    close(r.perLabel.LOCATION.recall, 1);
    close(r.perLabel.ORG.f1, 0);
    assert.deepEqual([r.perLabel.DATE.precision, r.perLabel.DATE.recall, r.perLabel.DATE.f1], [0, 0, 0]);
    close(r.macroF1, (0 + 2 / 3 + 0 + 2 / 3) / 4);
  });

  it('overlap matching counts the boundary mismatch but not the label mismatch', () => {
    const r = spanPrf(LEFT, RIGHT, 'overlap');
    assert.deepEqual([r.overall.tp, r.overall.fp, r.overall.fn], [3, 2, 1]);
    close(r.overall.precision, 3 / 5);
    close(r.overall.recall, 3 / 4);
    close(r.overall.f1, 2 / 3);
    close(r.perLabel.ORG.f1, 1);
  });

  it('swapping sides swaps precision and recall', () => {
    const a = spanPrf(LEFT, RIGHT, 'overlap');
    const b = spanPrf(RIGHT, LEFT, 'overlap');
    close(b.overall.precision, a.overall.recall);
    close(b.overall.recall, a.overall.precision);
  });

  it('overlap matching is one-to-one, prefers larger overlap, and finds the maximum number of pairs', () => {
    // One left span, two right spans inside it: only one pair; the larger overlap wins.
    assert.deepEqual(matchSpans([s(0, 10, 'PERSON')], [s(0, 4, 'PERSON'), s(2, 10, 'PERSON')], 'overlap'), [[0, 1]]);
    // Greedy would pair L0 with R0 (overlap 5) and leave L1 alone; the maximum matching pairs both.
    const pairs = matchSpans([s(0, 10, 'PERSON'), s(8, 12, 'PERSON')], [s(5, 12, 'PERSON'), s(0, 3, 'PERSON')], 'overlap');
    assert.deepEqual(pairs, [[0, 1], [1, 0]]);
    const r = spanPrf([s(0, 10, 'PERSON'), s(8, 12, 'PERSON')], [s(5, 12, 'PERSON'), s(0, 3, 'PERSON')], 'overlap');
    close(r.overall.f1, 1);
  });

  it('duplicate spans on one side match once', () => {
    const r = spanPrf([s(0, 3, 'ORG')], [s(0, 3, 'ORG'), s(0, 3, 'ORG')], 'exact');
    assert.deepEqual([r.overall.tp, r.overall.fp, r.overall.fn], [1, 1, 0]);
  });

  it('empty sides: both empty is perfect, one empty scores 0; invalid spans are ignored', () => {
    const both = spanPrf([], [], 'exact');
    assert.deepEqual([both.overall.precision, both.overall.recall, both.overall.f1], [1, 1, 1]);
    const oneSided = spanPrf([s(0, 2, 'ORG')], [s(5, 5, 'ORG'), s(7, 3, 'ORG')], 'overlap');
    assert.deepEqual([oneSided.overall.tp, oneSided.overall.fp, oneSided.overall.fn], [0, 0, 1]);
    assert.equal(oneSided.overall.f1, 0);
  });
});

describe('agreement: Cohen kappa over tokens', () => {
  it('tokenizes Devanagari words with their matras and splits punctuation and danda', () => {
    const text = 'राजनाथ सिंह ने पुतिन से मुलाकात की। (IGC) 🙂';
    const toks = tokenize(text).map((t) => text.slice(t.start, t.end));
    assert.deepEqual(toks, ['राजनाथ', 'सिंह', 'ने', 'पुतिन', 'से', 'मुलाकात', 'की', '।', '(', 'IGC', ')', '🙂']);
  });

  it('single-token spans with a label mismatch: kappa = 3/7 (hand-computed)', () => {
    const text = 'Ram met Shyam in Delhi .';
    const left = [s(0, 3, 'PERSON'), s(8, 13, 'PERSON'), s(17, 22, 'LOCATION')];
    const right = [s(0, 3, 'PERSON'), s(8, 13, 'LOCATION')];
    for (const scheme of ['iob', 'label'] as const) {
      const k = tokenKappa(text, left, right, scheme);
      assert.equal(k.tokens, 6);
      close(k.observed, 4 / 6);
      close(k.expected, 15 / 36);
      close(k.kappa, 3 / 7, scheme);
    }
  });

  it('multi-token span with a boundary mismatch: IOB kappa 1/9, label kappa 1/2', () => {
    const text = 'New Delhi is big';
    const left = [s(0, 9, 'LOCATION')];
    const right = [s(4, 9, 'LOCATION')];
    assert.deepEqual(tagTokens(tokenize(text), left, 'iob').tags, ['B-LOCATION', 'I-LOCATION', 'O', 'O']);
    assert.deepEqual(tagTokens(tokenize(text), right, 'iob').tags, ['O', 'B-LOCATION', 'O', 'O']);
    close(tokenKappa(text, left, right, 'iob').kappa, 1 / 9);
    close(tokenKappa(text, left, right, 'label').kappa, 1 / 2);
    close(tokenKappa(text, left, right, 'label').perLabel.LOCATION.kappa, 1 / 2);
  });

  it('nested spans: the outer span tags the token, the per-label table sees both', () => {
    const text = 'Bank of India Mumbai';
    const outer = s(0, 20, 'ORG');
    const inner = s(8, 13, 'LOCATION');
    const t = tagTokens(tokenize(text), [inner, outer], 'iob');
    assert.deepEqual(t.tags, ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    assert.deepEqual([...t.labels[2]].sort(), ['LOCATION', 'ORG']);
    const k = tokenKappa(text, [outer, inner], [outer], 'iob');
    // Tags agree on every token (B-ORG once, I-ORG thrice on both sides): po = 1, pe = 10/16.
    close(k.expected, 10 / 16);
    close(k.kappa, 1);
    // LOCATION: left has it on one token of four, right on none: po = 3/4, pe = 3/4, kappa 0.
    close(k.perLabel.LOCATION.kappa, 0);
  });

  it('kappa is null when undefined (both sides tag nothing) and 1 for identical varied tagging', () => {
    assert.equal(tokenKappa('a b c', [], []).kappa, null);
    close(tokenKappa('a b c', [s(0, 1, 'X')], [s(0, 1, 'X')]).kappa, 1);
  });

  it('pools a corpus: a label first seen in a later document counts earlier tokens as outside', () => {
    const r = agreement([
      { id: 'd1', text: 'x y', left: [], right: [] },
      { id: 'd2', text: 'Ram Ram', left: [s(0, 3, 'PERSON')], right: [s(4, 7, 'PERSON')] },
    ], 'label');
    assert.ok(r.kappa);
    assert.equal(r.kappa.tokens, 4);
    // tags L: O O PERSON O ; R: O O O PERSON -> po = 2/4, pe = (3*3 + 1*1)/16 = 10/16
    close(r.kappa.observed, 0.5);
    close(r.kappa.expected, 10 / 16);
    close(r.kappa.kappa, (0.5 - 10 / 16) / (1 - 10 / 16));
    close(r.kappa.perLabel.PERSON.kappa, (0.5 - 10 / 16) / (1 - 10 / 16));
    assert.equal(r.kappaDocuments, 2);
  });
});

describe('agreement: disagreements and adjudication', () => {
  it('lists only-left, only-right, label and boundary mismatches in text order', () => {
    const { agreed, disagreements } = compareAnnotations(LEFT, RIGHT);
    assert.deepEqual(agreed.map((x) => [x.start, x.end, x.label]), [[0, 5, 'PERSON'], [12, 15, 'LOCATION']]);
    assert.deepEqual(disagreements.map((d) => [d.kind, d.start, d.end, d.id]), [
      ['boundary-mismatch', 10, 20, 'L10-20:ORG|R10-18:ORG'],
      ['label-mismatch', 30, 35, 'L30-35:PERSON|R30-35:LOCATION'],
      ['only-right', 40, 45, 'R40-45:DATE'],
    ]);
    assert.equal(disagreements[1].boundaryDiffers, false);
  });

  it('pairs a same-label overlap before a different-label one', () => {
    const { disagreements } = compareAnnotations([s(0, 10, 'ORG')], [s(0, 10, 'PERSON'), s(0, 8, 'ORG')]);
    assert.deepEqual(disagreements.map((d) => d.kind), ['boundary-mismatch', 'only-right']);
    assert.equal(disagreements[1].right?.label, 'PERSON');
  });

  it('a label mismatch with other boundaries is flagged', () => {
    const { disagreements } = compareAnnotations([s(0, 10, 'ORG')], [s(2, 12, 'PERSON')]);
    assert.equal(disagreements[0].kind, 'label-mismatch');
    assert.equal(disagreements[0].boundaryDiffers, true);
    assert.deepEqual([disagreements[0].start, disagreements[0].end], [0, 12]);
  });

  it('adjudicates: take left/right/none/edit, the rest falls back to left', () => {
    const res = adjudicate(LEFT, RIGHT, {
      'L10-20:ORG|R10-18:ORG': { take: 'right' },
      'R40-45:DATE': { take: 'edit', spans: [s(40, 44, 'DATE')] },
      'gone': { take: 'left' },
    });
    assert.deepEqual(res.spans.map((x) => `${x.start}-${x.end}:${x.label}`), ['0-5:PERSON', '10-18:ORG', '12-15:LOCATION', '30-35:PERSON', '40-44:DATE']);
    assert.deepEqual(res.undecided.map((d) => d.id), ['L30-35:PERSON|R30-35:LOCATION']);
    assert.deepEqual(res.unknownDecisions, ['gone']);
    const right = adjudicate(LEFT, RIGHT, {}, 'right');
    assert.deepEqual(right.spans.map((x) => `${x.start}-${x.end}:${x.label}`), RIGHT.map((x) => `${x.start}-${x.end}:${x.label}`));
    const both = adjudicate(LEFT, RIGHT, { 'L30-35:PERSON|R30-35:LOCATION': { take: 'both' } }, 'none');
    assert.deepEqual(both.spans.map((x) => `${x.start}-${x.end}:${x.label}`), ['0-5:PERSON', '12-15:LOCATION', '30-35:LOCATION', '30-35:PERSON']);
  });

  it('adjudicated set taken entirely from one side agrees perfectly with that side', () => {
    const res = adjudicate(LEFT, RIGHT, {}, 'left');
    const r = spanPrf(LEFT, res.spans, 'exact');
    assert.equal(r.overall.f1, 1);
  });

  it('corpus report counts disagreements and skips kappa for documents without text', () => {
    const r = agreement([{ id: 'a', left: LEFT, right: RIGHT }]);
    assert.equal(r.kappa, null);
    assert.equal(r.kappaDocuments, 0);
    assert.deepEqual(r.disagreements, { 'only-left': 0, 'only-right': 1, 'label-mismatch': 1, 'boundary-mismatch': 1 });
    assert.equal(r.exact.overall.tp, 2);
  });
});
