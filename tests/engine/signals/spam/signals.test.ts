import { describe, expect, test } from 'vitest';
import { engineInputSchema, score } from '../../../../src/engine/index';
import { spamDetectors } from '../../../../src/engine/signals/spam';
import { evidenceIsExact, GOOD_DMS, ids, run, SPAM_IDS, signal } from './helpers';

/** [signal id, drafts that must fire it, the exact evidence text expected in the first one]. */
const FIRES: [string, string[], string?][] = [
  [
    'link-count',
    ['See https://a.com/x, https://b.org/y and https://c.net/z for details.'],
    'https://a.com/x',
  ],
  [
    'link-shortener',
    ['Here it is: bit.ly/3xYz9 enjoy', 'look at tinyurl.com/abcd now'],
    'bit.ly/3xYz9',
  ],
  ['link-in-bio-hub', ['Everything is at linktr.ee/bestdeals, have a look'], 'linktr.ee/bestdeals'],
  ['bare-domain', ['Have a look at www.cheap-stuff.com when you can'], 'www.cheap-stuff.com'],
  [
    'defanged-link',
    ['Go to hxxp://evil[.]com/login to continue', 'visit example(dot)com today'],
    'hxxp://evil[.]com/login',
  ],
  [
    'link-only-message',
    ['https://example.com/landing-page', 'bit.ly/abc'],
    'https://example.com/landing-page',
  ],
  [
    'suspicious-tld',
    ['Details are on https://great-deal.xyz/offer if you want them'],
    'https://great-deal.xyz/offer',
  ],
  [
    'ip-address-link',
    ['Please log in at http://192.168.44.10/verify to continue'],
    'http://192.168.44.10/verify',
  ],
  [
    'lookalike-domain',
    ['Appeal at https://x-verify-support.com/appeal please', 'see paypa1-secure.com/login now'],
    'https://x-verify-support.com/appeal',
  ],
  [
    'promo-discount',
    ['Get 50% off with promo code SAVE50 this week', 'Special offer on all plans'],
    'promo code',
  ],
  [
    'call-to-action',
    ['Click here and sign up before Friday', 'Check my bio for more', 'Book a call with me'],
    'Click here',
  ],
  [
    'urgency-scarcity',
    ['Limited time: only 3 left, act now', 'Offer expires today, last chance'],
    'Limited time',
  ],
  [
    'guarantee-claim',
    ['100% guaranteed results, totally risk-free', 'Double your money in a week'],
    '100% guaranteed',
  ],
  [
    'prize-money-claim',
    ["Congratulations, you've won a £1000 cash prize, claim your reward", 'Free gift card for you'],
    'Congratulations',
  ],
  [
    'premium-rate-text',
    ['Txt WIN to 87121 to enter, 150p/msg, reply STOP to opt out', 'Reply HARRY to play'],
    'Txt WIN to 87121',
  ],
  [
    'crypto-investment-pitch',
    ['Join the airdrop and presale, guaranteed returns, 10x easy', 'DM for signals on forex'],
    'airdrop',
  ],
  [
    'fake-collab-pitch',
    ["We'd love to collab! Join our ambassador program", 'I can grow your followers fast'],
    'love to collab',
  ],
  [
    'account-phishing',
    [
      'Your account will be suspended. Verify your account and confirm your password',
      'Copyright violation: get your blue check back',
    ],
    'account will be suspended',
  ],
  ['off-platform-app', ['Message me on WhatsApp instead', 'join t.me/vipgroup'], 'WhatsApp'],
  [
    'off-platform-request',
    ['Text me at the number below', 'Add me on the other app'],
    'Text me at',
  ],
  [
    'phone-number',
    ['Call me on +44 7700 900123 tonight', 'my cell is (415) 555-0199'],
    '+44 7700 900123',
  ],
  ['premium-rate-number', ['To claim call 09061701461 now'], '09061701461'],
  ['email-address', ['Write to deals@promo-mail.com for the list'], 'deals@promo-mail.com'],
  [
    'all-caps',
    ['THIS IS THE BEST OFFER YOU WILL EVER SEE IN YOUR LIFE', 'This is AMAZING and INCREDIBLE'],
    'THIS',
  ],
  ['exclamation-run', ['Wow!!! This is it!!', 'Great! Amazing! Hurry! Now!'], '!!!'],
  ['emoji-wall', ['Big news 🚀🚀🚀🚀🚀 come see', '🔥 💰 🎁 🚀 💎 🤑 deal'], '🚀🚀🚀🚀🚀'],
  ['repeated-characters', ['Sooooo good, $$$ to make'], 'oooo'],
  ['mixed-script-word', ['Exclusive аirdrop for you'], 'аirdrop'],
  ['fancy-letters', ['Get your 𝐟𝐫𝐞𝐞 stuff', 'ⓕⓡⓔⓔ money'], '𝐟𝐫𝐞𝐞'],
  ['leetspeak', ['Cl4im your fr33 c4sh today'], 'Cl4im'],
  ['hidden-characters', ['fr\u200Bee mon\u200Bey for you'], 'fr\u200Bee'],
  ['spaced-out-letters', ['Get f r e e stuff today', 'grab f.r.e.e c.a.s.h'], 'f r e e'],
  [
    'unfilled-placeholder',
    [
      'Hi {first_name}, loved your post',
      'Hey [Name], quick one',
      'Hello {{name}}!',
      'Dear %NAME%,',
    ],
    '{first_name}',
  ],
  [
    'generic-greeting',
    ['Dear Sir/Madam, I write to you', 'Dear valued customer, hello', 'Hello friend, how are you'],
    'Dear Sir/Madam',
  ],
  ['very-long-message', ['I want to tell you about our product. '.repeat(60)]],
  [
    'income-claim',
    [
      'My uncle showed me a platform where I make 15-20% a week on BTC arbitrage.',
      'Gano un 30% semanal con una plataforma de trading.',
      'tô numa plataforma que rende 3% ao dia',
      'Earn $200–$800 daily liking videos, no experience needed.',
      '実は私、FXで月に50万くらい稼いでいて',
      'guaranteed returns every month, 100% safe',
    ],
    '15-20% a week',
  ],
  [
    'self-promotion',
    [
      'Hey! check out my channel and subscribe, I do sub 4 sub 🙏',
      'support my music please, link in bio!!',
      'Could you download my app and leave a 5⭐ review? I’ll do the same for yours',
      'coucou abonne-toi à ma chaîne, je m’abonne en retour promis',
      'me segue que eu sigo de volta!',
    ],
    'check out my channel',
  ],
  [
    'scam-script',
    [
      'Hi Jenna, is it still ok for the tennis lesson on Sunday at 3? Coach Linda said to message you here',
      'Cipher Recovery Group got all of it back in 9 days, they trace the blockchain',
      'Butuh dana cepat? Pinjaman online cair 5 menit, tanpa jaminan!',
      "I've been making really good money with a trading mentor lately",
      'We are hiring remote part-time staff, simple tasks, no experience needed',
      '🔥 SLOT GACOR hari ini! MAXWIN, deposit 10rb bisa WD',
      'we are offering high quality guest posts on DA 70+ websites with dofollow backlinks',
    ],
    'is it still ok for the',
  ],
  [
    'big-ask-first',
    [
      'Would love to have you on the podcast. Can you hop on a 30-min call this week?',
      'Would you mind RTing the launch post? It would mean a lot',
      'Oi Carol, podemos marcar uma ligação de 20 minutos? Me passa seu WhatsApp?',
      'Hi Ines, what is your current salary and notice period?',
    ],
    'hop on a 30-min call',
  ],
];

