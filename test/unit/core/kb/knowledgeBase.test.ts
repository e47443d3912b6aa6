import * as assert from 'node:assert/strict';
import { builtinKnowledgeBase, createKnowledgeBase } from '../../../../src/core/kb/builtin';
import { KbFormatError, KnowledgeBase, mergeEntities, parseKbJson } from '../../../../src/core/kb/knowledgeBase';
import type { KbEntity } from '../../../../src/core/model';
import { analyzeDocument } from '../../../../src/core/analyze';

const belousov: KbEntity = { id: 'person/x-belousov', label: 'PERSON', name: { hi: 'आंद्रेई बेलोसोव', en: 'Andrei Belousov' }, aliases: ['बेलोसोव'], attrs: { role: 'defence minister', country: 'RU' } };

describe('kb/knowledgeBase', () => {
  it('parses the data format and rejects bad files with a clear message', () => {
    const list = parseKbJson({ version: 1, entities: [belousov] });
    assert.equal(list.length, 1);
    assert.equal(list[0].name.en, 'Andrei Belousov');
    assert.throws(() => parseKbJson({ version: 1 }, 'x.json'), (e: unknown) => e instanceof KbFormatError && /x\.json/.test(e.message));
    assert.throws(() => parseKbJson({ entities: [{ id: 'a', label: 'lower' }] }), KbFormatError);
  });

  it('merges workspace entities over the base: aliases added, attributes overridden', () => {
    const merged = mergeEntities([belousov], [{ ...belousov, name: {}, aliases: ['Belousov'], attrs: { role: 'first deputy PM' } }]);
    assert.equal(merged.length, 1);
    assert.deepEqual(merged[0].aliases, ['बेलोसोव', 'Belousov']);
    assert.equal(merged[0].attrs?.role, 'first deputy PM');
    assert.equal(merged[0].attrs?.country, 'RU');
    assert.equal(merged[0].name.hi, 'आंद्रेई बेलोसोव');
  });

  it('an entity merged into another (attrs.mergedInto, as Merge Entities writes it) no longer competes for its names', () => {
    const dup: KbEntity = { id: 'person/x-belousov-2', label: 'PERSON', name: { hi: 'ए. बेलोसोव' }, aliases: ['बेलोसोव', 'ए. बेलोसोव'] };
    const text = 'रूस के रक्षा मंत्री बेलोसोव ने कहा।';
    // before the merge: two entities share the alias, so the suggestion lists both at low confidence
    const before = analyzeDocument(text, { kb: new KnowledgeBase([belousov, dup]) }).entities.find((e) => e.text === 'बेलोसोव');
    assert.equal(before?.attrs?.candidates, 'person/x-belousov person/x-belousov-2');
    // the merge: the target takes the other's names, the other points to it
    const kb = KnowledgeBase.from([[belousov, dup], [{ ...belousov, aliases: ['ए. बेलोसोव'] }, { ...dup, attrs: { mergedInto: belousov.id } }]]);
    const after = analyzeDocument(text, { kb }).entities.find((e) => e.text === 'बेलोसोव');
    assert.equal(after?.entityId, belousov.id);
    assert.equal(after?.attrs?.candidates, undefined);
    assert.equal(kb.resolve(dup.id)?.id, belousov.id);
    assert.equal(kb.resolve(belousov.id)?.id, belousov.id);
    assert.deepEqual(kb.lookupExact('ए. बेलोसोव').map((e) => e.id), [belousov.id]);
    assert.equal(kb.get(dup.id)?.id, dup.id, 'the merged entity is still there for spans linked to it');
  });

  it('a cycle of merges, or a merge into an unknown id, keeps the entities as they are', () => {
    const a: KbEntity = { id: 'org/a', label: 'ORG', name: { en: 'Alpha Group' }, aliases: [], attrs: { mergedInto: 'org/b' } };
    const b: KbEntity = { id: 'org/b', label: 'ORG', name: { en: 'Beta Group' }, aliases: [], attrs: { mergedInto: 'org/a' } };
    const c: KbEntity = { id: 'org/c', label: 'ORG', name: { en: 'Gamma Group' }, aliases: [], attrs: { mergedInto: 'org/nowhere' } };
    const kb = new KnowledgeBase([a, b, c]);
    assert.deepEqual(kb.matchable.map((e) => e.id), ['org/a', 'org/b', 'org/c']);
    assert.equal(kb.resolve('org/a')?.id, 'org/a');
    assert.equal(kb.resolve('org/c')?.id, 'org/c');
  });

  it('looks up exact and variant forms', () => {
    const kb = new KnowledgeBase([belousov]);
    assert.deepEqual(kb.lookupExact('बेलोसोव').map((e) => e.id), ['person/x-belousov']);
    assert.deepEqual(kb.lookupExact('बेलौसोव'), []);
    assert.deepEqual(kb.lookupVariant('बेलौसोव').map((e) => e.id), ['person/x-belousov']);
    assert.deepEqual(kb.peopleWithNameWord('बेलोसोव').map((e) => e.id), ['person/x-belousov']);
  });

  it('builds the built-in knowledge base once and extends it per workspace', () => {
    const kb = builtinKnowledgeBase();
    assert.ok(kb.size > 100, `built-in KB has ${kb.size} entities`);
    assert.equal(createKnowledgeBase(), kb);
    const ext = createKnowledgeBase([{ id: 'person/zz-test', label: 'PERSON', name: { hi: 'ज़ज़ टेस्ट' }, aliases: [] }]);
    assert.notEqual(ext, kb);
    assert.equal(ext.size, kb.size + 1);
  });
});
