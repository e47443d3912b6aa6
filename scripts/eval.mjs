// Scores the extractor against the held-out evaluation set (test/fixtures/eval).
// Usage: node scripts/eval.mjs [--dir DIR] [--json] [--verbose]
// Needs dist/cli.js (run `node scripts/build.mjs` first, or `npm run eval`). Runs
// `node dist/cli.js extract <the .txt files of DIR>` once and compares its output with the
// <name>.gold.json files:
// - entities per label and overall: precision/recall/F1, exact (same label and span) and overlap
//   (same label, spans intersect, one-to-one); predictions flagged inBoilerplate are ignored, every
//   other prediction is scored (one in the site noise outside the gold body is a false positive);
// - meetings: a predicted meeting (status 'call' excluded) matches a gold one when the participant sets
//   match; precision, recall, and place accuracy over matched meetings whose gold place is known.
// The functions below are exported for the unit test of the arithmetic (test/unit/eval).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Precision, recall and F1 from counts; 0 when undefined (no predictions / no gold). */
export function prf(tp, fp, fn) {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { tp, fp, fn, precision: p, recall: r, f1 };
}

const overlapLen = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * One-to-one matching of gold and predicted spans of the same label.
 * mode 'exact': same start and end. mode 'overlap': spans intersect; exact pairs first, then the
 * largest overlaps first. Returns the pairs and the unmatched spans of each side.
 */
export function matchSpans(gold, pred, mode) {
  const pairs = [];
  const usedG = new Set();
  const usedP = new Set();
  const candidates = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    if (g.label !== p.label) return;
    const exact = g.start === p.start && g.end === p.end;
    if (mode === 'exact' ? exact : overlapLen(g, p) > 0) candidates.push({ gi, pi, exact, ov: overlapLen(g, p) });
  }));
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.ov - a.ov || a.gi - b.gi || a.pi - b.pi);
  for (const c of candidates) {
    if (usedG.has(c.gi) || usedP.has(c.pi)) continue;
    usedG.add(c.gi);
    usedP.add(c.pi);
    pairs.push([gold[c.gi], pred[c.pi]]);
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: pred.filter((_, i) => !usedP.has(i)),
  };
}

/** Counts per label ({label: {tp, fp, fn}}) plus '_all', for one mode. */
export function countByLabel(gold, pred, mode) {
  const { pairs, missed, spurious } = matchSpans(gold, pred, mode);
  const out = {};
  const bump = (label, k) => {
    for (const l of [label, '_all']) {
      out[l] ??= { tp: 0, fp: 0, fn: 0 };
      out[l][k]++;
    }
  };
  for (const [g] of pairs) bump(g.label, 'tp');
  for (const g of missed) bump(g.label, 'fn');
  for (const p of spurious) bump(p.label, 'fp');
  return out;
}

/** Lower case, accents and dots removed, spaces collapsed: "Sébastien  Lecornu" -> "sebastien lecornu". */
export function normName(s) {
  return String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.]/g, ' ').replace(/[\s\-‐]+/g, ' ').trim();
}

