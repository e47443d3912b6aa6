// Generates src/core/kb/data/*.json from the compact tables in scripts/kb/tables/*.mjs.
// Usage: node scripts/kb/gen.mjs           writes the files; exits 1 on a data error such as an alias collision
//        node scripts/kb/gen.mjs --check   writes nothing; exits 1 if a data file differs from what the tables give
//
// Table rows are pipe-separated lines (see each table's header comment). Aliases are separated by ';'.
// The generator adds the canonical names to the aliases, adds nukta-less variants of Hindi aliases,
// NFC-normalises every string, sorts entities by id and aliases deterministically.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { people } from './tables/people.mjs';
import { peopleMore } from './tables/people_more.mjs';
import { places } from './tables/places.mjs';
import { placesMore } from './tables/places_more.mjs';
import { placesWorld } from './tables/places_world.mjs';
import { organisations } from './tables/organisations.mjs';
import { equipment } from './tables/equipment.mjs';
import { events } from './tables/events.mjs';
import { organisationsMore, equipmentMore, eventsMore } from './tables/more_misc.mjs';

const root = new URL('../..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const outDir = join(root, 'src/core/kb/data');

export const PREFIX = { PERSON: 'person/', LOCATION: 'place/', ORG: 'org/', EQUIPMENT: 'equipment/', EVENT: 'event/' };

// Zero-width joiners (common after a virama in scraped Hindi) are dropped: the matcher ignores them anyway.
const nfc = (s) => s.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
const split = (s) => (s ?? '').split(';').map(nfc).filter(Boolean);

export function slug(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Nukta-less variant: ज़ -> ज, फ़ -> फ, क़ -> क, ख़ -> ख, ग़ -> ग (ड़/ढ़ are letters in their own right: kept). */
function denukta(s) {
  return s.normalize('NFC').replace(/([कखगजफ])\u093C/g, '$1');
}

/**
 * Nasal spellings: anusvara before a consonant and the explicit nasal + virama are both in use
 * (एथेंस / एथेन्स, डेंडियास / डेन्डियास, कंबोडिया / कम्बोडिया). Returns the all-anusvara and the
 * all-explicit spellings of an alias (those that differ from it).
 */
const LABIALS = 'पफबभम';
function nasalVariants(a) {
  const s = a.normalize('NFC');
  const anusvara = s.replace(/[नमणङञ]\u094D(?=[\u0915-\u0939])/g, '\u0902');
  const explicit = anusvara.replace(/\u0902(?=[\u0915-\u0939])/g, (_m, off, str) => {
    const next = str[off + 1];
    if (next === 'य' || next === 'र' || next === 'ल' || next === 'व' || next === 'ह') return '\u0902';
    return LABIALS.includes(next) ? 'म\u094D' : 'न\u094D';
  });
  return [anusvara, explicit].filter((x) => x !== s);
}

function rows(table) {
  return table.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('|').map((c) => c.trim()));
}

/** Titles and roles are cues for the recogniser, not part of a person's name: aliases never start with one. */
export const TITLES = ['जनरल', 'एडमिरल', 'सीडीएस', 'पीएम', 'प्रधानमंत्री', 'राष्ट्रपति', 'डॉ.', 'डॉ', 'लेफ्टिनेंट', 'फील्ड मार्शल',
  'कर्नल', 'एयर चीफ मार्शल', 'क्राउन प्रिंस', 'श्री', 'Gen', 'Gen.', 'General', 'Admiral', 'CDS', 'PM', 'President', 'Dr', 'Dr.',
  'Field Marshal', 'Lieutenant', 'Colonel', 'Air Chief Marshal', 'Crown Prince', 'Senior General', 'Mr', 'Mr.', 'Premier',
  'शेख', 'प्रिंस', 'किंग', 'क्वीन', 'सुल्तान', 'अमीर', 'महामहिम', 'Sheikh', 'Prince', 'King', 'Queen', 'Sultan', 'Emir'];
const titleRe = new RegExp(`^(${TITLES.map((t) => t.replace(/[.]/g, '\\.')).join('|')})\\s`, 'u');

/**
 * Usual spellings of Russian (and other post-Soviet) given names in Hindi and English news. A person's full-name
 * alias that starts with one of them is also listed with the others, so that "सेर्गेई लावरोव" is an exact alias.
 */
const GIVEN_NAME_VARIANTS = [
  ['सर्गेई', 'सेर्गेई', 'सर्गेइ', 'सर्गेय'], ['आंद्रेई', 'आंद्रे', 'एंड्री', 'आन्द्रेई', 'आंद्रेइ'],
  ['अलेक्जेंडर', 'अलेक्सांद्र', 'एलेक्जेंडर', 'अलेक्ज़ेंडर', 'अलेक्सांदर'], ['दिमित्री', 'दमित्री', 'द्मित्री'],
  ['व्लादिमीर', 'ब्लादिमीर', 'व्लादिमिर'], ['निकोलाई', 'निकोलय'], ['मिखाइल', 'मिखाईल'], ['यूरी', 'युरी'],
  ['अलेक्सी', 'एलेक्सी', 'अलेक्सेई'], ['वालेरी', 'वलेरी', 'वैलेरी'], ['डेनिस', 'देनिस'], ['एंटोन', 'अंतोन', 'एंतोन'],
  ['विक्टर', 'विक्तोर'], ['मैक्सिम', 'मक्सिम'], ['येवगेनी', 'एवगेनी'], ['रुस्लान', 'रुसलान'],
  ['Sergei', 'Sergey'], ['Andrei', 'Andrey'], ['Alexander', 'Aleksandr'], ['Dmitry', 'Dmitri', 'Dmitriy'],
  ['Nikolai', 'Nikolay'], ['Yuri', 'Yury', 'Yuriy'], ['Alexei', 'Alexey', 'Aleksei'], ['Valery', 'Valeriy'],
  ['Yevgeny', 'Evgeny'], ['Maxim', 'Maksim'],
];

function givenNameVariants(alias) {
  const sp = alias.indexOf(' ');
  if (sp < 0) return [];
  const first = alias.slice(0, sp);
  const group = GIVEN_NAME_VARIANTS.find((g) => g.includes(first));
  return group ? group.filter((g) => g !== first).map((g) => g + alias.slice(sp)) : [];
}

function entity(label, en, hi, aliases, wikidata, attrs, idOverride) {
  const id = PREFIX[label] + (idOverride || slug(en));
  if (label === 'PERSON') {
    // a title that is part of the person's own canonical name (Sheikh Hasina, King Charles III) stays in aliases
    const own = new Set([hi, en].map((x) => titleRe.exec(nfc(x ?? ''))?.[1]).filter(Boolean));
    aliases = aliases.filter((a) => { const m = titleRe.exec(a); return !m || own.has(m[1]); });
    aliases = [...aliases, ...[hi, en, ...aliases].filter(Boolean).flatMap((a) => givenNameVariants(nfc(a)))];
  }
  const all = [];
  const push = (a) => { if (a && !all.includes(a)) all.push(a); };
  for (const a of [hi, en, ...aliases].filter(Boolean).map(nfc)) {
    push(a);
    if (!/[\u0900-\u097F]/.test(a)) continue;
    push(denukta(a));
    for (const v of nasalVariants(a)) { push(v); push(denukta(v)); }
    // Hindi oblique case: "रूस का रक्षा मंत्रालय" is also written "रूस के रक्षा मंत्रालय" (ने, में, से follow).
    if (/ का /.test(a)) { push(a.replace(/ का /g, ' के ')); push(denukta(a.replace(/ का /g, ' के '))); }
  }
  const cleanAttrs = {};
  for (const [k, v] of Object.entries(attrs)) if (v) cleanAttrs[k] = nfc(v);
  const e = { id, label, name: {} };
  if (hi) e.name.hi = nfc(hi);
  if (en) e.name.en = nfc(en);
  e.aliases = all;
  if (wikidata) e.wikidata = wikidata;
  if (Object.keys(cleanAttrs).length) e.attrs = Object.fromEntries(Object.entries(cleanAttrs).sort(([a], [b]) => (a < b ? -1 : 1)));
  return e;
}

// Columns: id? is given as "en{slug}" when a custom id slug is needed, e.g. "Hyderabad{hyderabad-pk}".
function parseEn(cell) {
  const m = /^(.*)\{([a-z0-9-]+)\}$/.exec(cell);
  return m ? [m[1].trim(), m[2]] : [cell, undefined];
}

const files = {
  // en | hi | country | role | roleHi | aliases | wikidata
  people: rows(people + peopleMore).map(([en0, hi, country, role, roleHi, aliases, wd]) => {
    const [en, id] = parseEn(en0);
    return entity('PERSON', en, hi, split(aliases), wd, { country, role, roleHi }, id);
  }),
  // en | hi | type | country | aliases | wikidata
  places: rows(places + placesMore + placesWorld).map(([en0, hi, type, country, aliases, wd, dem]) => {
    const [en, id] = parseEn(en0);
    const [demonymHi, demonymEn] = (dem ?? '').split(';').map((x) => x.trim());
    return entity('LOCATION', en, hi, split(aliases), wd, { type, country, demonymHi, demonymEn }, id);
  }),
  // en | hi | type | country | aliases | wikidata
  organisations: rows(organisations + organisationsMore).map(([en0, hi, type, country, aliases, wd]) => {
    const [en, id] = parseEn(en0);
    return entity('ORG', en, hi, split(aliases), wd, { type, country }, id);
  }),
  // en | hi | type | origin | aliases
  equipment: rows(equipment + equipmentMore).map(([en0, hi, type, origin, aliases, wd]) => {
    const [en, id] = parseEn(en0);
    return entity('EQUIPMENT', en, hi, split(aliases), wd, { type, origin }, id);
  }),
  // en | hi | type | aliases
  events: rows(events + eventsMore).map(([en0, hi, type, aliases, wd]) => {
    const [en, id] = parseEn(en0);
    return entity('EVENT', en, hi, split(aliases), wd, { type }, id);
  }),
};

// National forces and missions, generated for every country with demonyms: "<demonym> सेना/थल सेना/नौसेना/
// वायुसेना/तटरक्षक बल", "<Demonym> Army/Navy/Air Force/Coast Guard", "<demonym> दूतावास/उच्चायोग/वाणिज्य
// दूतावास", "<Demonym> Embassy/High Commission". A hand-written entity with the same id keeps its own names and
// gains the generated aliases; an alias that already names another entity is left out.
// Other demonyms in use in news for the forces of some countries (Hellenic Navy, Nepalese Army, ROK Navy...).
const EXTRA_DEMONYMS = {
  GR: [['हेलेनिक', 'ग्रीक'], ['Hellenic']], NP: [[], ['Nepalese']], LK: [['श्रीलंकन'], []],
  GB: [['ब्रितानी'], ['UK']], US: [['अमरीकी'], ['US', 'U.S.']], BD: [[], []],
  EG: [[], []], JP: [[], []], KR: [['दक्षिण कोरियाई'], ['ROK', 'Korean']],
  PH: [['फिलीपीनी'], ['Philippine']], MM: [[], ['Myanmar']], VN: [[], []],
  TH: [[], ['Royal Thai']], FR: [['फ्रेंच'], []], DE: [[], []], AU: [['ऑस्ट्रेलियन'], ['Royal Australian']],
  IT: [['इतालवी'], []], ID: [[], []], MY: [[], ['Royal Malaysian']], SG: [[], ['Republic of Singapore']],
  SA: [[], ['Royal Saudi']], AE: [['अमीराती'], ['UAE']], IR: [[], []], CN: [[], []],
  IL: [['इस्राइली', 'इजरायली'], []], MV: [[], []], NZ: [[], ['Royal New Zealand']], CA: [[], ['Royal Canadian']],
};
// Demonyms of countries whose place row has none (used only for the generated forces and missions).
const FORCE_DEMONYMS = {
  AL: ['अल्बानियाई', 'Albanian'], DZ: ['अल्जीरियाई', 'Algerian'], AO: ['अंगोलाई', 'Angolan'], BH: ['बहरीनी', 'Bahraini'], BO: ['बोलीवियाई', 'Bolivian'],
  BG: ['बुल्गारियाई', 'Bulgarian'], BN: ['ब्रुनेई', 'Bruneian'], KH: ['कंबोडियाई', 'Cambodian'], CM: ['कैमरूनी', 'Cameroonian'], CL: ['चिली', 'Chilean'],
  CO: ['कोलंबियाई', 'Colombian'], HR: ['क्रोएशियाई', 'Croatian'], CU: ['क्यूबाई', 'Cuban'], CY: ['साइप्रसी', 'Cypriot'], DJ: ['जिबूती', 'Djiboutian'],
  EC: ['इक्वाडोरी', 'Ecuadorian'], EE: ['एस्टोनियाई', 'Estonian'], FJ: ['फिजी', 'Fijian'], GH: ['घानाई', 'Ghanaian'], GE: ['जॉर्जियाई', 'Georgian'],
  JM: ['जमैकाई', 'Jamaican'], JO: ['जॉर्डनियाई', 'Jordanian'], KE: ['केन्याई', 'Kenyan'], KW: ['कुवैती', 'Kuwaiti'], LA: ['लाओ', 'Lao'],
  LV: ['लातवियाई', 'Latvian'], LY: ['लीबियाई', 'Libyan'], LT: ['लिथुआनियाई', 'Lithuanian'], MG: ['मालागासी', 'Malagasy'], MU: ['मॉरीशस', 'Mauritian'],
  MD: ['मोल्दोवाई', 'Moldovan'], MA: ['मोरक्को', 'Moroccan'], MZ: ['मोजाम्बिक', 'Mozambican'], NA: ['नामीबियाई', 'Namibian'], NZ: ['न्यूजीलैंड', 'New Zealand'],
  NG: ['नाइजीरियाई', 'Nigerian'], OM: ['ओमानी', 'Omani'], PG: ['पापुआ न्यू गिनी', 'Papua New Guinea'], PE: ['पेरू', 'Peruvian'], RO: ['रोमानियाई', 'Romanian'],
  RW: ['रवांडाई', 'Rwandan'], SN: ['सेनेगली', 'Senegalese'], RS: ['सर्बियाई', 'Serbian'], SC: ['सेशेल्स', 'Seychellois'], SK: ['स्लोवाक', 'Slovak'],
  SI: ['स्लोवेनियाई', 'Slovenian'], SO: ['सोमाली', 'Somali'], SD: ['सूडानी', 'Sudanese'], TZ: ['तंजानियाई', 'Tanzanian'], TL: ['तिमोर-लेस्ते', 'Timorese'],
  TN: ['ट्यूनीशियाई', 'Tunisian'], UG: ['युगांडाई', 'Ugandan'], UY: ['उरुग्वे', 'Uruguayan'], VE: ['वेनेजुएलाई', 'Venezuelan'], ZM: ['जाम्बियाई', 'Zambian'],
  ZW: ['जिम्बाब्वे', 'Zimbabwean'], MR: ['मॉरिटानियाई', 'Mauritanian'], ER: ['इरिट्रियाई', 'Eritrean'], SS: ['दक्षिण सूडानी', 'South Sudanese'], MT: ['माल्टाई', 'Maltese'],
  PY: ['पराग्वे', 'Paraguayan'], PA: ['पनामाई', 'Panamanian'], GY: ['गुयाना', 'Guyanese'], TT: ['त्रिनिदाद और टोबैगो', 'Trinidad and Tobago'],
  IS: ['आइसलैंडिक', 'Icelandic'], MK: ['उत्तरी मैसेडोनियाई', 'North Macedonian'], ME: ['मोंटेनेग्रो', 'Montenegrin'], BA: ['बोस्नियाई', 'Bosnian'],
  CI: ['आइवरी कोस्ट', 'Ivorian'], ML: ['माली', 'Malian'], NE: ['नाइजर', 'Nigerien'], TD: ['चाड', 'Chadian'], BF: ['बुर्किना फासो', 'Burkinabe'],
};
const FORCES = [
  { slug: 'army', type: 'armed forces', hi: ['सेना', 'थल सेना', 'थलसेना', 'आर्मी'], en: ['Army'], owns: true },
  { slug: 'navy', type: 'armed forces', hi: ['नौसेना', 'नौ सेना', 'नेवी'], en: ['Navy'], owns: true },
  { slug: 'air-force', type: 'armed forces', hi: ['वायुसेना', 'वायु सेना', 'एयर फोर्स'], en: ['Air Force'], owns: true },
  { slug: 'coast-guard', type: 'armed forces', hi: ['तटरक्षक बल', 'तट रक्षक बल', 'कोस्ट गार्ड'], en: ['Coast Guard'], owns: true },
  { slug: 'embassy', type: 'diplomatic mission', hi: ['दूतावास', 'एंबेसी', 'एम्बेसी'], en: ['Embassy'], of: 'Embassy of' },
  { slug: 'high-commission', type: 'diplomatic mission', hi: ['उच्चायोग'], en: ['High Commission'], of: 'High Commission of' },
  { slug: 'consulate', type: 'diplomatic mission', hi: ['वाणिज्य दूतावास', 'महावाणिज्य दूतावास', 'कॉन्सुलेट'], en: ['Consulate', 'Consulate General'], of: 'Consulate General of' },
];
{
  const taken = new Map();
  for (const list of Object.values(files)) for (const e of list) for (const a of e.aliases) taken.set(a.toLowerCase(), e.id);
  const orgById = new Map(files.organisations.map((e) => [e.id, e]));
  for (const c of files.places) {
    if (c.attrs?.type !== 'country') continue;
    const [demHi, demEn] = c.attrs.demonymHi && c.attrs.demonymEn ? [c.attrs.demonymHi, c.attrs.demonymEn] : FORCE_DEMONYMS[c.attrs.country] ?? [];
    if (!demHi || !demEn) continue;
    const extra = EXTRA_DEMONYMS[c.attrs.country] ?? [[], []];
    // the country's own name is used the same way ("केन्या नौसेना", "Kenya Navy"), except before missions
    const dHi = [demHi, ...extra[0]];
    const dEn = [demEn, ...extra[1]];
    const byName = [[c.name.hi, c.name.en]].filter(([h, e]) => h && e && h !== demHi);
    for (const f of FORCES) {
      const hiNames = [];
      for (const d of dHi) {
        for (const h of f.hi) hiNames.push(`${d} ${h}`);
      }
      const enNames = dEn.flatMap((d) => f.en.map((h) => `${d} ${h}`));
      if (f.owns) for (const [h, e] of byName) { for (const x of f.hi) hiNames.push(`${h} ${x}`); for (const x of f.en) enNames.push(`${e} ${x}`); }
      if (f.of) enNames.push(`${f.of} ${c.name.en}`);
      const en = enNames[0];
      const id = `${PREFIX.ORG}${slug(`${demEn} ${f.slug}`)}`;
      const existing = orgById.get(id);
      const fresh = [...hiNames, ...enNames].filter((a) => { const t = taken.get(a.toLowerCase()); return !t || t === id; });
      if (existing) {
        const e = entity('ORG', existing.name.en, existing.name.hi, [...existing.aliases, ...fresh], existing.wikidata, existing.attrs ?? {});
        existing.aliases = e.aliases;
      } else {
        if (!fresh.length || taken.get(hiNames[0].toLowerCase())) continue;
        const e = entity('ORG', en, hiNames[0], fresh, undefined, { type: f.type, country: c.attrs.country }, id.slice(PREFIX.ORG.length));
        files.organisations.push(e);
        orgById.set(id, e);
      }
      for (const a of (orgById.get(id)).aliases) if (!taken.has(a.toLowerCase())) taken.set(a.toLowerCase(), id);
    }
  }
}

const ambiguous = JSON.parse(readFileSync(join(outDir, 'ambiguous.json'), 'utf8'));
const allowed = new Map(Object.entries(ambiguous.sharedAliases ?? {}).map(([k, v]) => [k.normalize('NFC'), new Set(v)]));

// Checks: unique ids, alias collisions (exact, and case-insensitive for Latin).
let errors = 0;
const ids = new Set();
const byAlias = new Map();
for (const list of Object.values(files)) {
  for (const e of list) {
    if (ids.has(e.id)) { console.error(`duplicate id ${e.id}`); errors++; }
    ids.add(e.id);
    for (const a of e.aliases) {
      const k = a.toLowerCase();
      if (!byAlias.has(k)) byAlias.set(k, new Set());
      byAlias.get(k).add(e.id);
    }
  }
}
for (const [a, set] of byAlias) {
  if (set.size < 2) continue;
  const allow = allowed.get(a) ?? [...allowed.entries()].find(([k]) => k.toLowerCase() === a)?.[1];
  if (allow && [...set].every((id) => allow.has(id))) continue;
  console.error(`alias "${a}" shared by ${[...set].join(', ')}`); errors++;
}
for (const [a, set] of allowed) {
  for (const id of set) if (!ids.has(id)) { console.error(`ambiguous.json: unknown id ${id} for "${a}"`); errors++; }
}

let total = 0, aliasCount = 0;
for (const [name, list] of Object.entries(files)) {
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  total += list.length;
  aliasCount += list.reduce((n, e) => n + e.aliases.length, 0);
  // One entity per line keeps diffs small and the file readable.
  const body = list.map((e) => '    ' + JSON.stringify(e)).join(',\n');
  const text = `{\n  "version": 1,\n  "entities": [\n${body}\n  ]\n}\n`;
  const file = join(outDir, `${name}.json`);
  if (check) {
    let current = '';
    try { current = readFileSync(file, 'utf8'); } catch { /* missing */ }
    if (current !== text) { console.error(`${name}.json is out of date: run node scripts/kb/gen.mjs`); errors++; }
  } else {
    writeFileSync(file, text);
  }
  console.log(`${name}.json: ${list.length} entities`);
}
console.log(`total ${total} entities, ${aliasCount} aliases`);
if (errors) { console.error(`${errors} data error(s)`); process.exit(1); }
