/**
 * Issue 13 in the worker: "not an issue here" from the card or the popup (stored with the
 * settings, the safety rule enforced, the next score without the reason, undo), and the opener
 * line, scored `send` before it is offered.
 */
import { describe, expect, it } from 'vitest';

import { handlers } from '../../src/background/handlers/index';
import { createRouter } from '../../src/background/router';
import type { SenderInfo } from '../../src/background/senders';
import { createEngine, parseInput } from '../../src/engine/index';
import { scoreReplySchema, tabStateSchema } from '../../src/shared/messages';
import { openerSchema } from '../../src/shared/opener';
import { settingsSchema } from '../../src/shared/settings';
import { contentSender, EXT_ID, fakeDeps, NOW, popupSender } from './fakes';

const ONE_REASON =
  'Hi Stan, I read your thread on sourdough hydration and loved it. DM me if you ever want to swap starter notes.';
const CODE =
  'Hi Stan, please send me the verification code you just got so I can fix your account.';
const place = { conversationId: '555-666', handle: 'stan', name: 'Stan' };
const ctx = (draft: string, extra: Record<string, unknown> = {}) => ({
  draft,
  conversationId: '555-666',
  surface: 'chat' as const,
  recipient: { handle: 'stan', name: 'Stan' },
  messages: [],
  ...extra,
});

function setup() {
  const { deps } = fakeDeps();
  const route = createRouter(handlers, deps, EXT_ID);
  const ok = async (req: unknown, sender: SenderInfo = contentSender) => {
    const r = await route(req, sender);
    if (!r.ok) throw new Error(r.error);
    return r.data;
  };
  const verdict = async (draft: string, extra: Record<string, unknown> = {}) =>
    scoreReplySchema.parse(await ok({ type: 'score-draft', context: ctx(draft, extra) })).verdict!;
  return { deps, route, ok, verdict };
}

describe('dismiss-signal and restore-signal', () => {
  it('turn a revise caused by one reason into send, and back with undo', async () => {
    const { ok, verdict } = setup();
    expect((await verdict(ONE_REASON)).verdict).toBe('revise');
    const s = settingsSchema.parse(
      await ok({ type: 'dismiss-signal', signal: 'call-to-action', scope: 'conversation', place }),
    );
    expect(s.dismissals).toMatchObject([
      { signal: 'call-to-action', scope: 'conversation', key: '555-666', who: { handle: 'stan' } },
    ]);
    const after = await verdict(ONE_REASON);
    expect(after.verdict).toBe('send');
    expect(after.signals.find((x) => x.id === 'call-to-action')?.dismissed).toBe(true);
    // Only in that conversation.
    expect((await verdict(ONE_REASON, { conversationId: '555-777' })).verdict).toBe('revise');
    // Undo from the popup.
    await ok({ type: 'restore-signal', signal: 'call-to-action', place }, popupSender);
    expect((await verdict(ONE_REASON)).verdict).toBe('revise');
  });

  it('a recipient choice follows them into another conversation', async () => {
    const { ok, verdict } = setup();
    await ok({ type: 'dismiss-signal', signal: 'call-to-action', scope: 'recipient', place });
    expect((await verdict(ONE_REASON, { conversationId: '555-777' })).verdict).toBe('send');
    const bob = { recipient: { handle: 'bob', name: 'Bob' } };
    expect((await verdict(ONE_REASON.replace('Stan', 'Bob'), bob)).verdict).toBe('revise');
  });

  it('refuses to set a safety reason aside everywhere or per recipient; this conversation is allowed', async () => {
    const { route, ok, deps, verdict } = setup();
    const ids = (await verdict(CODE)).signals.map((x) => x.id);
    expect(ids).toContain('asks-for-credentials');
    for (const scope of ['everywhere', 'recipient']) {
      const r = await route(
        { type: 'dismiss-signal', signal: 'asks-for-credentials', scope, place },
        popupSender,
      );
      expect(r.ok).toBe(false);
      expect((r as { error: string }).error).toMatch(/one conversation only/);
    }
    expect((await deps.store.loadSettings()).dismissals).toEqual([]);
    // Not through set-settings either.
    const forged = {
      signal: 'asks-for-credentials',
      scope: 'everywhere',
      key: '',
      at: NOW,
    };
    const s = await deps.store.loadSettings();
    const r = await route(
      { type: 'set-settings', settings: { ...s, dismissals: [forged] } },
      popupSender,
    );
    expect(r.ok).toBe(false);
    await ok({
      type: 'dismiss-signal',
      signal: 'asks-for-credentials',
      scope: 'conversation',
      place,
    });
    const after = await verdict(CODE);
    expect(after.signals.find((x) => x.id === 'asks-for-credentials')?.dismissed).toBe(true);
  });

  it('keeps the conversation id in the tab state, for the popup', async () => {
    const { deps, verdict } = setup();
    await verdict(ONE_REASON);
    const state = tabStateSchema.parse(await deps.session.get(contentSender.tab.id));
    expect(state.conversationId).toBe('555-666');
  });
});