/** Signals that never count against a draft (weight 0), checked separately. */
const INFO = new Set(['trusted-link', 'near-empty-message', 'long-cold-opener', 'hard-to-read']);
/** Needs settings or the learned layer; exercised in their own blocks below. */
const WITH_SETTINGS = new Set(['trigger-phrase', 'learned-spam']);

describe('every spam signal is exercised', () => {
  test('all declared ids are in the table', () => {
    const covered = new Set([...FIRES.map(([id]) => id), ...INFO, ...WITH_SETTINGS]);
    expect([...SPAM_IDS].filter((id) => !covered.has(id))).toEqual([]);
  });

  test('ids are stable kebab-case and unique', () => {
    const all = spamDetectors.flatMap((d) => d.signals);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });
});

describe.each(FIRES)('%s', (id, drafts, firstEvidence) => {
  test.each(drafts)('fires on %j', (draft) => {
    const v = run(draft);
    const s = signal(v, id);
    expect(s, `${id} on ${draft}: got ${ids(v).join(', ')}`).toBeDefined();
    expect(s!.axis).toBe('spam');
    // Points are the fit's (0 when the data says a signal changes nothing); never negative.
    expect(s!.weight).toBeGreaterThanOrEqual(0);
    expect(s!.message.length).toBeGreaterThan(10);
    expect(s!.evidence.length).toBeGreaterThan(0);
    expect(evidenceIsExact(v, draft)).toBe(true);
  });

  if (firstEvidence) {
    test(`evidence points at ${JSON.stringify(firstEvidence)}`, () => {
      const draft = drafts[0]!;
      const s = signal(run(draft), id)!;
      expect(s.evidence.map((e) => e.text)).toContainEqual(expect.stringContaining(firstEvidence));
    });
  }

  test.each(GOOD_DMS)('quiet on a good DM: %j', (draft) => {
    expect(ids(run(draft))).not.toContain(id);
  });
});

