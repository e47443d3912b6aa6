import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { agreement, compareAnnotations, type AgreementDocument, type AgreementReport, type AgreementSpan, type PrfReport } from '../../core/agreement';
import { ANNOTATION_FORMAT, CodePointIndex, parseAnnotationFile } from '../../core/annotations';
import { CORPUS_FORMAT } from '../../core/corpusFormat';
import { UsageError, type CliCommand, type CliIO } from '../cliTypes';
import { ArgReader, isHelp } from '../args';

const USAGE = `Usage: news-annotator agreement [options] A B

Agreement between two annotators: A is the reference, B the other set. A and B are each an
annotation file (news-annotator-annotations), a corpus JSON (news-annotator-corpus, e.g. an
export), or a folder searched for both. Documents are paired by article path.

Figures: span precision/recall/F1 per label and overall (exact and overlap matching), Cohen's
kappa over word tokens (needs the article text: from the corpus JSON, or found next to the files
or under --text-root), and counts of disagreements.

Options:
  --json               Print a JSON report ("offsets":"codepoint") with per-document disagreements.
  --scheme iob|label   Token tags for kappa: B-/I-/O (default) or the bare label.
  --status S           Spans that count: "decided" (default: every span not rejected),
                       "accepted" (accepted only) or "all".
  --text-root DIR      Folder the article paths are relative to (for kappa).
  -h, --help           Show this help.

Exit codes: 0 done, 1 some inputs could not be read or paired, 2 usage error.
`;

/** One document's spans from one side; offsets in code points. */
interface SideDoc {
  id: string;
  sha256?: string;
  text?: string;
  spans: AgreementSpan[];
  /** File it came from, to find the article text next to it. */
  file: string;
}

type StatusFilter = 'decided' | 'accepted' | 'all';

interface Options { json: boolean; scheme: 'iob' | 'label'; status: StatusFilter; textRoot?: string }

function parseArgs(args: string[], cwd: string): { opts: Options; inputs: string[] } | 'help' {
  const opts: Options = { json: false, scheme: 'iob', status: 'decided' };
  const inputs: string[] = [];
  const reader = new ArgReader(args);
  for (const a of reader) {
    if (isHelp(a)) return 'help';
    else if (a === '--json') opts.json = true;
    else if (a === '--scheme') {
      const v = reader.value();
      if (v !== 'iob' && v !== 'label') throw new UsageError(`--scheme must be iob or label, not '${v}'`);
      opts.scheme = v;
    } else if (a === '--status') {
      const v = reader.value();
      if (v !== 'decided' && v !== 'accepted' && v !== 'all') throw new UsageError(`--status must be decided, accepted or all, not '${v}'`);
      opts.status = v;
    } else if (a === '--text-root') opts.textRoot = resolve(cwd, reader.value());
    else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}' for agreement`);
    else inputs.push(resolve(cwd, a));
  }
  if (inputs.length !== 2) throw new UsageError(`agreement needs exactly two inputs (A and B), got ${inputs.length}. Run 'news-annotator agreement --help'.`);
  return { opts, inputs };
}

function keep(status: string, orphan: boolean | undefined, f: StatusFilter): boolean {
  if (orphan) return false;
  if (f === 'all') return true;
  if (f === 'accepted') return status === 'accepted';
  return status !== 'rejected';
}

/** Reads one JSON file as annotation file or corpus JSON. Throws with a reason otherwise. */
async function loadJson(file: string, f: StatusFilter): Promise<SideDoc[]> {
  const content = await readFile(file, 'utf8');
  let format: unknown;
  try {
    format = (JSON.parse(content.replace(/^\uFEFF/, '')) as { format?: unknown }).format;
  } catch (err) {
    throw new Error(`invalid JSON: ${(err as Error).message}`);
  }
  if (format === ANNOTATION_FORMAT) {
    const a = parseAnnotationFile(content);
    return [{ id: a.article, sha256: a.sha256, file, spans: a.spans.filter((s) => keep(s.status, s.orphan, f)).map(({ start, end, label, text }) => ({ start, end, label, text })) }];
  }
  if (format === CORPUS_FORMAT) {
    const c = JSON.parse(content.replace(/^\uFEFF/, '')) as { offsets?: string; documents?: unknown };
    if (c.offsets !== 'codepoint') throw new Error(`corpus JSON "offsets" must be "codepoint", got ${JSON.stringify(c.offsets)}`);
    if (!Array.isArray(c.documents)) throw new Error('corpus JSON has no "documents" array');
    return c.documents.map((d: { id?: string; path?: string; sha256?: string; text?: string; entities?: { start: number; end: number; label: string; text?: string; status?: string }[] }, i: number) => {
      const id = d.path ?? d.id;
      if (typeof id !== 'string' || !Array.isArray(d.entities)) throw new Error(`document ${i + 1} lacks an id/path or an "entities" array`);
      return {
        id, sha256: d.sha256, text: typeof d.text === 'string' ? d.text : undefined, file,
        spans: d.entities.filter((s) => keep(s.status ?? 'accepted', false, f)).map(({ start, end, label, text }) => ({ start, end, label, text })),
      };
    });
  }
  throw new Error(`not an annotation file or corpus JSON (format ${JSON.stringify(format)})`);
}

