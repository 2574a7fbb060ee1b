// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { freeSpace } from '../../src/overlay/room';

const rect = (left: number, top: number, width: number, height: number) =>
  ({
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
    x: left,
    y: top,
    toJSON() {},
  }) as DOMRect;

function el(tag: string, r: DOMRect, parent: Element = document.body): HTMLElement {
  const e = document.createElement(tag);
  e.getBoundingClientRect = () => r;
  parent.append(e);
  return e;
}

afterEach(() => {
  document.body.replaceChildren();
  delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
});

describe('freeSpace', () => {
  it('treats bubbles and buttons as taken, wide rows and Worthy’s own host as free', () => {
    const composer = el('form', rect(0, 600, 600, 40));
    const row = el('li', rect(0, 540, 590, 50));
    const bubble = el('div', rect(10, 545, 300, 40), row);
    const ours = el('worthy-overlay', rect(0, 0, 0, 0));
    const hits = (x: number, y: number): Element[] => {
      const under = y >= 545 && y <= 585 && x >= 10 && x <= 310 ? [bubble, row] : [row];
      return x < 120 && y > 570 ? [ours, ...under] : under;
    };
    (document as { elementsFromPoint?: unknown }).elementsFromPoint = hits;
    const free = freeSpace(composer, ours);
    expect(free({ left: 8, top: 570, right: 178, bottom: 596 })).toBe(false);
    expect(free({ left: 400, top: 570, right: 570, bottom: 596 })).toBe(true);
  });

  it('counts the composer itself as taken and answers "free" where hit testing is missing', () => {
    const composer = el('form', rect(0, 600, 600, 40));
    const ours = el('worthy-overlay', rect(0, 0, 0, 0));
    expect(freeSpace(composer, ours)({ left: 0, top: 600, right: 100, bottom: 620 })).toBe(true);
    (document as { elementsFromPoint?: unknown }).elementsFromPoint = () => [composer];
    expect(freeSpace(composer, ours)({ left: 0, top: 600, right: 100, bottom: 620 })).toBe(false);
  });
});
