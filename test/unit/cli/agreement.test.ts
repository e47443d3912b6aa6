import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeAnnotationFile, toAnnotationFile, type AnnotationSpan } from '../../../src/core/annotations';

const CLI = join(__dirname, '..', '..', '..', 'cli.js');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'agreement', ...args], { encoding: 'utf8', cwd });

// An emoji before the spans makes code point and UTF-16 offsets differ by one.
const TEXT = '🙂 Ram met Shyam in Delhi .';
const sha = createHash('sha256').update(TEXT, 'utf8').digest('hex');

function sp(needle: string, label: string, status: AnnotationSpan['status'] = 'accepted'): AnnotationSpan {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length, label, text: needle, source: 'manual', status, context: { before: '', after: '' } };
}

function annotationFile(spans: AnnotationSpan[]): string {
  return serializeAnnotationFile(toAnnotationFile({ article: 'news/a.txt', sha256: sha, spans }, TEXT));
}

describe('CLI agreement', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-agree-'));
    mkdirSync(join(dir, 'news'));
    mkdirSync(join(dir, 'ann1'));
    mkdirSync(join(dir, 'ann2'));
    writeFileSync(join(dir, 'news', 'a.txt'), TEXT);
    writeFileSync(join(dir, 'ann1', 'a.json'), annotationFile([sp('Ram', 'PERSON'), sp('Shyam', 'PERSON'), sp('Delhi', 'LOCATION')]));
    // B: label mismatch on Shyam, no Delhi, and a rejected span that must not count
    writeFileSync(join(dir, 'ann2', 'a.json'), annotationFile([sp('Ram', 'PERSON'), sp('Shyam', 'LOCATION'), sp('Delhi', 'ORG', 'rejected')]));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('compares two annotation files: P/R/F1, kappa from the article found beside them, code point offsets', () => {
    const r = run(dir, 'ann1/a.json', 'ann2/a.json', '--json', '--text-root', '.');
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.offsets, 'codepoint');
    assert.equal(j.documents, 1);
    assert.deepEqual([j.exact.overall.tp, j.exact.overall.fp, j.exact.overall.fn], [1, 1, 2]);
    assert.equal(j.exact.overall.precision, 0.5);
    // tokens: 🙂 Ram met Shyam in Delhi . -> 7; L: O PER O PER O LOC O ; R: O PER O LOC O O O
    // po = 5/7, pe = (4*5 + 2*1 + 1*1)/49 = 23/49, kappa = (35/49 - 23/49)/(26/49) = 12/26
    assert.equal(j.kappa.tokens, 7);
    assert.ok(Math.abs(j.kappa.kappa - 12 / 26) < 1e-9, String(j.kappa.kappa));
    const dis = j.perDocument[0].disagreements;
    assert.deepEqual(dis.map((d: { kind: string; start: number; end: number }) => [d.kind, d.start, d.end]), [
      ['label-mismatch', 10, 15], // code points: the emoji counts once
      ['only-left', 19, 24],
    ]);
    assert.equal([...TEXT].slice(10, 15).join(''), 'Shyam');
  });

  it('compares two folders, finds the article text by walking up, prints a table', () => {
    const r = run(dir, 'ann1', 'ann2');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Agreement over 1 article/);
    assert.match(r.stdout, /Spans, exact match:/);
    assert.match(r.stdout, /overall\s+50\.0\s+33\.3\s+40\.0\s+1\s+1\s+2/);
    assert.match(r.stdout, /Cohen's kappa over 7 tokens/);
    assert.match(r.stdout, /1 only in A, 0 only in B, 1 label mismatches, 0 boundary mismatches/);
  });

  it('reads corpus JSON with text, and reports articles present on one side only', () => {
    const corpus = (entities: object[], extra: object[] = []) => JSON.stringify({
      format: 'news-annotator-corpus', version: 1, offsets: 'codepoint', entities: [], meetings: [],
      documents: [{ id: 'news/a.txt', path: 'news/a.txt', sha256: sha, text: TEXT, zones: [], entities }, ...extra],
    });
    const e = (start: number, end: number, label: string) => ({ start, end, label, text: '', source: 'manual', status: 'accepted', confidence: 1 });
    writeFileSync(join(dir, 'c1.json'), corpus([e(2, 5, 'PERSON'), e(10, 15, 'PERSON')], [{ id: 'x', path: 'news/x.txt', sha256: 'ff', zones: [], entities: [] }]));
    writeFileSync(join(dir, 'c2.json'), corpus([e(2, 5, 'PERSON'), e(10, 14, 'PERSON')]));
    const r = run(dir, 'c1.json', 'c2.json', '--json');
    assert.equal(r.status, 1, 'an unpaired article makes the exit code 1');
    assert.match(r.stderr, /1 article\(s\) only in A, not compared: news\/x.txt/);
    const j = JSON.parse(r.stdout);
    assert.equal(j.exact.overall.tp, 1);
    assert.equal(j.overlap.overall.tp, 2);
    assert.equal(j.disagreements['boundary-mismatch'], 1);
    assert.equal(j.kappaDocuments, 1);
  });

  it('reports a corrupt file with its reason and a usage error with exit code 2', () => {
    writeFileSync(join(dir, 'bad.json'), '{"format":"news-annotator-annotations","version":1,');
    const r = run(dir, 'bad.json', 'ann2/a.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.json: invalid JSON/);
    assert.match(r.stderr, /nothing to compare/);
    const u = run(dir, 'ann1/a.json');
    assert.equal(u.status, 2);
    assert.match(u.stderr, /exactly two inputs/);
    assert.equal(run(dir, 'a', 'b', '--scheme', 'xyz').status, 2);
    assert.equal(run(dir, '--help').status, 0);
  });
});