async function jsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await jsonFiles(p)));
    else if (e.isFile() && e.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
}

async function loadSide(input: string, f: StatusFilter, errors: string[]): Promise<Map<string, SideDoc>> {
  let st;
  try { st = await stat(input); } catch { throw new UsageError(`cannot read '${input}': no such file or folder`); }
  const files = st.isDirectory() ? await jsonFiles(input) : [input];
  const docs = new Map<string, SideDoc>();
  for (const file of files) {
    try {
      for (const d of await loadJson(file, f)) {
        if (docs.has(d.id)) errors.push(`${file}: article '${d.id}' appears twice on one side; the first one is used`);
        else docs.set(d.id, d);
      }
    } catch (err) {
      // In a folder, unrelated JSON (settings, caches) is skipped quietly unless it claims a format.
      if (st.isDirectory() && /not an annotation file or corpus JSON/.test((err as Error).message)) continue;
      errors.push(`${file}: ${(err as Error).message}`);
    }
  }
  return docs;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The article text for kappa: from the corpus JSON, else found on disk; only if its hash matches. */
async function findText(d: SideDoc, textRoot: string | undefined): Promise<string | undefined> {
  if (d.text !== undefined) return d.text;
  const candidates: string[] = [];
  if (textRoot) candidates.push(join(textRoot, d.id));
  for (let dir = dirname(d.file), i = 0; i < 8; i++) {
    candidates.push(join(dir, d.id));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const c of candidates) {
    try {
      const text = (await readFile(c, 'utf8')).replace(/^\uFEFF/, '');
      if (!d.sha256 || sha256(text) === d.sha256) return text;
    } catch { /* try the next place */ }
  }
  return undefined;
}

interface DocResult { id: string; kappa: boolean; disagreements: ReturnType<typeof compareAnnotations>['disagreements'] }

export const agreementCommand: CliCommand = {
  name: 'agreement',
  summary: 'Inter-annotator agreement (P/R/F1, kappa) between two annotation sets.',
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseArgs(args, io.cwd);
    if (parsed === 'help') { io.stdout(USAGE); return 0; }
    const { opts, inputs } = parsed;
    const errors: string[] = [];
    const [a, b] = [await loadSide(inputs[0], opts.status, errors), await loadSide(inputs[1], opts.status, errors)];
    const docs: AgreementDocument[] = [];
    const perDoc: DocResult[] = [];
    const onlyA = [...a.keys()].filter((k) => !b.has(k)).sort();
    const onlyB = [...b.keys()].filter((k) => !a.has(k)).sort();
    for (const id of [...a.keys()].filter((k) => b.has(k)).sort()) {
      const l = a.get(id)!, r = b.get(id)!;
      if (l.sha256 && r.sha256 && l.sha256 !== r.sha256) {
        errors.push(`'${id}': the two sides annotate different versions of the article (sha256 differs); skipped`);
        continue;
      }
      const text = (await findText(l, opts.textRoot)) ?? (await findText(r, opts.textRoot));
      const idx = text !== undefined ? new CodePointIndex(text) : undefined;
      // In memory the core works on UTF-16 offsets into the text (needed for tokens).
      const toMem = (s: AgreementSpan): AgreementSpan => (idx ? { ...s, start: idx.toUtf16(s.start), end: idx.toUtf16(s.end) } : s);
      const toCp = (s: AgreementSpan): AgreementSpan => (idx ? { ...s, start: idx.toCodePoint(s.start), end: idx.toCodePoint(s.end) } : s);
      const doc: AgreementDocument = { id, text, left: l.spans.map(toMem), right: r.spans.map(toMem) };
      docs.push(doc);
      const dis = compareAnnotations(doc.left, doc.right).disagreements.map((d) => {
        const left = d.left && toCp(d.left), right = d.right && toCp(d.right);
        const ends = [left, right].filter((x): x is AgreementSpan => !!x);
        return { ...d, left, right, start: Math.min(...ends.map((x) => x.start)), end: Math.max(...ends.map((x) => x.end)) };
      });
      perDoc.push({ id, kappa: text !== undefined, disagreements: dis });
    }
    if (onlyA.length) errors.push(`${onlyA.length} article(s) only in A, not compared: ${onlyA.slice(0, 5).join(', ')}${onlyA.length > 5 ? ', ...' : ''}`);
    if (onlyB.length) errors.push(`${onlyB.length} article(s) only in B, not compared: ${onlyB.slice(0, 5).join(', ')}${onlyB.length > 5 ? ', ...' : ''}`);
    if (!docs.length) {
      for (const e of errors) io.stderr(`news-annotator agreement: ${e}\n`);
      io.stderr('news-annotator agreement: no article is annotated on both sides; nothing to compare.\n');
      return 1;
    }
    const report = agreement(docs, opts.scheme);
    if (opts.json) {
      io.stdout(JSON.stringify({
        format: 'news-annotator-agreement', version: 1, offsets: 'codepoint',
        a: relative(io.cwd, inputs[0]) || '.', b: relative(io.cwd, inputs[1]) || '.',
        ...report,
        documentsOnlyInA: onlyA, documentsOnlyInB: onlyB,
        perDocument: perDoc.map((d) => ({ id: d.id, kappa: d.kappa, disagreements: d.disagreements })),
        problems: errors,
      }, null, 2) + '\n');
    } else {
      io.stdout(formatReport(report, perDoc));
    }
    for (const e of errors) io.stderr(`news-annotator agreement: ${e}\n`);
    return errors.length ? 1 : 0;
  },
};

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const k3 = (x: number | null) => (x === null ? '   n/a' : x.toFixed(3).padStart(6));

