import * as assert from 'node:assert/strict';
import { allDecorationKeys, decorationKey, groupForDecoration, LineIndex, type AnnotationSpan } from '../../../../src/core/annotations';
import { at } from './helpers';

const T = 'राजनाथ सिंह ने\nमॉस्को में पुतिन से\r\nमुलाकात की। Home | About';

describe('decoration groups and line index', () => {
  const spans: AnnotationSpan[] = [
    at(T, 'राजनाथ सिंह', 'PERSON'),
    at(T, 'मॉस्को', 'LOCATION', { status: 'suggested', source: 'auto' }),
    at(T, 'पुतिन', 'PERSON', { status: 'rejected', source: 'auto' }),
    at(T, 'मुलाकात', 'MEETING_X'),
    at(T, 'Home', 'ORG', { status: 'suggested', source: 'auto', inBoilerplate: true }),
    { ...at(T, 'About', 'ORG'), orphan: true },
  ];

  it('has one key per label (six defaults + other) x status x dimmed', () => {
    assert.equal(allDecorationKeys().length, 7 * 2 * 2);
    assert.equal(new Set(allDecorationKeys()).size, 28);
    assert.equal(decorationKey('WHATEVER', 'accepted', false), 'OTHER|accepted|normal');
  });

  it('groups visible spans; rejected and orphans are never shown; boilerplate dim/hide/show', () => {
    const dim = groupForDecoration(spans, 'dim');
    const flat = (g: Map<string, AnnotationSpan[]>) =>
      [...g].filter(([, v]) => v.length).map(([k, v]) => `${k}=${v.map((s) => s.text).join(',')}`).sort();
    assert.deepEqual(flat(dim), [
      'LOCATION|suggested|normal=मॉस्को',
      'ORG|suggested|dim=Home',
      'OTHER|accepted|normal=मुलाकात',
      'PERSON|accepted|normal=राजनाथ सिंह',
    ]);
    assert.ok(!flat(groupForDecoration(spans, 'hide')).some((x) => x.includes('Home')));
    assert.ok(flat(groupForDecoration(spans, 'show')).includes('ORG|suggested|normal=Home'));
    // Every key is present so stale decorations get cleared.
    assert.equal(dim.size, 28);
  });

  it('maps offsets to lines and UTF-16 columns (LF and CRLF)', () => {
    const idx = new LineIndex(T);
    assert.equal(idx.lineCount, 3);
    const m = T.indexOf('मॉस्को');
    assert.deepEqual(idx.positionAt(m), { line: 1, character: 0 });
    const k = T.indexOf('मुलाकात');
    assert.deepEqual(idx.positionAt(k), { line: 2, character: 0 });
    const p = T.indexOf('पुतिन');
    assert.deepEqual(idx.positionAt(p), { line: 1, character: p - m });
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
  });
});
