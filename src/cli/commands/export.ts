/**
 * `news-annotator export`: write a labelled dataset in one of the formats the field uses.
 * Also exports the Node helpers shared by `import`, `stats` and the VS Code export command:
 * loading articles (analysis + meetings + the workspace's annotation files) or a corpus JSON,
 * and a streaming, atomic file target.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import pkg from '../../../package.json';
import { analyzeDocument } from '../../core/analyze';
import { fromAnnotationFile, parseAnnotationFile } from '../../core/annotations';
import type { CorpusJson, CorpusKbEntry } from '../../core/corpusFormat';
import {
  assignSplits,
  exportDataset,
  FORMAT_EXTENSIONS,
  FORMAT_IDS,
  isFormatId,
  OffsetMap,
  parseRatios,
  type DatasetExportOptions,
  type ExportContext,
  type ExportDocument,
  type ExportHooks,
  type ExportReport,
  type ExportSpan,
  type ExportTarget,
  type FileSink,
  type FormatId,
} from '../../core/formats';
import { selectSpans } from '../../core/formats/select';
import { builtinEntityList, createKnowledgeBase } from '../../core/kb/builtin';
import { parseKbJson, type KnowledgeBase } from '../../core/kb/knowledgeBase';
import { extractMeetings } from '../../core/meetings';
import { applyDecisions, parseDecisions } from '../../core/meetings/decisions';
import type { KbEntity, Meeting } from '../../core/model';
import { StatsAccumulator } from '../../core/stats';
import { decodeArticle, listArticles, sha256Hex } from '../articles';
import { UsageError, type CliCommand, type CliIO } from '../cliTypes';
import { ArgReader, isHelp } from '../args';


const USAGE = `Usage: news-annotator export --format FORMAT [options] PATH...

Write a labelled dataset. PATH is an article file, a folder of articles (*.txt, *.article;
annotated with the built-in knowledge base, merged with the workspace's decisions in
.news-annotator/annotations/), or a corpus JSON / JSONL (news-annotator-corpus).

Formats: ${FORMAT_IDS.join(', ')}

Options:
  --format F             Output format (required).
  --out DIR|FILE         Output folder (default ./export-FORMAT), or a file for one-file formats
                         ("-" writes to standard output).
  --split R,R,R          Split documents into train/dev/test with these ratios (e.g. 0.8,0.1,0.1).
  --seed N               Seed of the split (default 1).
  --accepted-only        Only accepted spans (default: suggestions too; rejected never).
  --labels A,B           Only these labels.
  --exclude-boilerplate  Leave out spans (and CoNLL tokens) in boilerplate zones.
  --stats                Also write stats.json (counts per label, document and entity).
  -h, --help             Show this help.

Offsets are Unicode code points, 0-based, end-exclusive. Exit codes: 0 done, 1 some inputs
could not be read, 2 usage error.
`;

const MARKER = '.news-annotator';

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/** The nearest folder at or above `dir` that contains `.news-annotator/`. */
export async function findWorkspaceRoot(dir: string): Promise<string | undefined> {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (await isDir(join(d, MARKER))) return d;
    if (dirname(d) === d) return undefined;
  }
}

export interface ArticleRef {
  file: string;
  /** Document id: path relative to the workspace root (or the input folder), '/' separators. */
  id: string;
  root: string;
}

/** Resolve PATH arguments to article files with their ids. */
export async function resolveArticles(paths: string[]): Promise<ArticleRef[]> {
  const refs: ArticleRef[] = [];
  for (const p of paths) {
    if (await isDir(p)) {
      const root = (await findWorkspaceRoot(p)) ?? p;
      for (const f of await listArticles(p)) refs.push({ file: f, root, id: relative(root, f).split(sep).join('/') });
    } else {
      const root = (await findWorkspaceRoot(dirname(p))) ?? dirname(p);
      refs.push({ file: p, root, id: relative(root, p).split(sep).join('/') });
    }
  }
  return refs;
}

