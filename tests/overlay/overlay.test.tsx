// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay, type Overlay } from '../../src/overlay/index';
import type { BadgeModel } from '../../src/overlay/model';
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

let overlay: Overlay;
let anchor: HTMLElement;

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
  overlay = mountOverlay(document, 'dark');
});

afterEach(() => {
  overlay.destroy();
  anchor.remove();
});

const shadow = () => overlay.host.shadowRoot!;
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

describe('mountOverlay', () => {
  it('lives in its own shadow root on <html>, outside the page body', () => {
    expect(overlay.host.parentNode).toBe(document.documentElement);
    expect(overlay.host.getAttribute('style')).toContain('z-index: 2147483646');
    expect(shadow().querySelector('style')?.textContent).toContain('prefers-reduced-motion');
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
    overlay.setTheme('dim');
    await until(() => shadow().querySelector('.w[data-theme="dim"]'));
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
    overlay.host.remove();
    await expect(choice).resolves.toBe('edit');
    expect(overlay.warningOpen()).toBe(false);
  });

  it('cancelWarning() closes an open warning as "edit"', async () => {
    const choice = overlay.warn(makeVerdict(), 'hold');
    overlay.cancelWarning();
    await expect(choice).resolves.toBe('edit');
  });
});
