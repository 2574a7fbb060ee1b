// @vitest-environment jsdom
/**
 * Issue 12: `vitest run` exited 1 on "cancelAnimationFrame is not defined" after a file's
 * teardown: preact's after-paint effects raced requestAnimationFrame with a timeout that outlived
 * jsdom. The setup file schedules them with a plain timeout; this keeps it that way.
 */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());

it('runs effects without requestAnimationFrame, so nothing outlives a test file', async () => {
  const raf = vi.spyOn(globalThis, 'requestAnimationFrame');
  const ran = vi.fn();
  function WithEffect() {
    useEffect(() => ran(), []);
    return <p>hi</p>;
  }
  // preact's own render, not testing-library's (its act() swaps the scheduler while it runs).
  const root = document.createElement('div');
  render(<WithEffect />, root);
  await vi.waitFor(() => expect(ran).toHaveBeenCalledOnce());
  render(null, root);
  expect(raf).not.toHaveBeenCalled();
});
