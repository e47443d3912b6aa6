/**
 * Tests on the five sample articles (../shared/corpus, outside the repo; skipped with a message when absent).
 * The expectations are what a careful reader finds in each article, not output copied from the code.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../../src/core/analyze';
import { builtinKnowledgeBase } from '../../../../src/core/kb/builtin';
import type { DocumentAnalysis } from '../../../../src/core/model';

// dist/test/unit/core/ner -> repo root is five levels up; the corpus is ../shared/corpus from the root
const CORPUS = join(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'corpus');

/** People, places and organisations named in each article's own text (not in boilerplate). */
const EXPECTED: Record<string, Record<string, string[]>> = {
  '000_d7d64b3b4160a641.txt': {
    PERSON: ['जेलेंस्की', 'मोदी', 'सर्गेई शोइगू', 'शोइगू', 'डेनिस मंटुरोव', 'मंटुरोव', 'एस जयशंकर', 'बखोदिर कुर्बानोव', 'विक्टर ख्रेनिन', 'झांग मिंग', 'मिंग', 'सिंह'],
    LOCATION: ['भारत', 'रूस', 'चीन', 'यूक्रेन', 'युक्रेन', 'उज्बेकिस्तान', 'कजाकिस्तान'],
    ORG: ['एससीओ', 'रक्षा मंत्रालय'],
  },
  '001_8479c630ef47ba42.txt': {
    PERSON: ['राजनाथ सिंह', 'व्लादिमीर पुतिन', 'पुतिन', 'नरेंद्र मोदी', 'आंद्रेई बेलोसोव', 'बेलोसोव'],
    LOCATION: ['मॉस्को', 'नई दिल्ली', 'भारत', 'रूस', 'कजान'],
    ORG: ['जी20', 'ब्रिक्स', 'एससीओ', 'एडीएमएम प्लस', 'रक्षा मंत्रालय'],
  },
  '002_880fecec8a66a465.txt': {
    PERSON: ['Rajnath Singh', 'Putin', 'राजनाथ सिंह', 'व्लादिमीर पुतिन', 'पुतिन', 'मोदी', 'आंद्रे बेलौसोव', 'राजनाथ', 'Vladimir Putin'],
    LOCATION: ['मॉस्को', 'मास्को', 'भारत', 'रूस', 'क्रेमलिन', 'अमेरिका', 'Kremlin', 'Moscow'],
    ORG: ['रक्षा मंत्रालय'],
  },
  '003_584368c00e5af2b5.txt': {
    PERSON: ['राजनाथ सिंह', 'आंद्रेई बेलोसोव', 'बेलोसोव', 'डोंग जून'],
    LOCATION: ['चीन', 'किंगदाओ', 'पहलगाम', 'जम्मू-कश्मीर', 'भारत'],
    ORG: ['एससीओ', 'रक्षा मंत्रालय'],
  },
  '004_f20df1298b48f72c.txt': {
    PERSON: ['राजनाथ सिंह', 'आंद्रेई बेलोउसॉव', 'बेलोउसॉव', 'संजय सेठ', 'अनिल चौहान', 'सिंह', 'Vladimir Putin'],
    LOCATION: ['नई दिल्ली', 'भारत', 'रूस', 'कैलिनिनग्राद', 'मानेकशॉ सेंटर'],
    ORG: ['रक्षा मंत्रालय', 'इंडियन नेवी'],
  },
};

describe('sample corpus (../shared/corpus)', function () {
  const results = new Map<string, { text: string; a: DocumentAnalysis }>();

  before(function () {
    if (!existsSync(CORPUS)) {
      this.skip();
      return;
    }
    const kb = builtinKnowledgeBase();
    for (const f of Object.keys(EXPECTED)) {
      const text = readFileSync(join(CORPUS, f), 'utf8');
      results.set(f, { text, a: analyzeDocument(text, { kb }) });
    }
  });

  beforeEach(function () {
    if (results.size === 0) {
      console.warn(`    (skipped: sample corpus not found at ${CORPUS})`);
      this.skip();
    }
  });

  for (const [file, byLabel] of Object.entries(EXPECTED)) {
    it(`${file}: every person, place and organisation is found outside boilerplate`, () => {
      const { a } = results.get(file)!;
      const missing: string[] = [];
      for (const [label, names] of Object.entries(byLabel)) {
        for (const name of names) {
          // the span may be longer ("रूस के रक्षा मंत्रालय" for "रक्षा मंत्रालय") but must carry the name and the label
          if (!a.entities.some((e) => e.label === label && e.text.includes(name) && !e.inBoilerplate)) missing.push(`${label} ${name}`);
        }
      }
      assert.deepEqual(missing, []);
    });
  }

  function idsOf(texts: string[]): Set<string | undefined> {
    const ids = new Set<string | undefined>();
    let seen = 0;
    for (const { a } of results.values()) {
      for (const e of a.entities) if (texts.includes(e.text)) { ids.add(e.entityId); seen++; }
    }
    assert.ok(seen >= texts.length, `each spelling occurs (${seen} mentions)`);
    return ids;
  }

  it('resolves every spelling of Belousov to one entity', () => {
    const ids = idsOf(['बेलोसोव', 'बेलौसोव', 'बेलोउसॉव', 'आंद्रेई बेलोसोव', 'आंद्रे बेलौसोव', 'आंद्रेई बेलोउसॉव']);
    assert.equal(ids.size, 1);
    assert.ok([...ids][0]);
  });

  it('resolves every spelling of Putin to one entity', () => {
    const ids = idsOf(['पुतिन', 'व्लादिमीर पुतिन', 'Putin', 'Vladimir Putin']);
    assert.equal(ids.size, 1);
    assert.ok([...ids][0]);
  });

  it('resolves एससीओ, शंघाई सहयोग संगठन and SCO to one entity', () => {
    const ids = idsOf(['एससीओ', 'शंघाई सहयोग संगठन (एससीओ)']);
    const kb = builtinKnowledgeBase();
    const extra = analyzeDocument('The SCO met. शंघाई सहयोग संगठन ने कहा।', { kb }).entities.filter((e) => e.label === 'ORG');
    assert.equal(extra.length, 2);
    for (const e of extra) ids.add(e.entityId);
    assert.equal(ids.size, 1);
  });

  it('marks the trailing teaser blocks as zones and flags what is inside', () => {
    for (const f of ['000_d7d64b3b4160a641.txt', '001_8479c630ef47ba42.txt', '004_f20df1298b48f72c.txt']) {
      const { text, a } = results.get(f)!;
      const last = a.zones[a.zones.length - 1];
      assert.ok(last && last.end >= text.trimEnd().length, `${f} ends in a zone`);
      assert.ok(a.entities.some((e) => e.inBoilerplate), `${f} has flagged entities`);
    }
  });
});
