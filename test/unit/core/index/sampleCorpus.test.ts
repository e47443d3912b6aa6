import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildArticleEntry } from '../../../../src/core/index/articleEntry';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { meetingLabel } from '../../../../src/core/index/meetingViews';
import type { Meeting } from '../../../../src/core/model';

// dist/test/unit/core/index -> repo root
const ROOT = resolve(__dirname, '..', '..', '..', '..', '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const FILES = ['000_d7d64b3b4160a641.txt', '001_8479c630ef47ba42.txt', '002_880fecec8a66a465.txt', '003_584368c00e5af2b5.txt', '004_f20df1298b48f72c.txt'];

const docsOf = (m: Meeting) => [...new Set(m.mentions.map((x) => x.document))].sort();

describe('core/index over the sample corpus (../shared/corpus)', function () {
  this.timeout(60_000);
  let texts: string[] = [];

  before(function () {
    if (!existsSync(CORPUS)) {
      console.log(`      (skipped: ${CORPUS} is absent; the real articles live in ../shared/corpus)`);
      this.skip();
    }
    texts = FILES.map((f) => readFileSync(resolve(CORPUS, f), 'utf8'));
  });

  const entries = () => FILES.map((f, i) => buildArticleEntry({ path: f, sha256: String(i), mtime: 0, size: texts[i].length }, texts[i], undefined));

  it('merges the Moscow meeting (Singh and Putin) reported by 001 and 002', () => {
    const index = new CorpusIndex();
    index.upsert(entries());
    const moscow = index.meetings().find((m) => m.participants.some((p) => /putin/.test(p.entityId)) && m.participants.some((p) => /rajnath/.test(p.entityId)));
    assert.ok(moscow, index.meetings().map(meetingLabel).join('\n'));
    assert.deepEqual(docsOf(moscow), [FILES[1], FILES[2]]);
    assert.match(meetingLabel(moscow), / · /);
  });

  it('gives the same meetings whatever order the articles are indexed in', () => {
    const a = new CorpusIndex();
    a.upsert(entries());
    const b = new CorpusIndex();
    for (const e of entries().reverse()) b.upsert([e]);
    const snap = (x: CorpusIndex) => x.meetings().map((m) => `${m.id} ${docsOf(m).join(',')}`).sort();
    assert.deepEqual(snap(b), snap(a));
  });
});
