/**
 * The `worthy` command line: the same engine as the extension, for batches and campaigns.
 * `bin/worthy.mjs` runs this file through tsx. The CLI's own words (help, table headers) are a
 * developer tool's and stay English; the verdicts it prints come from the engine's catalog.
 */
import { access, readFile } from 'node:fs/promises';
import { CHECK_HELP, runCheck } from './check';
import { CsvError } from './csv';
import { type Io, loadResources, processIo } from './io';
import { runScore, SCORE_HELP } from './score';

export const HELP = `Usage: worthy <command> [options]

Is this DM worth sending to this person? Scores drafts with the Worthy engine.

Commands:
  score [file.jsonl]     score JSON Lines inputs (stdin when no file): one JSON result per line,
                         or --pretty for each verdict in words
  check <campaign.csv>   pre-flight a campaign CSV: table of verdicts, templated rows, summary

Run "worthy <command> --help" for details.
`;

/** Runs the CLI and returns the exit status: 0 ok, 1 some input failed, 2 usage or file error. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('-')));
  const args = rest.filter((a) => !a.startsWith('-'));
  const help = flags.has('--help') || flags.has('-h');
  const fail = (msg: string, usage: string) => {
    io.stderr.write(`worthy: ${msg}\n\n${usage}`);
    return 2;
  };
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(HELP);
    return command ? 0 : 2;
  }
  const known = new Set(['--help', '-h', '--json', '--pretty', '--no-vectors']);
  const unknown = [...flags].find((f) => !known.has(f) && f !== '-');
  switch (command) {
    case 'score': {
      if (help) return usage(io, SCORE_HELP);
      if (unknown) return fail(`unknown option ${unknown}`, SCORE_HELP);
      if (args.length > 1) return fail('score takes at most one file', SCORE_HELP);
      const file = args[0];
      if (file && !(await exists(file))) return fail(`no such file: ${file}`, '');
      const resources = await loadResources(io, !flags.has('--no-vectors'));
      return runScore(io, file, resources, flags.has('--pretty'));
    }
    case 'check': {
      if (help) return usage(io, CHECK_HELP);
      if (unknown) return fail(`unknown option ${unknown}`, CHECK_HELP);
      const file = args[0];
      if (!file || args.length > 1) return fail('check needs one CSV file', CHECK_HELP);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return fail(code === 'ENOENT' ? `no such file: ${file}` : (e as Error).message, '');
      }
      const resources = await loadResources(io, !flags.has('--no-vectors'));
      try {
        return await runCheck(io, text, resources, flags.has('--json'));
      } catch (e) {
        const prefix = e instanceof CsvError ? `${file}: bad CSV: ` : `${file}: `;
        io.stderr.write(`worthy: ${prefix}${(e as Error).message}\n`);
        return 2;
      }
    }
    default:
      return fail(`unknown command "${command}"`, HELP);
  }
}

function usage(io: Io, text: string): number {
  io.stdout.write(text);
  return 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