/** Spans from the workspace's annotation file for an article (UTF-16, re-anchored, orphans dropped); undefined when there is none. */
export async function readWorkspaceSpans(ref: ArticleRef, text: string, sha: string): Promise<{ spans: ExportSpan[]; warning?: string } | undefined> {
  const candidates = [join(ref.root, MARKER, 'annotations', ...ref.id.split('/')) + '.json', ref.file + '.annotations.json'];
  for (const file of candidates) {
    const content = await readFile(file, 'utf8').catch(() => undefined);
    if (content === undefined) continue;
    try {
      const loaded = fromAnnotationFile(parseAnnotationFile(content), text, sha);
      const spans = loaded.annotations.spans
        .filter((s) => !s.orphan)
        .map((s): ExportSpan => {
          const { context: _c, orphan: _o, confidence, ...rest } = s;
          return { ...rest, confidence: confidence ?? (s.source === 'manual' ? 1 : 0.5) };
        });
      const orphans = loaded.annotations.spans.length - spans.length;
      return { spans, warning: orphans ? `${orphans} orphan span(s) in ${file} left out` : undefined };
    } catch (e) {
      return { spans: [], warning: `annotation file ${file} cannot be read (${(e as Error).message}): its decisions are not exported` };
    }
  }
  return undefined;
}

/** Automatic suggestions, overridden by the decisions of the annotation file (same start, end and label). */
export function mergeSpans(auto: ExportSpan[], decided: ExportSpan[] | undefined): ExportSpan[] {
  if (!decided) return auto;
  const byKey = new Map<string, ExportSpan>();
  for (const s of auto) byKey.set(`${s.start}:${s.end}:${s.label}`, s);
  for (const s of decided) byKey.set(`${s.start}:${s.end}:${s.label}`, s);
  return [...byKey.values()];
}

export function kbEntries(entities: readonly KbEntity[]): CorpusKbEntry[] {
  return entities.map((e) => {
    const out: CorpusKbEntry = { id: e.id, label: e.label, name: e.name.en ?? e.name.hi ?? e.id, aliases: [...e.aliases] };
    if (e.name.hi) out.nameHi = e.name.hi;
    if (e.name.en) out.nameEn = e.name.en;
    if (e.wikidata) out.wikidata = e.wikidata;
    if (e.attrs) out.attrs = { ...e.attrs };
    return out;
  });
}

export interface LoadedDataset {
  /**
   * Documents in id order. Meeting extraction needs every analysed article at once, so the loaded
   * documents are held in memory; the writers still stream them out one by one.
   */
  docs: () => AsyncIterable<ExportDocument>;
  ids: string[];
  ctx: ExportContext;
  errors: { path: string; message: string }[];
}