describe('info signals', () => {
  test('trusted-link: a trusted domain is noted with weight 0 and not counted', () => {
    const draft =
      'Your order shipped, track it at https://shop.acme.com/track/123 and https://acme.com/help';
    const v = run(draft, { settings: { trustedDomains: ['acme.com'] } });
    const t = signal(v, 'trusted-link');
    expect(t?.weight).toBe(0);
    expect(t?.severity).toBe('info');
    expect(ids(v)).not.toContain('link-count');
    expect(evidenceIsExact(v, draft)).toBe(true);
  });
  test('near-empty-message is info only', () => {
    const s = signal(run('hi'), 'near-empty-message');
    expect(s?.weight).toBe(0);
    expect(s?.severity).toBe('info');
  });
});

describe('false friends stay quiet', () => {
  test.each([
    ['Are you free on Thursday for a coffee?', ['promo-discount']],
    ['The 15-minute B2B demo is at 3pm, Sarah! covid19 data in mp3 form.', ['leetspeak']],
    ['Ping me at 10:30, order #123456789 is on its way', ['phone-number']],
    ['NASA and the ESA launched it; the UK team is thrilled', ['all-caps']],
    [
      'Hi there, I loved your talk on signal processing',
      ['off-platform-app', 'off-platform-request'],
    ],
    ['Привет, как дела? Спасибо за пост', ['mixed-script-word']],
    ['Love you xxx see you soon', ['promo-discount']],
    ['The release 2.3.1 fixed it, thanks 👍', ['link-count', 'bare-domain', 'emoji-wall']],
  ])('%j', (draft, quiet) => {
    const found = ids(run(draft));
    for (const id of quiet) expect(found).not.toContain(id);
  });
});

describe('engagement bait and covers are self-promotion, in every language of the data', () => {
  test.each([
    ['Thumbs up if you are watching in 2015!', 'Thumbs up if'],
    ['Please like this comment so she sees it', 'like this comment'],
    ['Like if you still listen to this. Like & RT', 'Like if'],
    ['Nice song .See my new track.', 'See my new track'],
    ['Check out my drum cover of E.T. here!', 'Check out my drum cover'],
    ['I did a cover if u want to check it out', 'I did a cover'],
    ['Dale like si te gusta la canción', 'Dale like'],
    ['Deixa seu like e se inscreve', 'Deixa seu like'],
    ['Pouce bleu si tu écoutes encore', 'Pouce bleu si'],
    ['Daumen hoch wenn ihr das 2024 hört', 'Daumen hoch wenn'],
    ['Metti mi piace se ti piace', 'Metti mi piace se'],
    ['Jangan lupa like dan subscribe ya', 'Jangan lupa like'],
    ['Video achha lage to like aur share karo', 'like aur share karo'],
    ['いいねしてね！', 'いいねしてね'],
    ['اعمل لايك للفيديو', 'اعمل لايك'],
  ])('%j', (draft, text) => {
    const s = signal(run(draft), 'self-promotion');
    expect(s?.evidence.map((e) => e.text)).toContain(text);
  });

  test.each([
    'I like this video a lot, the chorus is great',
    "I'd like if you sent the invoice again",
    'Would you like this post pinned if we feature you?',
    'I made a cover letter for the role you posted',
    'Please see my previous message about the refund',
    'Did you see my reply about the order?',
  ])('quiet on %j', (draft) => {
    expect(ids(run(draft))).not.toContain('self-promotion');
  });
});

describe('obfuscated variants are caught, mapped to the original draft', () => {
  test.each([
    ['Claim your ⓕⓡⓔⓔ gift now', 'prize-money-claim', 'ⓕⓡⓔⓔ gift'],
    ['Exclusive crypto аirdrop today', 'crypto-investment-pitch', 'аirdrop'],
    ['Get 𝐟𝐫𝐞𝐞 crypto from our 𝐚𝐢𝐫𝐝𝐫𝐨𝐩', 'crypto-investment-pitch', '𝐚𝐢𝐫𝐝𝐫𝐨𝐩'],
    ['Cl4im y0ur prize today', 'prize-money-claim', 'Cl4im y0ur prize'],
    ['Ver\u200Bify your acc\u200Bount now', 'account-phishing', 'Ver\u200Bify your acc\u200Bount'],
    ['Your c a s h prize is waiting', 'prize-money-claim', 'c a s h prize'],
    ['ｃｌｉｃｋ ｈｅｒｅ now', 'call-to-action', 'ｃｌｉｃｋ ｈｅｒｅ'],
  ])('%j → %s', (draft, id, text) => {
    const v = run(draft);
    const s = signal(v, id);
    expect(s, ids(v).join(', ')).toBeDefined();
    expect(s!.evidence.map((e) => e.text)).toContain(text);
    expect(evidenceIsExact(v, draft)).toBe(true);
  });

  test('the message says when words were disguised', () => {
    expect(signal(run('Cl4im your prize today'), 'prize-money-claim')?.message).toMatch(
      /disguised/,
    );
  });
});

