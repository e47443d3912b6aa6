/**
 * Export benchmark: N generated articles (default 10,000) streamed to our JSONL through the real
 * Node file target. Targets: under 20 s, and flat memory (heap growth from the first tenth of
 * the run to its end stays small: documents are not kept).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDataset, type ExportDocument, type ExportSpan } from '../src/core/formats';
import { NodeTarget } from '../src/cli/commands/export';

const NAMES = [['राजनाथ सिंह', 'PERSON'], ['व्लादिमीर पुतिन', 'PERSON'], ['मॉस्को', 'LOCATION'], ['नई दिल्ली', 'LOCATION'], ['रक्षा मंत्रालय', 'ORG'], ['10 दिसंबर 2024', 'DATE'], ['S-400', 'EQUIPMENT']] as const;
const FILLER = ['ने', 'में', 'के साथ', 'मुलाक़ात की', 'बैठक हुई', 'और', 'द्विपक्षीय संबंधों पर चर्चा की', 'रक्षा सहयोग', '😀', 'कहा।'];

/** A deterministic pseudo-article (~3 KB) with spans at known places. */
export function generateArticle(i: number): ExportDocument {
  let text = '';
  const spans: ExportSpan[] = [];
  let k = i;
  for (let s = 0; s < 40; s++) {
    const [name, label] = NAMES[(k = (k * 1103515245 + 12345) >>> 0) % NAMES.length];
    text += FILLER[k % FILLER.length] + ' ';
    const start = text.length;
    text += name;
    spans.push({ start, end: text.length, label, text: name, source: 'auto', status: s % 3 ? 'suggested' : 'accepted', confidence: 0.95, method: 'kb-exact' });
    text += ' ' + FILLER[(k >>> 8) % FILLER.length] + (s % 5 === 4 ? '\r\n' : ' ');
  }
  const id = `news/${String(i).padStart(6, '0')}.txt`;
  return { id, path: id, text, sha256: createHash('sha256').update(text).digest('hex'), spans, zones: [{ start: text.length - 20, end: text.length, kind: 'footer' }] };
}

export interface ExportBenchResult {
  articles: number;
  totalMs: number;
  bytesWritten: number;
  heapStartMb: number;
  heapPeakMb: number;
  /** Heap after the whole run minus heap after the first tenth (both after a GC when available). */
  heapGrowthMb: number;
  rssPeakMb: number;
}

export async function runExportBench(count: number): Promise<ExportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'na-bench-export-'));
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  try {
    const heapStart = heap();
    let heapPeak = heapStart;
    let rssPeak = process.memoryUsage().rss / 2 ** 20;
    let heapAtTenth = heapStart;
    const tenth = Math.max(1, Math.floor(count / 10));
    async function* docs() {
      for (let i = 0; i < count; i++) yield generateArticle(i);
    }
    const started = performance.now();
    const report = await exportDataset(
      'jsonl',
      docs(),
      { meetings: [], kb: [], generator: { name: 'news-annotator-bench', version: '0' } },
      {},
      new NodeTarget(dir),
      {
        onDocument: (done) => {
          if (done % 500 === 0 || done === tenth) {
            const m = process.memoryUsage();
            heapPeak = Math.max(heapPeak, m.heapUsed / 2 ** 20);
            rssPeak = Math.max(rssPeak, m.rss / 2 ** 20);
            if (done === tenth) heapAtTenth = heap();
          }
        },
      },
    );
    const totalMs = performance.now() - started;
    if (report.documents !== count) throw new Error(`exported ${report.documents} of ${count}`);
    const heapEnd = heap();
    return {
      articles: count,
      totalMs,
      bytesWritten: statSync(join(dir, 'corpus.jsonl')).size,
      heapStartMb: heapStart,
      heapPeakMb: heapPeak,
      heapGrowthMb: heapEnd - heapAtTenth,
      rssPeakMb: rssPeak,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
