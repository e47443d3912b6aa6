/**
 * Incremental aggregate of entity mentions over the corpus: label -> canonical entity -> articles.
 * Adding or removing one article touches only that article's mentions.
 */
import type { ArticleEntry, IndexedMention } from './types';

/** Key of the canonical entity of a mention: its knowledge-base id, else its normalised text. */
export function entityKey(m: Pick<IndexedMention, 'entityId' | 'text' | 'label'>): string {
  if (m.entityId) return m.entityId;
  return `text:${m.label}:${m.text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export interface EntityAggregate {
  key: string;
  label: string;
  entityId?: string;
  /** Most frequent surface form (ties: the first seen). */
  name: string;
  mentionCount: number;
  /** Mentions per article path. */
  articles: Map<string, number>;
  /** Surface forms with their counts. */
  forms: Map<string, number>;
}

export class EntityIndex {
  private readonly byLabel = new Map<string, Map<string, EntityAggregate>>();
  /** The entity an id stands for now (an entity merged into another folds into it). */
  private resolveId: (id: string) => string = (id) => id;

  /** Key of a mention's entity: its knowledge-base id (resolved), else its normalised text. */
  keyOf(m: Pick<IndexedMention, 'entityId' | 'text' | 'label'>): string {
    return m.entityId ? this.resolveId(m.entityId) : entityKey(m);
  }

  /**
   * Group mentions by `resolve(entityId)` from now on, rebuilding the groups from `entries` (the
   * index's articles). Returns the labels that have groups before or after.
   */
  setResolver(resolve: (id: string) => string, entries: Iterable<Pick<ArticleEntry, 'path' | 'mentions'>>): string[] {
    const labels = new Set(this.byLabel.keys());
    this.resolveId = resolve;
    this.clear();
    for (const e of entries) for (const l of this.apply(e, 1)) labels.add(l);
    return [...labels];
  }

  /** Apply one article's mentions with sign +1 (add) or -1 (remove). Returns the labels touched. */
  apply(entry: Pick<ArticleEntry, 'path' | 'mentions'>, sign: 1 | -1): Set<string> {
    const labels = new Set<string>();
    for (const m of entry.mentions) {
      labels.add(m.label);
      let group = this.byLabel.get(m.label);
      if (!group) {
        if (sign < 0) continue;
        this.byLabel.set(m.label, (group = new Map()));
      }
      const key = this.keyOf(m);
      let agg = group.get(key);
      if (!agg) {
        if (sign < 0) continue;
        agg = { key, label: m.label, name: m.text, mentionCount: 0, articles: new Map(), forms: new Map() };
        if (m.entityId) agg.entityId = key;
        group.set(key, agg);
      }
      agg.mentionCount += sign;
      const inArticle = (agg.articles.get(entry.path) ?? 0) + sign;
      if (inArticle > 0) agg.articles.set(entry.path, inArticle);
      else agg.articles.delete(entry.path);
      const form = (agg.forms.get(m.text) ?? 0) + sign;
      if (form > 0) agg.forms.set(m.text, form);
      else agg.forms.delete(m.text);
      if (agg.mentionCount <= 0) {
        group.delete(key);
        if (!group.size) this.byLabel.delete(m.label);
      } else if (sign < 0 || form > (agg.forms.get(agg.name) ?? 0)) {
        agg.name = mostFrequent(agg.forms) ?? agg.name;
      }
    }
    return labels;
  }

  labels(): string[] {
    return [...this.byLabel.keys()];
  }

  entities(label: string): EntityAggregate[] {
    return [...(this.byLabel.get(label)?.values() ?? [])];
  }

  entity(label: string, key: string): EntityAggregate | undefined {
    return this.byLabel.get(label)?.get(key);
  }

  clear(): void {
    this.byLabel.clear();
  }
}

function mostFrequent(forms: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [form, count] of forms) if (count > n) { best = form; n = count; }
  return best;
}
