import { describe, expect, test } from 'vitest';
import { evidenceIsExact, GOOD_DMS, ownSpam, run } from './helpers';

describe('calibration', () => {
  test.each(GOOD_DMS)('a good, specific DM stays at spam ≤ 0.1: %j', (draft) => {
    expect(ownSpam(run(draft))).toBeLessThanOrEqual(0.1);
  });

  test.each([
    [
      'crypto airdrop with a shortener',
      '🚀🚀 EXCLUSIVE crypto airdrop for early supporters! Claim your free tokens before it expires tonight 👉 bit.ly/pepe2-claim',
    ],
    [
      'fake collab with check my bio',
      "Hey! We'd love to collab with you 😍 Your page has great potential. Check my bio and DM our main page to join our ambassador program!",
    ],
    [
      'phishing verify your account link',
      'Your account has been flagged for copyright violation. Verify your account within 24 hours or it will be suspended: https://x-verify-support.com/login',
    ],
    ['old SMS prize', 'WINNER!! claim your £1000 prize txt WIN to 87121'],
  ])('modern spam reaches spam ≥ 0.6: %s', (_name, draft) => {
    const v = run(draft);
    expect(ownSpam(v)).toBeGreaterThanOrEqual(0.6);
    expect(evidenceIsExact(v, draft)).toBe(true);
  });

  test('a customer-service reply with a link to the trusted domain stays ≤ 0.15', () => {
    const draft =
      'Hi Jane, sorry about the delay! Your order #48213 shipped this morning. You can track it here: https://shop.acme.com/track/48213. Let me know if anything else comes up.';
    const v = run(draft, {
      settings: { trustedDomains: ['acme.com'] },
      messages: [{ from: 'them', text: 'Where is my order #48213? It has been a week.' }],
    });
    expect(ownSpam(v)).toBeLessThanOrEqual(0.15);
    expect(v.signals.find((s) => s.id === 'trusted-link')?.weight).toBe(0);
  });
});
