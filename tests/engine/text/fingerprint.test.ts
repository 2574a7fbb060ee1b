import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import {
  decodeFingerprint,
  fingerprint,
  linkHashes,
  similarity,
} from '../../../src/engine/text/fingerprint';

// The nlp-options §3 variants: a 328-char templated pitch and its edits.
const BASE =
  "Hey Sarah! I came across your profile and love what you're doing with indie game design. We help creators like you grow their audience 3x in 90 days with our proven growth system. Would you be open to a quick 15-minute call this week? Check out https://growfast.io/creators to see results. Looking forward to connecting!";
const SAME_TEMPLATE = [
  [
    'different name, topic and link',
    "Hey Marco! I came across your profile and love what you're doing with sourdough baking. We help creators like you grow their audience 3x in 90 days with our proven growth system. Would you be open to a quick 15-minute call this week? Check out https://growfast.io/bakers to see results. Looking forward to connecting!",
  ],
  [
    'last sentence edited',
    "Hey Sarah! I came across your profile and love what you're doing with indie game design. We help creators like you grow their audience 3x in 90 days with our proven growth system. Would you be open to a quick 15-minute call this week? Check out https://growfast.io/creators to see results. Let me know what you think and talk soon!",
  ],
  [
    'Cyrillic and Greek homoglyphs',
    "Hеy Sаrah! I came across your prоfile and love what you're doing with indie game design. We help creators like you grow their audience 3x in 90 days with our prοven growth system. Would you be open to a quick 15-minute call this week? Check out https://growfast.io/creators to see results. Looking forward to connecting!",
  ],
  [
    'different numbers and @mention',
    "Hey @sarah_dev! I came across your profile and love what you're doing with indie game design. We help creators like you grow their audience 5x in 60 days with our proven growth system. Would you be open to a quick 20-minute call this week? Check out https://growfast.io/creators to see results. Looking forward to connecting!",
  ],
] as const;
const UNRELATED = [
  [
    'genuine DM',
    'Hi! Saw your thread on shader compilation stutter in Unity 6. We hit the same thing on our last project and fixed it by prewarming the variant collection at load. Happy to share the script if useful.',
  ],
  ['short DM', 'thanks, see you friday!'],
  [
    'another pitch',
    'Limited offer: 50% off our SEO audit this week only, reply YES to claim your spot.',
  ],
] as const;

describe('fingerprint similarity', () => {
  const base = fingerprint(BASE);
  test.each(SAME_TEMPLATE)('same template, %s: ≥ 0.5', (_, text) => {
    expect(similarity(base, fingerprint(text))).toBeGreaterThanOrEqual(0.5);
  });
  test.each(UNRELATED)('unrelated %s: ≤ 0.2', (_, text) => {
    expect(similarity(base, fingerprint(text))).toBeLessThanOrEqual(0.2);
  });

  it('neutralises the recipient name when given', () => {
    const a = fingerprint('Hi Sam, loved your talk on caching. Want the slides?', {
      names: ['Sam'],
    });
    const b = fingerprint('Hi Alex, loved your talk on caching. Want the slides?', {
      names: ['Alex Doe'],
    });
    expect(similarity(a, b)).toBe(1);
  });

  it('neutralises names with digits too', () => {
    const a = fingerprint('Hi Studio54, loved your mix last night. Want the stems?', {
      names: ['Studio54'],
    });
    const b = fingerprint('Hi Alex, loved your mix last night. Want the stems?', {
      names: ['Alex'],
    });
    expect(similarity(a, b)).toBe(1);
  });

  it('is 1 for identical text and 0 for empty or malformed fingerprints', () => {
    expect(similarity(base, fingerprint(BASE))).toBe(1);
    expect(similarity(fingerprint(''), fingerprint(''))).toBe(0);
    expect(similarity(base, 'garbage')).toBe(0);
    expect(similarity(base, 'm1:%%%')).toBe(0);
  });

  it('handles texts shorter than three words', () => {
    expect(similarity(fingerprint('thanks!'), fingerprint('Thanks'))).toBe(1);
    expect(similarity(fingerprint('thanks!'), fingerprint('sorry'))).toBe(0);
  });
});

describe('fingerprint format', () => {
  it('is compact, versioned and holds no words of the text', () => {
    const fp = fingerprint(BASE);
    expect(fp.startsWith('m1:')).toBe(true);
    expect(fp.length).toBeLessThanOrEqual(350);
    expect(decodeFingerprint(fp)).toHaveLength(64);
    expect(fp.toLowerCase()).not.toContain('sarah');
  });

  it('is the same size whatever the length of the text', () => {
    expect(fingerprint(BASE.repeat(30)).length).toBe(fingerprint('one two three').length);
  });

  it('is deterministic and always in 0..1 (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        const s = similarity(fingerprint(x), fingerprint(y));
        expect(fingerprint(x)).toBe(fingerprint(x));
        return s >= 0 && s <= 1;
      }),
    );
  });
});

describe('linkHashes', () => {
  it('gives the same hash for the same normalised link', () => {
    const [a] = linkHashes('see https://www.Example.com/page?utm_source=x');
    const [b] = linkHashes('see example.com/page/');
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
  });
  it('tells different links apart and dedupes', () => {
    const hs = linkHashes('a.example.com/x and b.example.com/x and https://a.example.com/x');
    expect(hs).toHaveLength(2);
  });
  it('is empty without links', () => {
    expect(linkHashes('no links here')).toEqual([]);
  });
});
