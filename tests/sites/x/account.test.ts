// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readAccount } from '../../../src/sites/x/account.ts';
import { loadFakeX } from './fake-x.ts';

describe('readAccount', () => {
  it('reads the signed-in account from the side navigation on every kind of page', () => {
    for (const path of ['/i/chat/111-222', '/messages/111-222', '/alice', '/home']) {
      const url = loadFakeX(`${path}?me=AcmeBrand`);
      expect(readAccount(document, url)).toBe('AcmeBrand');
    }
  });

  it('falls back to the account switcher, and to null when the page shows neither', () => {
    const url = loadFakeX('/blank?me=acme_support');
    document.querySelector('[data-testid="AppTabBar_Profile_Link"]')?.remove();
    const switcher = document.createElement('div');
    switcher.setAttribute('data-testid', 'SideNav_AccountSwitcher_Button');
    switcher.innerHTML = '<span>Acme Support</span><span>@acme_help</span>';
    document.body.append(switcher);
    expect(readAccount(document, url)).toBe('acme_help');
    switcher.remove();
    expect(readAccount(document, url)).toBeNull();
  });
});
