/** `news-annotator stats`: counts per label, per document and per entity. */
import { selectSpans } from '../../core/formats/select';
import { formatStats, StatsAccumulator } from '../../core/stats';
import { UsageError, type CliCommand, type CliIO } from '../cliTypes';
import { loadDataset, parseLabels } from './export';
import { resolve } from 'node:path';
import { ArgReader, isHelp } from '../args';

const USAGE = `Usage: news-annotator stats [options] PATH...

Counts per label (spans, accepted, suggested, rejected, documents), per document and per entity
for articles (analysed and merged with the workspace's annotation files) or a corpus JSON/JSONL.

Options:
  --json                 Print the counts as JSON.
  --accepted-only        Count accepted spans only.
  --labels A,B           Only these labels.
  --exclude-boilerplate  Leave out spans in boilerplate zones.
  --top N                Entities listed in the text report (default 50).
  -h, --help             Show this help.
`;

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'Count spans per label, per document and per entity.',
  async run(args: string[], io: CliIO): Promise<number> {
    let json = false;
    let top = 50;
    const options: { acceptedOnly?: boolean; labels?: string[]; excludeBoilerplate?: boolean } = {};
    const paths: string[] = [];
    const reader = new ArgReader(args);
    for (const a of reader) {
      if (isHelp(a)) {
        io.stdout(USAGE);
        return 0;
      } else if (a === '--json') json = true;
      else if (a === '--accepted-only') options.acceptedOnly = true;
      else if (a === '--labels') options.labels = parseLabels(reader.value());
      else if (a === '--exclude-boilerplate') options.excludeBoilerplate = true;
      else if (a === '--top') {
        top = Number(reader.value());
        if (!Number.isInteger(top) || top < 0) throw new UsageError('--top must be a non-negative integer');
      } else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}' for stats`);
      else paths.push(resolve(io.cwd, a));
    }
    if (!paths.length) throw new UsageError('stats needs at least one PATH');
    const data = await loadDataset(paths);
    const acc = new StatsAccumulator();
    const filtering = options.acceptedOnly || options.labels || options.excludeBoilerplate;
    for await (const d of data.docs()) {
      // Without filters every span counts, rejected ones in their own column.
      acc.add(d.id, filtering ? selectSpans(d.text, d.spans, d.zones, options).spans : d.spans);
    }
    const stats = acc.result();
    io.stdout(json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats, top));
    for (const e of data.errors) io.stderr(`news-annotator: ${e.path}: ${e.message}\n`);
    return data.errors.length ? 1 : 0;
  },
};
