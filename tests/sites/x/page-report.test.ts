// @vitest-environment jsdom
/**
 * "Copy page diagnostics": the selectors that matched and the skeleton around the composer, with
 * nothing of the person's: no draft, names, handles, message text or ids.
 */
import { describe, expect, it } from 'vitest';
import { pageReport } from '../../../src/sites/x/page-report.ts';
import { type PageWords, safeTestId } from '../../../src/sites/x/privacy.ts';
import { allEntries, NOT_SELECTORS, namedSelectors } from '../../../src/sites/x/selector-list.ts';
import { chatRoot, fakeX, loadFakeX } from './fake-x.ts';

const DRAFT = 'Zebulon quartzite marmalade, see you Thursday at 7pm';
/** Everything of the person's on the fixture pages that a report must never contain. */
const PRIVATE = [
  'Alice',
  'Runner',
  'alice',
  'Zebulon',
  'quartzite',
  'marmalade',
  'hilly',
  'trail race',
  'Marathoner',
  '111',
  '222',
  '1,200',
  '10:42',
];

function wordsIn(report: string): Set<string> {
  return new Set(report.match(/[\p{L}\p{N}]+/gu) ?? []);
}

function expectNothingPrivate(report: string): void {
  const words = wordsIn(report);
  for (const p of PRIVATE) {
    if (/\s/.test(p)) expect(report).not.toContain(p);
    else expect(words.has(p), `"${p}" in the report`).toBe(false);
  }
  // No id-like run of digits and no UUID fragment survives.
  expect(report).not.toMatch(/\d{3,}/);
  expect(report).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/i);
}

describe('page report', () => {
  it('on a Chat page with a draft, names and messages: selectors and skeleton, nothing private', () => {
    const url = loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft(DRAFT);
    const report = pageReport(document, url, '0.1.0');
    expect(report).toContain('Worthy 0.1.0 page diagnostics');
    expect(report).toMatch(
      /^\s+1\s+CHAT\.composerTextarea\s+\[data-testid="dm-composer-textarea"\]$/m,
    );
    expect(report).toMatch(/^\s+\d+\s+SHADOW_HOSTS\.embedRoute/m);
    expect(report).toContain('#shadow-root');
    expect(report).toContain('[testid=dm-composer-form]');
    expect(report).toMatch(
      /textarea\[testid=dm-composer-textarea\]\[aria-label\].*← the message box/,
    );
    // Rows keep X's word and lose their id.
    expect(report).toContain('[testid=message-*]');
    expect(report).toContain('[testid=dm-conversation-item-*]');
    expectNothingPrivate(report);
    // The draft really was in the page.
    expect(chatRoot().querySelector('textarea')?.value).toBe(DRAFT);
  });

  it('on a page whose test ids X renamed: still a skeleton around the message box', () => {
    const url = loadFakeX('/i/chat/111-222?broken=1');
    fakeX().setChatDraft(DRAFT);
    const report = pageReport(document, url, '0.1.0');
    expect(report).toContain('found: message box no');
    expect(report).toMatch(/^\s+0\s+CHAT\.composerTextarea/m);
    expect(report).toMatch(/textarea\[aria-label\]\s+← the message box/);
    expectNothingPrivate(report);
  });

  it('on the legacy page (light DOM, Draft.js editor)', () => {
    const url = loadFakeX('/messages/111-222?drawer=0');
    fakeX().setDraft(DRAFT, 'legacy-page');
    const report = pageReport(document, url, '0.1.0');
    expect(report).toMatch(/\[testid=dmComposerTextInput\]\[contenteditable\]/);
    expectNothingPrivate(report);
  });
});

describe('test ids', () => {
  const words = (shown: string[], handles: string[] = []): PageWords => ({
    shown: new Set(shown),
    handles: new Set(handles),
  });

  it('keep X words and drop ids, numbers, handles and words the page shows', () => {
    const w = words(['marmalade', 'message'], ['alice']);
    expect(safeTestId('message-aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', w)).toBe('message-*');
    expect(safeTestId('dm-conversation-item-111:222', w)).toBe('dm-conversation-item-*');
    expect(safeTestId('UserAvatar-Container-alice', w)).toBe('UserAvatar-Container-*');
    expect(safeTestId('cell-marmalade', w)).toBe('cell-*');
    expect(safeTestId('deadbeefcafe-row', w)).toBe('*-row');
    expect(safeTestId('dmComposerSendButton', w)).toBe('dmComposerSendButton');
  });
});

describe('the selector list', () => {
  it('reads every selector of selectors.ts; every other entry is named as not a selector', () => {
    const names = new Set(namedSelectors().map((s) => s.name));
    expect(names.has('CHAT.composerTextarea')).toBe(true);
    expect(names.has('LEGACY.composerInput')).toBe(true);
    for (const e of allEntries()) {
      const base = e.name.replace(/\[\d+\]$/, '');
      if (NOT_SELECTORS.has(base)) continue;
      expect(() => document.querySelector(e.value), e.name).not.toThrow();
    }
    const declared = new Set(allEntries().map((e) => e.name.replace(/\[\d+\]$/, '')));
    for (const n of NOT_SELECTORS) expect(declared.has(n), n).toBe(true);
  });
});
