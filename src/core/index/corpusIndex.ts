/**
 * The corpus index: article entries in, merged meetings + entity groups + review states out.
 * Updates are incremental: changing one article re-merges only the meetings it reports and
 * re-counts only its mentions, and the returned `IndexChange` names exactly what changed.
 */
import type { Meeting } from '../model';
import { EntityIndex } from './entityIndex';
import { MeetingClusters } from './clusters';
import { emptyChange, type ArticleEntry, type IndexChange } from './types';

export interface CorpusIndexOptions {
  /**
   * Apply human decisions (confirm, reject, edit, merge, split, create) to merged meetings. Called
   * with the merged meetings; must return the meetings to show. It may return the same objects.
   */
  applyDecisions?: (merged: Meeting[]) => Meeting[];
}

export class CorpusIndex {
  private readonly entries = new Map<string, ArticleEntry>();
  /** Per-article reports clustered into corpus meetings, incrementally. */
  private readonly clusters = new MeetingClusters();
  /** Merged meetings by id, before decisions. */
  private readonly mergedById = new Map<string, Meeting>();
  /** Final meetings (after decisions) by id, and their signatures. */
  private finalById = new Map<string, Meeting>();
  private signatures = new Map<string, string>();
  readonly entities = new EntityIndex();
  private applyDecisions: ((merged: Meeting[]) => Meeting[]) | undefined;

  constructor(options: CorpusIndexOptions = {}) {
    this.applyDecisions = options.applyDecisions;
  }

  get size(): number {
    return this.entries.size;
  }

  article(path: string): ArticleEntry | undefined {
    return this.entries.get(path);
  }

  articles(): ArticleEntry[] {
    return [...this.entries.values()];
  }

  meetings(): Meeting[] {
    return [...this.finalById.values()];
  }

  meeting(id: string): Meeting | undefined {
    return this.finalById.get(id);
  }

  private byDocument: Map<string, Meeting[]> | undefined;

  /** Final meetings with at least one mention in the article (map built once per change). */
  meetingsOf(path: string): Meeting[] {
    if (!this.byDocument) {
      const map = new Map<string, Meeting[]>();
      for (const m of this.finalById.values()) {
        for (const doc of new Set(m.mentions.map((x) => x.document))) {
          const list = map.get(doc);
          if (list) list.push(m);
          else map.set(doc, [m]);
        }
      }
      this.byDocument = map;
    }
    return this.byDocument.get(path) ?? [];
  }

  /** Add or replace articles (one batch), then re-merge the meetings they touch. */
  upsert(entries: ArticleEntry[]): IndexChange {
    const change = emptyChange();
    const labels = new Set<string>();
    for (const entry of entries) {
      const old = this.entries.get(entry.path);
      if (old) this.forget(old, labels);
      this.entries.set(entry.path, entry);
      for (const m of entry.meetings) this.clusters.add(m);
      for (const l of this.entities.apply(entry, 1)) labels.add(l);
      change.articles.push(entry.path);
    }
    change.labels = [...labels];
    return this.remerge(change);
  }

  /** Remove articles (deleted files). */
  remove(paths: string[]): IndexChange {
    const change = emptyChange();
    const labels = new Set<string>();
    for (const path of paths) {
      const old = this.entries.get(path);
      if (!old) continue;
      this.forget(old, labels);
      this.entries.delete(path);
      change.articles.push(path);
    }
    change.labels = [...labels];
    return this.remerge(change);
  }

  /** The file's mtime moved but its content did not: update the stamp only. */
  touch(path: string, mtime: number): void {
    const e = this.entries.get(path);
    if (e) this.entries.set(path, { ...e, mtime });
  }

  /** Update the done flag of an article without re-analysing it. */
  setDone(path: string, done: boolean): IndexChange {
    const change = emptyChange();
    const entry = this.entries.get(path);
    if (entry && (entry.done !== done || !entry.annotated)) {
      this.entries.set(path, { ...entry, done, annotated: true });
      change.articles.push(path);
    }
    return change;
  }

  /** Replace the decisions applier (the decisions file changed) and recompute every meeting. */
  setDecisions(applyDecisions: ((merged: Meeting[]) => Meeting[]) | undefined): IndexChange {
    this.applyDecisions = applyDecisions;
    return this.remerge(emptyChange(), true);
  }

  /** Group the Entities by `resolve(entityId)` (entities merged into others fold into them). */
  setEntityResolver(resolve: (id: string) => string): IndexChange {
    const change = emptyChange();
    change.labels = this.entities.setResolver(resolve, this.entries.values());
    return change;
  }

  /** Replace everything (e.g. from a cache). */
  reset(entries: ArticleEntry[]): IndexChange {
    this.entries.clear();
    this.clusters.clear();
    this.mergedById.clear();
    this.entities.clear();
    this.finalById = new Map();
    this.signatures = new Map();
    this.byDocument = undefined;
    const change = this.upsert(entries);
    return change;
  }

  private forget(old: ArticleEntry, labels: Set<string>): void {
    for (const m of old.meetings) this.clusters.remove(m);
    for (const l of this.entities.apply(old, -1)) labels.add(l);
  }

  /** Merge the clusters changed since the last call, apply decisions, and report what changed. */
  private remerge(change: IndexChange, full = false): IndexChange {
    const touched = new Set<string>();
    const flushed = this.clusters.flush();
    for (const id of flushed.removed) { this.mergedById.delete(id); touched.add(id); }
    for (const [id, m] of flushed.updated) {
      const before = this.mergedById.get(id);
      // A single-report cluster merges to the report itself: unchanged report, unchanged object.
      if (before !== m) touched.add(id);
      this.mergedById.set(id, m);
    }
    let candidates: Set<string>;
    if (this.applyDecisions) {
      // Decisions may merge, split or create meetings: compare the whole output by identity and
      // compute signatures only for meetings whose object changed (or everything on `full`).
      const next = new Map<string, Meeting>();
      for (const m of this.applyDecisions([...this.mergedById.values()])) next.set(m.id, m);
      candidates = new Set<string>();
      for (const [id, m] of next) if (full || this.finalById.get(id) !== m) candidates.add(id);
      for (const id of this.finalById.keys()) if (!next.has(id)) candidates.add(id);
      this.finalById = next;
    } else {
      const all = full ? new Set([...this.mergedById.keys(), ...this.finalById.keys()]) : touched;
      candidates = new Set<string>();
      for (const id of all) {
        const m = this.mergedById.get(id);
        if (!full && m && this.finalById.get(id) === m) continue;
        candidates.add(id);
        if (m) this.finalById.set(id, m);
        else this.finalById.delete(id);
      }
    }
    if (candidates.size) this.byDocument = undefined;
    for (const id of candidates) {
      const before = this.signatures.get(id);
      const m = this.finalById.get(id);
      if (!m) {
        if (before !== undefined) {
          this.signatures.delete(id);
          change.meetingsRemoved.push(id);
        }
        continue;
      }
      const sig = JSON.stringify(m);
      if (before === undefined) change.meetingsAdded.push(id);
      else if (before !== sig) change.meetingsChanged.push(id);
      this.signatures.set(id, sig);
    }
    return change;
  }
}
