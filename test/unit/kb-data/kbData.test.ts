import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import people from '../../../src/core/kb/data/people.json';
import places from '../../../src/core/kb/data/places.json';
import organisations from '../../../src/core/kb/data/organisations.json';
import equipment from '../../../src/core/kb/data/equipment.json';
import events from '../../../src/core/kb/data/events.json';
import ambiguous from '../../../src/core/kb/data/ambiguous.json';
import { tokenKey } from '../../../src/core/kb/keys';
import { COMMON_WORDS } from './commonWords';
import { aliasCollisions, FORBIDDEN_SINGLE_ALIASES, validateEntities, type RawEntity } from './validate';

// JSON imports are typed from their content; read them through the validator's looser shape.
const FILES = { people, places, organisations, equipment, events } as unknown as Record<string, { version: number; entities: RawEntity[] }>;
const EXPECTED_LABEL: Record<string, string> = {
  people: 'PERSON', places: 'LOCATION', organisations: 'ORG', equipment: 'EQUIPMENT', events: 'EVENT',
};
const ALL: RawEntity[] = Object.values(FILES).flatMap((f) => f.entities);
const byId = new Map(ALL.map((e) => [e.id, e]));

/** Every entity id that has exactly this alias. */
function idsOf(alias: string): string[] {
  return ALL.filter((e) => e.aliases.includes(alias)).map((e) => e.id);
}

