/**
 * Agreement benchmark: corpus-level figures (P/R/F1 exact and overlap, token kappa, disagreement
 * counts) for a generated corpus annotated twice, and one pathological article with many
 * overlapping and nested spans. Deterministic (seeded).
 */
import { rng } from './lib/corpusGen';
import { agreement, compareAnnotations, type AgreementDocument, type AgreementSpan } from '../src/core/agreement';

const WORDS = ['राजनाथ', 'सिंह', 'ने', 'मॉस्को', 'में', 'पुतिन', 'से', 'मुलाकात', 'की', '।', 'भारत', 'रूस', 'रक्षा', 'मंत्री', 'Belousov', 'met', 'in', 'Delhi'];
const LABELS = ['PERSON', 'ORG', 'LOCATION', 'DATE', 'EQUIPMENT', 'EVENT'];

/** A text of about `chars` characters and spans on word boundaries; `other` perturbs them like a second annotator. */
function article(r: () => number, chars: number, spanEvery: number): { text: string; left: AgreementSpan[]; right: AgreementSpan[] } {
  const words: { start: number; end: number }[] = [];
  let text = '';
  while (text.length < chars) {
    const w = WORDS[Math.floor(r() * WORDS.length)];
    if (text) text += ' ';
    words.push({ start: text.length, end: text.length + w.length });
    text += w;
  }
  const left: AgreementSpan[] = [];
  const right: AgreementSpan[] = [];
  for (let i = 0; i < words.length; i += 1 + Math.floor(r() * spanEvery)) {
    const len = 1 + Math.floor(r() * 3);
    const end = words[Math.min(words.length - 1, i + len - 1)].end;
    const s = { start: words[i].start, end, label: LABELS[Math.floor(r() * LABELS.length)] };
    left.push(s);
    const p = r();
    if (p < 0.75) right.push({ ...s });
    else if (p < 0.83) right.push({ ...s, label: LABELS[(LABELS.indexOf(s.label) + 1) % LABELS.length] });
    else if (p < 0.92) right.push({ ...s, end: words[i].end });
    // else: only left
    if (r() < 0.05) right.push({ start: words[i].start, end: words[i].end, label: 'DATE' });
  }
  return { text, left, right };
}

export function runAgreementBench(count: number): Record<string, number> {
  const r = rng(8);
  const docs: AgreementDocument[] = [];
  let spans = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const a = article(r, 4000, 8);
    docs.push({ id: `a${i}`, ...a });
    spans += a.left.length + a.right.length;
    bytes += a.text.length;
  }
  let t = performance.now();
  const cpu = process.cpuUsage();
  const report = agreement(docs);
  const corpusMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const corpusCpuMs = (used.user + used.system) / 1000;

  // One dense article: 1 MB, 20,000 spans per side, nested and overlapping.
  const dense = article(rng(9), 1_000_000, 2);
  const nested = dense.left.slice(0, 20_000);
  const nestedRight = dense.right.slice(0, 20_000).concat(nested.filter((_, i) => i % 7 === 0).map((s) => ({ ...s, start: Math.max(0, s.start - 5) })));
  t = performance.now();
  const cmp = compareAnnotations(nested, nestedRight);
  const denseMs = performance.now() - t;
  t = performance.now();
  agreement([{ id: 'dense', text: dense.text, left: nested, right: nestedRight }]);
  const denseAllMs = performance.now() - t;
  return {
    articles: count,
    spans,
    textMb: bytes / 1e6,
    corpusMs,
    corpusCpuMs,
    kappa: report.kappa?.kappa ?? NaN,
    overlapF1: report.overlap.overall.f1,
    denseSpans: nested.length + nestedRight.length,
    denseDisagreements: cmp.disagreements.length,
    denseCompareMs: denseMs,
    denseAllFiguresMs: denseAllMs,
  };
}
