/** The injected overlay script and the always-loaded script meet on the isolated world's global. */
import { afterEach, describe, expect, it } from 'vitest';
import { type MountUi, offeredUi, offerUi } from '../../src/overlay/port';

const KEY = Symbol.for('worthy.overlay-ui');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
});

describe('overlay port', () => {
  it('has nothing on offer until the overlay script ran', () => {
    expect(offeredUi()).toBeUndefined();
  });

  it('hands over what the overlay script offered, under a registry symbol', () => {
    const mount = (() => ({})) as unknown as MountUi;
    offerUi(mount);
    expect(offeredUi()).toBe(mount);
    // A symbol from the global registry: both bundles reach the same slot without sharing code.
    expect((globalThis as Record<symbol, unknown>)[KEY]).toBe(mount);
  });
});
