// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { type Added, MAX_ADDED, observePage } from '../../../src/sites/x/observe.ts';
import { chatRoot, fakeX, loadFakeX, nextFrame } from './fake-x.ts';

const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
let ac = new AbortController();
afterEach(() => ac.abort());

function watch() {
  ac = new AbortController();
  const reasons: string[] = [];
  observePage(document, (r) => reasons.push(r), ac.signal);
  return reasons;
}

describe('observePage', () => {
  it('fires once per frame for a burst of document mutations', async () => {
    loadFakeX('/alice');
    const reasons = watch();
    for (let i = 0; i < 50; i++) document.body.appendChild(document.createElement('div'));
    await nextFrame();
    expect(reasons).toEqual(['mutation']);
  });

  it('fires on mutations inside the Chat shadow root', async () => {
    loadFakeX('/i/chat/111-222');
    const reasons = watch();
    const ul = chatRoot().querySelector('[data-testid="dm-message-list"] ul')!;
    ul.appendChild(document.createElement('li'));
    await nextFrame();
    expect(reasons).toEqual(['shadow-mutation']);
  });

  it('starts observing a shadow root that appears later (host added, content mounted after)', async () => {
    loadFakeX('/blank');
    const reasons = watch();
    fakeX().navigate('/i/chat/111-222?delay=30');
    await nextFrame();
    expect(reasons).toEqual(['navigation']);
    await wait(60);
    await nextFrame();
    // The delayed mount happened only inside the shadow root.
    expect(reasons).toEqual(['navigation', 'shadow-mutation']);
    expect(chatRoot().querySelector('[data-testid="dm-composer-textarea"]')).not.toBeNull();
  });

  it('attaches to a shadow root attached to an existing host (no mutation record)', async () => {
    loadFakeX('/blank');
    const reasons = watch();
    const host = document.createElement('div');
    host.setAttribute('data-testid', 'xchatEmbedRoute');
    document.body.appendChild(host);
    await nextFrame();
    expect(reasons).toEqual(['mutation']);
    const sr = host.attachShadow({ mode: 'open' });
    await wait(300); // recheck timer
    sr.appendChild(document.createElement('div'));
    await nextFrame();
    expect(reasons.slice(1)).toContain('shadow-mutation');
    host.remove();
  });

  it('reports pushState navigation (profile → chat via the Message button)', async () => {
    loadFakeX('/alice');
    const reasons = watch();
    document.querySelector<HTMLElement>('[data-testid="sendDMFromProfile"]')!.click();
    await nextFrame();
    expect(location.pathname).toBe('/i/chat/111-222');
    expect(reasons).toEqual(['navigation']);
  });

  it('reports popstate', async () => {
    loadFakeX('/alice');
    fakeX().navigate('/bob');
    const reasons = watch();
    history.back();
    await wait(50);
    await nextFrame();
    expect(reasons).toContain('navigation');
  });

  it('stops after abort', async () => {
    loadFakeX('/i/chat/111-222');
    const reasons = watch();
    ac.abort();
    document.body.appendChild(document.createElement('div'));
    chatRoot().appendChild(document.createElement('div'));
    fakeX().navigate('/alice');
    await wait(150);
    expect(reasons).toEqual([]);
  });

  it('does nothing when the signal is already aborted', async () => {
    loadFakeX('/alice');
    const done = new AbortController();
    done.abort();
    const reasons: string[] = [];
    observePage(document, (r) => reasons.push(r), done.signal);
    document.body.appendChild(document.createElement('div'));
    await wait(150);
    expect(reasons).toEqual([]);
  });

  it('survives a throwing onChange', async () => {
    loadFakeX('/alice');
    ac = new AbortController();
    let calls = 0;
    const spy = console.error;
    console.error = () => {};
    observePage(
      document,
      () => {
        calls++;
        throw new Error('consumer bug');
      },
      ac.signal,
    );
    document.body.appendChild(document.createElement('div'));
    await nextFrame();
    document.body.appendChild(document.createElement('div'));
    await nextFrame();
    console.error = spy;
    expect(calls).toBe(2);
  });

  describe('what was added', () => {
    function record() {
      ac = new AbortController();
      const seen: { reason: string; added: Added }[] = [];
      observePage(document, (reason, added) => seen.push({ reason, added }), ac.signal);
      return seen;
    }

    it('lists the elements a batch added, a text node as its parent, in the shadow root too', async () => {
      loadFakeX('/i/chat/111-222');
      const seen = record();
      const ul = chatRoot().querySelector('[data-testid="dm-message-list"] ul')!;
      const li = document.createElement('li');
      ul.appendChild(li);
      const div = document.createElement('div');
      document.body.appendChild(div);
      const span = document.createElement('span');
      div.appendChild(span);
      span.appendChild(document.createTextNode('hi'));
      await nextFrame();
      expect(seen).toHaveLength(1);
      expect(new Set(seen[0]?.added)).toEqual(new Set([li, div, span]));
    });

    it('starts afresh after each report', async () => {
      loadFakeX('/alice');
      const seen = record();
      const a = document.body.appendChild(document.createElement('div'));
      await nextFrame();
      const b = document.body.appendChild(document.createElement('div'));
      await nextFrame();
      expect(seen.map((s) => s.added)).toEqual([[a], [b]]);
    });

    it('says "not known" past MAX_ADDED, on a navigation and for a shadow root seen first', async () => {
      loadFakeX('/alice');
      const seen = record();
      for (let i = 0; i <= MAX_ADDED; i++) document.body.appendChild(document.createElement('i'));
      await nextFrame();
      expect(seen.at(-1)?.added).toBeNull();
      document.querySelector<HTMLElement>('[data-testid="sendDMFromProfile"]')!.click();
      await nextFrame();
      expect(seen.at(-1)).toEqual({ reason: 'navigation', added: null });
      const host = document.createElement('div');
      host.setAttribute('data-testid', 'xchatEmbedRoute');
      host.attachShadow({ mode: 'open' }).appendChild(document.createElement('textarea'));
      document.body.appendChild(host);
      await nextFrame();
      // The root's content came before Worthy observed it: only a full search can find it.
      expect(seen.at(-1)?.added).toBeNull();
      host.remove();
    });

    it('lists an element made editable or given a test id in place, and nothing for typing', async () => {
      loadFakeX('/alice');
      const seen = record();
      const editor = document.body.appendChild(document.createElement('div'));
      editor.setAttribute('contenteditable', 'false');
      await nextFrame();
      const before = seen.length;
      editor.setAttribute('contenteditable', 'true');
      await nextFrame();
      expect(seen.slice(before).map((r) => r.added)).toEqual([[editor]]);
      const box = document.body.appendChild(document.createElement('div'));
      await nextFrame();
      const then = seen.length;
      box.setAttribute('data-testid', 'dmComposerTextInput');
      await nextFrame();
      expect(seen.slice(then).map((r) => r.added)).toEqual([[box]]);
      const reports = seen.length;
      editor.setAttribute('class', 'typing');
      editor.setAttribute('aria-label', 'Message');
      await nextFrame();
      expect(seen).toHaveLength(reports);
    });

    it('says "not known" when a shadow host is put back (its root may have gained a composer)', async () => {
      loadFakeX('/alice');
      const host = document.body.appendChild(document.createElement('div'));
      const root = host.attachShadow({ mode: 'open' });
      const seen = record();
      host.remove();
      root.appendChild(document.createElement('textarea'));
      await nextFrame();
      document.body.appendChild(host);
      await nextFrame();
      expect(seen.at(-1)?.added).toBeNull();
      host.remove();
    });
  });
});
