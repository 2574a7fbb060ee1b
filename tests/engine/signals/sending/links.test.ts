import { describe, expect, test } from 'vitest';
import { coldLinkDetector, sameLinkDetector } from '../../../../src/engine/signals/sending/links';
import { linkHashes } from '../../../../src/engine/text/fingerprint';
import { analysis, ids, MIN, NOW } from './helpers';

const LINK_DRAFT =
  'Hey Dana, thought you would enjoy this write-up: https://blog.example.org/ai-tools?utm_source=dm';
const sentTo = (n: number, how: 'text' | 'links') =>
  Array.from({ length: n }, (_, i) => {
    const text = `Different words for person ${i}, number ${i} here: https://blog.example.org/ai-tools`;
    return how === 'text'
      ? { recipient: `p${i}`, text, at: NOW - i * MIN }
      : { recipient: `p${i}`, fingerprint: 'm1:', links: linkHashes(text), at: NOW - i * MIN };
  });

/** The old severity names of the hit's strength: 3 people low, 5 medium, 10 or more high. */
const LEVEL = (v: number) => (v >= 1 ? 'high' : v >= 0.6 ? 'medium' : 'low');

describe('same-link-many-recipients', () => {
  test.each([
    ['2 others (text)', null, sentTo(2, 'text')],
    ['3 others (text)', 'low', sentTo(3, 'text')],
    ['5 others (stored hashes)', 'medium', sentTo(5, 'links')],
    ['12 others (stored hashes)', 'high', sentTo(12, 'links')],
    [
      '12 sends to the same person',
      null,
      sentTo(12, 'text').map((e) => ({ ...e, recipient: 'dana' })),
    ],
  ])('%s → %s', (_, severity, history) => {
    const f = sameLinkDetector.run(
      analysis({ draft: LINK_DRAFT, recipient: { handle: 'dana' }, history }),
    );
    expect(f[0] ? LEVEL(f[0].value) : null).toBe(severity);
    if (f[0]) expect(f[0].evidence[0]!.text).toContain('blog.example.org');
  });

  test('ignores trusted domains', () => {
    const f = sameLinkDetector.run(
      analysis({
        draft: LINK_DRAFT,
        history: sentTo(12, 'text'),
        settings: { trustedDomains: ['example.org'] },
      }),
    );
    expect(f).toEqual([]);
  });
});

describe('link-in-cold-opener', () => {
  test.each([
    ['cold first message with a link', true, {}],
    ['no link', false, { draft: 'Hey Dana, loved your write-up on AI tools.' }],
    ['they wrote first', false, { messages: [{ from: 'them' as const, text: 'Any good reads?' }] }],
    [
      'I wrote before in the thread',
      false,
      { messages: [{ from: 'me' as const, text: 'Hi Dana!' }] },
    ],
    [
      'I wrote before (history)',
      false,
      { history: [{ recipient: 'dana', text: 'Hi Dana!', at: NOW - 60 * MIN }] },
    ],
    ['trusted domain', false, { settings: { trustedDomains: ['blog.example.org'] } }],
  ])('%s → %s', (_, fires, extra) => {
    const f = coldLinkDetector.run(
      analysis({ draft: LINK_DRAFT, recipient: { handle: 'dana' }, ...extra }),
    );
    expect(ids(f).includes('link-in-cold-opener')).toBe(fires);
  });
});
