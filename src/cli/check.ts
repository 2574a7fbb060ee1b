/**
 * `worthy check campaign.csv`: a pre-flight for a planned batch of DMs. Each row is scored as if
 * the rows before it had already gone out, a minute apart, so templates and pace show up the way
 * they would on the real send.
 */

import { english } from '../engine/i18n';
import type { EngineInput, EngineResources, Verdict } from '../engine/index';
import { createEngine } from '../engine/index';
import { bandKeys } from '../engine/text/bands';
import { fingerprint, linkHashes } from '../engine/text/fingerprint';
import { topReasons } from '../ui/signals';
import { type Tone, VERDICT } from '../ui/vocabulary';
import { csvRecords } from './csv';
import { type Io, useColour, writeLine } from './io';
import { type Progress, progress } from './progress';
import { SentRows } from './sent-rows';
import { TemplateGroups } from './templates';
import { visible } from './visible';
import { paint, pctOrDash, signedName, verdictWords } from './words';

export const CHECK_HELP = `Usage: worthy check <campaign.csv> [--json] [--no-vectors]

Pre-flight for a campaign: scores every row's draft against its recipient, as if the rows were
sent in order one minute apart (so a template reused across rows is caught), and prints a table
with a summary.

CSV (RFC 4180, UTF-8 with or without a BOM, header row required):
  draft      the DM to send (required)
  handle     recipient's @handle
  name       recipient's display name
  bio        recipient's bio
  location   recipient's location
  posts      recent posts, separated by " | " or by newlines inside the quoted field

Options:
  --json         print one JSON line per row ({row, handle, ...verdict}) as each is scored, and a
                 final {summary}
  --no-vectors   skip loading word vectors
  -h, --help     show this help
Colour is used on a terminal unless NO_COLOR is set. On a terminal, a campaign of more than 300
rows shows its progress on standard error (never on standard output, and not when standard error
is a file or a pipe). Control characters in the CSV are shown escaped (\x1b).
Exit status: 0 every row scored, 1 some rows failed, 2 usage, file or CSV error.
`;

export interface RowResult {
  row: number;
  handle: string;
  verdict: Verdict | null;
  error?: string;
}

export interface CampaignSummary {
  total: number;
  send: number;
  revise: number;
  hold: number;
  errors: number;
  /** Groups of row numbers that share one template (3 or more rows). */
  templates: number[][];
}

/** One CSV row, read: the engine input without history, and what later rows remember of it. */
export interface CampaignRow {
  input: EngineInput & { recipient: NonNullable<EngineInput['recipient']> };
  /** The recipient as history names them: the handle, or `row-N` when the row has none. */
  who: string;
}

export function campaignRows(records: Record<string, string>[], now: number): CampaignRow[] {
  return records.map((r, i) => {
    const handle = r.handle?.trim().replace(/^@/, '') || undefined;
    return {
      input: {
        draft: r.draft ?? '',
        recipient: {
          handle,
          name: r.name?.trim() || undefined,
          bio: r.bio?.trim() || undefined,
          location: r.location?.trim() || undefined,
          posts: splitPosts(r.posts ?? ''),
        },
        now,
      },
      who: handle ?? `row-${i + 1}`,
    };
  });
}

