/**
 * The `worthy` command line: the same engine as the extension, for batches and campaigns.
 * `bin/worthy.mjs` runs this file through tsx. The CLI's own words (help, table headers) are a
 * developer tool's and stay English; the verdicts it prints come from the engine's catalog.
 */
import { readFile } from 'node:fs/promises';
import { CHECK_HELP, runCheck } from './check';
import { CsvError } from './csv';
import { decodeUtf8, InputError, unreadable } from './input';
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

/**
 * Runs the CLI and returns the exit status: 0 ok, 1 some input failed, 2 usage or file error
 * (a missing or unreadable file, a directory, text that is not UTF-8, a bad CSV).
 */
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
      const problem = file === undefined ? null : await unreadable(file);
      if (problem) return fail(problem, '');
      const resources = await loadResources(io, !flags.has('--no-vectors'));
      try {
        return await runScore(io, file, resources, flags.has('--pretty'));
      } catch (e) {
        // The file went away or failed mid-read: say so, as for any other file error.
        io.stderr.write(`worthy: ${file ?? 'standard input'}: ${(e as Error).message}\n`);
        return 2;
      }
    }
    case 'check': {
      if (help) return usage(io, CHECK_HELP);
      if (unknown) return fail(`unknown option ${unknown}`, CHECK_HELP);
      const file = args[0];
      if (!file || args.length > 1) return fail('check needs one CSV file', CHECK_HELP);
      const problem = await unreadable(file);
      if (problem) return fail(problem, '');
      let text: string;
      try {
        text = decodeUtf8(await readFile(file));
      } catch (e) {
        const why =
          e instanceof InputError ? e.message : `cannot read it (${(e as Error).message})`;
        return fail(`${file}: ${why}`, '');
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
