/**
 * `news-annotator import`: bring annotations made in other tools into the workspace's annotation
 * files (.news-annotator/annotations/<article>.json). Every span's text is checked against the
 * article at its offsets; mismatches are reported, never imported shifted. An annotation file that
 * cannot be parsed is never overwritten.
 */
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  ANNOTATION_FORMAT,
  ANNOTATION_FORMAT_VERSION,
  fromAnnotationFile,
  parseAnnotationFile,
  serializeAnnotationFile,
  toAnnotationFile,
  type AnnotationSpan,
} from '../../core/annotations';
import {
  bratStem,
  IMPORT_FORMAT_IDS,
  isImportFormatId,
  parseImport,
  reconcile,
  type ImportedDocument,
  type ImportFile,
  type ImportFormatId,
  type SpanMismatch,
} from '../../core/formats';
import { UsageError, type CliCommand, type CliIO } from '../cliTypes';
import { decodeArticle, listArticles, sha256Hex } from '../articles';
import { ArgReader, isHelp } from '../args';

const USAGE = `Usage: news-annotator import --format FORMAT --into WORKSPACE [options] FILE...

Import annotations into WORKSPACE's annotation files (.news-annotator/annotations/). FILE is an
export of ours (json, jsonl), spaCy/Prodigy JSONL, Label Studio JSON, doccano JSONL, or brat .ann
files (or a folder of them; each .ann needs its .txt). Documents are matched to articles by id or
path, then by file name, then by identical text. Every span's text is checked against the
article; spans that do not match are reported and not imported.

Formats: ${IMPORT_FORMAT_IDS.join(', ')}

Options:
  --format F     Input format (required).
  --into DIR     Workspace folder holding the articles (required).
  --dry-run      Check and report, write nothing.
  --json         Print the report as JSON.
  -h, --help     Show this help.

Exit codes: 0 all imported, 1 some spans or documents could not be imported, 2 usage error.
`;

export interface ImportRunOptions {
  format: ImportFormatId;
  files: string[];
  into: string;
  dryRun?: boolean;
  author?: string;
}

export interface ImportRunReport {
  documents: { document: string; article?: string; imported: number; file?: string }[];
  mismatches: SpanMismatch[];
  problems: { document?: string; message: string }[];
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

async function collectBrat(p: string): Promise<string[]> {
  if (!(await isDir(p))) return [p];
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const f = join(d, e.name);
      if (e.isDirectory()) await walk(f);
      else if (e.name.endsWith('.ann')) out.push(f);
    }
  };
  await walk(p);
  return out.sort();
}

async function readInputs(format: ImportFormatId, files: string[]): Promise<{ inputs: ImportFile[]; problems: ImportRunReport['problems'] }> {
  const inputs: ImportFile[] = [];
  const problems: ImportRunReport['problems'] = [];
  for (const f of files) {
    if (format === 'brat') {
      const root = (await isDir(f)) ? f : dirname(f);
      for (const ann of await collectBrat(f)) {
        try {
          const txt = await readFile(ann.replace(/\.ann$/, '.txt'), 'utf8').catch(() => undefined);
          inputs.push({ name: relative(root, ann).split(sep).join('/'), content: await readFile(ann, 'utf8'), txt });
        } catch (e) {
          problems.push({ message: `${ann}: ${(e as Error).message}` });
        }
      }
    } else {
      try {
        inputs.push({ name: f, content: await readFile(f, 'utf8') });
      } catch (e) {
        problems.push({ message: `${f}: ${(e as Error).message}` });
      }
    }
  }
  return { inputs, problems };
}

interface Article {
  rel: string;
  file: string;
  text?: string;
}

