// @vitest-environment jsdom
/**
 * The composer search after a page change (sites/x/composer-finder.ts): the whole page only when
 * what was added may hold a composer, a known one left, or what changed is not known.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findComposers } from '../../../src/sites/x/composer.ts';
import { ComposerFinder, mayHoldComposer } from '../../../src/sites/x/composer-finder.ts';
import { type Added, observePage } from '../../../src/sites/x/observe.ts';
import { chatRoot, loadFakeX, nextFrame } from './fake-x.ts';

afterEach(() => vi.restoreAllMocks());

/** Counts the searches of the whole Chat shadow root (every search root is searched in turn). */
const spySearches = () => vi.spyOn(chatRoot(), 'querySelectorAll');

describe('mayHoldComposer', () => {
  it('is true for an editor or a subtree holding one, false for a message row', () => {
    loadFakeX('/i/chat/111-222');
    const textarea = chatRoot().querySelector('textarea')!;
    expect(mayHoldComposer(textarea)).toBe(true);
    expect(mayHoldComposer(textarea.closest('form')!)).toBe(true);
    expect(mayHoldComposer(document.createElement('li'))).toBe(false);
    loadFakeX('/messages/111-222');
    const legacy = findComposers(document)[0]!.editor;
    expect(mayHoldComposer(legacy)).toBe(true);
  });
});

describe('ComposerFinder', () => {
  it('finds what findComposers finds, and does not search again for added message rows', () => {
    loadFakeX('/i/chat/111-222');
    const finder = new ComposerFinder(document);
    const first = finder.find(null);
    expect(first.map((c) => c.editor)).toEqual(findComposers(document).map((c) => c.editor));
    const searches = spySearches();
    const ul = chatRoot().querySelector('[data-testid="dm-message-list"] ul')!;
    const li = ul.appendChild(document.createElement('li'));
    const again = finder.find([li]);
    expect(again.map((c) => c.editor)).toEqual(first.map((c) => c.editor));
    expect(searches).not.toHaveBeenCalled();
  });

  it('searches again when the addition holds a composer, one left, or nothing is known', () => {
    loadFakeX('/i/chat/111-222');
    const finder = new ComposerFinder(document);
    const [c] = finder.find(null);
    const searches = spySearches();
    // X re-mounts the form: the new editor arrives in what was added.
    const form = c!.editor.closest('form')!;
    const copy = form.cloneNode(true) as HTMLElement;
    form.replaceWith(copy);
    const found = finder.find([copy]);
    expect(searches).toHaveBeenCalled();
    expect(found[0]?.editor).toBe(copy.querySelector('textarea'));
    // Removed without a replacement reported: the known editor left the page.
    searches.mockClear();
    copy.remove();
    expect(finder.find([])).toEqual([]);
    expect(searches).toHaveBeenCalled();
    searches.mockClear();
    finder.find(null);
    expect(searches).toHaveBeenCalled();
  });

  it('asks each time whether a Chat composer is usable (text with no Send: stand aside)', () => {
    loadFakeX('/i/chat/111-222');
    const finder = new ComposerFinder(document);
    const [c] = finder.find(null);
    expect(c).toBeDefined();
    // Text typed, and X's Send gone under a name Worthy does not know: nothing was added.
    (c!.editor as HTMLTextAreaElement).value = 'hello';
    for (let b = c!.findSendButton(); b; b = c!.findSendButton()) b.remove();
    expect(finder.find([])).toEqual([]);
    (c!.editor as HTMLTextAreaElement).value = '';
    expect(finder.find([]).map((k) => k.editor)).toEqual([c!.editor]);
  });

  it("finds a legacy editor made editable in place, from the observer's own report", async () => {
    loadFakeX('/messages/111-222');
    const editor = findComposers(document)[0]!.editor;
    // Found only by the fallback (an editable element in the input container) once editable.
    editor.removeAttribute('data-testid');
    editor.setAttribute('contenteditable', 'false');
    const finder = new ComposerFinder(document);
    expect(finder.find(null)).toHaveLength(0);
    const ac = new AbortController();
    const reports: Added[] = [];
    observePage(document, (_reason, added) => reports.push(added), ac.signal);
    try {
      editor.setAttribute('contenteditable', 'true');
      await nextFrame();
      expect(reports).toHaveLength(1);
      expect(finder.find(reports[0]).map((c) => c.editor)).toEqual([editor]);
    } finally {
      ac.abort();
    }
  });
});
