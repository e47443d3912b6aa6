/** Thrown for bad arguments: printed without a stack, exit code 2. */
export class UsageError extends Error {}

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** Returns the exit code: 0 ok, 1 some inputs failed, 2 usage error (or throw UsageError). */
  run(args: string[], io: CliIO): Promise<number>;
}
