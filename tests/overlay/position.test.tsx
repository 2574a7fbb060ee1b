// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { createPageChanges } from '../../src/overlay/page-changes';
import { useAnchorBox } from '../../src/overlay/position';

const changes = createPageChanges();

function Probe({ anchor }: { anchor: HTMLElement }) {
  const box = useAnchorBox(anchor, changes);
  return <span>{box ? 'placed' : 'none'}</span>;
}

describe('useAnchorBox', () => {
  it('lets go quietly when its window is gone before Preact runs the cleanup', async () => {
    const a = document.createElement('form');
    const b = document.createElement('form');
    document.body.append(a, b);
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    const root = document.createElement('div');
    render(<Probe anchor={a} />, root);
    await new Promise((r) => setTimeout(r, 60));
    // A new anchor schedules the old listeners' cleanup for after the next frame; by then a
    // torn-down test window (or a closed frame) has lost its methods.
    render(<Probe anchor={b} />, root);
    const remove = window.removeEventListener;
    (window as { removeEventListener?: unknown }).removeEventListener = undefined;
    try {
      await new Promise((r) => setTimeout(r, 60));
    } finally {
      window.removeEventListener = remove;
      process.off('uncaughtException', onError);
      render(null, root);
      a.remove();
      b.remove();
    }
    expect(errors).toEqual([]);
  });
});
