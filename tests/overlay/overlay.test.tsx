// @vitest-environment jsdom
/**
 * Worthy's overlay as the content script drives it: the always-loaded side (content/overlay-host.ts:
 * shadow host, warning) with the injected badge-and-card script (overlay/index.tsx) mounted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OverlayHost } from '../../src/content/overlay-host';
import { mountUi } from '../../src/overlay/index';
import type { BadgeModel } from '../../src/overlay/model';
import type { MountUi } from '../../src/overlay/port';
import { makeVerdict } from './verdict-fixture';

const tick = () => new Promise((r) => setTimeout(r, 40));
const until = <T,>(fn: () => T) =>
  vi.waitFor(
    () => {
      const v = fn();
      if (!v) throw new Error('not yet');
      return v;
    },
    { timeout: 3000, interval: 10 },
  );

let overlay: OverlayHost;
let anchor: HTMLElement;
let load: () => Promise<MountUi | undefined>;

beforeEach(() => {
  anchor = document.createElement('form');
  anchor.getBoundingClientRect = () =>
    ({
      top: 600,
      left: 100,
      right: 700,
      bottom: 660,
      width: 600,
      height: 60,
      x: 100,
      y: 600,
      toJSON() {},
    }) as DOMRect;
  document.body.append(anchor);
  // X's dark theme: the overlay reads it from the page.
  document.body.style.backgroundColor = 'rgb(0, 0, 0)';
  load = vi.fn(async () => mountUi);
  overlay = new OverlayHost(document, () => load());
  overlay.prepare();
});

afterEach(() => {
  overlay.destroy();
  anchor.remove();
  document.body.style.backgroundColor = '';
});

const hostEl = () => document.querySelector<HTMLElement>('worthy-overlay')!;
const shadow = () => hostEl().shadowRoot!;
const badgeEl = () => shadow().querySelector<HTMLButtonElement>('[data-worthy="badge"]');
const live = () => shadow().querySelector('[aria-live="polite"]')!.textContent;
const badge = (over: Partial<BadgeModel> = {}): BadgeModel => ({
  anchor,
  state: 'ready',
  verdict: makeVerdict(),
  draft: 'hello',
  gate: 'hold',
  ...over,
});

describe('the overlay', () => {
  it('adds nothing to the page until something is shown', async () => {
    await tick();
    expect(load).toHaveBeenCalledTimes(1);
    expect(document.querySelector('worthy-overlay')).toBeNull();
  });

  it('lives in its own shadow root on <html>, outside the page body', async () => {
    overlay.setBadge(badge());
    await until(badgeEl);
    expect(hostEl().parentNode).toBe(document.documentElement);
    expect(hostEl().getAttribute('style')).toContain('z-index: 2147483646');
    const css = [...shadow().querySelectorAll('style')].map((st) => st.textContent).join('\n');
    expect(css).toContain('prefers-reduced-motion');
    expect(shadow().querySelector('.w')?.getAttribute('data-theme')).toBe('dark');
  });

  it('places the badge just above the composer and follows theme changes', async () => {
    overlay.setBadge(badge());
    const b = await until(() => {
      const el = badgeEl();
      return el?.dataset.placed === 'true' ? el : null;
    });
    // jsdom has no layout: the badge measures 0 px high, so it sits 4 px above the composer.
    expect(b.style.top).toBe(`${600 - 4}px`);
    expect(b.style.left).toBe(`${100 + 8}px`);
    document.body.style.backgroundColor = 'rgb(21, 32, 43)';
    overlay.pageChanged();
    await until(() => shadow().querySelectorAll('.w[data-theme="dim"]').length === 2);
  });

  it('opens the card on click; Escape closes it and focus returns to the badge', async () => {
    overlay.setBadge(badge());
    (await until(badgeEl)).click();
    const card = await until(() => shadow().querySelector<HTMLElement>('[role="dialog"]'));
    expect(badgeEl()!.getAttribute('aria-expanded')).toBe('true');
    expect(shadow().activeElement).toBe(card);
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => !shadow().querySelector('[role="dialog"]'));
    expect(shadow().activeElement).toBe(badgeEl());
  });

  it('closes the card behind a warning; "Show details" reopens it with the ledger, focus left alone', async () => {
    overlay.setBadge(badge({ recipient: { name: 'Alice' } }));
    (await until(badgeEl)).click();
    await until(() => shadow().querySelector('[data-worthy="card"]'));
    const choice = overlay.warn(makeVerdict(), 'hold');
    const warning = await until(() => shadow().querySelector('[role="alertdialog"]'));
    expect(shadow().querySelector('[data-worthy="card"]')).toBeNull();
    expect(warning.textContent).toContain('Worthy held your message to Alice');
    const details = Array.from(shadow().querySelectorAll('button')).find(
      (b) => b.textContent === 'Show details',
    )!;
    details.click();
    await expect(choice).resolves.toBe('edit');
    const card = await until(() => shadow().querySelector<HTMLElement>('[data-worthy="card"]'));
    expect(card.querySelector('[aria-expanded="true"]')?.textContent).toBe('Hide details');
    expect(shadow().activeElement).not.toBe(card);
  });

  it('announces only when the verdict kind changes', async () => {
    overlay.setBadge(badge({ state: 'pending', verdict: null }));
    await tick();
    expect(live()).toBe('');
    overlay.setBadge(badge());
    await until(() => live() === 'Worthy: Not worth sending');
    // Same kind, new numbers (another keystroke): nothing new to say.
    const seen: string[] = [];
    const mo = new MutationObserver(() => seen.push(live() ?? ''));
    mo.observe(shadow().querySelector('[aria-live]')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    overlay.setBadge(badge({ verdict: makeVerdict({ score: 30, spam: 0.7 }) }));
    overlay.setBadge(badge({ state: 'pending' }));
    await tick();
    expect(seen).toEqual([]);
    overlay.setBadge(badge({ verdict: makeVerdict({ verdict: 'send', score: 80, spam: 0.1 }) }));
    await until(() => live() === 'Worthy: Worth sending');
    expect(seen.at(-1)).toBe('Worthy: Worth sending');
    mo.disconnect();
  });

  it('stops key events inside the overlay from reaching the page', async () => {
    overlay.setBadge(badge());
    await until(badgeEl);
    let reached = 0;
    const onKey = () => reached++;
    document.addEventListener('keydown', onKey);
    badgeEl()!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }),
    );
    document.removeEventListener('keydown', onKey);
    expect(reached).toBe(0);
  });

  it('resolves the warning once with the choice', async () => {
    const choice = overlay.warn(makeVerdict(), 'hold');
    expect(overlay.warningOpen()).toBe(true);
    const edit = await until(() =>
      Array.from(shadow().querySelectorAll('button')).find((b) => b.textContent === 'Edit message'),
    );
    expect(shadow().activeElement).toBe(edit);
    edit.click();
    await expect(choice).resolves.toBe('edit');
    await until(() => !shadow().querySelector('[role="alertdialog"]'));
  });

  it('releases a held send as "edit" when the page removes the overlay host', async () => {
    const choice = overlay.warn(makeVerdict(), 'hold');
    expect(overlay.warningOpen()).toBe(true);
    hostEl().remove();
    await expect(choice).resolves.toBe('edit');
    expect(overlay.warningOpen()).toBe(false);
  });

  it('cancelWarning() closes an open warning as "edit"', async () => {
    const choice = overlay.warn(makeVerdict(), 'hold');
    overlay.cancelWarning();
    await expect(choice).resolves.toBe('edit');
  });
});

describe('before the badge-and-card script is here', () => {
  let arrive: (mount: MountUi | undefined) => void;

  beforeEach(() => {
    overlay.destroy();
    load = () =>
      new Promise((resolve) => {
        arrive = resolve;
      });
    overlay = new OverlayHost(document, () => load());
    overlay.prepare();
  });

  it('warns at once, and "Show details" opens the ledger once the card arrives', async () => {
    overlay.setBadge(badge({ recipient: { name: 'Alice' } }));
    const choice = overlay.warn(makeVerdict(), 'hold');
    const w = await until(() => shadow().querySelector('[role="alertdialog"]'));
    expect(w.textContent).toContain('Worthy held your message to Alice');
    expect(badgeEl()).toBeNull();
    Array.from(shadow().querySelectorAll('button'))
      .find((b) => b.textContent === 'Show details')!
      .click();
    await expect(choice).resolves.toBe('edit');
    arrive(mountUi);
    const card = await until(() => shadow().querySelector<HTMLElement>('[data-worthy="card"]'));
    expect(card.querySelector('[aria-expanded="true"]')?.textContent).toBe('Hide details');
    expect(badgeEl()?.dataset.verdict).toBe('hold');
  });

  it('shows no badge when the script never comes, and asks again only later', async () => {
    let asked = 1;
    const first = load;
    load = () => {
      asked++;
      return first();
    };
    arrive(undefined);
    await tick();
    overlay.setBadge(badge());
    overlay.prepare();
    await tick();
    expect(asked).toBe(1);
    expect(document.querySelector('worthy-overlay')).toBeNull();
  });
});