export function splitPosts(s: string): string[] {
  return s
    .split(/\s\|\s|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Scores the rows in order, each as if the rows before it had gone out a minute apart, and
 * groups templated rows. A generator, so `--json` can print each row as it is scored. Rows with
 * an error (an empty draft, a field the engine rejects) are not counted as sent.
 */
export function* scoreRows(
  rows: readonly CampaignRow[],
  resources: EngineResources,
  groups: TemplateGroups,
  now: number,
): Generator<RowResult> {
  const engine = createEngine(resources);
  const sent = new SentRows();
  for (const [i, { input, who }] of rows.entries()) {
    const handle = input.recipient.handle ?? '';
    if (!input.draft.trim()) {
      yield { row: i + 1, handle, verdict: null, error: 'empty draft' };
      continue;
    }
    // The names the engine neutralises in the draft (`signatureOf`), as the extension stores
    // a send: "Hi Sam" and "Hi Alex" are one template.
    const fp = fingerprint(input.draft, {
      names: [input.recipient.name, input.recipient.handle],
    });
    const bands = bandKeys(fp);
    const links = linkHashes(input.draft);
    const { history, stats } = sent.historyFor(i, input.recipient.handle, bands, links, now);
    const r = engine.scoreInput({ ...input, history, sendStats: stats });
    if (!r.ok) {
      yield { row: i + 1, handle, verdict: null, error: r.error };
      continue;
    }
    sent.add({ row: i, recipient: who, fingerprint: fp, bands, links });
    groups.add(sent, i, input.draft);
    yield { row: i + 1, handle, verdict: r.verdict };
  }
}

export function summarise(results: readonly RowResult[], templates: number[][]): CampaignSummary {
  const count = (k: string) => results.filter((r) => r.verdict?.verdict === k).length;
  return {
    total: results.length,
    send: count('send'),
    revise: count('revise'),
    hold: count('hold'),
    errors: results.filter((r) => r.error).length,
    templates,
  };
}

/** The campaign's rows, read from CSV text; throws on a CSV without a draft column. */
export function readCampaign(text: string, now: number): CampaignRow[] {
  const { header, records } = csvRecords(text);
  if (!header.includes('draft')) {
    throw new Error(
      `the CSV has no "draft" column (found: ${visible(header.filter(Boolean).join(', ')) || 'nothing'})`,
    );
  }
  return campaignRows(records, now);
}

/** Every row's result and the summary, at once (for tests and callers without a terminal). */
export function checkCampaign(
  text: string,
  resources: EngineResources,
  now = Date.now(),
  onRow: (done: number) => void = () => {},
): { results: RowResult[]; summary: CampaignSummary; rows: CampaignRow[] } {
  const rows = readCampaign(text, now);
  const groups = new TemplateGroups();
  const results: RowResult[] = [];
  for (const r of scoreRows(rows, resources, groups, now)) {
    results.push(r);
    onRow(results.length);
  }
  return { results, summary: summarise(results, groups.groups()), rows };
}

const HEAD = ['#', 'recipient', 'verdict', 'score', 'relevance', 'spam risk', 'reasons'];
/** Columns aligned right: the numbers. */
const RIGHT = new Set([0, 3, 4, 5]);

/** The two reasons that weigh most, in words, with + for what helped and − for what hurt. */
function reasons(r: RowResult, draft: string): string {
  const top = topReasons(r.verdict!, draft, english, 2);
  return top.map(signedName).join('; ') || '—';
}

export function renderTable(
  results: RowResult[],
  summary: CampaignSummary,
  colour: boolean,
  drafts: readonly string[] = [],
): string {
  const rows = results.map((r) => {
    const v = r.verdict;
    const who = r.handle ? `@${visible(r.handle)}` : '—';
    if (!v) {
      return {
        cells: [String(r.row), who, 'error', '', '', '', visible(r.error ?? '')],
        tone: null,
      };
    }
    const verdict = verdictWords(v);
    return {
      cells: [
        String(r.row),
        who,
        verdict.text,
        String(Math.round(v.score)),
        pctOrDash(v.relevance),
        pctOrDash(v.spam),
        visible(reasons(r, drafts[r.row - 1] ?? '')),
      ],
      tone: verdict.tone,
    };
  });
  const widths = HEAD.map((h, k) => Math.max(h.length, ...rows.map((r) => r.cells[k]!.length)));
  const fmt = (cells: string[], tone: Tone | null) =>
    cells
      .map((c, k) => {
        const padded = RIGHT.has(k) ? c.padStart(widths[k]!) : c.padEnd(widths[k]!);
        return k === 2 && tone ? paint(padded, tone, colour) : padded;
      })
      .join('  ')
      .trimEnd();
  const lines = [fmt(HEAD, null), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) lines.push(fmt(r.cells, r.tone));
  lines.push('');
  const s = summary;
  const counts = (['send', 'revise', 'hold'] as const)
    .map((k) => `${s[k]} ${english(VERDICT[k].name)}`)
    .concat(s.errors ? [`${s.errors} error${s.errors === 1 ? '' : 's'}`] : [])
    .join(' · ');
  lines.push(`${s.total} rows: ${counts}`);
  if (s.templates.length === 0) lines.push('No rows share a template.');
  for (const g of s.templates) {
    lines.push(`Templated: rows ${g.join(', ')} share one template (${g.length} rows)`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runCheck(
  io: Io,
  text: string,
  resources: EngineResources,
  json: boolean,
  now = Date.now(),
): Promise<number> {
  const rows = readCampaign(text, now);
  const shown: Progress = progress(io.stderr, rows.length);
  const groups = new TemplateGroups();
  const results: RowResult[] = [];
  try {
    for (const r of scoreRows(rows, resources, groups, now)) {
      results.push(r);
      if (json) {
        const body = r.verdict ? { ...r.verdict } : { error: r.error };
        await writeLine(io.stdout, JSON.stringify({ row: r.row, handle: r.handle, ...body }));
      }
      shown.tick(results.length);
    }
  } finally {
    shown.end();
  }
  const summary = summarise(results, groups.groups());
  if (json) await writeLine(io.stdout, JSON.stringify({ summary }));
  else {
    const drafts = rows.map((r) => r.input.draft);
    io.stdout.write(renderTable(results, summary, useColour(io), drafts));
  }
  return summary.errors > 0 ? 1 : 0;
}