/** True when every gold name is matched by a distinct predicted participant (each has a set of acceptable names). */
export function participantsMatch(goldNames, predNameSets) {
  if (goldNames.length !== predNameSets.length) return false;
  const g = goldNames.map(normName);
  const used = new Array(predNameSets.length).fill(false);
  const go = (i) => {
    if (i === g.length) return true;
    for (let j = 0; j < predNameSets.length; j++) {
      if (used[j] || !predNameSets[j].has(g[i])) continue;
      used[j] = true;
      if (go(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return go(0);
}

/**
 * Matches predicted meetings ({participants: Set<string>[], place: Set<string>|null, status}) to gold
 * ones ({participants: string[], place, status}), one-to-one in order. Predicted 'call' meetings are
 * ignored. Returns counts and the matched / missed / spurious lists.
 */
export function matchMeetings(gold, pred) {
  const preds = pred.filter((m) => m.status !== 'call');
  const usedP = new Set();
  const matched = [];
  const missed = [];
  for (const g of gold) {
    const j = preds.findIndex((p, k) => !usedP.has(k) && participantsMatch(g.participants, p.participants));
    if (j < 0) { missed.push(g); continue; }
    usedP.add(j);
    matched.push([g, preds[j]]);
  }
  const spurious = preds.filter((_, k) => !usedP.has(k));
  let placeKnown = 0;
  let placeRight = 0;
  for (const [g, p] of matched) {
    if (!g.place) continue;
    placeKnown++;
    if (p.place && p.place.has(normName(g.place))) placeRight++;
  }
  return { tp: matched.length, fp: spurious.length, fn: missed.length, placeKnown, placeRight, matched, missed, spurious };
}

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { dir: 'test/fixtures/eval', json: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dir') o.dir = argv[++i];
    else if (a === '--json') o.json = true;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '-h' || a === '--help') o.help = true;
    else throw new Error(`unknown argument '${a}'`);
  }
  if (!o.dir) throw new Error('--dir needs a folder');
  return o;
}

/** Acceptable names of a knowledge-base entity of the corpus JSON. */
function kbNames(ent) {
  if (!ent) return [];
  return [ent.name, ent.nameEn, ent.nameHi, ...(ent.aliases ?? [])].filter(Boolean);
}

/**
 * Per document: maps each entityId of the predictions to gold canonical names through the gold spans
 * its mentions overlap (so a KB entity whose English name is spelt differently still matches), and each
 * gold surface text to its canonical name.
 */
function linkMaps(goldDoc, predEntities, byAlias) {
  const byId = new Map();
  const bySurface = new Map();
  for (const g of goldDoc.entities) if (g.canonical) bySurface.set(g.text, g.canonical);
  for (const p of predEntities) {
    if (!p.entityId) continue;
    for (const g of goldDoc.entities) {
      if (g.canonical && g.label === p.label && overlapLen(g, p) > 0) {
        if (!byId.has(p.entityId)) byId.set(p.entityId, new Set());
        byId.get(p.entityId).add(g.canonical);
      }
    }
  }
  return { byId, bySurface, byAlias };
}

function nameSet(ref, kb, maps) {
  const names = [ref.name, ...kbNames(kb.get(ref.entityId))];
  // a reference without a (known) id whose name is a knowledge-base alias: that entity's names too
  for (const e of maps.byAlias.get(ref.name) ?? []) names.push(...kbNames(e));
  for (const c of maps.byId.get(ref.entityId) ?? []) names.push(c);
  if (ref.name && maps.bySurface.has(ref.name)) names.push(maps.bySurface.get(ref.name));
  return new Set(names.map(normName));
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log('Usage: node scripts/eval.mjs [--dir DIR] [--json] [--verbose]   (run `node scripts/build.mjs` first)');
    return;
  }
  const root = resolve(new URL('..', import.meta.url).pathname);
  const cli = join(root, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js not found: run `node scripts/build.mjs` first (or `npm run eval`)');
  const dir = resolve(opts.dir);
  const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  if (golds.length === 0) throw new Error(`no *.gold.json files in ${dir}`);
  for (const g of golds) if (g.offsets !== 'codepoint') throw new Error(`${g.article}: gold offsets must be "codepoint"`);
  const files = golds.map((g) => join(dir, g.article));
  const out = execFileSync(process.execPath, [cli, 'extract', ...files], { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' });
  const corpus = JSON.parse(out);
  if (corpus.offsets !== 'codepoint') throw new Error('extract output does not declare codepoint offsets');
  const kb = new Map((corpus.entities ?? []).map((e) => [e.id, e]));
  const byAlias = new Map();
  for (const e of corpus.entities ?? []) {
    for (const n of kbNames(e)) {
      if (!byAlias.has(n)) byAlias.set(n, []);
      byAlias.get(n).push(e);
    }
  }

  const totals = { exact: {}, overlap: {} };
  const meet = { tp: 0, fp: 0, fn: 0, placeKnown: 0, placeRight: 0, byStatus: {} };
  const articles = [];
  const noiseFp = { outside: 0, teaser: 0 };
  for (const g of golds) {
    const doc = corpus.documents.find((d) => d.id === g.article);
    if (!doc) throw new Error(`extract output has no document '${g.article}'`);
    const text = [...readFileSync(join(dir, g.article), 'utf8')];
    const preds = (doc.entities ?? []).filter((e) => !e.inBoilerplate);
    const art = { article: g.article, entities: {}, meetings: null };
    for (const mode of ['exact', 'overlap']) {
      const c = countByLabel(g.entities, preds, mode);
      art.entities[mode] = c;
      for (const [l, v] of Object.entries(c)) {
        totals[mode][l] ??= { tp: 0, fp: 0, fn: 0 };
        for (const k of ['tp', 'fp', 'fn']) totals[mode][l][k] += v[k];
      }
    }
    for (const p of matchSpans(g.entities, preds, 'overlap').spurious) {
      if (p.start < g.body.start || p.end > g.body.end) noiseFp.outside++;
      else if ((g.noise ?? []).some((n) => p.start < n.end && p.end > n.start)) noiseFp.teaser++;
    }
    const maps = linkMaps(g, preds, byAlias);
    const predMeetings = (corpus.meetings ?? [])
      .filter((m) => (m.mentions ?? []).some((r) => r.document === g.article))
      .map((m) => ({
        raw: m,
        status: m.status,
        participants: m.participants.map((p) => nameSet(p, kb, maps)),
        place: m.place ? nameSet(m.place, kb, maps) : null,
      }));
    const mm = matchMeetings(g.meetings, predMeetings);
    for (const k of ['tp', 'fp', 'fn', 'placeKnown', 'placeRight']) meet[k] += mm[k];
    for (const gm of g.meetings) {
      meet.byStatus[gm.status] ??= { gold: 0, found: 0 };
      meet.byStatus[gm.status].gold++;
    }
    for (const [gm] of mm.matched) meet.byStatus[gm.status].found++;
    art.meetings = mm;
    if (opts.verbose) art.detail = verboseDetail(g, preds, mm, text);
    articles.push(art);
  }

  const labels = Object.keys(totals.overlap).filter((l) => l !== '_all').sort();
  const result = {
    articles: golds.length,
    entities: Object.fromEntries([...labels, '_all'].map((l) => [l === '_all' ? 'ALL' : l, {
      exact: prf(totals.exact[l]?.tp ?? 0, totals.exact[l]?.fp ?? 0, totals.exact[l]?.fn ?? 0),
      overlap: prf(totals.overlap[l].tp, totals.overlap[l].fp, totals.overlap[l].fn),
    }])),
    siteNoiseFalsePositives: noiseFp,
    meetings: {
      ...prf(meet.tp, meet.fp, meet.fn),
      placeAccuracy: meet.placeKnown === 0 ? 0 : meet.placeRight / meet.placeKnown,
      placeRight: meet.placeRight,
      placeKnown: meet.placeKnown,
      recallByStatus: meet.byStatus,
    },
  };
  if (opts.json) {
    if (opts.verbose) result.perArticle = articles.map((a) => ({ article: a.article, ...a.detail }));
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  if (opts.verbose) for (const a of articles) printDetail(a);
  console.log(`\nEntities (${golds.length} articles; predictions flagged inBoilerplate ignored)`);
  console.log('label        gold  pred |  exact P     R    F1 | overlap P     R    F1');
  for (const l of [...labels, 'ALL']) {
    const { exact: e, overlap: o } = result.entities[l];
    console.log(`${l.padEnd(10)} ${String(o.tp + o.fn).padStart(6)} ${String(o.tp + o.fp).padStart(5)} | ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)} |   ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`);
  }
  console.log(`overlap false positives in site noise not flagged inBoilerplate: ${noiseFp.outside} outside the body, ${noiseFp.teaser} in teasers inside it`);
  const m = result.meetings;
  console.log(`\nMeetings: gold ${m.tp + m.fn}, predicted ${m.tp + m.fp} (calls excluded), matched ${m.tp}`);
  console.log(`  precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}  place right ${m.placeRight}/${m.placeKnown} (${pct(m.placeAccuracy).trim()}%)`);
  console.log(`  recall by gold status: ${Object.entries(m.recallByStatus).map(([s, v]) => `${s} ${v.found}/${v.gold}`).join(', ')}`);
}

function verboseDetail(g, preds, mm, text) {
  const { missed, spurious } = matchSpans(g.entities, preds, 'overlap');
  const exact = matchSpans(g.entities, preds, 'exact');
  const overlapOnly = matchSpans(g.entities, preds, 'overlap').pairs
    .filter(([a, b]) => a.start !== b.start || a.end !== b.end)
    .map(([a, b]) => ({ label: a.label, gold: a.text, pred: b.text, start: a.start }));
  const where = (p) => (p.start < g.body.start || p.end > g.body.end ? 'outside body' : (g.noise ?? []).some((n) => p.start < n.end && p.end > n.start) ? 'in teaser' : '');
  const ctx = (s) => text.slice(Math.max(0, s.start - 15), Math.min(text.length, s.end + 15)).join('').replace(/\n/g, '⏎');
  const show = (p) => ({ participants: p.raw.participants.map((x) => x.name), place: p.raw.place?.name ?? null, status: p.raw.status });
  return {
    falseNegatives: missed.map((s) => ({ label: s.label, text: s.text, start: s.start, context: ctx(s) })),
    falsePositives: spurious.map((s) => ({ label: s.label, text: s.text, start: s.start, method: s.method, where: where(s), context: ctx(s) })),
    boundaryErrors: overlapOnly,
    exactTp: exact.pairs.length,
    meetingsMissed: mm.missed,
    meetingsSpurious: mm.spurious.map(show),
    placeWrong: mm.matched.filter(([gm, p]) => gm.place && !(p.place && p.place.has(normName(gm.place))))
      .map(([gm, p]) => ({ participants: gm.participants, gold: gm.place, pred: p.raw.place?.name ?? null })),
  };
}

function printDetail(a) {
  const d = a.detail;
  console.log(`\n=== ${a.article}`);
  for (const s of d.falseNegatives) console.log(`  FN ${s.label.padEnd(9)} ${s.text}   …${s.context}…`);
  for (const s of d.falsePositives) console.log(`  FP ${s.label.padEnd(9)} ${s.text}   (${s.method ?? '?'}${s.where ? `, ${s.where}` : ''})   …${s.context}…`);
  for (const s of d.boundaryErrors) console.log(`  ~~ ${s.label.padEnd(9)} gold '${s.gold}' vs predicted '${s.pred}'`);
  for (const m of d.meetingsMissed) console.log(`  MEETING FN  ${m.participants.join(' + ')} @ ${m.place ?? '-'} (${m.status})`);
  for (const m of d.meetingsSpurious) console.log(`  MEETING FP  ${m.participants.join(' + ')} @ ${m.place ?? '-'} (${m.status})`);
  for (const m of d.placeWrong) console.log(`  PLACE WRONG ${m.participants.join(' + ')}: gold ${m.gold}, predicted ${m.pred ?? '-'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (e) {
    console.error(`eval: ${e.message}`);
    process.exit(1);
  }
}
