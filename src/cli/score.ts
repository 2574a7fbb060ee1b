/**
 * `worthy score`: JSON Lines in, one result per line out, in order. A bad line becomes an error
 * line and does not stop the rest; the exit status says whether any line failed.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type EngineResources, scoreInput } from '../engine/index';
import { type Io, writeLine } from './io';

export const SCORE_HELP = `Usage: worthy score [file.jsonl] [--no-vectors]

Scores drafts given as JSON Lines (one engine input per line; stdin when no file is given) and
prints one JSON verdict per input line, in the same order. Blank lines are skipped.

A line that is not valid JSON or fails validation prints
  {"line": N, "error": "line N: <problem>"}
and the other lines are still scored; the exit status is then 1.

Each input: {"draft": "...", "recipient": {"handle","name","bio","location","posts":[...]},
  "messages": [{"from":"me"|"them","text","at"}], "history": [{"recipient","text"|"fingerprint",
  "links","at"}], "settings": {...}, "now": <ms or ISO date>}

Options:
  --no-vectors   skip loading word vectors (faster start; relevance uses word overlap only)
  -h, --help     show this help
`;

export async function runScore(
  io: Io,
  file: string | undefined,
  resources: EngineResources,
): Promise<number> {
  const input = file ? createReadStream(file, { encoding: 'utf8' }) : io.stdin;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let failed = 0;
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      failed++;
      await writeLine(io.stdout, errorLine(n, `invalid JSON (${(e as Error).message})`));
      continue;
    }
    const r = scoreInput(value, resources);
    if (r.ok) await writeLine(io.stdout, JSON.stringify(r.verdict));
    else {
      failed++;
      await writeLine(io.stdout, errorLine(n, r.error));
    }
  }
  if (failed > 0) io.stderr.write(`worthy: ${failed} of the input lines failed\n`);
  return failed > 0 ? 1 : 0;
}

function errorLine(n: number, problem: string): string {
  return JSON.stringify({ line: n, error: `line ${n}: ${problem}` });
}
