import pkg from '../../package.json';

const HELP = `news-annotator ${pkg.version}: annotate news corpora without the editor.

Usage:
  news-annotator <command> [options] PATH...

Commands:
  extract     Find entities and meetings in article files; write one JSON document.

Options:
  -h, --help     Show this help.
  -V, --version  Show the version.

Offsets in every output are Unicode code points, 0-based, end-exclusive.
`;

export class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '-V' || command === '--version') {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  void rest;
  throw new UsageError(`unknown command '${command}'. Run 'news-annotator --help' for the list of commands.`);
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
