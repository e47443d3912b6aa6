/** Shared test helpers for the dataset formats: fixture loading, an in-memory export target, a small JSON Schema validator. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusKbEntry } from '../../../../src/core/corpusFormat';
import type { ExportContext, ExportDocument, ExportSpan, ExportTarget, FileSink } from '../../../../src/core/formats';
import type { Meeting, SpanSource, SpanStatus } from '../../../../src/core/model';

/** Repository root: the nearest folder above the bundled test that holds package.json. */
export const ROOT = ((): string => {
  let d = __dirname;
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
})();
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'formats');

interface FixtureSpan {
  label: string;
  text: string;
  occurrence?: number;
  status: SpanStatus;
  source: SpanSource;
  entityId?: string;
}

/** Find the n-th occurrence of `needle` (UTF-16 index), failing loudly if absent. */
export function locate(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture text has no occurrence ${occurrence} of '${needle}'`);
  }
  return at;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hard fixture as an export document plus context (meetings, KB), built from the files in test/fixtures/formats. */
export function hardFixture(): { doc: ExportDocument; ctx: ExportContext } {
  const text = readFileSync(join(FIXTURES, 'hard-mixed.txt'), 'utf8');
  const spec = JSON.parse(readFileSync(join(FIXTURES, 'hard-mixed.spans.json'), 'utf8')) as {
    spans: FixtureSpan[];
    meetings: (Omit<Meeting, 'mentions'> & { sentence: number })[];
    kb: CorpusKbEntry[];
  };
  const spans: ExportSpan[] = spec.spans.map((s) => {
    const start = locate(text, s.text, s.occurrence ?? 0);
    const span: ExportSpan = { start, end: start + s.text.length, label: s.label, text: s.text, status: s.status, source: s.source, confidence: s.source === 'manual' ? 1 : 0.95 };
    if (s.entityId) span.entityId = s.entityId;
    if (s.source === 'manual') span.author = 'tester';
    return span;
  });
  const id = 'hard/hard-mixed.txt';
  // The first sentence (after the BOM, up to and including the danda) reports the meeting.
  const firstEnd = text.indexOf('\u0964') + 1;
  const meetings: Meeting[] = spec.meetings.map(({ sentence: _s, ...m }) => ({
    ...m,
    mentions: [{ document: id, start: 1, end: firstEnd, text: text.slice(1, firstEnd) }],
  }));
  // The end of the last line is a footer zone.
  const footer = locate(text, '\u{1D401}');
  const doc: ExportDocument = {
    id,
    path: id,
    text,
    sha256: sha256(text),
    spans,
    zones: [{ start: footer, end: text.length, kind: 'footer' }],
  };
  return { doc, ctx: { meetings, kb: spec.kb, generator: { name: 'news-annotator', version: '0.0.0-test' } } };
}

export function plainFixture(): ExportDocument {
  const text = readFileSync(join(FIXTURES, 'plain-lf.txt'), 'utf8');
  const mk = (t: string, label: string, occurrence = 0): ExportSpan => {
    const start = locate(text, t, occurrence);
    return { start, end: start + t.length, label, text: t, status: 'accepted', source: 'manual', confidence: 1 };
  };
  return {
    id: 'plain-lf.txt',
    path: 'plain-lf.txt',
    text,
    sha256: sha256(text),
    spans: [mk('Putin', 'PERSON'), mk('Modi', 'PERSON'), mk('Moscow', 'LOCATION'), mk('पुतिन', 'PERSON'), mk('मॉस्को', 'LOCATION')],
    zones: [],
  };
}

/** An export target that keeps every file in memory. */
export class MemoryTarget implements ExportTarget {
  readonly files = new Map<string, string>();
  readonly roles = new Map<string, string>();
  async open(path: string, role: 'main' | 'document' | 'extra'): Promise<FileSink> {
    if (this.files.has(path)) throw new Error(`file opened twice: ${path}`);
    this.files.set(path, '');
    this.roles.set(path, role);
    return {
      write: (chunk: string) => {
        this.files.set(path, this.files.get(path)! + chunk);
      },
      close: () => undefined,
    };
  }
  get(path: string): string {
    const f = this.files.get(path);
    if (f === undefined) throw new Error(`no file ${path}; have ${[...this.files.keys()].join(', ')}`);
    return f;
  }
}

/** Code-point slice of a text. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

type Schema = Record<string, unknown> | boolean;

/**
 * A small JSON Schema (2020-12 subset) validator: type, const, enum, properties, required,
 * additionalProperties, items, minimum, maximum, minLength, pattern (with the u flag), $ref to
 * JSON pointers in the same document, allOf. Returns error messages (empty when valid).
 */
export function validateSchema(root: Schema, value: unknown, schema: Schema = root, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const errs: string[] = [];
  const s = schema;
  if (typeof s.$ref === 'string') {
    const target = (s.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k.replace(/~1/g, '/').replace(/~0/g, '~')], root);
    if (target === undefined) return [`${path}: unresolved $ref ${s.$ref}`];
    errs.push(...validateSchema(root, value, target as Schema, path));
  }
  if (Array.isArray(s.allOf)) for (const sub of s.allOf) errs.push(...validateSchema(root, value, sub as Schema, path));
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value)) errs.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) errs.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof s.type === 'string') {
    const t = s.type;
    const ok =
      t === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value)
      : t === 'array' ? Array.isArray(value)
      : t === 'integer' ? Number.isInteger(value)
      : t === 'number' ? typeof value === 'number' && Number.isFinite(value)
      : typeof value === t;
    if (!ok) return [...errs, `${path}: expected ${t}`];
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errs.push(`${path}: below minimum ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) errs.push(`${path}: above maximum ${s.maximum}`);
  }
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && [...value].length < s.minLength) errs.push(`${path}: shorter than ${s.minLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) errs.push(`${path}: does not match ${s.pattern}`);
  }
  if (Array.isArray(value) && s.items !== undefined) value.forEach((v, i) => errs.push(...validateSchema(root, v, s.items as Schema, `${path}[${i}]`)));
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const r of (s.required ?? []) as string[]) if (!(r in obj)) errs.push(`${path}: missing required '${r}'`);
    for (const [k, v] of Object.entries(obj)) {
      if (k in props) errs.push(...validateSchema(root, v, props[k], `${path}.${k}`));
      else if (s.additionalProperties !== undefined) errs.push(...validateSchema(root, v, s.additionalProperties as Schema, `${path}.${k}`));
    }
  }
  return errs;
}
