import * as assert from 'node:assert/strict';
import { builtinKnowledgeBase, createKnowledgeBase } from '../../../../src/core/kb/builtin';
import { KbFormatError, KnowledgeBase, mergeEntities, parseKbJson } from '../../../../src/core/kb/knowledgeBase';
import type { KbEntity } from '../../../../src/core/model';

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
