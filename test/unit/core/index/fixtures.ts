/** Synthetic articles and a fake analyser/extractor so index tests do not depend on the NLP code. */
import type { DocumentAnalysis, EntitySpan, Meeting } from '../../../../src/core/model';
import type { MeetingInputDocument } from '../../../../src/core/meetings/index';
import { buildArticleEntry } from '../../../../src/core/index/articleEntry';
import type { ArticleAnnotations, ArticleEntry } from '../../../../src/core/index/types';

/** Tags every "[Label:Name]" occurrence as a span of the given label. */
export function fakeAnalyze(text: string): DocumentAnalysis {
  const entities: EntitySpan[] = [];
  const re = /\[(PERSON|LOCATION|DATE):([^\]]+)\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[1].length + 2;
    const name = m[2];
    const span: EntitySpan = { start, end: start + name.length, label: m[1], text: name, source: 'auto', status: 'suggested', confidence: 0.9 };
    if (m[1] === 'PERSON') span.entityId = `Q-${name.toLowerCase().replace(/\s+/g, '-')}`;
    if (m[1] === 'DATE') span.date = { value: name, precision: 'day' };
    entities.push(span);
  }
  return { zones: [], sentences: [], entities };
}

/** One meeting per line containing "meets": PERSON spans of that line are participants. */
export function fakeExtract(docs: MeetingInputDocument[]): Meeting[] {
  const out: Meeting[] = [];
  for (const doc of docs) {
    let offset = 0;
    for (const line of doc.text.split('\n')) {
      const lineEnd = offset + line.length;
      if (line.includes('meets')) {
        const inLine = doc.analysis.entities.filter((e) => e.start >= offset && e.end <= lineEnd);
        const people = inLine.filter((e) => e.label === 'PERSON');
        const place = inLine.find((e) => e.label === 'LOCATION');
        const date = inLine.find((e) => e.label === 'DATE');
        const ids = people.map((p) => p.entityId!).sort();
        const m: Meeting = {
          // Like the real extractor: the id derives from participants, place and date.
          id: `m:${ids.join('+')}${place ? `@${place.text}` : ''}${date ? `@${date.text}` : ''}`,
          participants: people.map((p) => ({ entityId: p.entityId!, name: p.text })),
          topics: [],
          status: line.includes('will') ? 'planned' : 'held',
          confidence: 0.8,
          mentions: [{ document: doc.id, start: offset, end: lineEnd, text: line }],
        };
        if (place) m.place = { name: place.text };
        if (date) m.date = { text: date.text, value: date.text, precision: 'day' };
        out.push(m);
      }
      offset = lineEnd + 1;
    }
  }
  return out;
}

export function entry(path: string, text: string, annotations?: ArticleAnnotations, mtime = 1): ArticleEntry {
  return buildArticleEntry({ path, sha256: `sha-${text.length}`, mtime, size: text.length }, text, annotations, { analyze: fakeAnalyze, extract: fakeExtract });
}
