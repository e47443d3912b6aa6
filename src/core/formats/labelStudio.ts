/**
 * Label Studio tasks (one JSON array): `data.text`, accepted spans in `annotations[0].result`,
 * suggestions in `predictions[0].result` (Label Studio's pre-annotations), each region
 * `{id, from_name: "label", to_name: "text", type: "labels", value: {start, end, text, labels}}`
 * with code-point offsets (what Label Studio stores for Text since its emoji offset fix).
 * Meetings: a `MEETING` region on the reporting sentence and `relation` results from it to the
 * participant (labels ["participant"]), place and time regions; relations to suggested regions
 * go in the prediction, with a copy of the meeting region there. A labeling config is written
 * alongside (`label-studio-config.xml`).
 */
import type { ExportPart, FileSink, FormatExporter, PreparedDocument } from './exporter';
import { mainFileName } from './exporter';
import { isObject, readJsonLines } from './json';
import type { ImportedDocument, ImportedSpan, ImportProblem, OutputFile, ParsedImport } from './types';

export const LS_MEETING_LABEL = 'MEETING';

interface LsRegion {
  id: string;
  from_name: 'label';
  to_name: 'text';
  type: 'labels';
  value: { start: number; end: number; text: string; labels: string[] };
  origin?: string;
}
interface LsRelation {
  type: 'relation';
  from_id: string;
  to_id: string;
  direction: 'right';
  labels: string[];
}
export interface LsTask {
  data: { text: string; id: string; path: string; offsets: 'codepoint' };
  annotations: { result: (LsRegion | LsRelation)[] }[];
  predictions: { model_version: string; result: (LsRegion | LsRelation)[] }[];
}

export function toLabelStudioTask(p: PreparedDocument, modelVersion: string): LsTask {
  const { doc, map } = p;
  const accepted: (LsRegion | LsRelation)[] = [];
  const suggested: (LsRegion | LsRelation)[] = [];
  const region = (id: string, start: number, end: number, label: string): LsRegion => ({
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: map.toCodePoint(start), end: map.toCodePoint(end), text: doc.text.slice(start, end), labels: [label] },
  });
  const idOf: { id: string; start: number; end: number; label: string; entityId?: string; text: string; accepted: boolean }[] = [];
  p.spans.forEach((s, k) => {
    const id = `s${k + 1}`;
    const r = region(id, s.start, s.end, s.label);
    const isAccepted = s.status === 'accepted';
    (isAccepted ? accepted : suggested).push(r);
    idOf.push({ id, start: s.start, end: s.end, label: s.label, entityId: s.entityId, text: s.text, accepted: isAccepted });
  });
  let mk = 0;
  for (const dm of p.meetings) {
    for (const r of dm.mentionsUtf16) {
      const mid = `m${++mk}`;
      const inside = idOf.filter((s) => s.start >= r.start && s.end <= r.end);
      const targets: [(typeof idOf)[number], string][] = [];
      const seen = new Set<string>();
      for (const pp of dm.meeting.participants) {
        const to = inside.find((s) => (s.entityId && s.entityId === pp.entityId) || s.text === pp.name);
        if (to && !seen.has(to.id)) {
          seen.add(to.id);
          targets.push([to, 'participant']);
        }
      }
      const place = dm.meeting.place;
      const placeSpan = place ? inside.find((s) => s.label === 'LOCATION' && ((place.entityId && s.entityId === place.entityId) || s.text === place.name)) : undefined;
      if (placeSpan) targets.push([placeSpan, 'place']);
      const date = dm.meeting.date;
      const dateSpan = date ? inside.find((s) => s.label === 'DATE' && (s.text === date.text || date.text.includes(s.text))) : undefined;
      if (dateSpan) targets.push([dateSpan, 'time']);
      // A relation lives in the same result as both its regions: accepted targets in the
      // annotation, suggested ones in the prediction (with its own copy of the meeting region).
      accepted.push(region(mid, r.start, r.end, LS_MEETING_LABEL));
      const relation = (from: string, to: string, label: string): LsRelation => ({ type: 'relation', from_id: from, to_id: to, direction: 'right', labels: [label] });
      for (const [t, label] of targets) if (t.accepted) accepted.push(relation(mid, t.id, label));
      const pending = targets.filter(([t]) => !t.accepted);
      if (pending.length) {
        suggested.push(region(`${mid}p`, r.start, r.end, LS_MEETING_LABEL));
        for (const [t, label] of pending) suggested.push(relation(`${mid}p`, t.id, label));
      }
    }
  }
  return {
    data: { text: doc.text, id: doc.id, path: doc.path, offsets: 'codepoint' },
    annotations: [{ result: accepted }],
    predictions: suggested.length ? [{ model_version: modelVersion, result: suggested }] : [],
  };
}