describe('knowledge base data: structure', () => {
  for (const [name, file] of Object.entries(FILES)) {
    it(`${name}.json is version 1, valid, sorted, one label`, () => {
      assert.equal(file.version, 1);
      assert.ok(Array.isArray(file.entities) && file.entities.length > 0);
      assert.deepEqual(validateEntities(file.entities, `${name}.json`), []);
      const labels = new Set(file.entities.map((e) => e.label));
      assert.deepEqual([...labels], [EXPECTED_LABEL[name]]);
    });
  }

  it('ids are unique across all files', () => {
    const ids = ALL.map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(dupes, []);
  });

  it('no alias names two different entities unless ambiguous.json allows it', () => {
    assert.deepEqual(aliasCollisions(ALL, ambiguous.sharedAliases as Record<string, string[]>), []);
  });

  it('ambiguous.json refers to real entities and real aliases', () => {
    for (const [alias, ids] of Object.entries(ambiguous.sharedAliases as Record<string, string[]>)) {
      for (const id of ids) assert.ok(byId.get(id)?.aliases.includes(alias), `sharedAliases "${alias}" -> ${id}`);
    }
    for (const c of ambiguous.contextual) {
      const e = byId.get(c.entityId);
      assert.ok(e, `contextual: unknown id ${c.entityId}`);
      assert.ok(e.aliases.includes(c.alias), `contextual: "${c.alias}" is not an alias of ${c.entityId}`);
      assert.ok(c.reason.length > 0);
    }
    // the core names of the domain are never held back for context
    const contextual = new Set(ambiguous.contextual.map((c) => c.alias));
    for (const a of ['भारत', 'रूस', 'चीन', 'राजनाथ', 'पुतिन', 'मोदी', 'एससीओ', 'कांग्रेस', 'राफेल', 'एस-400', 'India', 'Russia']) {
      assert.ok(!contextual.has(a), `"${a}" must not be contextual`);
    }
    const all = new Set(ALL.flatMap((e) => e.aliases));
    for (const a of ambiguous.caseSensitiveLatin) {
      assert.ok(all.has(a), `caseSensitiveLatin "${a}" is no alias`);
      assert.match(a, /^[A-Z]+$/);
    }
  });

  it('demonyms are attributes, never aliases of another entity', () => {
    for (const e of FILES.places.entities) {
      for (const d of [e.attrs?.demonymHi, e.attrs?.demonymEn]) {
        if (!d) continue;
        const owners = idsOf(d).filter((id) => id !== e.id);
        assert.deepEqual(owners, [], `demonym "${d}" of ${e.id} is an alias of ${owners.join(', ')}`);
      }
    }
    // The adjective must not be a place alias at all (रूस must not match रूसी).
    assert.deepEqual(idsOf('रूसी'), []);
    assert.deepEqual(idsOf('Russian'), []);
  });

  it('no name shares a variant key with a frequent word, unless ambiguous.json lists the word in notNames', () => {
    // The variant matcher takes single words of 5+ key letters for PERSON and LOCATION names.
    const byKey = new Map<string, string[]>();
    for (const e of ALL) {
      if (e.label !== 'PERSON' && e.label !== 'LOCATION') continue;
      for (const a of e.aliases) {
        if (/\s/u.test(a)) continue;
        const k = tokenKey(a);
        if (k.length < 5) continue;
        byKey.set(k, [...(byKey.get(k) ?? []), `${e.id} "${a}"`]);
      }
    }
    const notNames = new Set(ambiguous.notNames as string[]);
    const clashes = COMMON_WORDS.filter((w) => !notNames.has(w) && byKey.has(tokenKey(w))).map((w) => `${w} ~ ${byKey.get(tokenKey(w))!.join(', ')}`);
    assert.deepEqual(clashes, []);
    assert.ok(COMMON_WORDS.length > 500);
    // the check can fail: पुरानी has the key of the English spelling Purnia
    assert.equal(tokenKey('पुरानी'), tokenKey('Purnia'));
  });

  it('the validator itself rejects bad data', () => {
    const bad: RawEntity[] = [
      { id: 'place/zeta', label: 'PERSON', name: { hi: 'ज़ेटा' }, aliases: [' ज़ेटा'] },
      { id: 'person/alpha', label: 'PERSON', name: { en: 'Alpha Beta' }, aliases: ['जनरल अल्फा', 'Singh'], attrs: { country: 'india', role: 'Chief' } },
      { id: 'org/empty', label: 'ORG', name: { en: 'Empty' }, aliases: [] },
    ];
    const problems = validateEntities(bad, 'bad.json').join('\n');
    for (const expected of ['id prefix does not match', 'leading/trailing whitespace', 'not sorted', 'alias starts with a title',
      'forbidden stand-alone alias "Singh"', 'canonical name "Alpha Beta"', 'bad country code', 'role must be lower case', 'no aliases']) {
      assert.ok(problems.includes(expected), `expected a problem "${expected}" in:\n${problems}`);
    }
    // Not NFC: precomposed क़ (U+0958, a composition exclusion) and a decomposed é; and an invisible joiner.
    const odd = validateEntities([{
      id: 'place/x', label: 'LOCATION', name: { hi: '\u0958रार' }, aliases: ['\u0958रार', 'Montre\u0301al', 'दिल्\u200Dली'], attrs: { type: 'city' },
    }], 'x').join('\n');
    assert.match(odd, /name\.hi: not NFC/);
    assert.match(odd, /alias: not NFC "Montre/);
    assert.match(odd, /invisible or control character/);
    assert.deepEqual(aliasCollisions([
      { id: 'person/a', label: 'PERSON', name: {}, aliases: ['Rao'] },
      { id: 'person/b', label: 'PERSON', name: {}, aliases: ['rao'] },
    ]), ['alias "rao" is shared by person/a, person/b']);
    assert.deepEqual(aliasCollisions([
      { id: 'person/a', label: 'PERSON', name: {}, aliases: ['Rao'] },
      { id: 'person/b', label: 'PERSON', name: {}, aliases: ['Rao'] },
    ], { Rao: ['person/a', 'person/b'] }), []);
    assert.ok(FORBIDDEN_SINGLE_ALIASES.includes('सिंह'));
  });
});

describe('knowledge base data: coverage of the domain', () => {
  it('has well over 600 entities, with Hindi names for nearly all', () => {
    assert.ok(ALL.length >= 1000, `only ${ALL.length} entities`);
    const withHindi = ALL.filter((e) => e.name.hi).length;
    assert.ok(withHindi / ALL.length > 0.95, `${withHindi} of ${ALL.length} have a Hindi name`);
    const counts = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, f.entities.length]));
    assert.ok(counts.people >= 250 && counts.places >= 400 && counts.organisations >= 120 && counts.equipment >= 100 && counts.events >= 40, JSON.stringify(counts));
  });

  const sameEntity: [string, string[]][] = [
    ['person/andrei-belousov', ['बेलोसोव', 'बेलौसोव', 'बेलोउसॉव', 'बेलूसोव', 'आंद्रेई बेलोसोव', 'आंद्रे बेलोसोव', 'एंड्री बेलोसोव', 'Belousov', 'Andrei Belousov', 'Andrey Belousov']],
    ['person/vladimir-putin', ['पुतिन', 'पूतिन', 'व्लादिमीर पुतिन', 'ब्लादिमीर पुतिन', 'Putin', 'Vladimir Putin']],
    ['person/sergei-shoigu', ['शोइगु', 'शोइगू', 'शोईगु', 'सर्गेई शोइगू', 'Shoigu']],
    ['person/s-jaishankar', ['एस. जयशंकर', 'एस जयशंकर', 'जयशंकर', 'S. Jaishankar', 'Jaishankar']],
    ['person/rajnath-singh', ['राजनाथ सिंह', 'राजनाथ', 'Rajnath Singh']],
    ['person/denis-manturov', ['मंटुरोव', 'मांतुरोव', 'Manturov']],
    ['person/denis-alipov', ['डेनिस अलीपोव', 'Alipov']],
    ['person/anil-chauhan', ['अनिल चौहान', 'Anil Chauhan']],
    ['person/sanjay-seth', ['संजय सेठ', 'Sanjay Seth']],
    ['person/dong-jun', ['डोंग जुन', 'Dong Jun']],
    ['org/shanghai-cooperation-organisation', ['एससीओ', 'शंघाई सहयोग संगठन', 'SCO', 'Shanghai Cooperation Organization']],
    ['org/india-russia-inter-governmental-commission-on-military-and-military-technical-cooperation', ['आईआरआईजीसी-एमएंडएमटीसी', 'IRIGC-M&MTC', 'भारत-रूस अंतर सरकारी आयोग']],
    ['org/brics', ['ब्रिक्स', 'BRICS']],
    ['org/g20', ['जी20', 'जी-20', 'G20']],
    ['org/ministry-of-defence-india', ['रक्षा मंत्रालय']],
    ['place/russia', ['रूस', 'Russia', 'Russian Federation']],
    ['place/united-states', ['अमेरिका', 'अमरीका', 'संयुक्त राज्य अमेरिका', 'US', 'USA', 'United States']],
    ['place/uzbekistan', ['उज्बेकिस्तान', 'उज़्बेकिस्तान']],
    ['place/kazakhstan', ['कजाकिस्तान', 'कज़ाख़स्तान']],
    ['place/new-delhi', ['नई दिल्ली', 'New Delhi']],
    ['place/moscow', ['मॉस्को', 'मास्को', 'Moscow']],
    ['place/qingdao', ['चिंगदाओ', 'किंगदाओ', 'Qingdao']],
    ['place/manekshaw-centre', ['मानेकशॉ सेंटर', 'Manekshaw Centre']],
    ['place/kremlin', ['क्रेमलिन', 'Kremlin']],
    ['place/indo-pacific', ['हिंद-प्रशांत', 'इंडो-पैसिफिक']],
    ['equipment/s-400-triumf', ['एस-400', 'एस400', 'S-400', 'ट्रायम्फ']],
    ['equipment/su-30mki', ['सुखोई-30 एमकेआई', 'एसयू-30 एमकेआई', 'Su-30 MKI', 'Su-30MKI']],
    ['equipment/t-90-bhishma', ['टी-90', 'T-90', 'टी-90 भीष्म']],
    ['equipment/brahmos', ['ब्रह्मोस', 'BrahMos']],
    ['equipment/ak-203', ['एके-203', 'AK-203']],
    ['equipment/ins-tushil', ['आईएनएस तुशील', 'INS Tushil']],
    ['event/sco-defence-ministers-meeting', ['एससीओ रक्षा मंत्रियों की बैठक']],
    ['event/victory-day-parade', ['विजय दिवस परेड']],
    ['event/exercise-indra', ['इंद्र अभ्यास']],
  ];
  for (const [id, aliases] of sameEntity) {
    it(`${id}: every listed spelling resolves to it alone`, () => {
      assert.ok(byId.has(id), `missing ${id}`);
      for (const a of aliases) assert.deepEqual(idsOf(a), [id], `"${a}"`);
    });
  }

  it('people carry role and country; key office holders are present', () => {
    const role = (id: string) => byId.get(id)?.attrs?.role;
    assert.equal(role('person/rajnath-singh'), 'defence minister');
    assert.equal(byId.get('person/rajnath-singh')?.attrs?.country, 'IN');
    assert.equal(role('person/andrei-belousov'), 'defence minister');
    assert.equal(byId.get('person/andrei-belousov')?.attrs?.country, 'RU');
    assert.equal(role('person/anil-chauhan'), 'chief of defence staff');
    assert.equal(role('person/sanjay-seth'), 'minister of state for defence');
    // every SCO member state has a head of state or government and a defence minister in the KB
    for (const cc of ['IN', 'RU', 'CN', 'PK', 'KZ', 'KG', 'TJ', 'UZ', 'IR', 'BY']) {
      const theirs = FILES.people.entities.filter((e) => e.attrs?.country === cc).map((e) => e.attrs?.role ?? '');
      assert.ok(theirs.some((r) => /^(president|prime minister|premier)$/.test(r)), `${cc}: no head of state/government`);
      assert.ok(theirs.some((r) => r === 'defence minister' || r.endsWith('and defence minister')), `${cc}: no defence minister`);
    }
  });

  it('distinctive surnames are aliases; common ones are not', () => {
    for (const s of ['पुतिन', 'मोदी', 'शोइगु', 'बेलोसोव', 'लावरोव', 'डोभाल', 'जयशंकर', 'Putin', 'Modi', 'Lavrov', 'Doval']) {
      assert.equal(idsOf(s).length, 1, s);
    }
    for (const s of ['सिंह', 'Singh', 'कुमार', 'खान', 'चौहान', 'सेठ', 'Li', 'Wang', 'शरीफ']) assert.deepEqual(idsOf(s), [], s);
  });

  it('every place has a type and, except for regions beyond one country, a country code', () => {
    const countries = FILES.places.entities.filter((e) => e.attrs?.type === 'country');
    assert.ok(countries.length >= 180, `${countries.length} countries`);
    const codes = countries.map((e) => e.attrs?.country);
    assert.equal(new Set(codes).size, codes.length, 'two countries share a code');
    for (const e of FILES.places.entities) {
      if (['city', 'state', 'union territory', 'venue', 'town'].includes(e.attrs?.type ?? '')) assert.ok(e.attrs?.country, `${e.id} has no country`);
    }
  });
});

describe('knowledge base data: generated from scripts/kb/tables', () => {
  /** The repository root: the nearest folder above this test with the project's package.json. */
  function findRoot(): string {
    for (let dir = __dirname; ; dir = dirname(dir)) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg) && /"name":\s*"news-annotator"/.test(readFileSync(pkg, 'utf8'))) return dir;
      if (dirname(dir) === dir) return process.cwd();
    }
  }

  it('the JSON files are what `node scripts/kb/gen.mjs` produces from the tables', () => {
    const root = findRoot();
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'kb', 'gen.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, `gen.mjs --check failed:\n${r.stderr}`);
    assert.match(r.stdout, /total \d+ entities/);
  });
});
