import * as assert from 'node:assert/strict';
import { builtinKnowledgeBase } from '../../../src/core/kb/builtin';

describe('knowledge base data: generated national forces and missions', () => {
  const kb = builtinKnowledgeBase();
  const orgOf = (s: string) => kb.lookupExact(s).filter((e) => e.label === 'ORG').map((e) => e.id);

  it('has every country\'s army, navy, air force and coast guard in Hindi and English', () => {
    for (const [hi, en, id] of [
      ['केन्याई सेना', 'Kenyan Army', 'org/kenyan-army'],
      ['इंडोनेशियाई नौसेना', 'Indonesian Navy', 'org/indonesian-navy'],
      ['मलेशियाई वायुसेना', 'Malaysian Air Force', 'org/malaysian-air-force'],
      ['वियतनामी तटरक्षक बल', 'Vietnamese Coast Guard', 'org/vietnamese-coast-guard'],
    ]) {
      assert.deepEqual(orgOf(hi), [id], hi);
      assert.deepEqual(orgOf(en), [id], en);
    }
  });

  it('keeps hand-written forces and adds the generated spellings to them', () => {
    assert.deepEqual(orgOf('भारतीय थल सेना'), ['org/indian-army']);
    assert.deepEqual(orgOf('भारतीय वायु सेना'), orgOf('Indian Air Force'));
    assert.equal(orgOf('भारतीय नौसेना').length, 1);
  });

  it('takes other demonyms in use for forces (Hellenic, Nepalese)', () => {
    assert.deepEqual(orgOf('हेलेनिक नौसेना'), ['org/greek-navy']);
    assert.deepEqual(orgOf('Hellenic Navy'), ['org/greek-navy']);
    assert.deepEqual(orgOf('Nepalese Army'), orgOf('नेपाली सेना'));
  });

  it('has embassies, high commissions and consulates', () => {
    assert.deepEqual(orgOf('जापानी दूतावास'), ['org/japanese-embassy']);
    assert.deepEqual(orgOf('Embassy of Japan'), ['org/japanese-embassy']);
    assert.deepEqual(orgOf('कनाडाई उच्चायोग'), orgOf('Canadian High Commission'));
    assert.equal(orgOf('अमेरिकी वाणिज्य दूतावास').length, 1);
  });

  it('has defence companies and social networks as organisations', () => {
    for (const s of ['थिसेनक्रुप मरीन सिस्टम्स', 'Elbit Systems', 'साब', 'ट्विटर', 'फेसबुक']) assert.equal(orgOf(s).length, 1, s);
  });

  it('also names forces by the country name ("केन्या नौसेना", "Kenya Navy")', () => {
    assert.deepEqual(orgOf('केन्या नौसेना'), ['org/kenyan-navy']);
    assert.deepEqual(orgOf('Kenya Navy'), ['org/kenyan-navy']);
    assert.equal(orgOf('केन्या दूतावास').length, 0);
  });
});

describe('knowledge base data: spelling variants and places', () => {
  const kb = builtinKnowledgeBase();
  const ids = (s: string) => kb.lookupExact(s).map((e) => e.id);

  it('lists anusvara and nasal+virama spellings of names alike', () => {
    assert.deepEqual(ids('एथेन्स'), ids('एथेंस'));
    assert.ok(ids('एथेन्स').length === 1);
    assert.deepEqual(ids('कम्बोडिया'), ids('कंबोडिया'));
  });

  it('has ports and naval bases, rivers, seas and official residences', () => {
    for (const s of ['योकोसुका', 'सुबिक बे', 'गंगा', 'ब्रह्मपुत्र', 'जापान सागर', 'शीतल निवास', 'मलाकानांग पैलेस', 'Hôtel de Brienne', 'Le Bourget']) {
      assert.equal(kb.lookupExact(s).filter((e) => e.label === 'LOCATION').length, 1, s);
    }
  });

  it('has the long form of a multiword city, so it wins over its short form', () => {
    assert.deepEqual(ids('रियो डी जनेरियो'), ['place/rio-de-janeiro']);
  });
});