export function labelStudioExporter(modelVersion: string): FormatExporter {
  return {
    async begin(part: ExportPart, target) {
      const sink = await target.open(mainFileName(part.split, 'json'), 'main', part.split);
      part.state.sink = sink;
      await sink.write('[');
    },
    async document(part, p) {
      const sink = part.state.sink as FileSink;
      await sink.write((part.documents ? ',\n' : '\n') + JSON.stringify(toLabelStudioTask(p, modelVersion)));
    },
    async end(part) {
      const sink = part.state.sink as FileSink;
      await sink.write(part.documents ? '\n]\n' : ']\n');
      await sink.close();
    },
    extras(labels: string[]): OutputFile[] {
      return [{ path: 'label-studio-config.xml', content: labelStudioConfig(labels) }];
    },
  };
}

function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function labelStudioConfig(labels: string[]): string {
  return [
    '<View>',
    '  <Labels name="label" toName="text">',
    ...[...labels, LS_MEETING_LABEL].map((l) => `    <Label value="${xmlAttr(l)}"/>`),
    '  </Labels>',
    '  <Relations>',
    '    <Relation value="participant"/>',
    '    <Relation value="place"/>',
    '    <Relation value="time"/>',
    '  </Relations>',
    '  <Text name="text" value="$text" granularity="symbol"/>',
    '</View>',
    '',
  ].join('\n');
}

/**
 * Read Label Studio tasks (an array, one task, or JSONL). The first non-cancelled annotation is
 * imported as accepted spans; predictions are imported as suggestions when `withPredictions`.
 */
export function parseLabelStudio(content: string, withPredictions = true): ParsedImport {
  const documents: ImportedDocument[] = [];
  const problems: ImportProblem[] = [];
  let tasks: unknown[];
  const body = content.replace(/^\uFEFF/, '');
  try {
    const parsed: unknown = JSON.parse(body);
    tasks = Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    tasks = readJsonLines(body, problems).map((l) => l.value);
  }
  tasks.forEach((t, k) => {
    if (!isObject(t) || !isObject(t.data) || typeof t.data.text !== 'string') {
      problems.push({ message: `task ${k + 1}: no data.text, skipped` });
      return;
    }
    const id = typeof t.data.id === 'string' ? t.data.id : typeof t.id === 'string' || typeof t.id === 'number' ? String(t.id) : '';
    const spans: ImportedSpan[] = [];
    const take = (results: unknown, status: 'accepted' | 'suggested') => {
      for (const r of Array.isArray(results) ? results : []) {
        if (!isObject(r) || r.type !== 'labels') continue;
        const v = r.value;
        if (!isObject(v) || !Number.isInteger(v.start) || !Number.isInteger(v.end) || !Array.isArray(v.labels)) {
          problems.push({ document: id, message: `malformed region ${JSON.stringify(r)} skipped` });
          continue;
        }
        for (const label of v.labels) {
          if (typeof label !== 'string' || label === LS_MEETING_LABEL) continue;
          const s: ImportedSpan = { start: v.start as number, end: v.end as number, label, status, source: status === 'accepted' ? 'manual' : 'auto' };
          if (typeof v.text === 'string') s.text = v.text;
          spans.push(s);
        }
      }
    };
    const anns = (Array.isArray(t.annotations) ? t.annotations : t.completions && Array.isArray(t.completions) ? t.completions : []).filter(
      (a: unknown) => isObject(a) && !a.was_cancelled,
    );
    if (anns.length) take((anns[0] as Record<string, unknown>).result, 'accepted');
    if (withPredictions && Array.isArray(t.predictions) && isObject(t.predictions[0])) take(t.predictions[0].result, 'suggested');
    documents.push({ id, path: typeof t.data.path === 'string' ? t.data.path : undefined, text: t.data.text, spans });
  });
  return { documents, problems };
}
