import { UsageError } from './cliTypes';

/**
 * The command-line arguments of one command, walked in order: `for (const a of args)` gives each
 * argument, and `args.value()` takes the value of the option just read (a UsageError when missing).
 */
export class ArgReader implements Iterable<string> {
  private i = -1;

  constructor(private readonly args: readonly string[]) {}

  *[Symbol.iterator](): Iterator<string> {
    while (++this.i < this.args.length) yield this.args[this.i];
  }

  /** The arguments after the current one, which the walk then skips (`--` ends the options). */
  rest(): string[] {
    const out = this.args.slice(this.i + 1);
    this.i = this.args.length;
    return out;
  }

  /** The value after the current option (`--out FILE`). */
  value(): string {
    const option = this.args[this.i];
    const v = this.args[++this.i];
    if (v === undefined) throw new UsageError(`${option} needs a value`);
    return v;
  }
}

export const isHelp = (a: string): boolean => a === '-h' || a === '--help';
