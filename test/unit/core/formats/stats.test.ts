import * as assert from 'node:assert/strict';
import { computeStats, formatStats } from '../../../../src/core/stats';

describe('dataset stats', () => {
  const stats = computeStats([
    { id: 'b.txt', spans: [
      { label: 'PERSON', text: 'पुतिन', status: 'accepted', entityId: 'per-putin' },
      { label: 'PERSON', text: 'Putin', status: 'suggested', entityId: 'per-putin' },
      { label: 'LOCATION', text: 'मॉस्को', status: 'rejected' },
    ] },
    { id: 'a.txt', spans: [
      { label: 'PERSON', text: 'पुतिन', status: 'accepted', entityId: 'per-putin' },
      { label: 'ORG', text: 'SCO', status: 'accepted' },
    ] },
  ]);

  it('counts per label, per document and per entity; rejected spans only in the rejected column', () => {
    assert.equal(stats.documents, 2);
    assert.equal(stats.spans, 4);
    assert.deepEqual(stats.perLabel.map((l) => [l.label, l.spans, l.accepted, l.suggested, l.rejected, l.documents]), [
      ['LOCATION', 0, 0, 0, 1, 0],
      ['ORG', 1, 1, 0, 0, 1],
      ['PERSON', 3, 2, 1, 0, 2],
    ]);
    assert.deepEqual(stats.perDocument.map((d) => [d.id, d.spans, d.perLabel]), [
      ['a.txt', 2, { ORG: 1, PERSON: 1 }],
      ['b.txt', 2, { PERSON: 2 }],
    ]);
    assert.deepEqual(stats.perEntity.map((e) => [e.key, e.mentions, e.documents, e.text]), [
      ['per-putin', 3, 2, 'पुतिन'],
      ['text:ORG:SCO', 1, 1, 'SCO'],
    ]);
  });

  it('formats a readable report', () => {
    const text = formatStats(stats);
    assert.match(text, /^2 documents, 4 spans/);
    assert.match(text, /PERSON\s+3\s+2\s+1\s+0\s+2/);
    assert.match(text, /per-putin\s+PERSON\s+3\s+2\s+पुतिन/);
  });
});
