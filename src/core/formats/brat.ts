/**
 * brat standoff: `<doc>.txt` (the article text, byte for byte as UTF-8) and `<doc>.ann`:
 * - `T` lines: entities, `Tn<TAB>LABEL START END<TAB>text`, offsets in Unicode code points
 *   ("characters" in brat's data format documentation; brat reads the .txt with Python's
 *   UTF-8 codec, which indexes code points and does not translate CRLF or drop a BOM);
 * - `A` lines: `Status` attribute (accepted / suggested) of each entity;
 * - `N` lines: entity links, `Nn<TAB>Reference Tn NewsAnnotatorKB:<id><TAB>name`, plus
 *   `Wikidata:Q...` when the KB entry has one;
 * - `E` lines: meetings, `En<TAB>Meeting:Tm Participant:T1 Participant2:T2 Place:T3 Time:T4`,
 *   the trigger `Tm` being the sentence that reports it;
 * - `#` notes: source, confidence and method of each entity (`AnnotatorNotes`).
 * Plus `annotation.conf`, `tools.conf` and `visual.conf` at the root.
 * A span containing a line break cannot be a single brat fragment: it is written as
 * discontinuous fragments split at line breaks.
 */
import type { ExportPart, FormatExporter, PreparedDocument } from './exporter';
import type { OutputFile, ImportedSpan, ImportProblem, ExportContext } from './types';

export const BRAT_KB_NAMESPACE = 'NewsAnnotatorKB';
export const MEETING_TYPE = 'Meeting';

export interface BratDocument {
  txt: string;
  ann: string;
}

/** Safe relative file stem for a document id: keeps folders, drops the extension, replaces risky characters. */
export function bratStem(id: string): string {
  const parts = id.split('/').filter((p) => p && p !== '.' && p !== '..');
  const last = (parts.pop() ?? 'document').replace(/\.[^.]*$/, '') || 'document';
  return [...parts, last].map((p) => p.replace(/[^\p{L}\p{M}\p{N}_.-]/gu, '_')).join('/');
}

/** One-line text for the third column of .ann lines (brat forbids tabs and newlines there). */
function oneLine(s: string): string {
  return s.replace(/[\t\r\n\u2028\u2029]/g, ' ');
}

/** Fragments of [start, end) without line breaks (UTF-16 offsets), for brat's discontinuous spans. */
function fragments(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  if (end > s) out.push({ start: s, end });
  return out.length ? out : [{ start, end }];
}

