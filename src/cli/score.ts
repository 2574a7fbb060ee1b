/**
 * `worthy score`: JSON Lines in, one result per line out, in order. A bad line becomes an error
 * line and does not stop the rest; the exit status says whether any line failed.
 */
import { createReadStream } from 'node:fs';
import { createEngine, type EngineInput, type EngineResources } from '../engine/index';
import { utf8Lines } from './input';
import { type Io, useColour, writeLine } from './io';
import { prettyVerdict } from './pretty';
import { visible } from './visible';

export const SCORE_HELP = `Usage: worthy score [file.jsonl] [--pretty] [--no-vectors]

Scores drafts given as JSON Lines (one engine input per line; stdin when no file is given) and
prints one JSON verdict per input line, in the same order. Blank lines are skipped. With
--pretty, prints each verdict in words instead: what helped (+) and what hurt (−), with points,
the words of the draft they are about, what to engage with and one fix.

Input is UTF-8 (a byte order mark is accepted). A line that is not UTF-8, not valid JSON or
fails validation prints
  {"line": N, "error": "line N: <problem>"}
and the other lines are still scored; the exit status is then 1. A missing or unreadable file or
a directory exits with status 2.

Each input: {"draft": "...", "recipient": {"handle","name","bio","location","posts":[...]},
  "messages": [{"from":"me"|"them","text","at"}], "history": [{"recipient","text"|"fingerprint",
  "links","at"}], "settings": {...}, "now": <ms or ISO date>}

Options:
  --pretty       one readable block per draft instead of JSON (colour on a terminal)
  --no-vectors   skip loading word vectors (faster start; relevance uses word overlap only)
  -h, --help     show this help
`;

export async function runScore(
  io: Io,
  file: string | undefined,
  resources: EngineResources,
  pretty = false,
): Promise<number> {
  const input = file ? createReadStream(file) : io.stdin;
  // One engine for the whole batch: its caches (profiles, fingerprints) serve every line.
  const engine = createEngine(resources);
  const colour = useColour(io);
  let n = 0;
  let failed = 0;
  const fail = (problem: string) => {
    failed++;
    return writeLine(
      io.stdout,
      pretty ? `${n}. line ${n}: ${visible(problem)}\n` : errorLine(n, problem),
    );
  };
  for await (const line of utf8Lines(input as AsyncIterable<Uint8Array | string>)) {
    n = line.n;
    if ('error' in line) {
      await fail(line.error);
      continue;
    }
    const raw = line.text;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      await fail(`invalid JSON (${(e as Error).message})`);
      continue;
    }
    const r = engine.scoreInput(value);
    if (!r.ok) await fail(r.error);
    else if (pretty)
      await writeLine(io.stdout, `${prettyVerdict(value as EngineInput, r.verdict, n, colour)}\n`);
    else await writeLine(io.stdout, JSON.stringify(r.verdict));
  }
  if (failed > 0) io.stderr.write(`worthy: ${failed} of the input lines failed\n`);
  return failed > 0 ? 1 : 0;
}

function errorLine(n: number, problem: string): string {
  return JSON.stringify({ line: n, error: `line ${n}: ${problem}` });
}
