import { describe, expect, test } from 'vitest';
import { findLinks, isShortener, isTrusted, normaliseLink } from '../../../src/engine/text/links';

describe('findLinks', () => {
  const text =
    'Check https://github.com/x/y. and bit.ly/abc123 or www.promo.io, email me at a.b@c.com, see example.com! hxxp://evil[.]com t.co/xyz fr33-m0ney.xyz/claim example(dot)com 192.168.4.20/login';
  const links = findLinks(text);

  test('finds every kind with draft ranges', () => {
    const seen = links.map((l) => [text.slice(l.start, l.end), l.kind, l.domain]);
    expect(seen).toEqual([
      ['https://github.com/x/y', 'url', 'github.com'],
      ['bit.ly/abc123', 'bare', 'bit.ly'],
      ['www.promo.io', 'bare', 'promo.io'],
      ['a.b@c.com', 'email', 'c.com'],
      ['example.com', 'bare', 'example.com'],
      ['hxxp://evil[.]com', 'defanged', 'evil.com'],
      ['t.co/xyz', 'bare', 't.co'],
      ['fr33-m0ney.xyz/claim', 'bare', 'fr33-m0ney.xyz'],
      ['example(dot)com', 'defanged', 'example.com'],
      ['192.168.4.20/login', 'bare', '192.168.4.20'],
    ]);
  });

  test('shorteners, but not t.co', () => {
    expect(links.find((l) => l.domain === 'bit.ly')?.shortener).toBe(true);
    expect(links.find((l) => l.domain === 't.co')?.shortener).toBe(false);
    expect(isShortener('linktr.ee')).toBe(true);
    expect(isShortener('github.com')).toBe(false);
  });

  test.each([
    'ok.so see you',
    'c u soon.xxx',
    'Dear, take care. I am just reaching home.love u',
    'wait...so what',
    'version 1.2.3 is out',
    'no links here at all',
  ])('no link in %j', (t) => {
    expect(findLinks(t)).toEqual([]);
  });

  test('isTrusted covers subdomains only of the trusted domain', () => {
    expect(isTrusted('shop.acme.com', ['https://www.Acme.com/'])).toBe(true);
    expect(isTrusted('acme.com', ['acme.com'])).toBe(true);
    expect(isTrusted('evilacme.com', ['acme.com'])).toBe(false);
    expect(isTrusted('acme.com.evil.io', ['acme.com'])).toBe(false);
  });

  test('normaliseLink', () => {
    expect(normaliseLink('HTTPS://www.Example.com/a/?utm_source=x&b=2&a=1#frag')).toBe(
      'example.com/a?a=1&b=2',
    );
    expect(normaliseLink('http://example.com')).toBe(normaliseLink('example.com/'));
  });
});
