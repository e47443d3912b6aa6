import pkg from '../../package.json';
import { UsageError, type CliCommand, type CliIO } from './cliTypes';
import { agreementCommand } from './commands/agreement';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { importCommand } from './commands/import';
import { statsCommand } from './commands/stats';

/** Every CLI command, one module each (src/cli/commands/*.ts). Add new commands here. */
const COMMANDS: CliCommand[] = [agreementCommand, exportCommand, extractCommand, importCommand, statsCommand];

function help(): string {
  const width = Math.max(10, ...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `news-annotator ${pkg.version}: annotate news corpora without the editor.

Usage:
  news-annotator <command> [options] PATH...
  news-annotator <command> --help

Commands:
${lines.length ? lines.join('\n') : '  (none yet)'}

Options:
  -h, --help     Show this help.
  -V, --version  Show the version.

Offsets in every output are Unicode code points, 0-based, end-exclusive.
`;
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(help());
    return command === undefined ? 2 : 0;
  }
  if (command === '-V' || command === '--version') {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === command);
  if (!cmd) {
    throw new UsageError(`unknown command '${command}'. Run 'news-annotator --help' for the list of commands.`);
  }
  return cmd.run(rest, io);
}

function defaultIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  };
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      if (err instanceof UsageError) {
        process.stderr.write(`news-annotator: ${err.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`news-annotator: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