/** Load PATHs: corpus JSON/JSONL files as they are, articles analysed and merged with the workspace's decisions. */
export async function loadDataset(paths: string[], hooks: ExportHooks = {}): Promise<LoadedDataset> {
  const errors: { path: string; message: string }[] = [];
  const corpusDocs: ExportDocument[] = [];
  const meetings: Meeting[] = [];
  const kb = new Map<string, CorpusKbEntry>(kbEntries(builtinEntityList()).map((e) => [e.id, e]));
  const articlePaths: string[] = [];
  for (const p of paths) {
    if (/\.jsonl?$/i.test(p) && !(await isDir(p))) {
      try {
        const c = await parseCorpusFile(await readFile(p, 'utf8'), p);
        corpusDocs.push(...c.docs);
        meetings.push(...c.meetings);
        for (const e of c.kb) kb.set(e.id, e);
      } catch (e) {
        errors.push({ path: p, message: (e as Error).message });
      }
    } else articlePaths.push(p);
  }
  const refs = await resolveArticles(articlePaths);
  const kbCache = new Map<string, Promise<WorkspaceKb>>();
  const analysed: { ref: ArticleRef; text: string; doc: ExportDocument }[] = [];
  for (const ref of refs) {
    if (hooks.isCancelled?.()) break;
    try {
      const doc = await loadArticle(ref, kbCache);
      analysed.push({ ref, text: doc.text, doc });
      hooks.onDocument?.(analysed.length, ref.id);
    } catch (e) {
      errors.push({ path: ref.file, message: (e as Error).message });
    }
  }
  for (const w of kbCache.values()) {
    const { extra, warning } = await w;
    if (warning) errors.push({ path: 'entities.json', message: warning });
    for (const e of kbEntries(extra)) kb.set(e.id, e);
  }
  // Meetings per workspace root, with the root's human decisions (.news-annotator/meetings.json) replayed.
  const roots = new Map<string, typeof analysed>();
  for (const a of analysed) roots.set(a.ref.root, [...(roots.get(a.ref.root) ?? []), a]);
  for (const [root, list] of roots) {
    const extracted = extractMeetings(
      list.map((a) => ({ id: a.doc.id, text: a.text, analysis: { zones: a.doc.zones, sentences: a.doc.sentences ?? [], entities: a.doc.spans } })),
      { entityName: (id) => { const e = kb.get(id); return e && { hi: e.nameHi, en: e.nameEn ?? e.name }; } },
    );
    const decisionsFile = join(root, MARKER, 'meetings.json');
    const content = await readFile(decisionsFile, 'utf8').catch(() => undefined);
    const parsed = content === undefined ? undefined : parseDecisions(content);
    for (const e of parsed?.errors ?? []) errors.push({ path: decisionsFile, message: e });
    if (parsed?.file) {
      const texts = new Map(list.map((a) => [a.doc.id, a.text]));
      meetings.push(...applyDecisions(extracted, parsed.file.decisions, { textOf: (id) => texts.get(id) }));
    } else meetings.push(...extracted);
  }
  const all = [...corpusDocs, ...analysed.map((a) => a.doc)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const generator = { name: 'news-annotator', version: pkg.version, time: new Date().toISOString() };
  return {
    docs: async function* () {
      yield* all;
    },
    ids: all.map((d) => d.id),
    ctx: { meetings, kb: [...kb.values()], generator },
    errors,
  };
}

export interface WorkspaceKb {
  kb: KnowledgeBase;
  /** The workspace's own entities (.news-annotator/entities.json), empty when there is none. */
  extra: KbEntity[];
  warning?: string;
}

/** The knowledge base of a workspace root: built-in plus `.news-annotator/entities.json`, built once per root. */
export function workspaceKb(root: string, cache: Map<string, Promise<WorkspaceKb>>): Promise<WorkspaceKb> {
  let p = cache.get(root);
  if (!p) {
    p = (async () => {
      const file = join(root, MARKER, 'entities.json');
      const content = await readFile(file, 'utf8').catch(() => undefined);
      if (content === undefined) return { kb: createKnowledgeBase(), extra: [] };
      try {
        const extra = parseKbJson(JSON.parse(content.replace(/^\uFEFF/, '')), file);
        return { kb: createKnowledgeBase(extra), extra };
      } catch (e) {
        return { kb: createKnowledgeBase(), extra: [], warning: `${file} cannot be read (${(e as Error).message}): built-in knowledge base only` };
      }
    })();
    cache.set(root, p);
  }
  return p;
}

/** Read one article: decode, analyse (with the workspace's knowledge base), merge the annotation file's decisions. */
export async function loadArticle(ref: ArticleRef, kbCache = new Map<string, Promise<WorkspaceKb>>()): Promise<ExportDocument> {
  const { text, warnings } = decodeArticle(await readFile(ref.file));
  const sha = sha256Hex(text);
  const { kb } = await workspaceKb(ref.root, kbCache);
  const analysis = analyzeDocument(text, { kb });
  const decided = await readWorkspaceSpans(ref, text, sha);
  if (decided?.warning) warnings.push(decided.warning);
  const auto: ExportSpan[] = analysis.entities.map((s) => ({ ...s }));
  const doc: ExportDocument = { id: ref.id, path: ref.id, text, sha256: sha, spans: mergeSpans(auto, decided?.spans), zones: analysis.zones, sentences: analysis.sentences };
  if (warnings.length) doc.warnings = warnings;
  return doc;
}

/** A corpus JSON or JSONL (news-annotator-corpus) as export documents (UTF-16) and meetings. */
export async function parseCorpusFile(content: string, file: string): Promise<{ docs: ExportDocument[]; meetings: Meeting[]; kb: CorpusKbEntry[] }> {
  const body = content.replace(/^\uFEFF/, '');
  let corpus: Pick<CorpusJson, 'documents' | 'meetings' | 'entities'>;
  if (/\.jsonl$/i.test(file)) {
    const lines = body.split('\n').filter((l) => l.trim());
    const docs = lines.map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (e) {
        throw new Error(`line ${i + 1}: ${(e as Error).message}`);
      }
    });
    corpus = { documents: docs, meetings: docs.flatMap((d) => d.meetings ?? []), entities: docs.flatMap((d) => d.kb ?? []) };
  } else {
    const parsed = JSON.parse(body) as CorpusJson;
    if (parsed.format !== 'news-annotator-corpus') throw new Error('not a news-annotator-corpus JSON');
    if (parsed.offsets !== 'codepoint') throw new Error(`unsupported offsets '${parsed.offsets}'`);
    corpus = parsed;
  }
  const docs: ExportDocument[] = [];
  const maps = new Map<string, OffsetMap>();
  for (const d of corpus.documents) {
    let text = d.text;
    if (text === undefined) {
      // `extract` writes paths relative to where it ran; try beside the corpus file, then the current folder.
      const candidates = [resolve(dirname(file), d.path), resolve(d.path)];
      let bytes: Uint8Array | undefined;
      for (const c of candidates) if (!bytes) bytes = await readFile(c).catch(() => undefined);
      if (!bytes) throw new Error(`${d.id}: no text in the corpus and ${candidates.join(' or ')} cannot be read`);
      text = decodeArticle(bytes).text;
    }
    const map = new OffsetMap(text);
    maps.set(d.id, map);
    const u = (cp: number) => {
      const x = map.checkedUtf16(cp);
      if (x === undefined) throw new Error(`${d.id}: offset ${cp} beyond the text`);
      return x;
    };
    docs.push({
      id: d.id,
      path: d.path,
      text,
      sha256: d.sha256 || sha256Hex(text),
      spans: d.entities.map((s) => ({ ...s, start: u(s.start), end: u(s.end) })),
      zones: d.zones.map((z) => ({ ...z, start: u(z.start), end: u(z.end) })),
      warnings: d.warnings,
    });
  }
  const byId = new Map<string, Meeting>();
  for (const m of corpus.meetings) {
    const mentions = m.mentions.flatMap((r) => {
      const map = maps.get(r.document);
      const s = map?.checkedUtf16(r.start);
      const e = map?.checkedUtf16(r.end);
      return s === undefined || e === undefined ? [] : [{ ...r, start: s, end: e }];
    });
    const prev = byId.get(m.id);
    if (prev) prev.mentions.push(...mentions);
    else byId.set(m.id, { ...m, mentions } as Meeting);
  }
  return { docs, meetings: [...byId.values()], kb: corpus.entities ?? [] };
}