describe('suggest-opener', () => {
  const alice = {
    handle: 'alice',
    name: 'Alice Runner',
    bio: 'Marathoner & trail racer. Coaching beginners from couch to 42k.',
  };
  const PITCH = 'Hey!! Want 10x more leads? Our AI growth tool is 50% OFF today only!!!';

  it('offers a line that itself scores send for that recipient, and keeps it for the popup', async () => {
    const { ok, deps } = setup();
    const c = ctx(PITCH, { recipient: alice, conversationId: '111-222' });
    const opener = openerSchema.parse(await ok({ type: 'suggest-opener', context: c }));
    expect(opener.text).toContain('Marathoner & trail racer');
    const line = parseInput({ draft: opener.text, recipient: alice, messages: [], now: NOW });
    if (!line.ok) throw new Error(line.error);
    const again = createEngine().score(line.input);
    expect(again.verdict).toBe('send');
    const state = tabStateSchema.parse(await deps.session.get(contentSender.tab.id));
    expect(state.opener).toMatchObject({ text: opener.text, draft: PITCH });
  });

  it('offers nothing for a draft already worth sending, or when paused here', async () => {
    const { ok, deps } = setup();
    const good = 'Hi Alice, how long did it take you to go from couch to your first 42k?';
    expect(
      await ok({ type: 'suggest-opener', context: ctx(good, { recipient: alice }) }),
    ).toBeNull();
    const s = await deps.store.loadSettings();
    await deps.store.saveSettings({ ...s, mutedConversations: ['555-666'] });
    expect(
      await ok({ type: 'suggest-opener', context: ctx(PITCH, { recipient: alice }) }),
    ).toBeNull();
  });
});

describe('forget-dismissal (the popup\'s "Count again")', () => {
  it('removes exactly that choice; choices made at the same moment from a card all land', async () => {
    const { ok } = setup();
    await ok({ type: 'dismiss-signal', signal: 'call-to-action', scope: 'everywhere', place });
    const listed = settingsSchema.parse(await ok({ type: 'get-settings' }, popupSender))
      .dismissals[0]!;
    // The card sets another reason aside while the popup counts the first one again.
    const [, forgot] = await Promise.all([
      ok({ type: 'dismiss-signal', signal: 'generic-flattery', scope: 'recipient', place }),
      ok({ type: 'forget-dismissal', dismissal: listed }, popupSender),
    ]);
    expect(settingsSchema.parse(forgot).dismissals.map((d) => d.signal)).not.toContain(
      'call-to-action',
    );
    const stored = settingsSchema.parse(await ok({ type: 'get-settings' }, popupSender));
    expect(stored.dismissals.map((d) => `${d.signal}:${d.scope}`)).toEqual([
      'generic-flattery:recipient',
    ]);
  });

  it('is refused from a content script', async () => {
    const { route } = setup();
    const r = await route(
      {
        type: 'forget-dismissal',
        dismissal: { signal: 'call-to-action', scope: 'everywhere', key: '', at: 1 },
      },
      contentSender,
    );
    expect(r.ok).toBe(false);
  });
});
