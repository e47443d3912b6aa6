import * as assert from 'node:assert/strict';
import { ArgReader, isHelp } from '../../../src/cli/args';
import { UsageError } from '../../../src/cli/cliTypes';

describe('cli ArgReader', () => {
  it('walks arguments and takes option values in order', () => {
    const r = new ArgReader(['--out', 'x.json', 'a.txt', '--json', 'b.txt']);
    const seen: string[] = [];
    let out: string | undefined;
    for (const a of r) {
      if (a === '--out') out = r.value();
      else seen.push(a);
    }
    assert.equal(out, 'x.json');
    assert.deepEqual(seen, ['a.txt', '--json', 'b.txt']);
  });

  it('names the option whose value is missing', () => {
    const r = new ArgReader(['a.txt', '--format']);
    assert.throws(() => { for (const a of r) if (a === '--format') r.value(); }, (e: unknown) => e instanceof UsageError && /--format needs a value/.test((e as Error).message));
  });

  it('rest() returns what follows and ends the walk', () => {
    const r = new ArgReader(['-o', 'f', '--', '--not-an-option', 'x']);
    const got: string[] = [];
    for (const a of r) {
      if (a === '-o') r.value();
      else if (a === '--') got.push(...r.rest());
      else got.push(`!${a}`);
    }
    assert.deepEqual(got, ['--not-an-option', 'x']);
  });

  it('isHelp', () => {
    assert.ok(isHelp('-h') && isHelp('--help') && !isHelp('--helpful'));
  });
});
