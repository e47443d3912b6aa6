import type { AnnotationSpan } from '../../../../src/core/annotations';

/** A span over the n-th occurrence of `needle` in `text`. */
export function at(text: string, needle: string, label = 'PERSON', extra: Partial<AnnotationSpan> = {}, occurrence = 0): AnnotationSpan {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: "${needle}" #${occurrence} not found`);
  }
  return { start: i, end: i + needle.length, label, text: needle, source: 'manual', status: 'accepted', context: { before: '', after: '' }, ...extra };
}

/** Apply a change to a string the way the editor does. */
export function edit(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
