import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, workspaceFolder } from '../helpers';

interface ExportResult {
  report: { documents: number; spans: number; cancelled: boolean; perSplit: Record<string, number> };
  files: string[];
  errors: unknown[];
}

const cps = (s: string) => Array.from(s);

describe('export: Export Annotations… run with an options object (no wizard)', function () {
  this.timeout(120000);
  let out: string;
  before(async () => {
    await activeExtension();
    out = mkdtempSync(join(tmpdir(), 'na-int-export-'));
  });
  after(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  function articleCount(): number {
    return readdirSync(workspaceFolder().uri.fsPath).filter((n) => n.endsWith('.txt')).length;
  }

  it('writes our JSON for the workspace: every article, code-point offsets that slice to the span text', async () => {
    const result = (await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', {
      format: 'json',
      out: join(out, 'json'),
      quiet: true,
      writeStats: true,
    })) as ExportResult;
    assert.ok(result, 'the command returns its result');
    assert.equal(result.report.cancelled, false);
    const corpus = JSON.parse(readFileSync(join(out, 'json', 'corpus.json'), 'utf8'));
    assert.equal(corpus.format, 'news-annotator-corpus');
    assert.equal(corpus.offsets, 'codepoint');
    assert.equal(corpus.documents.length, articleCount());
    assert.ok(result.report.spans > 0, 'the workspace articles have entity suggestions');
    for (const d of corpus.documents) {
      const text = cps(d.text);
      for (const e of d.entities) assert.equal(text.slice(e.start, e.end).join(''), e.text, `${d.id} ${e.label} [${e.start}, ${e.end})`);
    }
    const stats = JSON.parse(readFileSync(join(out, 'json', 'stats.json'), 'utf8'));
    assert.equal(stats.documents, corpus.documents.length);
  });

  it('writes brat with a train/dev/test split: .txt/.ann pairs and annotation.conf, no document in two splits', async () => {
    const result = (await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', {
      format: 'brat',
      out: join(out, 'brat'),
      split: '0.6,0.2,0.2',
      seed: 5,
      quiet: true,
    })) as ExportResult;
    assert.ok(existsSync(join(out, 'brat', 'annotation.conf')));
    const seen = new Map<string, string>();
    for (const split of ['train', 'dev', 'test']) {
      const dir = join(out, 'brat', split);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.ann'))) {
        assert.ok(!seen.has(f), `${f} in ${seen.get(f)} and ${split}`);
        seen.set(f, split);
        const txt = cps(readFileSync(join(dir, f.replace(/\.ann$/, '.txt')), 'utf8'));
        for (const line of readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => /^T\d+\t/.test(l))) {
          const [, head, shown] = line.split('\t');
          const frags = head.split(' ').slice(1).join(' ').split(';').map((x) => x.split(' ').map(Number));
          assert.equal(frags.map(([s, e]) => txt.slice(s, e).join('')).join(' '), shown, line);
        }
      }
    }
    assert.equal(seen.size, articleCount());
    assert.equal(Object.values(result.report.perSplit).reduce((a, b) => a + b, 0), articleCount());
  });
});