function prfTable(title: string, r: PrfReport): string[] {
  const labels = Object.keys(r.perLabel);
  const w = Math.max(7, ...labels.map((l) => l.length));
  const row = (name: string, s: PrfReport['overall']) => `  ${name.padEnd(w)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
  return [
    `${title}`,
    `  ${'label'.padEnd(w)}     P%     R%    F1%    tp    fp    fn`,
    ...labels.map((l) => row(l, r.perLabel[l])),
    row('overall', r.overall),
    `  macro F1 ${pct(r.macroF1).trim()}%`,
  ];
}

function formatReport(r: AgreementReport, perDoc: DocResult[]): string {
  const lines = [`Agreement over ${r.documents} article(s) (A = reference, B = other)`, ''];
  lines.push(...prfTable('Spans, exact match:', r.exact), '', ...prfTable('Spans, overlap match:', r.overlap), '');
  if (r.kappa) {
    lines.push(`Cohen's kappa over ${r.kappa.tokens} tokens (${r.kappa.scheme} tags, ${r.kappaDocuments} of ${r.documents} article(s) with text): ${k3(r.kappa.kappa).trim()}  (observed ${r.kappa.observed.toFixed(3)}, chance ${r.kappa.expected.toFixed(3)})`);
    for (const [label, k] of Object.entries(r.kappa.perLabel)) lines.push(`  ${label.padEnd(10)} ${k3(k.kappa)}`);
  } else {
    lines.push("Cohen's kappa: n/a (no article text found; pass --text-root DIR or use corpus JSON with text)");
  }
  const d = r.disagreements;
  lines.push('', `Disagreements: ${d['only-left']} only in A, ${d['only-right']} only in B, ${d['label-mismatch']} label mismatches, ${d['boundary-mismatch']} boundary mismatches`);
  for (const doc of perDoc) if (doc.disagreements.length) lines.push(`  ${doc.id}: ${doc.disagreements.length}`);
  return lines.join('\n') + '\n';
}
