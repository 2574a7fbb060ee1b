// @vitest-environment jsdom
/** The small DOM builder of the always-loaded warning: text stays text. */
import { describe, expect, it } from 'vitest';
import { builder } from '../../src/overlay/dom';

describe('builder', () => {
  const h = builder(document);

  it('sets attributes and skips empty ones', () => {
    const el = h('button', {
      type: 'button',
      hidden: true,
      disabled: false,
      title: null,
      tabindex: 0,
    });
    expect(el.outerHTML).toBe('<button type="button" hidden="" tabindex="0"></button>');
  });

  it('appends children as nodes or text, never as markup', () => {
    const el = h('p', {}, 'Hi ', h('b', {}, '<img src=x onerror=alert(1)>'), null, false, 3);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toBe('Hi <img src=x onerror=alert(1)>3');
  });

  it('builds SVG in the SVG namespace', () => {
    const svg = h.svg('svg', { viewBox: '0 0 16 16' }, h.svg('path', { d: 'M0 0h16' }));
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.firstElementChild?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });
});
