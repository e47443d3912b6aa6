/**
 * Incremental clustering of per-article meeting reports into corpus meetings. A report joins the
 * first (oldest) cluster of the same participants whose every part is compatible with it and comes
 * from another article; removing a report shrinks its cluster. Only clusters a change touched are
 * merged again, and candidate clusters are looked up by year, so one update costs about the number
 * of meetings of those participants in that year, not the size of the corpus.
 */
import type { Meeting } from '../model';
import { mergeCluster, participantKey, reportsCompatible } from './merge';

interface Cluster {
  seq: number;
  bucket: string;
  parts: Meeting[];
  /** Years of the parts' dates ('' for parts without a year). */
  years: Set<string>;
  /** Current merged meeting and its id (unique across clusters). */
  merged?: Meeting;
  id?: string;
}

function yearOf(m: Meeting): string {
  const v = m.date?.value;
  return v && /^\d{4}/.test(v) ? v.slice(0, 4) : '';
}

function docs(m: Meeting): Set<string> {
  return new Set(m.mentions.map((x) => x.document));
}

export interface ClusterFlush {
  /** Merged ids that no longer exist. */
  removed: string[];
  /** Merged meetings created or changed (by id). */
  updated: Map<string, Meeting>;
}

export class MeetingClusters {
  private seq = 0;
  /** bucket -> clusters. */
  private readonly buckets = new Map<string, Set<Cluster>>();
  /** bucket + year -> clusters having a part of that year ('' = a part without a year). */
  private readonly byYear = new Map<string, Set<Cluster>>();
  private readonly clusterOf = new Map<Meeting, Cluster>();
  private readonly idOwner = new Map<string, Cluster>();
  private dirty = new Set<Cluster>();

  private index(c: Cluster, add: boolean): void {
    for (const y of c.years) {
      const k = `${c.bucket}\u0000${y}`;
      let set = this.byYear.get(k);
      if (add) {
        if (!set) this.byYear.set(k, (set = new Set()));
        set.add(c);
      } else if (set) {
        set.delete(c);
        if (!set.size) this.byYear.delete(k);
      }
    }
  }

  private candidates(bucket: string, year: string): Cluster[] {
    let list: Cluster[];
    if (!year) list = [...(this.buckets.get(bucket) ?? [])];
    else list = [...(this.byYear.get(`${bucket}\u0000${year}`) ?? []), ...(this.byYear.get(`${bucket}\u0000`) ?? [])];
    return list.sort((a, b) => a.seq - b.seq);
  }

  add(r: Meeting): void {
    const bucket = participantKey(r);
    const year = yearOf(r);
    const rDocs = docs(r);
    let target: Cluster | undefined;
    for (const c of this.candidates(bucket, year)) {
      if (c.parts.every((p) => ![...docs(p)].some((d) => rDocs.has(d)) && reportsCompatible(p, r))) { target = c; break; }
    }
    if (!target) {
      target = { seq: this.seq++, bucket, parts: [], years: new Set() };
      let set = this.buckets.get(bucket);
      if (!set) this.buckets.set(bucket, (set = new Set()));
      set.add(target);
    }
    this.index(target, false);
    target.parts.push(r);
    target.years.add(year);
    this.index(target, true);
    this.clusterOf.set(r, target);
    this.dirty.add(target);
  }

  remove(r: Meeting): void {
    const c = this.clusterOf.get(r);
    if (!c) return;
    this.clusterOf.delete(r);
    this.index(c, false);
    c.parts = c.parts.filter((p) => p !== r);
    c.years = new Set(c.parts.map(yearOf));
    if (c.parts.length) this.index(c, true);
    else this.buckets.get(c.bucket)?.delete(c);
    this.dirty.add(c);
  }

  /** Merge the clusters changed since the last flush. */
  flush(): ClusterFlush {
    const removed: string[] = [];
    const updated = new Map<string, Meeting>();
    const dirty = [...this.dirty].sort((a, b) => a.seq - b.seq);
    this.dirty = new Set();
    for (const c of dirty) {
      if (c.id !== undefined) {
        this.idOwner.delete(c.id);
        removed.push(c.id);
      }
      c.id = undefined;
      c.merged = undefined;
    }
    for (const c of dirty) {
      if (!c.parts.length) continue;
      const m = mergeCluster(c.parts);
      let id = m.id;
      for (let n = 2; this.idOwner.has(id); n++) id = `${m.id}~${n}`;
      const merged = id === m.id ? m : { ...m, id };
      c.id = id;
      c.merged = merged;
      this.idOwner.set(id, c);
      updated.set(id, merged);
    }
    return { removed: removed.filter((id) => !updated.has(id)), updated };
  }

  clear(): void {
    this.buckets.clear();
    this.byYear.clear();
    this.clusterOf.clear();
    this.idOwner.clear();
    this.dirty.clear();
  }
}
