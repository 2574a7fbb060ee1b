/**
 * The worker's handlers over the real store (fake-indexeddb + fake chrome.storage areas):
 * profile-seen then score-draft uses the profile; send-recorded keeps no text; popup requests
 * see the data; delete-all empties it.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';

import { handlers } from '../../src/background/handlers/index';
import { createRouter } from '../../src/background/router';
import { tabSession } from '../../src/background/session';
import { store } from '../../src/background/store/index';
import { loadVectors } from '../../src/node/load-vectors';
import { historySummarySchema, scoreReplySchema } from '../../src/shared/messages';
import { ELEVEN, nameOf, TEMPLATE } from '../fixtures/history/blast.mjs';
import { contentSender, EXT_ID, fakeSessionArea, popupSender } from './fakes';
import { freshStore, rawDump } from './store/helpers';

const NOW = Date.now();
const PITCH =
  'Hey!! Want 10x more followers? Our growth tool is 50% OFF today only, click https://bit.ly/3xYz';
const SPECIFIC =
  'A sub-3 in Berlin with a negative split is impressive! How did you pace the last 10k?';
const ctx = (draft: string) => ({
  draft,
  conversationId: '111-222',
  surface: 'chat' as const,
  recipient: { handle: 'alice', name: 'Alice Runner' },
  messages: [],
});

const vectors = loadVectors();

function route() {
  const deps = {
    store,
    session: tabSession(fakeSessionArea()),
    vectors: () => vectors,
    now: () => NOW,
  };
  return createRouter(handlers, deps, EXT_ID);
}

beforeEach(() => {
  freshStore();
});

describe('worker over the real store', () => {
  it('remembers a viewed profile and uses it for the next draft', async () => {
    const r = route();
    const before = scoreReplySchema.parse(
      (
        (await r({ type: 'score-draft', context: ctx(SPECIFIC) }, contentSender)) as {
          data: unknown;
        }
      ).data,
    );
    expect(before.memory).toBe(true);
    const seen = await r(
      {
        type: 'profile-seen',
        profile: {
          handle: 'alice',
          bio: 'Marathoner & trail racer.',
          posts: ['Sub-3 marathon in Berlin this morning! 2:58:41, negative split, no wall.'],
        },
      },
      contentSender,
    );
    expect(seen).toEqual({ ok: true, data: null });
    const after = scoreReplySchema.parse(
      (
        (await r({ type: 'score-draft', context: ctx(SPECIFIC) }, contentSender)) as {
          data: unknown;
        }
      ).data,
    );
    expect(before.verdict?.relevance).toBeNull();
    expect(after.verdict?.relevance).not.toBeNull();
    expect(after.verdict?.interests.some((i) => i.source === 'post')).toBe(true);
  });

  it('records sends without their text and reports them to the popup', async () => {
    const r = route();
    for (let i = 0; i < 3; i++) {
      const reply = await r(
        {
          type: 'send-recorded',
          context: ctx(PITCH),
          verdict: 'hold',
          held: true,
          overridden: true,
        },
        contentSender,
      );
      expect(reply).toEqual({ ok: true, data: null });
    }
    const dump = JSON.stringify(await rawDump());
    expect(dump).not.toContain('followers');
    expect(dump).not.toContain('bit.ly');

    const summary = await r({ type: 'get-history-summary' }, popupSender);
    expect(summary.ok).toBe(true);
    const parsed = historySummarySchema.parse((summary as { data: unknown }).data);
    expect(parsed.today.sent).toBe(3);
    expect(parsed.today.overridden).toBe(3);

    expect(await r({ type: 'delete-all-data' }, popupSender)).toEqual({ ok: true, data: null });
    const empty = historySummarySchema.parse(
      ((await r({ type: 'get-history-summary' }, popupSender)) as { data: unknown }).data,
    );
    expect(empty.today.sent).toBe(0);
  });

  it('settings round-trip through patch-settings and get-settings', async () => {
    const r = route();
    expect(
      await r({ type: 'patch-settings', patch: { gate: 'strict' } }, popupSender),
    ).toMatchObject({
      ok: true,
    });
    expect(await r({ type: 'get-settings' }, popupSender)).toMatchObject({
      data: { gate: 'strict' },
    });
    const scored = await r({ type: 'score-draft', context: ctx(PITCH) }, contentSender);
    expect(scored).toMatchObject({ ok: true, data: { gate: 'strict' } });
  });

  it('a mute from the card and a save from the popup at the same moment both land', async () => {
    const r = route();
    const [muted, saved] = await Promise.all([
      r({ type: 'mute-conversation', conversationId: '111-222' }, contentSender),
      r(
        { type: 'patch-settings', patch: { gate: 'warn', engine: { dailyBudget: 30 } } },
        popupSender,
      ),
    ]);
    expect([muted.ok, saved.ok]).toEqual([true, true]);
    expect(await r({ type: 'get-settings' }, popupSender)).toMatchObject({
      data: { gate: 'warn', mutedConversations: ['111-222'], engine: { dailyBudget: 30 } },
    });
    expect(
      await r({ type: 'unmute-conversation', conversationId: '111-222' }, popupSender),
    ).toMatchObject({ ok: true, data: { gate: 'warn', mutedConversations: [] } });
  });

  it("keeps history per sending account: a blast from one brand is not another brand's", async () => {
    const r = route();
    const to = (account: string, handle: string) => ({
      draft: TEMPLATE(nameOf(handle)),
      conversationId: `9${handle.length}-1`,
      surface: 'chat' as const,
      account,
      recipient: { handle, name: nameOf(handle) },
      messages: [],
    });
    for (const handle of ELEVEN) {
      const reply = await r(
        {
          type: 'send-recorded',
          context: to('brand_a', handle),
          verdict: 'send',
          held: false,
          overridden: false,
        },
        contentSender,
      );
      expect(reply).toEqual({ ok: true, data: null });
    }
    const signalsFor = async (account: string) => {
      const reply = await r({ type: 'score-draft', context: to(account, 'lucia') }, contentSender);
      return scoreReplySchema.parse((reply as { data: unknown }).data).verdict!.signals;
    };
    const a = (await signalsFor('brand_a')).find((s) => s.id === 'blanket-sending');
    expect(a?.message).toMatch(/11 other people/);
    expect(a?.severity).toBe('high');
    expect((await signalsFor('brand_b')).map((s) => s.id)).not.toContain('blanket-sending');
  });
});
