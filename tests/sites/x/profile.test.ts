// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../src/sites/x/profile.ts';
import { loadFakeX } from './fake-x.ts';

const ALICE_BIO =
  'Marathoner & trail racer. Coaching beginners from couch to 42k. Powered by coffee.';

describe('readProfile', () => {
  it('reads the profile DOM and only the user’s own posts', () => {
    const url = loadFakeX('/alice');
    expect(readProfile(document, url)).toEqual({
      handle: 'alice',
      name: 'Alice Runner',
      bio: ALICE_BIO,
      location: 'Paris, France',
      url: 'alice.example',
      category: 'Sports & Fitness',
      posts: [
        'Sub-3 marathon in Berlin this morning! 2:58:41, negative split, no wall. Thank you all 🏃‍♀️',
        'Signed up for the 50k trail race in Chamonix. Any tips for long technical descents?',
        // the repost by @runnersworld is skipped
        'Hot take: a flat white before a long run is performance-enhancing. ☕',
        // the quoted post's text (@coachjoe) is not alice's
        'This is exactly why I do strength work twice a week.',
      ],
    });
  });

  it('falls back to the ld+json when the DOM parts are missing', () => {
    const url = loadFakeX('/alice?ld=only');
    expect(readProfile(document, url)).toEqual({
      handle: 'alice',
      name: 'Alice Runner',
      bio: ALICE_BIO,
      location: 'Paris, France',
      url: 'alice.example',
      posts: [],
    });
  });

  it('merges: DOM wins, ld+json fills gaps', () => {
    const url = loadFakeX('/alice');
    document.querySelector('[data-testid="UserLocation"]')!.remove();
    document.querySelector('[data-testid="UserDescription"]')!.remove();
    const p = readProfile(document, url)!;
    expect(p.location).toBe('Paris, France');
    expect(p.bio).toBe(ALICE_BIO);
    expect(p.posts).toHaveLength(4);
  });

  it('reads the older `author` ld+json shape', () => {
    const url = loadFakeX('/alice?ld=only');
    const s = document.querySelector('script[data-testid="UserProfileSchema-test"]')!;
    const data = JSON.parse(s.textContent!);
    s.textContent = JSON.stringify({ author: data.mainEntity });
    expect(readProfile(document, url)?.name).toBe('Alice Runner');
  });

  it('works without ld+json', () => {
    const url = loadFakeX('/bob?ld=0');
    const p = readProfile(document, url)!;
    expect(p).toMatchObject({ handle: 'bob', name: 'Bob Buyer', location: 'Leeds, UK' });
    expect(p.url).toBeUndefined();
    expect(p.posts).toHaveLength(2);
  });

  it('ignores stale DOM and ld+json of another profile (SPA navigation in progress)', () => {
    loadFakeX('/alice');
    // URL already says /bob, DOM and head still show alice.
    expect(readProfile(document, new URL('https://x.com/bob'))).toBeNull();
  });

  it('ignores broken ld+json and returns null when nothing matches', () => {
    const url = loadFakeX('/alice?broken=1');
    expect(readProfile(document, url)).toBeNull();
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.setAttribute('data-testid', 'UserProfileSchema-test');
    s.textContent = '{not json';
    document.head.appendChild(s);
    expect(readProfile(document, url)).toBeNull();
    s.remove();
  });

  it('returns null off profile routes', () => {
    loadFakeX('/alice');
    expect(readProfile(document, new URL('https://x.com/home'))).toBeNull();
    expect(readProfile(document, new URL('https://x.com/alice/status/1'))).toBeNull();
  });

  it('reads only text, never markup', () => {
    const url = loadFakeX('/alice');
    const bio = document.querySelector('[data-testid="UserDescription"] span')!;
    bio.textContent = '<img src=x onerror=alert(1)>';
    expect(readProfile(document, url)?.bio).toBe('<img src=x onerror=alert(1)>');
  });
});
