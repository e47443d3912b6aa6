/**
 * Data rules for knowledge-base files (built-in and workspace). Returns a list of problems; empty means valid.
 * Shared by the built-in data test and the demo workspace test.
 */

export interface RawEntity {
  id: string;
  label: string;
  name: { hi?: string; en?: string };
  aliases: string[];
  wikidata?: string;
  attrs?: Record<string, string>;
}

export const KB_LABELS = ['PERSON', 'ORG', 'LOCATION', 'EVENT', 'EQUIPMENT'] as const;
export const ID_PREFIX: Record<string, string> = {
  PERSON: 'person/', LOCATION: 'place/', ORG: 'org/', EQUIPMENT: 'equipment/', EVENT: 'event/',
};

/** Titles and roles are cues for the recogniser, never the start of a person's alias. */
export const TITLE_WORDS = ['जनरल', 'एडमिरल', 'सीडीएस', 'पीएम', 'प्रधानमंत्री', 'राष्ट्रपति', 'डॉ.', 'डॉ', 'लेफ्टिनेंट', 'फील्ड',
  'कर्नल', 'श्री', 'श्रीमती', 'Gen', 'Gen.', 'General', 'Admiral', 'CDS', 'PM', 'President', 'Dr', 'Dr.', 'Field', 'Lieutenant',
  'Colonel', 'Mr', 'Mr.', 'Mrs', 'Ms', 'Premier', 'Crown', 'Senior'];

/** Single words that must never be an alias on their own: too common as surnames, given names or words. */
export const FORBIDDEN_SINGLE_ALIASES = [
  'सिंह', 'कुमार', 'शर्मा', 'वर्मा', 'गुप्ता', 'यादव', 'खान', 'ख़ान', 'पटेल', 'शाह', 'राय', 'दास', 'चौहान', 'रावत', 'सेठ', 'भट्ट', 'शरीफ', 'गांधी',
  'Singh', 'Kumar', 'Sharma', 'Khan', 'Patel', 'Shah', 'Chauhan', 'Rawat', 'Seth', 'Bhatt', 'Sharif', 'Gandhi', 'Li', 'Wang', 'Zhang', 'Kim', 'Lee',
  'और', 'के', 'की', 'का', 'में', 'से', 'ने', 'है', 'हैं', 'आप', 'वार्ता', 'भाषा', 'संघ', 'हवाई', 'गया', 'जून', 'मई', 'सेना', 'लश्कर', 'जैश', 'प्रचंड',
  'तलवार', 'नाविक', 'आकाश', 'अर्जुन', 'धनुष', 'निर्भय', 'नाग', 'अस्त्र', 'इंद्र', 'AIR', 'AP', 'RT', 'ICC', 'Apache', 'Mirage', 'Meteor', 'Nag', 'Akash',
  'Arjun', 'Dhanush', 'Heron', 'Coast Guard', 'Security Council', 'General Assembly',
];

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00A0]/u;
const CONTROL = /\p{Cc}/u;
const DEVANAGARI = /[\u0900-\u097F]/u;
const LATIN = /[A-Za-z]/;

function checkString(where: string, s: unknown, problems: string[]): s is string {
  if (typeof s !== 'string' || s.length === 0) { problems.push(`${where}: empty or not a string`); return false; }
  if (s !== s.trim()) problems.push(`${where}: leading/trailing whitespace in "${s}"`);
  if (/\s{2,}/u.test(s)) problems.push(`${where}: repeated whitespace in "${s}"`);
  if (s !== s.normalize('NFC')) problems.push(`${where}: not NFC "${s}"`);
  if (ZERO_WIDTH.test(s) || CONTROL.test(s)) problems.push(`${where}: invisible or control character in "${s}"`);
  return true;
}