export function toBrat(p: PreparedDocument, ctx: Pick<ExportContext, 'kb'>): BratDocument {
  const { doc, map } = p;
  const kb = new Map(ctx.kb.map((e) => [e.id, e]));
  const lines: string[] = [];
  let t = 0;
  let a = 0;
  let n = 0;
  let note = 0;
  const tOf = new Map<string, string>();
  const bySpan: { id: string; start: number; end: number; label: string; entityId?: string; text: string }[] = [];
  const cp = (u: number) => map.toCodePoint(u);
  for (const s of p.spans) {
    const id = `T${++t}`;
    const frags = fragments(doc.text, s.start, s.end).map((f) => `${cp(f.start)} ${cp(f.end)}`).join(';');
    const shown = fragments(doc.text, s.start, s.end).map((f) => doc.text.slice(f.start, f.end)).join(' ');
    lines.push(`${id}\t${s.label} ${frags}\t${oneLine(shown)}`);
    tOf.set(`${s.start}:${s.end}:${s.label}`, id);
    bySpan.push({ id, start: s.start, end: s.end, label: s.label, entityId: s.entityId, text: s.text });
    lines.push(`A${++a}\tStatus ${id} ${s.status}`);
    if (s.entityId) {
      const e = kb.get(s.entityId);
      lines.push(`N${++n}\tReference ${id} ${BRAT_KB_NAMESPACE}:${s.entityId}\t${oneLine(e?.name ?? s.text)}`);
      if (e?.wikidata) lines.push(`N${++n}\tReference ${id} Wikidata:${e.wikidata}\t${oneLine(e.name)}`);
    }
    const bits = [`source=${s.source}`, `confidence=${s.confidence}`];
    if (s.method) bits.push(`method=${s.method}`);
    if (s.author) bits.push(`author=${s.author}`);
    lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(bits.join(' '))}`);
  }
  let e = 0;
  for (const dm of p.meetings) {
    dm.mentionsUtf16.forEach((r) => {
      const trig = `T${++t}`;
      const frags = fragments(doc.text, r.start, r.end);
      lines.push(`${trig}\t${MEETING_TYPE} ${frags.map((f) => `${cp(f.start)} ${cp(f.end)}`).join(';')}\t${oneLine(frags.map((f) => doc.text.slice(f.start, f.end)).join(' '))}`);
      const inside = bySpan.filter((s) => s.start >= r.start && s.end <= r.end);
      const args: string[] = [`${MEETING_TYPE}:${trig}`];
      const role = (name: string, ids: string[]) => ids.forEach((id, k) => args.push(`${name}${k ? k + 1 : ''}:${id}`));
      const participants = dm.meeting.participants
        .map((pp) => inside.find((s) => (s.entityId && s.entityId === pp.entityId) || s.text === pp.name)?.id)
        .filter((x): x is string => !!x);
      role('Participant', [...new Set(participants)]);
      const place = dm.meeting.place;
      const placeId = place ? inside.find((s) => s.label === 'LOCATION' && ((place.entityId && s.entityId === place.entityId) || s.text === place.name))?.id : undefined;
      if (placeId) role('Place', [placeId]);
      const date = dm.meeting.date;
      const timeId = date ? inside.find((s) => s.label === 'DATE' && (s.text === date.text || date.text.includes(s.text)))?.id : undefined;
      if (timeId) role('Time', [timeId]);
      lines.push(`E${++e}\t${args.join(' ')}`);
      lines.push(`#${++note}\tAnnotatorNotes ${trig}\tmeeting=${oneLine(dm.meeting.id)} status=${dm.meeting.status}`);
    });
  }
  return { txt: doc.text, ann: lines.length ? lines.join('\n') + '\n' : '' };
}

export function bratExporter(ctx: ExportContext): FormatExporter {
  return {
    async begin(part: ExportPart) {
      part.state.stems = new Set<string>();
    },
    async document(part, p, target) {
      const stems = part.state.stems as Set<string>;
      let stem = bratStem(p.doc.id);
      for (let k = 2; stems.has(stem); k++) stem = `${bratStem(p.doc.id)}-${k}`;
      stems.add(stem);
      const prefix = part.split ? `${part.split}/` : '';
      const { txt, ann } = toBrat(p, ctx);
      for (const [ext, content] of [['txt', txt], ['ann', ann]] as const) {
        const sink = await target.open(`${prefix}${stem}.${ext}`, 'document', part.split);
        await sink.write(content);
        await sink.close();
      }
    },
    async end() {
      /* nothing to finish */
    },
    extras(labels: string[]): OutputFile[] {
      return bratConfigs(labels);
    },
  };
}

