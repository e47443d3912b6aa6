import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../../src/core/analyze';
import { builtinKnowledgeBase } from '../../../../src/core/kb/builtin';
import { extractMeetings } from '../../../../src/core/meetings';

describe('meetings: canonical names of linked participants', () => {
  const text = 'नई दिल्ली। रक्षा मंत्री राजनाथ सिंह ने सोमवार को जापान के रक्षा मंत्री से बात की। बाद में सिंह ने मॉस्को में रूसी राष्ट्रपति पुतिन से मुलाकात की।';
  const kb = builtinKnowledgeBase();
  const docs = [{ id: 'a.txt', text, analysis: analyzeDocument(text, { kb }) }];

  it('names participants by the knowledge base, in the script the article uses, when a lookup is given', () => {
    const [m] = extractMeetings(docs, { entityName: (id) => kb.get(id)?.name });
    assert.ok(m, 'one meeting');
    assert.deepEqual(m.participants.map((p) => p.name).sort(), ['राजनाथ सिंह', 'व्लादिमीर पुतिन'].sort());
  });

  it('keeps the surface forms without a lookup, with the same ids', () => {
    const [withNames] = extractMeetings(docs, { entityName: (id) => kb.get(id)?.name });
    const [plain] = extractMeetings(docs);
    assert.equal(plain.id, withNames.id);
    assert.ok(plain.participants.some((p) => p.name === 'सिंह' || p.name === 'पुतिन'), JSON.stringify(plain.participants));
  });
});