/** Validate one list of entities (one file). */
export function validateEntities(entities: RawEntity[], file: string): string[] {
  const problems: string[] = [];
  let prevId = '';
  for (const e of entities) {
    const where = `${file} ${e.id}`;
    if (typeof e.id !== 'string' || !/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.id)) problems.push(`${where}: malformed id`);
    if (!(KB_LABELS as readonly string[]).includes(e.label)) problems.push(`${where}: invalid label ${e.label}`);
    else if (!e.id.startsWith(ID_PREFIX[e.label])) problems.push(`${where}: id prefix does not match label ${e.label}`);
    if (e.id <= prevId) problems.push(`${where}: not sorted by id (after ${prevId})`);
    prevId = e.id;
    if (!e.name || (!e.name.hi && !e.name.en)) problems.push(`${where}: no canonical name`);
    if (e.name?.hi !== undefined && checkString(`${where} name.hi`, e.name.hi, problems) && !DEVANAGARI.test(e.name.hi)) problems.push(`${where}: name.hi is not Devanagari`);
    if (e.name?.en !== undefined && checkString(`${where} name.en`, e.name.en, problems) && !LATIN.test(e.name.en)) problems.push(`${where}: name.en is not Latin`);
    if (!Array.isArray(e.aliases) || e.aliases.length === 0) { problems.push(`${where}: no aliases`); continue; }
    const seen = new Set<string>();
    for (const a of e.aliases) {
      if (!checkString(`${where} alias`, a, problems)) continue;
      if (seen.has(a)) problems.push(`${where}: duplicate alias "${a}"`);
      seen.add(a);
      if (FORBIDDEN_SINGLE_ALIASES.includes(a)) problems.push(`${where}: forbidden stand-alone alias "${a}"`);
      if (e.label === 'PERSON') {
        const first = a.split(' ')[0];
        if (TITLE_WORDS.includes(first) && a.includes(' ')) problems.push(`${where}: alias starts with a title "${a}"`);
      }
    }
    for (const n of [e.name?.hi, e.name?.en]) if (n && !e.aliases.includes(n)) problems.push(`${where}: canonical name "${n}" is not among the aliases`);
    if (e.wikidata !== undefined && !/^Q[1-9][0-9]*$/.test(e.wikidata)) problems.push(`${where}: bad wikidata id ${e.wikidata}`);
    for (const [k, v] of Object.entries(e.attrs ?? {})) {
      if (typeof v !== 'string') { problems.push(`${where}: attr ${k} is not a string`); continue; }
      checkString(`${where} attrs.${k}`, v, problems);
    }
    const country = e.attrs?.country;
    if (country !== undefined && !/^(?:[A-Z]{2}|UN|EU|SCO|NATO|BRICS|ASEAN)$/.test(country)) problems.push(`${where}: bad country code ${country}`);
    if (e.attrs?.role !== undefined && e.attrs.role !== e.attrs.role.toLowerCase()) problems.push(`${where}: role must be lower case`);
    if (e.label === 'PERSON' && (!e.attrs?.country || !e.attrs?.role)) problems.push(`${where}: a person needs attrs.country and attrs.role`);
    if (e.label === 'LOCATION' && !e.attrs?.type) problems.push(`${where}: a place needs attrs.type`);
  }
  return problems;
}

/**
 * Aliases shared by different entities. Exact matches, and case-insensitive matches of Latin aliases
 * (matching may fold case). `allowed` maps an alias to the ids that may share it.
 */
export function aliasCollisions(entities: RawEntity[], allowed: Record<string, string[]> = {}): string[] {
  const byKey = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const a of e.aliases) {
      const k = a.toLowerCase();
      let set = byKey.get(k);
      if (!set) byKey.set(k, (set = new Set()));
      set.add(e.id);
    }
  }
  const allowedLower = new Map(Object.entries(allowed).map(([k, v]) => [k.toLowerCase(), new Set(v)]));
  const problems: string[] = [];
  for (const [k, ids] of byKey) {
    if (ids.size < 2) continue;
    const allow = allowedLower.get(k);
    if (allow && [...ids].every((id) => allow.has(id))) continue;
    problems.push(`alias "${k}" is shared by ${[...ids].join(', ')}`);
  }
  return problems;
}