describe('user trigger phrases', () => {
  test('fire on folded matches in any language, with evidence', () => {
    const draft = 'Únete a nuestro GRUPO VIP hoy, y revisa mi l1nk';
    const v = run(draft, { settings: { triggerPhrases: ['grupo vip', 'link'] } });
    const s = signal(v, 'trigger-phrase');
    expect(s?.evidence.map((e) => e.text)).toEqual(['GRUPO VIP', 'l1nk']);
    expect(evidenceIsExact(v, draft)).toBe(true);
  });
  test('syntax characters in a phrase are literal', () => {
    expect(() =>
      run('a | b = c', { settings: { triggerPhrases: ['a | b', '#', '*', '=5'] } }),
    ).not.toThrow();
  });
});

describe('suggestions', () => {
  test('actionable signals carry a suggestion', () => {
    const v = run('Hi {first_name}! Click here: bit.ly/x 🚀🚀🚀🚀 WIN BIG!!!');
    expect(v.suggestions.length).toBeGreaterThan(0);
    expect(v.suggestions.some((s) => s.signals.includes('unfilled-placeholder'))).toBe(true);
  });
});

describe('learned-spam (the learned text layer)', () => {
  test('fires on spam no list names, with the words that weighed most, and not on a good DM', async () => {
    const { loadResources } = await import('../../../../src/node/load-resources');
    const resources = await loadResources();
    const run = (draft: string) =>
      score(engineInputSchema.parse({ draft }), resources).signals.find(
        (x) => x.id === 'learned-spam',
      );
    const s = run('Hey guys please subscribe to my channel!! new video every day, sub back 100%');
    expect(s).toBeDefined();
    expect(s!.evidence.length).toBeGreaterThan(0);
    for (const e of s!.evidence) expect(e.text.trim().length).toBeGreaterThan(0);
    for (const good of GOOD_DMS) expect(run(good)).toBeUndefined();
  });

  test('never quotes a greeting, a function word or their own words; quiet when that is all it has', async () => {
    const { loadResources } = await import('../../../../src/node/load-resources');
    const resources = await loadResources();
    const learned = (input: object) =>
      score(engineInputSchema.parse(input), resources).signals.find((x) => x.id === 'learned-spam');
    const s = learned({ draft: 'Hi there! Win a free iPhone today, reply YES' });
    expect(s).toBeDefined();
    const quoted = s!.evidence.map((e) => e.text.toLowerCase());
    expect(quoted).not.toContain('hi');
    expect(quoted.some((q) => q.includes('win'))).toBe(true);
    expect(learned({ draft: 'hi' })).toBeUndefined();
    const named = learned({
      draft: 'Hi Winner, free entry today! Text WIN to claim',
      recipient: { handle: 'winner', name: 'Winner' },
    });
    for (const e of named?.evidence ?? []) expect(e.text.toLowerCase()).not.toBe('winner');
  });

  test('stays quiet on a language it was not trained on', async () => {
    const { loadResources } = await import('../../../../src/node/load-resources');
    const resources = await loadResources();
    const v = score(
      engineInputSchema.parse({
        draft: 'Подпишись на мой канал, сегодня бонус для всех!',
        language: 'ru',
      }),
      resources,
    );
    expect(v.signals.map((x) => x.id)).not.toContain('learned-spam');
  });
});

describe('length and readability are guidance, not points', () => {
  const long = `Hi Maya! ${'I run a small studio that makes field guides and we love what you post about birds. '.repeat(8)}Would you review one?`;
  test('a cold opener past 100 words is noted with its length and no points', () => {
    const s = signal(run(long), 'long-cold-opener');
    expect(s?.weight).toBe(0);
    expect(s?.message).toMatch(/\d+ words/);
    expect(
      signal(run('Hi Maya, do the little owls nest in the oak every spring?'), 'long-cold-opener'),
    ).toBeUndefined();
    // In a conversation the length is theirs to judge.
    expect(
      signal(
        run(long, { messages: [{ from: 'them', text: 'tell me more about the studio?' }] }),
        'long-cold-opener',
      ),
    ).toBeUndefined();
  });
  test('sentences averaging 28+ words are noted, pointing at the longest', () => {
    const sentence = `${'word '.repeat(35).trim()}.`;
    const s = signal(run(`${sentence} ${sentence}`), 'hard-to-read');
    expect(s?.weight).toBe(0);
    expect(s?.evidence[0]?.text.split(' ').length).toBeGreaterThanOrEqual(35);
    expect(signal(run('Short one. Another short one. Fine.'), 'hard-to-read')).toBeUndefined();
  });
});
