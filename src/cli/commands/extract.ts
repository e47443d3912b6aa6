/**
 * `news-annotator extract [--out FILE] [--kb FILE] [--max-bytes N] [--include-text] PATH...`
 * Reads article files (folders recursively: .txt, .md, .article), finds zones and entity suggestions, runs
 * meeting extraction, and writes one `news-annotator-corpus` JSON document (code point offsets).
 * Bad inputs are reported on stderr and skipped; the exit code is 1 when any input failed.
 */
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { listArticles, readArticleFile } from '../articles';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import pkg from '../../../package.json';
import { analyzeDocument } from '../../core/analyze';
import { buildCorpusJson, stringifyCorpus, type CorpusInputDocument } from '../../core/corpus/build';
import { createKnowledgeBase } from '../../core/kb/builtin';
import { KbFormatError, parseKbJson } from '../../core/kb/knowledgeBase';
import { extractMeetings } from '../../core/meetings/index';
import type { KbEntity } from '../../core/model';
import { UsageError, type CliCommand, type CliIO } from '../cliTypes';
import { ArgReader, isHelp } from '../args';

/** Default size limit of one article file: larger files are refused with a message (raise with --max-bytes). */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

const USAGE = `Usage: news-annotator extract [options] PATH...

Find boilerplate zones, entity suggestions and meetings in articles and write one JSON document
(format news-annotator-corpus). PATH is an article file or a folder (searched recursively for
.txt, .md and .article files; README, CHANGELOG and LICENSE files and hidden
folders are skipped).

Options:
  --out FILE        Write to FILE (atomically) instead of standard output.
  --kb FILE         Extra knowledge-base entities ({"version":1,"entities":[...]}); repeatable.
                    Default: .news-annotator/entities.json in the current folder, when present.
  --no-builtin-kb   Use only the --kb entities.
  --max-bytes N     Refuse article files larger than N bytes (default ${DEFAULT_MAX_BYTES}).
  --include-text    Put each article's text in the output.
  --labels A,B      Only these entity labels (default: PERSON, ORG, LOCATION, DATE, EQUIPMENT, EVENT).
  -h, --help        Show this help.

Offsets are Unicode code points, 0-based, end-exclusive, into the text as VS Code shows it: a
byte order mark at the start of a file is an encoding mark, not text (offsets start after it), and
sha256 is that of the text's UTF-8 bytes. Exit codes: 0 done, 1 some inputs failed (reported
on stderr, the rest is still written), 2 usage error.
`;

interface Options {
  out?: string;
  kb: string[];
  builtin: boolean;
  maxBytes: number;
  includeText: boolean;
  labels?: string[];
  paths: string[];
}

function parseArgs(args: string[]): Options | 'help' {
  const o: Options = { kb: [], builtin: true, maxBytes: DEFAULT_MAX_BYTES, includeText: false, paths: [] };
  const reader = new ArgReader(args);
  for (const a of reader) {
    if (isHelp(a)) return 'help';
    else if (a === '--out' || a === '-o') o.out = reader.value();
    else if (a === '--kb') o.kb.push(reader.value());
    else if (a === '--no-builtin-kb') o.builtin = false;
    else if (a === '--include-text') o.includeText = true;
    else if (a === '--labels') {
      o.labels = reader.value().split(',').map((l) => l.trim().toUpperCase()).filter(Boolean);
      if (o.labels.length === 0 || o.labels.some((l) => !/^[A-Z][A-Z0-9_]*$/.test(l))) throw new UsageError('--labels needs a comma-separated list of labels such as PERSON,LOCATION');
    }
    else if (a === '--max-bytes') {
      const n = Number(reader.value());
      if (!Number.isInteger(n) || n <= 0) throw new UsageError('--max-bytes needs a positive whole number');
      o.maxBytes = n;
    } else if (a === '--') {
      o.paths.push(...reader.rest());
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}' (see 'news-annotator extract --help')`);
    else o.paths.push(a);
  }
  return o;
}

interface Found {
  file: string;
  /** Corpus-relative id (forward slashes). */
  id: string;
}

