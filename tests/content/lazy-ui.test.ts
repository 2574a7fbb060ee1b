// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/home"}
/**
 * The always-loaded script on its own: the badge-and-card script arrives only when a DM composer
 * first appears, and until it does (or if it never does) the gate still holds, warns and fails
 * open, and never loses a draft.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const env = vi.hoisted(() => ({ trusted: true }));
vi.mock('../../src/overlay/trusted', () => ({ isUserEvent: () => env.trusted }));

import { installGate } from '../../src/content/gate';
import { SETTINGS_STORAGE_KEY, startSession } from '../../src/content/session';
import { SETTINGS_KEY } from '../../src/shared/settings';
import { makeReply, makeVerdict } from '../overlay/verdict-fixture';
import {
  badge,
  buttonNamed,
  type FakeChat,
  fakeChat,
  fakeChrome,
  never,
  ok,
  replyFor,
  unloadUi,
  until,
  warning,
} from './harness';

const SPAM = 'BUY NOW!!! Limited offer, click bit.ly/deal';
const hold = makeReply(makeVerdict({ verdict: 'hold', score: 20 }));
const send = makeReply(makeVerdict({ verdict: 'send', score: 85, spam: 0.05, relevance: 0.8 }));

const sendMessage = vi.fn();
let chat: FakeChat | undefined;
let stop: (() => void) | undefined;
let gate: ReturnType<typeof installGate>;
const calls = (type: string) =>
  sendMessage.mock.calls.map((c) => c[0]).filter((m) => m.type === type);

beforeEach(() => {
  sendMessage.mockReset();
  env.trusted = true;
});
afterEach(() => {
  unloadUi();
  stop?.();
  gate?.dispose();
  chat?.remove();
  chat = undefined;
  document.querySelector('worthy-overlay')?.remove();
});

/** The session with injection refused (`allow: false`) or done on request. */
function start(responder: (m: { type: string }) => unknown, allow: boolean) {
  sendMessage.mockImplementation(responder);
  fakeChrome(sendMessage, { allow });
  gate = installGate(window);
  stop = startSession(window, gate);
}

describe('the overlay script, loaded on demand', () => {
  it('is asked for once, when the first DM composer appears on a route without one', async () => {
    start(replyFor({}, send), true);
    // The first page report (sent once the page settles) proves the session looked already.
    await until(() => calls('page-status').length === 1, 3_000);
    expect(calls('load-ui')).toHaveLength(0);
    // The DM drawer opens on the home timeline: the same document, no navigation.
    chat = fakeChat();
    await until(() => calls('load-ui').length === 1);
    chat.type('Hi Alice, how was Berlin?');
    await until(() => badge()?.dataset.state === 'ready');
    // An SPA route change keeps the document, and the script with it.
    history.pushState({}, '', '/i/chat/111-222');
    chat.type('Hi Alice, how was the race?');
    await until(() => badge()?.dataset.state === 'ready');
    expect(calls('load-ui')).toHaveLength(1);
    history.pushState({}, '', '/home');
  });

  it('uses the settings key the popup writes', () => {
    expect(SETTINGS_STORAGE_KEY).toBe(SETTINGS_KEY);
  });
});

describe('the gate without the overlay script', () => {
  const refused = (scores: (m: { type: string }) => unknown) => (m: { type: string }) =>
    m.type === 'load-ui' ? Promise.resolve({ ok: false, error: 'cannot inject' }) : scores(m);

  it('holds a draft that is not worth sending and warns; "Edit message" keeps it intact', async () => {
    start(refused(replyFor({ [SPAM]: hold }, send)), false);
    chat = fakeChat();
    chat.type(SPAM);
    const e = chat.enter();
    expect(e.defaultPrevented).toBe(true);
    await until(warning);
    expect(badge()).toBeNull();
    buttonNamed('Edit message')!.click();
    await until(() => !warning());
    expect(chat.textarea.value).toBe(SPAM);
    expect(chat.sends).toEqual([]);
    await until(() => document.activeElement === chat!.textarea);
  });

  it('"Send anyway" sends exactly once, and the send is recorded', async () => {
    start(refused(replyFor({ [SPAM]: hold }, send)), false);
    chat = fakeChat();
    chat.type(SPAM);
    chat.enter();
    const b = await until(() => buttonNamed('Send anyway'));
    b.click();
    b.click();
    await until(() => chat!.sends.length === 1);
    await until(() => calls('send-recorded').length === 1);
    expect(chat.sends).toEqual([SPAM]);
    expect(calls('send-recorded')[0]).toMatchObject({ verdict: 'hold', overridden: true });
  });

  it('fails open when the worker does not answer: the draft goes out once, as typed', async () => {
    start(
      refused((m) => (m.type === 'score-draft' ? never() : Promise.resolve(ok(null)))),
      false,
    );
    chat = fakeChat();
    chat.type(SPAM);
    expect(chat.enter().defaultPrevented).toBe(true);
    await until(() => chat!.sends.length === 1, 2_500);
    expect(chat.sends).toEqual([SPAM]);
    expect(warning()).toBeNull();
    await until(() => calls('send-recorded').length === 1);
    expect(calls('send-recorded')[0]).toMatchObject({ verdict: null });
  });

  it('lets a good draft through untouched', async () => {
    start(refused(replyFor({}, send)), false);
    chat = fakeChat();
    const good = 'Thanks! Yes, we ship to Spain in 3 days.';
    chat.type(good);
    await until(() => calls('score-draft').length >= 1);
    chat.enter();
    await until(() => chat!.sends.length === 1);
    expect(chat.sends).toEqual([good]);
  });
});