/** Find the workspace article an imported document belongs to. */
async function matchArticle(doc: ImportedDocument, articles: Article[]): Promise<Article | undefined> {
  const keys = [doc.id, doc.path].filter((k): k is string => !!k).map((k) => k.replace(/\\/g, '/').replace(/^\.\//, ''));
  for (const k of keys) {
    const hit = articles.find((a) => a.rel === k) ?? articles.find((a) => k.endsWith('/' + a.rel) || a.rel.endsWith('/' + k));
    if (hit) return hit;
  }
  for (const k of keys) {
    const stem = bratStem(k);
    const exact = articles.filter((a) => bratStem(a.rel) === stem);
    if (exact.length === 1) return exact[0];
    const suffix = articles.filter((a) => stem.endsWith('/' + bratStem(a.rel)) || bratStem(a.rel).endsWith('/' + stem));
    if (suffix.length === 1) return suffix[0];
  }
  if (doc.text !== undefined) {
    const want = doc.text.replace(/^\uFEFF/, '');
    for (const a of articles) {
      a.text ??= decodeArticle(await readFile(a.file)).text;
      if (a.text === want) return a;
    }
  }
  return undefined;
}

async function writeAtomic(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Date.now().toString(36)}`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, file);
}

/** Import files into a workspace; shared by the CLI and the VS Code command. */
export async function runImportJob(o: ImportRunOptions): Promise<ImportRunReport> {
  const report: ImportRunReport = { documents: [], mismatches: [], problems: [] };
  const { inputs, problems } = await readInputs(o.format, o.files);
  report.problems.push(...problems);
  const parsed = parseImport(o.format, inputs);
  report.problems.push(...parsed.problems);
  // The files being imported (e.g. a brat folder inside the workspace) are not articles.
  const inputsRoots = o.files.map((f) => resolve(f));
  const articles: Article[] = (await listArticles(o.into))
    .filter((file) => !inputsRoots.some((r) => file === r || file.startsWith(r + sep)))
    .map((file) => ({ file, rel: relative(o.into, file).split(sep).join('/') }));
  for (const doc of parsed.documents) {
    const name = doc.id || doc.path || '(unnamed)';
    const article = await matchArticle(doc, articles);
    if (!article) {
      report.problems.push({ document: name, message: `no article in ${o.into} matches this document (by id, file name or text): ${doc.spans.length} span(s) not imported` });
      continue;
    }
    article.text ??= decodeArticle(await readFile(article.file)).text;
    const text = article.text;
    const { spans, mismatches } = reconcile(doc, text, article.rel);
    report.mismatches.push(...mismatches);
    const annFile = join(o.into, '.news-annotator', 'annotations', ...article.rel.split('/')) + '.json';
    const sha = sha256Hex(text);
    let existing: AnnotationSpan[] = [];
    const content = await readFile(annFile, 'utf8').catch(() => undefined);
    if (content !== undefined) {
      try {
        existing = fromAnnotationFile(parseAnnotationFile(content), text, sha).annotations.spans;
      } catch (e) {
        report.problems.push({ document: name, message: `${annFile} cannot be parsed (${(e as Error).message}): left untouched, nothing imported for ${article.rel}` });
        continue;
      }
    }
    const merged = new Map<string, AnnotationSpan>();
    for (const s of existing) merged.set(`${s.start}:${s.end}:${s.label}`, s);
    for (const s of spans) {
      const span: AnnotationSpan = {
        start: s.start,
        end: s.end,
        label: s.label,
        text: s.text,
        source: s.source ?? 'manual',
        status: s.status ?? 'accepted',
        context: { before: '', after: '' },
      };
      if (s.entityId) span.entityId = s.entityId;
      if (s.confidence !== undefined) span.confidence = s.confidence;
      if (s.method) span.method = s.method;
      const author = s.author ?? o.author;
      if (author) span.author = author;
      if (s.time) span.time = s.time;
      if (s.attrs) span.attrs = s.attrs;
      if (s.date) span.date = s.date;
      merged.set(`${s.start}:${s.end}:${s.label}`, span);
    }
    const file = toAnnotationFile({ article: article.rel, sha256: sha, spans: [...merged.values()] }, text);
    if (file.format !== ANNOTATION_FORMAT || file.version !== ANNOTATION_FORMAT_VERSION) throw new Error('unexpected annotation format');
    if (!o.dryRun) await writeAtomic(annFile, serializeAnnotationFile(file));
    report.documents.push({ document: name, article: article.rel, imported: spans.length, file: o.dryRun ? undefined : annFile });
  }
  return report;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import annotations (json, jsonl, spacy, brat, label-studio, doccano) into a workspace.',
  async run(args: string[], io: CliIO): Promise<number> {
    let format: ImportFormatId | undefined;
    let into: string | undefined;
    let dryRun = false;
    let json = false;
    const files: string[] = [];
    const reader = new ArgReader(args);
    for (const a of reader) {
      if (isHelp(a)) {
        io.stdout(USAGE);
        return 0;
      } else if (a === '--format') {
        const v = reader.value();
        if (!isImportFormatId(v)) throw new UsageError(`cannot import '${v}': use one of ${IMPORT_FORMAT_IDS.join(', ')}`);
        format = v;
      } else if (a === '--into') into = resolve(io.cwd, reader.value());
      else if (a === '--dry-run') dryRun = true;
      else if (a === '--json') json = true;
      else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}' for import`);
      else files.push(resolve(io.cwd, a));
    }
    if (!format) throw new UsageError("import needs --format. Run 'news-annotator import --help'.");
    if (!into) throw new UsageError('import needs --into WORKSPACE');
    if (!(await isDir(into))) throw new UsageError(`--into ${into} is not a folder`);
    if (!files.length) throw new UsageError('import needs at least one FILE');
    const report = await runImportJob({ format, files, into, dryRun });
    if (json) io.stdout(JSON.stringify({ offsets: 'codepoint', ...report }, null, 2) + '\n');
    else {
      for (const d of report.documents) io.stdout(`${d.article}: ${d.imported} span(s) ${dryRun ? 'would be imported' : 'imported'}\n`);
      for (const m of report.mismatches) {
        io.stderr(`mismatch: ${m.document}: ${m.label} [${m.start}, ${m.end}) ${m.reason}: expected ${JSON.stringify(m.expected)}, found ${JSON.stringify(m.found)}: not imported\n`);
      }
      for (const p of report.problems) io.stderr(`problem: ${p.document ? `${p.document}: ` : ''}${p.message}\n`);
    }
    return report.mismatches.length || report.problems.length ? 1 : 0;
  },
};
