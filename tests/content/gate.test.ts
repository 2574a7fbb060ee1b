// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/i/chat/111-222"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
const env = vi.hoisted(() => ({
  /** What overlay/trusted.ts answers: jsdom's events are never trusted, a browser's user's are. */
  trusted: true,
  storageListeners: [] as ((changes: Record<string, unknown>) => void)[],
}));
vi.mock('../../src/overlay/trusted', () => ({ isUserEvent: () => env.trusted }));

import { installGate } from '../../src/content/gate';
import { DEBOUNCE_MS, MAX_WAIT_MS } from '../../src/content/scorer';
import { startSession } from '../../src/content/session';
import { makeReply, makeVerdict } from '../overlay/verdict-fixture';
import {
  badge,
  buttonNamed,
  type FakeChat,
  fakeChat,
  fakeChrome,
  never,
  notice,
  ok,
  replyFor,
  unloadUi,
  until,
  warning,
} from './harness';

const SPAM = 'BUY NOW!!! Limited offer, click bit.ly/deal';
const GOOD = 'Thanks for asking! Yes, we ship to Spain in 3 days.';
const hold = makeReply(makeVerdict({ verdict: 'hold', score: 20 }));
const send = makeReply(makeVerdict({ verdict: 'send', score: 85, spam: 0.05, relevance: 0.8 }));
const revise = makeReply(makeVerdict({ verdict: 'revise', score: 55 }));

let chat: FakeChat;
let stop: () => void;
let gate: ReturnType<typeof installGate>;

function start(responder: (m: { type: string; context?: { draft: string } }) => unknown) {
  sendMessage.mockImplementation(responder);
  env.storageListeners = fakeChrome(sendMessage).listeners;
  gate = installGate(window);
  chat = fakeChat();
  stop = startSession(window, gate);
}

async function typed(text: string, state = 'ready') {
  chat.type(text);
  await until(() => badge()?.dataset.state === state);
}

/** Starts with a worker that answers `draft` only when the test calls the returned function. */
function startSlow(draft: string): (reply: unknown) => void {
  let answer: (v: unknown) => void = () => {};
  start((m) =>
    m.type === 'score-draft' && m.context?.draft === draft
      ? new Promise((r) => {
          answer = r;
        })
      : Promise.resolve(ok(send)),
  );
  return (reply) => answer(reply);
}

const recorded = () =>
  sendMessage.mock.calls.map((c) => c[0]).filter((m) => m.type === 'send-recorded');

beforeEach(() => {
  sendMessage.mockReset();
  env.trusted = true;
});
afterEach(() => {
  vi.useRealTimers();
  unloadUi();
  stop?.();
  gate?.dispose();
  chat?.remove();
  document.querySelector('worthy-overlay')?.remove();
});

