import * as assert from 'node:assert/strict';
import { mergeSuggestions, suggestionsFromEntities, type AnnotationSpan } from '../../../../src/core/annotations';
import type { EntitySpan } from '../../../../src/core/model';
import { at } from './helpers';

const T = 'राजनाथ सिंह ने मॉस्को में पुतिन और बेलौसोव से मुलाकात की।';

function entity(needle: string, label: string, confidence = 0.9): EntitySpan {
  const s = at(T, needle, label);
  return { start: s.start, end: s.end, label, text: needle, source: 'auto', status: 'accepted', confidence };
}

describe('merging suggestions with human decisions', () => {
  it('stores analyser output as suggestions, never accepted', () => {
    const sugg = suggestionsFromEntities([entity('पुतिन', 'PERSON')]);
    const r = mergeSuggestions([], sugg);
    assert.equal(r.added, 1);
    assert.equal(r.spans[0].status, 'suggested');
    assert.equal(r.spans[0].source, 'auto');
  });

  it('a rejected suggestion stays rejected and an accepted one stays accepted', () => {
    const rejected: AnnotationSpan = { ...at(T, 'पुतिन'), source: 'auto', status: 'rejected' };
    const accepted: AnnotationSpan = { ...at(T, 'मॉस्को', 'LOCATION'), source: 'auto', status: 'accepted' };
    const sugg = suggestionsFromEntities([entity('पुतिन', 'PERSON'), entity('मॉस्को', 'LOCATION')]);
    const r = mergeSuggestions([rejected, accepted], sugg);
    assert.equal(r.added, 0);
    assert.deepEqual(r.spans.map((s) => [s.text, s.status]), [['मॉस्को', 'accepted'], ['पुतिन', 'rejected']]);
  });

  it('re-running is idempotent and never accepts anything', () => {
    const sugg = suggestionsFromEntities([entity('पुतिन', 'PERSON'), entity('बेलौसोव', 'PERSON')]);
    const once = mergeSuggestions([], sugg).spans;
    const twice = mergeSuggestions(once, sugg);
    assert.equal(twice.added, 0);
    assert.equal(twice.updated, 0);
    assert.deepEqual(twice.spans, once);
    assert.ok(twice.spans.every((s) => s.status === 'suggested'));
  });

  it('does not add suggestions overlapping an accepted span of another label or range', () => {
    const manual = at(T, 'राजनाथ सिंह', 'PERSON');
    const sugg = suggestionsFromEntities([entity('सिंह', 'PERSON'), entity('राजनाथ सिंह', 'ORG')]);
    const r = mergeSuggestions([manual], sugg);
    assert.equal(r.added, 0);
    assert.equal(r.spans.length, 1);
  });

  it('refreshes pending suggestions and removes stale ones', () => {
    const first = mergeSuggestions([], suggestionsFromEntities([entity('पुतिन', 'PERSON', 0.6), entity('बेलौसोव', 'PERSON')])).spans;
    const r = mergeSuggestions(first, suggestionsFromEntities([entity('पुतिन', 'PERSON', 0.95)]));
    assert.equal(r.updated, 1);
    assert.deepEqual(r.removed.map((s) => s.text), ['बेलौसोव']);
    assert.equal(r.spans.length, 1);
    assert.equal(r.spans[0].confidence, 0.95);
  });

  it('keeps manual orphans and other decisions untouched', () => {
    const orphan: AnnotationSpan = { ...at(T, 'पुतिन'), orphan: true };
    const r = mergeSuggestions([orphan], []);
    assert.deepEqual(r.spans, [orphan]);
  });
});
