/**
 * `worthy check campaign.csv`: a pre-flight for a planned batch of DMs. Each row is scored as if
 * the rows before it had already gone out, a minute apart, so templates and pace show up the way
 * they would on the real send.
 */

import { english } from '../engine/i18n';
import type { EngineInput, EngineResources, Verdict } from '../engine/index';
import { scoreInput } from '../engine/index';
import { TEMPLATE_SIMILARITY } from '../engine/signals/sending/blanket';
import { fingerprint, similarity } from '../engine/text/fingerprint';
import { topReasons } from '../ui/signals';
import { type Tone, VERDICT } from '../ui/vocabulary';
import { csvRecords } from './csv';
import { type Io, useColour, writeLine } from './io';
import { paint, pctOrDash, signedName, verdictWords } from './words';

export const CHECK_HELP = `Usage: worthy check <campaign.csv> [--json] [--no-vectors]

Pre-flight for a campaign: scores every row's draft against its recipient, as if the rows were
sent in order one minute apart (so a template reused across rows is caught), and prints a table
with a summary.

CSV (RFC 4180, header row required):
  draft      the DM to send (required)
  handle     recipient's @handle
  name       recipient's display name
  bio        recipient's bio
  location   recipient's location
  posts      recent posts, separated by " | " or by newlines inside the quoted field

Options:
  --json         print one JSON line per row ({row, handle, ...verdict}) and a final {summary}
  --no-vectors   skip loading word vectors
  -h, --help     show this help
Colour is used on a terminal unless NO_COLOR is set.
`;

const MINUTE = 60_000;

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

export function campaignInputs(records: Record<string, string>[], now: number): EngineInput[] {
  const who = (r: Record<string, string>, i: number) =>
    r.handle?.trim().replace(/^@/, '') || `row-${i + 1}`;
  return records.map((r, i) => ({
    draft: r.draft ?? '',
    recipient: {
      handle: r.handle?.trim().replace(/^@/, '') || undefined,
      name: r.name?.trim() || undefined,
      bio: r.bio?.trim() || undefined,
      location: r.location?.trim() || undefined,
      posts: splitPosts(r.posts ?? ''),
    },
    history: records.slice(0, i).map((p, j) => ({
      recipient: who(p, j),
      text: p.draft ?? '',
      at: now - (i - j) * MINUTE,
    })),
    now,
  }));
}

export function splitPosts(s: string): string[] {
  return s
    .split(/\s\|\s|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Rows whose drafts share a template, grouped (union-find over pairwise similarity). */
export function templateGroups(drafts: readonly string[], minSize = 3): number[][] {
  const fps = drafts.map((d) => fingerprint(d));
  const parent = drafts.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    return r;
  };
  for (let i = 0; i < fps.length; i++) {
    if (drafts[i]!.trim().split(/\s+/).length < 5) continue;
    for (let j = i + 1; j < fps.length; j++) {
      if (similarity(fps[i]!, fps[j]!) >= TEMPLATE_SIMILARITY) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  fps.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i + 1]);
  });
  return [...groups.values()].filter((g) => g.length >= minSize);
}

export function checkCampaign(
  text: string,
  resources: EngineResources,
  now = Date.now(),
): { results: RowResult[]; summary: CampaignSummary } {
  const { header, records } = csvRecords(text);
  if (!header.includes('draft')) {
    throw new Error(
      `the CSV has no "draft" column (found: ${header.filter(Boolean).join(', ') || 'nothing'})`,
    );
  }
  const inputs = campaignInputs(records, now);
  const results: RowResult[] = inputs.map((input, i) => {
    const handle = input.recipient?.handle ?? '';
    if (!input.draft.trim()) return { row: i + 1, handle, verdict: null, error: 'empty draft' };
    const r = scoreInput(input, resources);
    return r.ok
      ? { row: i + 1, handle, verdict: r.verdict }
      : { row: i + 1, handle, verdict: null, error: r.error };
  });
  const count = (k: string) => results.filter((r) => r.verdict?.verdict === k).length;
  return {
    results,
    summary: {
      total: results.length,
      send: count('send'),
      revise: count('revise'),
      hold: count('hold'),
      errors: results.filter((r) => r.error).length,
      templates: templateGroups(records.map((r) => r.draft ?? '')),
    },
  };
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
    const who = r.handle ? `@${r.handle}` : '—';
    if (!v) return { cells: [String(r.row), who, 'error', '', '', '', r.error ?? ''], tone: null };
    const verdict = verdictWords(v);
    return {
      cells: [
        String(r.row),
        who,
        verdict.text,
        String(Math.round(v.score)),
        pctOrDash(v.relevance),
        pctOrDash(v.spam),
        reasons(r, drafts[r.row - 1] ?? ''),
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
): Promise<number> {
  const { results, summary } = checkCampaign(text, resources);
  if (json) {
    for (const r of results) {
      const body = r.verdict ? { ...r.verdict } : { error: r.error };
      await writeLine(io.stdout, JSON.stringify({ row: r.row, handle: r.handle, ...body }));
    }
    await writeLine(io.stdout, JSON.stringify({ summary }));
  } else {
    const drafts = csvRecords(text).records.map((r) => r.draft ?? '');
    io.stdout.write(renderTable(results, summary, useColour(io), drafts));
  }
  return summary.errors > 0 ? 1 : 0;
}
