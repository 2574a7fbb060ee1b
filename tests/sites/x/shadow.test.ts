// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatShadowRoots } from '../../../src/sites/x/shadow.ts';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

/** The Chat host with `rows` message rows, optionally a nested root after them. */
function chat(rows: number, nestedAfter = false): ShadowRoot {
  const host = document.createElement('div');
  host.setAttribute('data-testid', 'xchatEmbedRoute');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const list = document.createElement('ul');
  for (let i = 0; i < rows; i++) list.append(document.createElement('li'));
  root.append(list);
  if (nestedAfter) root.append(hoverCard());
  return root;
}

function hoverCard(): HTMLElement {
  const card = document.createElement('div');
  card.attachShadow({ mode: 'open' }).append(document.createElement('span'));
  return card;
}

describe('Chat shadow roots', () => {
  it('finds the Chat root and a root nested in it', () => {
    const root = chat(10, true);
    const roots = chatShadowRoots(document);
    expect(roots[0]).toBe(root);
    expect(roots).toHaveLength(2);
  });

  it('walks a bounded number of elements: a root past 5,000 rows is not looked for', () => {
    chat(6_000, true);
    expect(chatShadowRoots(document)).toHaveLength(1);
  });

  it('looks for nested roots at most once a second per root', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const root = chat(10);
    expect(chatShadowRoots(document)).toHaveLength(1);
    root.append(hoverCard());
    expect(chatShadowRoots(document)).toHaveLength(1);
    vi.advanceTimersByTime(1_001);
    expect(chatShadowRoots(document)).toHaveLength(2);
  });

  it('forgets a nested root whose host left the page', () => {
    const root = chat(10, true);
    expect(chatShadowRoots(document)).toHaveLength(2);
    root.lastElementChild?.remove();
    expect(chatShadowRoots(document)).toHaveLength(1);
  });
});
