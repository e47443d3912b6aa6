/**
 * Dataset statistics: counts per label, per document and per entity. Accumulates document by
 * document so a large corpus never needs to be held in memory.
 */
import type { SpanStatus } from './model';

export interface StatsSpan {
  label: string;
  text: string;
  status: SpanStatus;
  entityId?: string;
}

export interface LabelStats {
  label: string;
  spans: number;
  accepted: number;
  suggested: number;
  rejected: number;
  /** Documents with at least one span of this label. */
  documents: number;
}

export interface DocumentStats {
  id: string;
  spans: number;
  accepted: number;
  suggested: number;
  perLabel: Record<string, number>;
}

export interface EntityStats {
  /** Knowledge-base id, or `text:<surface form>` for unlinked spans. */
  key: string;
  entityId?: string;
  label: string;
  /** Most frequent surface form. */
  text: string;
  mentions: number;
  documents: number;
}

export interface DatasetStats {
  documents: number;
  spans: number;
  perLabel: LabelStats[];
  perDocument: DocumentStats[];
  perEntity: EntityStats[];
}

export class StatsAccumulator {
  private docs: DocumentStats[] = [];
  private labels = new Map<string, LabelStats>();
  private entities = new Map<string, { stats: EntityStats; forms: Map<string, number>; lastDoc: number }>();

  /** Add one document's spans (rejected spans are counted per label but not as mentions). */
  add(id: string, spans: readonly StatsSpan[]): void {
    const docIndex = this.docs.length;
    const d: DocumentStats = { id, spans: 0, accepted: 0, suggested: 0, perLabel: {} };
    const labelsHere = new Set<string>();
    for (const s of spans) {
      let l = this.labels.get(s.label);
      if (!l) {
        l = { label: s.label, spans: 0, accepted: 0, suggested: 0, rejected: 0, documents: 0 };
        this.labels.set(s.label, l);
      }
      l[s.status]++;
      if (s.status === 'rejected') continue;
      l.spans++;
      d.spans++;
      if (s.status === 'accepted') d.accepted++;
      else d.suggested++;
      d.perLabel[s.label] = (d.perLabel[s.label] ?? 0) + 1;
      if (!labelsHere.has(s.label)) {
        labelsHere.add(s.label);
        l.documents++;
      }
      const key = s.entityId ?? `text:${s.label}:${s.text}`;
      let e = this.entities.get(key);
      if (!e) {
        e = { stats: { key, entityId: s.entityId, label: s.label, text: s.text, mentions: 0, documents: 0 }, forms: new Map(), lastDoc: -1 };
        this.entities.set(key, e);
      }
      e.stats.mentions++;
      e.forms.set(s.text, (e.forms.get(s.text) ?? 0) + 1);
      if (e.lastDoc !== docIndex) {
        e.lastDoc = docIndex;
        e.stats.documents++;
      }
    }
    d.perLabel = sortKeys(d.perLabel);
    this.docs.push(d);
  }

  result(): DatasetStats {
    const perEntity = [...this.entities.values()].map(({ stats, forms }) => {
      let best = stats.text;
      let n = -1;
      for (const [f, c] of forms) if (c > n || (c === n && f < best)) [best, n] = [f, c];
      return { ...stats, text: best };
    });
    perEntity.sort((a, b) => b.mentions - a.mentions || cmp(a.key, b.key));
    return {
      documents: this.docs.length,
      spans: this.docs.reduce((a, d) => a + d.spans, 0),
      perLabel: [...this.labels.values()].sort((a, b) => cmp(a.label, b.label)),
      perDocument: [...this.docs].sort((a, b) => cmp(a.id, b.id)),
      perEntity,
    };
  }
}

export function computeStats(docs: Iterable<{ id: string; spans: readonly StatsSpan[] }>): DatasetStats {
  const acc = new StatsAccumulator();
  for (const d of docs) acc.add(d.id, d.spans);
  return acc.result();
}

/** Plain-text report: three tables (labels, documents, top entities). */
export function formatStats(stats: DatasetStats, topEntities = 50): string {
  const table = (head: string[], rows: (string | number)[][]) => {
    const cells = [head, ...rows.map((r) => r.map(String))];
    const w = head.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
    return cells.map((r) => r.map((c, i) => (typeof rows[0]?.[i] === 'number' ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd()).join('\n');
  };
  const out: string[] = [`${stats.documents} documents, ${stats.spans} spans (accepted and suggested)`, ''];
  out.push('Per label:', table(['label', 'spans', 'accepted', 'suggested', 'rejected', 'documents'], stats.perLabel.map((l) => [l.label, l.spans, l.accepted, l.suggested, l.rejected, l.documents])), '');
  out.push('Per document:', table(['document', 'spans', 'accepted', 'suggested', 'labels'], stats.perDocument.map((d) => [d.id, d.spans, d.accepted, d.suggested, Object.entries(d.perLabel).map(([k, v]) => `${k}=${v}`).join(' ')])), '');
  const top = stats.perEntity.slice(0, topEntities);
  out.push(
    `Per entity${stats.perEntity.length > top.length ? ` (top ${top.length} of ${stats.perEntity.length})` : ''}:`,
    table(['entity', 'label', 'mentions', 'documents', 'text'], top.map((e) => [e.entityId ?? '-', e.label, e.mentions, e.documents, e.text])),
    '',
  );
  return out.join('\n');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys(r: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k];
  return out;
}
