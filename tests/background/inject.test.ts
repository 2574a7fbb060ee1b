/** The overlay script is injected into the asking frame only, and is always the packaged file. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { injectUi, UI_SCRIPT_PATH } from '../../src/background/inject';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('injectUi', () => {
  it('runs the one packaged overlay file in the frame that asked', async () => {
    const executeScript = vi.fn(async () => []);
    vi.stubGlobal('chrome', { scripting: { executeScript } });
    await injectUi(7, 3);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [UI_SCRIPT_PATH],
    });
  });

  it('lets a failed injection reach the caller (the content script goes on without the card)', async () => {
    vi.stubGlobal('chrome', {
      scripting: { executeScript: vi.fn(async () => Promise.reject(new Error('no host access'))) },
    });
    await expect(injectUi(1, 0)).rejects.toThrow('no host access');
  });
});
