/**
 * CoNLL-2003 style, IOB2 tags: `-DOCSTART- -X- -X- O` then a blank line per document, one token
 * per line as `TOKEN _ _ TAG` (no POS or chunk tags: `_`), a blank line between sentences.
 * Tokens come from ./tokenize.ts (danda and punctuation split off), split at span boundaries so
 * every span is a whole number of tokens. CoNLL has no offsets, so it is export-only. With
 * `excludeBoilerplate`, tokens inside boilerplate zones are left out.
 */
import type { ExportPart, FileSink, FormatExporter, PreparedDocument } from './exporter';
import { mainFileName } from './exporter';
import { inZones } from './select';
import { alignedTokens } from './spacy';
import { sentenceGroups } from './tokenize';
import type { SelectOptions } from './types';

export const DOCSTART = '-DOCSTART- -X- -X- O';

/** CoNLL lines of one document (without the trailing newline), and tags per token for tests. */
export function toConll(p: PreparedDocument, options: SelectOptions = {}, warnings?: string[]): string {
  const { doc } = p;
  const { tokens } = alignedTokens(p);
  const tags: string[] = tokens.map(() => 'O');
  // Spans are sorted by (start, end): with overlaps (which IOB2 cannot express) the earlier span wins.
  let covered = 0;
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  for (const s of p.spans) {
    if (s.start < covered) {
      warnings?.push(`${doc.id}: span ${s.label} [${s.start}, ${s.end}) overlaps an earlier span: IOB2 cannot hold both, left out of the CoNLL file`);
      continue;
    }
    let i = byStart.get(s.start);
    if (i === undefined) continue;
    tags[i] = `B-${s.label}`;
    for (i++; i < tokens.length && tokens[i].end <= s.end; i++) tags[i] = `I-${s.label}`;
    covered = s.end;
  }
  const groups = sentenceGroups(doc.text, tokens, p.spans);
  const out: string[] = [DOCSTART, ''];
  for (const g of groups) {
    const lines: string[] = [];
    for (const i of g) {
      const t = tokens[i];
      if (options.excludeBoilerplate && inZones(t.start, t.end, doc.zones)) continue;
      lines.push(`${doc.text.slice(t.start, t.end)} _ _ ${tags[i]}`);
    }
    if (lines.length) out.push(...lines, '');
  }
  return out.join('\n');
}

export function conllExporter(options: SelectOptions, warnings?: string[]): FormatExporter {
  return {
    async begin(part: ExportPart, target) {
      part.state.sink = await target.open(mainFileName(part.split, 'conll'), 'main', part.split);
    },
    async document(part, p) {
      await (part.state.sink as FileSink).write(toConll(p, options, warnings) + '\n');
    },
    async end(part) {
      await (part.state.sink as FileSink).close();
    },
  };
}
