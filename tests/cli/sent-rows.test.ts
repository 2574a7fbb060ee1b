/**
 * `worthy check` hands the engine only the earlier rows that could match a row (by band key, link
 * or recipient) plus counts, instead of every earlier row. That must not change a verdict, and
 * what a row reads must not grow with the campaign.
 */
import { describe, expect, it } from 'vitest';
import { checkCampaign, readCampaign } from '../../src/cli/check';
import { MINUTE, PER_KEY, PER_RECIPIENT, SentRows } from '../../src/cli/sent-rows';
import { createEngine, type HistoryEntry } from '../../src/engine/index';
import { bandKeys } from '../../src/engine/text/bands';
import { fingerprint, linkHashes } from '../../src/engine/text/fingerprint';
import { campaignCsv } from '../fixtures/campaign';

const NOW = Date.parse('2026-11-23T10:00:00Z');

const sentRow = (row: number, recipient: string, draft: string) => {
  const fp = fingerprint(draft, { names: [recipient] });
  return { row, recipient, fingerprint: fp, bands: bandKeys(fp), links: linkHashes(draft) };
};

describe('candidate rows and counts', () => {
  it('give every row of a campaign the verdict the whole history gives', () => {
    // 150 rows: templates to about 45 and 20 people (under the per-key cap), pace over budget.
    const text = campaignCsv(150, 5);
    const { results, rows } = checkCampaign(text, {}, NOW);
    const engine = createEngine({});
    const earlier: HistoryEntry[] = [];
    let compared = 0;
    for (const [i, { input, who }] of rows.entries()) {
      const names = [input.recipient.name, input.recipient.handle];
      const full = engine.scoreInput({ ...input, history: earlier.map((e) => ({ ...e })) });
      if (!full.ok) throw new Error(full.error);
      const { elapsedMs: _a, ...expected } = full.verdict;
      const { elapsedMs: _b, ...actual } = results[i]!.verdict!;
      expect(actual, `row ${i + 1}`).toEqual(expected);
      compared++;
      earlier.push({
        recipient: who,
        fingerprint: fingerprint(input.draft, { names }),
        links: linkHashes(input.draft),
        at: 0,
      });
      // Every earlier row moves one minute further back.
      for (const [k, e] of earlier.entries()) e.at = NOW - (earlier.length - k) * MINUTE;
    }
    expect(compared).toBe(150);
    const ids = new Set(results.flatMap((r) => r.verdict!.signals.map((s) => s.id)));
    // The sending signals the shortcut could get wrong all fired somewhere.
    for (const id of ['blanket-sending', 'pace-daily', 'pace-hourly', 'burst-new-contacts']) {
      expect(ids, id).toContain(id);
    }
  });

  it('read a bounded number of rows however long the campaign is', () => {
    const sent = new SentRows();
    const template = (i: number) =>
      `Hi there! We help creators like you grow their audience fast. Open to a quick call? ${i % 3 ? '' : 'https://grow.example/x'}`;
    for (let i = 0; i < 2_000; i++) {
      const draft =
        i % 2 ? template(i) : `personal note ${i} about topic ${i * 7919} and more words`;
      sent.add(sentRow(i, `p${i % 1_500}`, draft));
    }
    const t = sentRow(2_000, 'p17', template(0));
    const { history, stats } = sent.historyFor(2_000, 'p17', t.bands, t.links, NOW);
    // At most the newest PER_KEY under each band key and link, and the recipient's newest sends.
    expect(history.length).toBeLessThanOrEqual(PER_KEY * (t.bands.length + 1) + PER_RECIPIENT);
    expect(history.length).toBeGreaterThanOrEqual(PER_KEY);
    expect(stats).toEqual({
      sentLastDay: 1_439,
      newContactsLastHour: 0,
      newContactsLastBurst: 0,
      contactedBefore: true,
    });
    const lone = sentRow(2_000, 'nobody', 'a message unlike any other in this list at all');
    expect(sent.historyFor(2_000, 'nobody', lone.bands, lone.links, NOW).history).toEqual([]);
  });

  it('count windows in rows a minute apart, skipping rows that were not sent', () => {
    const sent = new SentRows();
    // Rows 0–19 to twenty people, row 20 failed (not sent), rows 21–24 to people seen before.
    for (let i = 0; i < 20; i++) sent.add(sentRow(i, `p${i}`, `note ${i}`));
    for (let i = 21; i < 25; i++) sent.add(sentRow(i, `p${i - 21}`, `again ${i}`));
    const s = sentRow(25, 'p3', 'hello');
    const { stats, history } = sent.historyFor(25, 'p3', s.bands, s.links, NOW);
    // The burst window is 10 minutes: rows 16–24 are within it; first contacts among them: 16–19.
    expect(stats).toEqual({
      sentLastDay: 24,
      newContactsLastHour: 20,
      newContactsLastBurst: 4,
      contactedBefore: true,
    });
    // p3's sends: rows 3 and 24, at their own minutes before row 25.
    expect(history.map((e) => [e.recipient, (NOW - e.at) / MINUTE])).toEqual([
      ['p3', 22],
      ['p3', 1],
    ]);
  });
});

describe('template groups', () => {
  it('group rows by band-key neighbours, the same groups at any campaign size', () => {
    const small = checkCampaign(campaignCsv(120, 3), {}, NOW).summary.templates;
    expect(small.map((g) => g.length).reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    for (const g of small) expect(g).toEqual([...g].sort((a, b) => a - b));
    // The first 120 rows of a longer campaign group the same way (later rows only join).
    const rows = readCampaign(campaignCsv(250, 3), NOW);
    expect(rows).toHaveLength(250);
    const large = checkCampaign(campaignCsv(250, 3), {}, NOW).summary.templates;
    expect(large.map((g) => g.filter((r) => r <= 120))).toEqual(small);
  });
});
