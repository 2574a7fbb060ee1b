// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findComposers } from '../../../src/sites/x/composer.ts';
import { MAX_MESSAGES, readConversation } from '../../../src/sites/x/conversation.ts';
import type { ComposerHandle } from '../../../src/sites/x/types.ts';
import { chatRoot, fakeX, loadFakeX } from './fake-x.ts';

const open = (path: string, config?: unknown) => {
  const url = loadFakeX(path, config);
  const c = findComposers(document)[0];
  if (!c) throw new Error(`no composer on ${path}`);
  return readConversation(c, url);
};

/** A thread of `n` messages "m0"… for conversation 111-222, `from(i)` writing the i-th. */
const numberedThread = (n: number, from: (i: number) => 'me' | 'them') => ({
  '111-222': Array.from({ length: n }, (_, i) => ({ from: from(i), text: `m${i}` })),
});

const ONGOING = [
  { from: 'them', text: 'Hey! Saw your post about the trail race 🏃‍♀️' },
  { from: 'me', text: 'Yes! Are you running it too?' },
  { from: 'them', text: 'Thinking about it.\nHow hilly is it, really?' },
  { from: 'me', text: 'About 1,200 m of climbing. Manageable with a few hill sessions.' },
];

describe('readConversation: Chat', () => {
  it.each(['/i/chat/111-222', '/i/chat/111-222?shadow=0'])('reads %s', (path) => {
    const s = open(path);
    expect(s.conversationId).toBe('111-222');
    expect(s.recipient).toEqual({
      handle: 'alice',
      name: 'Alice Runner',
      bio: 'Marathoner & trail racer. Coaching beginners from couch to 42k. Powered by coffee.',
    });
    // The time span (10:42) is not part of the text; direction from the row class only.
    expect(s.messages).toEqual(ONGOING);
  });

  it('reads a customer-initiated thread (recipient wrote first, asking)', () => {
    const s = open('/i/chat/333-444');
    expect(s.recipient.handle).toBe('bob');
    expect(s.recipient.name).toBe('Bob Buyer');
    expect(s.messages).toEqual([
      { from: 'them', text: "Hi, my order #4412 hasn't arrived, can you check?" },
      { from: 'them', text: 'It was supposed to come on Monday.' },
    ]);
  });

  it('reads a cold thread as no messages', () => {
    const s = open('/i/chat/111-222?thread=cold');
    expect(s.messages).toEqual([]);
    expect(s.recipient.handle).toBe('alice');
  });

  it('picks up a sent message as mine, last', () => {
    const url = loadFakeX('/i/chat/333-444');
    fakeX().setChatDraft('Sorry about that! Checking now.');
    chatRoot().querySelector<HTMLElement>('[data-testid="dm-composer-send-button"]')!.click();
    const s = readConversation(findComposers(document)[0]!, url);
    expect(s.messages.at(-1)).toEqual({ from: 'me', text: 'Sorry about that! Checking now.' });
  });

  it('ignores justify-end on the timestamp of a received message', () => {
    const s = open('/i/chat/111-222');
    const them = chatRoot().querySelectorAll('.justify-start [aria-hidden="true"].justify-end');
    expect(them.length).toBeGreaterThan(0);
    expect(s.messages[0]?.from).toBe('them');
  });

  it('honours an in-page thread config and caps at the last 200 messages', () => {
    const threads = numberedThread(230, (i) => (i % 2 ? 'me' : 'them'));
    const s = open('/i/chat/111-222', { threads });
    expect(s.messages).toHaveLength(MAX_MESSAGES);
    expect(s.messages[0]?.text).toBe('m30');
    expect(s.messages.at(-1)).toEqual({ from: 'me', text: 'm229' });
  });

  it('reads the newest messages of a long history (walked back from the end)', () => {
    const threads = numberedThread(1_000, (i) => (i % 3 ? 'them' : 'me'));
    const s = open('/i/chat/111-222', { threads });
    expect(s.messages).toHaveLength(MAX_MESSAGES);
    expect(s.messages.map((m) => m.text)).toEqual(
      Array.from({ length: MAX_MESSAGES }, (_, i) => `m${800 + i}`),
    );
    expect(s.messages.at(-1)).toEqual({ from: 'me', text: 'm999' });
  });

  it('recipient can be switched by query', () => {
    const s = open('/i/chat/111-222?to=bob&thread=ongoing');
    expect(s.recipient.handle).toBe('bob');
    expect(s.messages).toHaveLength(4);
  });

  it('degrades to partial data when the header is missing', () => {
    const url = loadFakeX('/i/chat/111-222');
    chatRoot().querySelector('[data-testid="dm-conversation-header"]')!.remove();
    const s = readConversation(findComposers(document)[0]!, url);
    expect(s.recipient.handle).toBe('alice'); // from the start-of-thread block
    expect(s.messages).toHaveLength(4);
  });
});

describe('readConversation: legacy', () => {
  it('reads the legacy page', () => {
    const s = open('/messages/111-222');
    expect(s.conversationId).toBe('111-222');
    expect(s.recipient).toEqual({
      handle: 'alice',
      name: 'Alice Runner',
      bio: 'Marathoner & trail racer. Coaching beginners from couch to 42k. Powered by coffee.',
    });
    expect(s.messages).toEqual(ONGOING);
  });

  it('does not take the recipient from inbox rows', () => {
    const s = open('/messages/333-444');
    expect(s.recipient.handle).toBe('bob');
    expect(s.messages[0]).toEqual({
      from: 'them',
      text: "Hi, my order #4412 hasn't arrived, can you check?",
    });
  });

  it('reads the drawer (no conversation id in the URL)', () => {
    const s = open('/home');
    expect(s.conversationId).toBeNull();
    expect(s.recipient.handle).toBe('alice');
    expect(s.recipient.name).toBe('Alice Runner');
    expect(s.messages).toEqual(ONGOING);
  });

  it('reads a legacy send as mine', () => {
    const url = loadFakeX('/messages/111-222');
    fakeX().setDraft('See you at the start line');
    document.querySelector<HTMLElement>('[data-testid="dmComposerSendButton"]')!.click();
    const s = readConversation(findComposers(document)[0]!, url);
    expect(s.messages.at(-1)).toEqual({ from: 'me', text: 'See you at the start line' });
  });

  it('never throws on a detached composer', () => {
    const editor = document.createElement('textarea');
    const c: ComposerHandle = {
      surface: 'chat',
      editor,
      root: document,
      anchor: editor,
      readDraft: () => '',
      findSendButton: () => null,
      send: () => undefined,
      focusEnd: () => undefined,
    };
    loadFakeX('/blank');
    expect(readConversation(c, new URL('https://x.com/i/chat/1-2'))).toEqual({
      conversationId: '1-2',
      recipient: {},
      messages: [],
    });
  });
});
