/**
 * Clustering of per-article meeting reports into corpus meetings, deterministic and incremental.
 * Reports are grouped by participants ("bucket") and year; each touched (bucket, year) group is
 * clustered again from scratch in document order, so the result never depends on the order articles
 * arrived in. Reports without a year then join the first compatible dated meeting of their bucket.
 * Only touched buckets are reassembled, and a meeting whose reports did not change keeps its object.
 */
import type { Meeting } from '../model';
import { clusterReports, mergeCluster, participantKey, reportsCompatible } from './merge';

function yearOf(m: Meeting): string {
  const v = m.date?.value;
  return v && /^\d{4}/.test(v) ? v.slice(0, 4) : '';
}

function firstMention(c: readonly Meeting[]): string {
  let best = '';
  for (const r of c) {
    const x = r.mentions[0];
    const k = x ? `${x.document}\u0000${String(x.start).padStart(10, '0')}` : '';
    if (!best || k < best) best = k;
  }
  return best;
}

function docsOverlap(a: readonly Meeting[], b: readonly Meeting[]): boolean {
  const docs = new Set(a.flatMap((r) => r.mentions.map((x) => x.document)));
  return b.some((r) => r.mentions.some((x) => docs.has(x.document)));
}

export interface ClusterFlush {
  /** Merged ids that no longer exist. */
  removed: string[];
  /** Merged meetings created or changed (by id). */
  updated: Map<string, Meeting>;
}

interface Built { parts: Meeting[]; merged: Meeting }

export class MeetingClusters {
  /** Numbers identifying report objects, for cluster signatures. */
  private readonly reportIds = new WeakMap<Meeting, number>();
  private nextReportId = 1;
  /** bucket -> year -> reports. */
  private readonly reports = new Map<string, Map<string, Set<Meeting>>>();
  /** bucket -> year -> clusters of that group (document order). */
  private readonly groupClusters = new Map<string, Map<string, Meeting[][]>>();
  /** bucket -> merged id -> built meeting. */
  private readonly built = new Map<string, Map<string, Built>>();
  private readonly dirty = new Map<string, Set<string>>();

  private mark(bucket: string, year: string): void {
    let set = this.dirty.get(bucket);
    if (!set) this.dirty.set(bucket, (set = new Set()));
    set.add(year);
  }

  add(r: Meeting): void {
    const bucket = participantKey(r);
    const year = yearOf(r);
    let years = this.reports.get(bucket);
    if (!years) this.reports.set(bucket, (years = new Map()));
    let set = years.get(year);
    if (!set) years.set(year, (set = new Set()));
    set.add(r);
    this.mark(bucket, year);
  }

  remove(r: Meeting): void {
    const bucket = participantKey(r);
    const year = yearOf(r);
    const set = this.reports.get(bucket)?.get(year);
    if (!set?.delete(r)) return;
    if (!set.size) this.reports.get(bucket)!.delete(year);
    if (!this.reports.get(bucket)!.size) this.reports.delete(bucket);
    this.mark(bucket, year);
  }

  /** Re-cluster the touched groups and reassemble their buckets. */
  flush(): ClusterFlush {
    const removed: string[] = [];
    const updated = new Map<string, Meeting>();
    for (const [bucket, years] of this.dirty) {
      let groups = this.groupClusters.get(bucket);
      if (!groups) this.groupClusters.set(bucket, (groups = new Map()));
      for (const year of years) {
        const set = this.reports.get(bucket)?.get(year);
        if (set?.size) groups.set(year, clusterReports([...set]));
        else groups.delete(year);
      }
      if (!groups.size) this.groupClusters.delete(bucket);
      const next = this.assemble(groups);
      const before = this.built.get(bucket) ?? new Map<string, Built>();
      // A cluster whose reports are the same objects as before keeps its merged meeting: merging is the
      // costly part, and most clusters of a touched bucket did not change.
      const unchanged = new Map<string, [string, Built]>();
      for (const [id, b] of before) unchanged.set(this.signature(b.parts), [id, b]);
      const after = new Map<string, Built>();
      const used = new Set<string>();
      for (const parts of next) {
        const hit = unchanged.get(this.signature(parts));
        if (hit && !used.has(hit[0])) {
          used.add(hit[0]);
          after.set(hit[0], hit[1]);
          continue;
        }
        const m = mergeCluster(parts);
        let id = m.id;
        for (let n = 2; used.has(id); n++) id = `${m.id}~${n}`;
        used.add(id);
        const old = before.get(id);
        if (old && old.parts.length === parts.length && old.parts.every((p, i) => p === parts[i])) {
          after.set(id, old);
          continue;
        }
        const merged = id === m.id ? m : { ...m, id };
        after.set(id, { parts, merged });
        updated.set(id, merged);
      }
      for (const id of before.keys()) if (!after.has(id)) removed.push(id);
      if (after.size) this.built.set(bucket, after);
      else this.built.delete(bucket);
    }
    this.dirty.clear();
    return { removed, updated };
  }

  /** Identity of a cluster's reports (the same report objects in the same order). */
  private signature(parts: readonly Meeting[]): string {
    let sig = '';
    for (const p of parts) {
      let n = this.reportIds.get(p);
      if (n === undefined) this.reportIds.set(p, (n = this.nextReportId++));
      sig += `${n},`;
    }
    return sig;
  }

  /** Dated clusters of every year, then each undated cluster joins the first compatible one. */
  private assemble(groups: Map<string, Meeting[][]>): Meeting[][] {
    const keyed: { key: string; c: Meeting[] }[] = [];
    for (const [year, clusters] of groups) if (year) for (const c of clusters) keyed.push({ key: firstMention(c), c: [...c] });
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const dated = keyed.map((k) => k.c);
    const out = dated;
    for (const c of groups.get('') ?? []) {
      const target = dated.find((d) => !docsOverlap(d, c) && d.every((p) => c.every((q) => reportsCompatible(p, q))));
      if (target) target.push(...c);
      else out.push([...c]);
    }
    return out;
  }

  clear(): void {
    this.reports.clear();
    this.groupClusters.clear();
    this.built.clear();
    this.dirty.clear();
  }
}