/** Writes files with temp + rename; `main` files go to `mainFile` when the user chose a file. */
export class NodeTarget implements ExportTarget {
  readonly written: string[] = [];
  constructor(
    private readonly outDir: string,
    private readonly mainFile?: string,
    private readonly stdout?: (s: string) => void,
  ) {}

  async open(path: string, role: 'main' | 'document' | 'extra', split?: string): Promise<FileSink> {
    if (role === 'main' && this.stdout) {
      const write = this.stdout;
      return { write: (s) => void write(s), close: () => undefined };
    }
    let file = join(this.outDir, ...path.split('/'));
    if (role === 'main' && this.mainFile) {
      const ext = extname(this.mainFile);
      file = split ? this.mainFile.slice(0, this.mainFile.length - ext.length) + `.${split}${ext}` : this.mainFile;
    }
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${Date.now().toString(36)}`;
    const stream = createWriteStream(tmp, { encoding: 'utf8' });
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    failed.catch(() => undefined);
    this.written.push(file);
    return {
      write: (chunk: string) =>
        stream.write(chunk) ? undefined : Promise.race([new Promise<void>((r) => stream.once('drain', () => r())), failed]),
      close: async () => {
        await Promise.race([new Promise<void>((r) => stream.end(() => r())), failed]);
        try {
          await rename(tmp, file);
        } catch (e) {
          await unlink(tmp).catch(() => undefined);
          throw e;
        }
      },
    };
  }
}

export interface ExportRunOptions extends DatasetExportOptions {
  format: FormatId;
  paths: string[];
  /** Output folder, or a file for one-file formats; '-' for standard output. */
  out: string;
  /** Ratios for a train/dev/test split. */
  splitRatios?: [number, number, number];
  seed?: number;
  writeStats?: boolean;
}

export interface ExportRunResult {
  report: ExportReport;
  files: string[];
  errors: { path: string; message: string }[];
}

/** The whole export, shared by the CLI and the VS Code command. */
export async function runExportJob(o: ExportRunOptions, hooks: ExportHooks = {}, stdout?: (s: string) => void): Promise<ExportRunResult> {
  const data = await loadDataset(o.paths, { isCancelled: hooks.isCancelled });
  const split = o.splitRatios ? assignSplits(data.ids, o.splitRatios, o.seed ?? 1) : undefined;
  const toStdout = o.out === '-';
  const ext = FORMAT_EXTENSIONS[o.format];
  const isFile = !toStdout && ext !== '' && extname(o.out) !== '' && !(await isDir(o.out));
  const target = new NodeTarget(isFile ? dirname(o.out) : o.out, isFile ? o.out : undefined, toStdout ? stdout : undefined);
  const stats = new StatsAccumulator();
  const options: DatasetExportOptions = { acceptedOnly: o.acceptedOnly, labels: o.labels, excludeBoilerplate: o.excludeBoilerplate, split };
  const docs = async function* () {
    for await (const d of data.docs()) {
      if (o.writeStats) stats.add(d.id, selectSpans(d.text, d.spans, d.zones, options).spans);
      yield d;
    }
  };
  const report = await exportDataset(o.format, docs(), data.ctx, options, target, hooks);
  if (o.writeStats && !report.cancelled) {
    const sink = await target.open('stats.json', 'extra');
    await sink.write(JSON.stringify(stats.result(), null, 2) + '\n');
    await sink.close();
  }
  return { report, files: target.written, errors: data.errors };
}

export function parseLabels(v: string): string[] {
  const labels = v.split(',').map((l) => l.trim()).filter(Boolean);
  if (!labels.length) throw new UsageError('--labels needs at least one label');
  return labels;
}

function parseArgs(args: string[], cwd: string): ExportRunOptions | 'help' {
  let format: FormatId | undefined;
  let out: string | undefined;
  const o: Partial<ExportRunOptions> = {};
  const paths: string[] = [];
  const reader = new ArgReader(args);
  for (const a of reader) {
    if (isHelp(a)) return 'help';
    else if (a === '--format') {
      const v = reader.value();
      if (!isFormatId(v)) throw new UsageError(`unknown format '${v}': use one of ${FORMAT_IDS.join(', ')}`);
      format = v;
    } else if (a === '--out') out = reader.value();
    else if (a === '--split') {
      try {
        o.splitRatios = parseRatios(reader.value());
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    } else if (a === '--seed') {
      const v = Number(reader.value());
      if (!Number.isInteger(v)) throw new UsageError('--seed must be an integer');
      o.seed = v;
    } else if (a === '--accepted-only') o.acceptedOnly = true;
    else if (a === '--labels') o.labels = parseLabels(reader.value());
    else if (a === '--exclude-boilerplate') o.excludeBoilerplate = true;
    else if (a === '--stats') o.writeStats = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}' for export`);
    else paths.push(resolve(cwd, a));
  }
  if (!format) throw new UsageError("export needs --format. Run 'news-annotator export --help'.");
  if (!paths.length) throw new UsageError('export needs at least one PATH (articles, a folder or a corpus JSON)');
  if (out === '-' && (format === 'brat' || o.splitRatios || o.writeStats)) throw new UsageError('--out - (standard output) works only for one-file formats without --split or --stats');
  return { ...o, format, paths, out: out === '-' ? '-' : resolve(cwd, out ?? `export-${format}`) } as ExportRunOptions;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a labelled dataset (json, jsonl, spacy, brat, conll, label-studio, doccano).',
  async run(args: string[], io: CliIO): Promise<number> {
    const o = parseArgs(args, io.cwd);
    if (o === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    const { report, files, errors } = await runExportJob(o, {}, io.stdout);
    for (const e of errors) io.stderr(`news-annotator: ${e.path}: ${e.message}\n`);
    for (const w of report.warnings) io.stderr(`warning: ${w}\n`);
    if (o.out !== '-') {
      const splits = Object.entries(report.perSplit).map(([k, v]) => `${k} ${v}`).join(', ');
      io.stderr(`exported ${report.documents} document(s), ${report.spans} span(s), ${report.meetings} meeting(s) as ${o.format}${splits ? ` (${splits})` : ''} to ${o.out}\n`);
      if (files.length <= 10) for (const f of files) io.stderr(`  ${f}\n`);
    }
    return errors.length ? 1 : 0;
  },
};

