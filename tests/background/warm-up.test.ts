/**
 * What a woken worker loads, and in which order: nothing before a reply unless the request
 * scores, then the reads, the engine and the word vectors last, once.
 */
import { describe, expect, it, vi } from 'vitest';
import { warmUp } from '../../src/background/warm-up';

function parts() {
  const log: string[] = [];
  let finishEngine!: () => void;
  const engine = new Promise<void>((resolve) => {
    finishEngine = resolve;
  });
  return {
    log,
    finishEngine,
    parts: {
      startReads: () => log.push('reads'),
      loadEngine: () => {
        log.push('engine');
        return engine;
      },
      loadVectors: async () => {
        log.push('vectors');
      },
      onReady: () => log.push('ready'),
    },
  };
}

describe('warmUp', () => {
  it('starts the reads before a request that scores, and nothing before one that does not', () => {
    const p = parts();
    const warm = warmUp(p.parts);
    warm.beforeRequest(false);
    expect(p.log).toEqual([]);
    warm.beforeRequest(true);
    expect(p.log).toEqual(['reads']);
  });

  it('loads the rest once: the reads, the engine, then the vectors after the engine', async () => {
    const p = parts();
    const warm = warmUp(p.parts);
    warm.rest();
    warm.rest();
    expect(p.log).toEqual(['reads', 'engine']);
    await Promise.resolve();
    expect(p.log).toEqual(['reads', 'engine']); // the vectors wait for the engine
    p.finishEngine();
    await vi.waitFor(() => expect(p.log).toEqual(['reads', 'engine', 'vectors', 'ready']));
  });

  it('says so, and throws nothing, when the engine fails to load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const warm = warmUp({
      startReads: () => undefined,
      loadEngine: () => Promise.reject(new Error('boom')),
      loadVectors: async () => undefined,
      onReady: () => undefined,
    });
    warm.rest();
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith('[worthy] warming up failed:', expect.any(Error)),
    );
    warn.mockRestore();
  });
});