describe('the send gate', () => {
  it('holds Enter on a held draft and shows the warning', async () => {
    start(replyFor({ [SPAM]: hold }, send));
    await typed(SPAM);
    expect(badge()!.dataset.verdict).toBe('hold');
    const e = chat.enter();
    expect(e.defaultPrevented).toBe(true);
    expect(chat.keydownsSeenByX).toHaveLength(0);
    expect(chat.sends).toEqual([]);
    const w = await until(warning);
    expect(w.getAttribute('aria-modal')).toBe('true');
  });

  it('holds a click on the send button too', async () => {
    start(replyFor({ [SPAM]: hold }, send));
    await typed(SPAM);
    chat.button.click();
    expect(chat.sends).toEqual([]);
    await until(warning);
  });

  it('"Edit message" returns focus to the editor, draft intact, caret at the end', async () => {
    start(replyFor({ [SPAM]: hold }, send));
    await typed(SPAM);
    chat.enter();
    (await until(() => buttonNamed('Edit message'))).click();
    await until(() => !warning());
    await until(() => document.activeElement === chat.textarea);
    expect(chat.textarea.value).toBe(SPAM);
    expect(chat.textarea.selectionStart).toBe(SPAM.length);
    expect(chat.textarea.selectionEnd).toBe(SPAM.length);
    expect(chat.sends).toEqual([]);
  });

  it('"Send anyway" lets exactly one send through and records it as overridden', async () => {
    start(replyFor({ [SPAM]: hold }, send));
    await typed(SPAM);
    chat.enter();
    const b = await until(() => buttonNamed('Send anyway'));
    b.click();
    b.click();
    await until(() => chat.sends.length === 1);
    // X cleared the box: the send is confirmed and recorded once; by then a second send from
    // the double click would have happened too.
    await until(() => recorded().length === 1);
    expect(chat.sends).toEqual([SPAM]);
    expect(recorded()[0]).toMatchObject({
      verdict: 'hold',
      held: true,
      overridden: true,
      context: { draft: SPAM },
    });
    // The bypass was one-shot: the next held draft is held again.
    await typed(SPAM);
    chat.enter();
    expect(chat.sends).toHaveLength(1);
    await until(warning);
  });

  it('"Send anyway" sends nothing when the editor now holds other text, and says so', async () => {
    start(replyFor({ [SPAM]: hold }, send));
    await typed(SPAM);
    chat.enter();
    const b = await until(() => buttonNamed('Send anyway'));
    // X switched conversations under the open warning: the editor shows another draft.
    chat.textarea.value = 'half-written note to Bob';
    b.click();
    expect((await until(notice)).textContent).toMatch(/^Your message changed while Worthy/);
    expect(chat.sends).toEqual([]);
    expect(chat.textarea.value).toBe('half-written note to Bob');
    expect(recorded()).toEqual([]);
  });

  it('"Send anyway" ignores a click a page script made (not a user event)', async () => {
    start(replyFor({ [SPAM]: hold }, send));
    await typed(SPAM);
    chat.enter();
    const b = await until(() => buttonNamed('Send anyway'));
    env.trusted = false;
    b.click();
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    // Handlers run synchronously: an untrusted event would have sent (and closed the warning) here.
    expect(chat.sends).toEqual([]);
    expect(warning()).not.toBeNull();
    // The user's own click still works, and is the only send.
    env.trusted = true;
    b.click();
    await until(() => chat.sends.length === 1);
    await until(() => recorded().length === 1);
    expect(chat.sends).toEqual([SPAM]);
  });

  it('judges the same text anew after it was sent (history changed)', async () => {
    start(replyFor({}, send));
    const scored = () =>
      sendMessage.mock.calls.filter(
        (c) => c[0].type === 'score-draft' && c[0].context.draft === GOOD,
      ).length;
    await typed(GOOD);
    chat.enter();
    await until(() => chat.sends.length === 1);
    const before = scored();
    await typed(GOOD);
    await until(() => scored() > before);
    expect(scored()).toBe(before + 1);
  });

  it('never touches Shift+Enter or IME composition', async () => {
    start(replyFor({ [SPAM]: hold }, send));
    await typed(SPAM);
    const shift = chat.enter({ shiftKey: true });
    const ime = chat.enter({ isComposing: true });
    expect(shift.defaultPrevented).toBe(false);
    expect(ime.defaultPrevented).toBe(false);
    expect(chat.keydownsSeenByX).toHaveLength(2);
    expect(warning()).toBeNull();
  });

  it('lets a good draft pass untouched, with no delay', async () => {
    start(replyFor({ [GOOD]: send }, hold));
    await typed(GOOD);
    const e = chat.enter();
    expect(chat.keydownsSeenByX).toEqual([e]);
    expect(chat.sends).toEqual([GOOD]);
    await until(() => recorded().length === 1);
    expect(recorded()[0]).toMatchObject({ verdict: 'send', held: false, overridden: false });
  });

  it('holds revise drafts only in strict mode', async () => {
    start(replyFor({ [SPAM]: revise }, send));
    await typed(SPAM);
    chat.enter();
    expect(chat.sends).toEqual([SPAM]);
    stop();
    gate.dispose();
    chat.remove();
    document.querySelector('worthy-overlay')?.remove();
    start(replyFor({ [SPAM]: { ...revise, gate: 'strict' } }, send));
    await typed(SPAM);
    chat.enter();
    expect(chat.sends).toEqual([]);
    await until(warning);
  });

  it('never holds in warn mode or when paused', async () => {
    start(
      replyFor(
        { [SPAM]: { ...hold, gate: 'warn' }, [GOOD]: makeReply(null, { paused: true }) },
        send,
      ),
    );
    await typed(SPAM);
    chat.enter();
    expect(chat.sends).toEqual([SPAM]);
    await typed(GOOD, 'paused');
    chat.enter();
    expect(chat.sends).toEqual([SPAM, GOOD]);
  });

  it('re-scores a stale verdict before deciding (typed faster than the debounce)', async () => {
    const more = `${SPAM} now`;
    start(replyFor({ [SPAM]: send, [more]: hold }, send));
    await typed(SPAM);
    chat.type(more);
    const e = chat.enter(); // before the 150 ms debounce fires
    expect(e.defaultPrevented).toBe(true);
    await until(warning);
    expect(chat.sends).toEqual([]);
  });

  it('fails open when the worker does not answer: sent once, marked unchecked, and counted', async () => {
    start((m) => (m.type === 'score-draft' ? never() : Promise.resolve(ok(null))));
    chat.type(SPAM);
    const e = chat.enter();
    expect(e.defaultPrevented).toBe(true);
    await until(() => chat.sends.length === 1, 2_000);
    expect(chat.sends).toEqual([SPAM]);
    expect(warning()).toBeNull();
    // Before: nothing told the user this send was never checked.
    await until(() => badge()?.dataset.status === 'unchecked');
    expect(badge()!.textContent).toContain('Sent unchecked');
    expect(badge()!.getAttribute('aria-label')).toMatch(
      /^Worthy: Sent unchecked\. Your last message went out before Worthy could check it/,
    );
    await until(() => recorded().length === 1);
    expect(recorded()[0]).toMatchObject({ verdict: null, held: false, overridden: false });
  });

  it('shows "Checking…" on the badge while a send waits for its verdict', async () => {
    const answer = startSlow(GOOD);
    chat.type(GOOD);
    chat.enter();
    await until(() => badge()?.dataset.status === 'checking');
    expect(badge()!.textContent).toContain('Checking…');
    answer(ok(send));
    await until(() => chat.sends.length === 1);
    await until(() => badge()?.dataset.status === undefined);
  });

  it('keeps the text as it was while checking: a key pressed after Enter does not reach it', async () => {
    // Before: the extra key changed the draft, and the held send then went out never and
    // silently.
    const answer = startSlow(GOOD);
    chat.type(GOOD);
    chat.enter();
    chat.key('x');
    chat.paste(' and more');
    expect(chat.textarea.value).toBe(GOOD);
    answer(ok(send));
    await until(() => chat.sends.length === 1);
    expect(chat.sends).toEqual([GOOD]);
    // The lock is gone with the wait.
    chat.key('y');
    expect(chat.textarea.value).toBe('y');
  });

  it('sends nothing when the text changed anyway while checking (an IME), and says so', async () => {
    const answer = startSlow(GOOD);
    chat.type(GOOD);
    chat.enter();
    // A composition cannot be cancelled: the text changes under the lock.
    chat.textarea.value = `${GOOD} ねこ`;
    answer(ok(send));
    expect((await until(notice)).textContent).toBe(
      'Your message changed while Worthy was checking, so it was not sent. Press Enter again to send it.',
    );
    expect(notice()!.getAttribute('role')).toBe('alert');
    expect(chat.sends).toEqual([]);
    expect(chat.textarea.value).toBe(`${GOOD} ねこ`);
  });

  it('asks again once when the worker is stopped mid-wait, and holds on its answer', async () => {
    let scores = 0;
    start((m) => {
      if (m.type !== 'score-draft') return Promise.resolve(ok(null));
      scores++;
      // The first worker dies with the request in flight; Chrome starts a new one.
      return scores === 1
        ? Promise.reject(new Error('The message port closed before a response was received.'))
        : Promise.resolve(ok(hold));
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    chat.type(SPAM);
    chat.enter();
    await until(warning);
    expect(scores).toBe(2);
    expect(chat.sends).toEqual([]);
    vi.restoreAllMocks();
  });

  it('a pause while a send is being checked cancels the check: the stale verdict is not used', async () => {
    // Before: the reply asked for under the old settings was kept and acted on, so a paused
    // conversation could still be held.
    let paused = false;
    const answers: ((v: unknown) => void)[] = [];
    start((m) => {
      if (m.type !== 'score-draft') return Promise.resolve(ok(null));
      if (paused) return Promise.resolve(ok(makeReply(null, { paused: true })));
      return new Promise((r) => answers.push(r));
    });
    chat.type(SPAM);
    chat.enter();
    await until(() => answers.length === 1);
    // The user pauses Worthy in the popup; the stale request then answers "hold".
    paused = true;
    for (const l of env.storageListeners) l({ settings: {} });
    answers[0]!(ok(hold));
    await until(() => chat.sends.length === 1);
    expect(chat.sends).toEqual([SPAM]);
    expect(warning()).toBeNull();
  });

  it('wakes the worker when a composer gets focus', async () => {
    start(replyFor({}, send));
    chat.textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await until(() => sendMessage.mock.calls.some((c) => c[0].type === 'ping'));
  });

  it('fails open when the worker errors', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    start(() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    await typed(SPAM, 'error');
    expect(badge()!.getAttribute('aria-label')).toMatch(/^Worthy: guidance unavailable/);
    const e = chat.enter();
    expect(e.defaultPrevented).toBe(true); // briefly, while asking again
    await until(() => chat.sends.length === 1);
    expect(chat.sends).toEqual([SPAM]);
    spy.mockRestore();
  });

  it('lets everything through when Worthy itself throws', async () => {
    start(replyFor({}, hold));
    await typed(SPAM);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Break the adapter's DOM walk: every Worthy code path now throws.
    chat.textarea.closest = () => {
      throw new Error('boom');
    };
    const e = chat.enter();
    expect(chat.keydownsSeenByX).toEqual([e]);
    expect(chat.sends).toEqual([SPAM]);
    expect(spy.mock.calls.some((c) => String(c[0]).startsWith('[Worthy]'))).toBe(true);
    spy.mockRestore();
  });

  it('stays out of the way when no composer is found', async () => {
    // Fake time: every debounce and wait the scorer has passes at once, no sleep needed.
    vi.useFakeTimers();
    sendMessage.mockImplementation(replyFor({}, hold));
    gate = installGate(window);
    chat = fakeChat();
    chat.textarea.removeAttribute('data-testid');
    stop = startSession(window, gate);
    chat.type(SPAM);
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS + DEBOUNCE_MS);
    vi.useRealTimers();
    const e = chat.enter();
    expect(e.defaultPrevented).toBe(true); // by X's handler, which saw it
    expect(chat.keydownsSeenByX).toHaveLength(1);
    expect(document.querySelector('worthy-overlay')).toBeNull();
    expect(sendMessage.mock.calls.filter((c) => c[0].type === 'score-draft')).toHaveLength(0);
    // Nor is the badge-and-card script fetched where no DM composer is.
    expect(sendMessage.mock.calls.filter((c) => c[0].type === 'load-ui')).toHaveLength(0);
  });

  it('sends the draft with its conversation to the worker', async () => {
    start(replyFor({}, send));
    await typed(GOOD);
    const req = sendMessage.mock.calls.map((c) => c[0]).find((m) => m.type === 'score-draft');
    expect(req.context).toMatchObject({
      draft: GOOD,
      surface: 'chat',
      recipient: { handle: 'alice' },
    });
  });
});

describe('ok()', () => {
  it('wraps data in the reply envelope', () => expect(ok(1)).toEqual({ ok: true, data: 1 }));
});