async function collect(paths: string[], cwd: string, errors: { path: string; message: string }[]): Promise<Found[]> {
  const out: Found[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch (e) {
      errors.push({ path: p, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${(e as Error).message}` });
      continue;
    }
    if (st.isDirectory()) {
      const files = await listArticles(abs, (folder, message) => errors.push({ path: toPosix(relative(cwd, folder)) || folder, message }));
      for (const f of files) out.push({ file: f, id: toPosix(relative(abs, f)) });
    } else {
      out.push({ file: abs, id: basename(abs) });
    }
  }
  // make ids unique and stable
  const seen = new Map<string, number>();
  for (const f of out) {
    const n = seen.get(f.id) ?? 0;
    seen.set(f.id, n + 1);
    if (n > 0) f.id = toPosix(relative(cwd, f.file)) || `${f.id}#${n + 1}`;
  }
  return out;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

async function loadKbFiles(files: string[], cwd: string, explicit: boolean): Promise<KbEntity[]> {
  const out: KbEntity[] = [];
  for (const f of files) {
    const abs = resolve(cwd, f);
    let raw: string;
    try {
      raw = await readFile(abs, 'utf8');
    } catch (e) {
      if (!explicit && (e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new UsageError(`cannot read knowledge base ${f}: ${(e as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.replace(/^\ufeff/u, ''));
    } catch (e) {
      throw new UsageError(`knowledge base ${f} is not valid JSON: ${(e as Error).message}`);
    }
    try {
      out.push(...parseKbJson(json, f));
    } catch (e) {
      if (e instanceof KbFormatError) throw new UsageError(e.message);
      throw e;
    }
  }
  return out;
}

async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data, 'utf8');
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'Find zones, entities and meetings in articles; write a corpus JSON (code point offsets).',
  async run(args: string[], io: CliIO): Promise<number> {
    const o = parseArgs(args);
    if (o === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (o.paths.length === 0) throw new UsageError('extract needs at least one PATH (see news-annotator extract --help)');
    const explicitKb = o.kb.length > 0;
    const kbFiles = explicitKb ? o.kb : [join('.news-annotator', 'entities.json')];
    const extra = await loadKbFiles(kbFiles, io.cwd, explicitKb);
    const kb = createKnowledgeBase(extra, o.builtin);

    const errors: { path: string; message: string }[] = [];
    const found = await collect(o.paths, io.cwd, errors);
    const docs: CorpusInputDocument[] = [];
    for (const f of found) {
      const shown = toPosix(relative(io.cwd, f.file)) || f.file;
      const r = await readArticleFile(f.file, o.maxBytes);
      if ('error' in r) {
        errors.push({ path: shown, message: r.error });
        continue;
      }
      try {
        const analysis = analyzeDocument(r.text, { kb, labels: o.labels });
        docs.push({ id: f.id, path: shown, text: r.text, analysis, sha256: r.sha256 });
      } catch (e) {
        errors.push({ path: shown, message: `analysis failed: ${(e as Error).message}` });
      }
    }
    for (const e of errors) io.stderr(`news-annotator extract: ${e.path}: ${e.message}\n`);

    let meetings: ReturnType<typeof extractMeetings> = [];
    try {
      meetings = extractMeetings(docs.map((d) => ({ id: d.id, text: d.text, analysis: d.analysis })), { entityName: (id) => kb.get(id)?.name });
    } catch (e) {
      io.stderr(`news-annotator extract: meeting extraction failed: ${(e as Error).message}\n`);
      errors.push({ path: '(meetings)', message: (e as Error).message });
    }
    const corpus = buildCorpusJson(docs, {
      meetings,
      lookupEntity: (id) => kb.get(id),
      errors,
      generator: { name: 'news-annotator', version: pkg.version },
      includeText: o.includeText,
    });
    const json = stringifyCorpus(corpus);
    if (o.out && o.out !== '-') await writeAtomic(resolve(io.cwd, o.out), json);
    else io.stdout(json);
    if (docs.length === 0 && found.length === 0 && errors.length === 0) io.stderr('news-annotator extract: no .txt, .md or .article articles found\n');
    return errors.length > 0 ? 1 : 0;
  },
};