/** annotation.conf, tools.conf and visual.conf declaring the labels, the meeting event and the normalisation DBs. */
export function bratConfigs(labels: string[]): OutputFile[] {
  const ents = labels.length ? labels : ['PERSON', 'ORG', 'LOCATION', 'DATE'];
  const arg = (want: string[]) => {
    const have = want.filter((l) => ents.includes(l));
    return (have.length ? have : ents).join('|');
  };
  const annotation = [
    '# News Annotator export. Offsets are Unicode code points.',
    '[entities]',
    ...ents,
    '',
    '[relations]',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    `${MEETING_TYPE}\tParticipant*:${arg(['PERSON', 'ORG'])}, Place?:${arg(['LOCATION'])}, Time?:${arg(['DATE'])}`,
    '',
    '[attributes]',
    'Status\tArg:<ENTITY>, Value:accepted|suggested',
    '',
  ].join('\n');
  const tools = [
    '[options]',
    'Validation\tvalidate:none',
    '',
    '[normalization]',
    'Wikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s',
    `${BRAT_KB_NAMESPACE}\t<URL>:https://github.com/news-annotator, <URLBASE>:https://github.com/news-annotator#%s`,
    '',
  ].join('\n');
  const visual = ['[labels]', ...ents.map((l) => `${l} | ${l}`), `${MEETING_TYPE} | ${MEETING_TYPE}`, '', '[drawing]', 'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken', 'ARC_DEFAULT\tcolor:black', ''].join('\n');
  return [
    { path: 'annotation.conf', content: annotation },
    { path: 'tools.conf', content: tools },
    { path: 'visual.conf', content: visual },
  ];
}

/**
 * Read a brat `.ann` file. Entities (`T` lines other than meeting triggers) become spans; `A Status`,
 * `N Reference NewsAnnotatorKB:` and the notes restore status, link, source and confidence.
 * Discontinuous entities are imported only when their fragments are joined by line breaks alone
 * (as we write them); others are reported.
 */
export function parseBratAnn(ann: string, txt: string | undefined, document: string): { spans: ImportedSpan[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const byId = new Map<string, ImportedSpan>();
  const order: string[] = [];
  const lines = ann.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const cols = line.split('\t');
    const id = cols[0];
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? '');
      if (!m) {
        problems.push({ document, message: `line ${i + 1}: malformed entity '${line}'` });
        continue;
      }
      if (m[1] === MEETING_TYPE) continue;
      const frags = m[2].split(';').map((f) => f.split(' ').map(Number));
      const start = frags[0][0];
      const end = frags[frags.length - 1][1];
      if (frags.length > 1 && txt !== undefined) {
        const cps = Array.from(txt);
        const ok = frags.every((f, k) => k === 0 || /^[\r\n]+$/.test(cps.slice(frags[k - 1][1], f[0]).join('')));
        if (!ok) {
          problems.push({ document, message: `line ${i + 1}: discontinuous entity ${id} (fragments not separated by line breaks) not imported` });
          continue;
        }
      }
      const span: ImportedSpan = { start, end, label: m[1], status: 'accepted', source: 'manual' };
      if (frags.length === 1 && cols[2] !== undefined) span.text = cols[2];
      byId.set(id, span);
      order.push(id);
    } else if (id.startsWith('A') || id.startsWith('M')) {
      const [name, target, value] = (cols[1] ?? '').split(' ');
      const s = byId.get(target);
      if (s && name === 'Status' && (value === 'accepted' || value === 'suggested')) s.status = value;
    } else if (id.startsWith('N')) {
      const m = /^Reference (\S+) ([^:\s]+):(\S+)$/.exec(cols[1] ?? '');
      const s = m ? byId.get(m[1]) : undefined;
      if (s && m && m[2] === BRAT_KB_NAMESPACE) s.entityId = m[3];
      else if (s && m && m[2] === 'Wikidata' && !s.entityId) s.attrs = { ...s.attrs, wikidata: m[3] };
    } else if (id.startsWith('#')) {
      const m = /^AnnotatorNotes (\S+)$/.exec(cols[1] ?? '');
      const s = m ? byId.get(m[1]) : undefined;
      if (!s) continue;
      for (const kv of (cols[2] ?? '').split(' ')) {
        const [k, v] = kv.split('=');
        if (k === 'source' && (v === 'auto' || v === 'manual')) s.source = v;
        else if (k === 'confidence' && v !== undefined && Number.isFinite(Number(v))) s.confidence = Number(v);
        else if (k === 'method' && v) s.method = v;
        else if (k === 'author' && v) s.author = v;
      }
    }
  }
  return { spans: order.map((id) => byId.get(id)!), problems };
}
