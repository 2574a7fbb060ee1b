/**
 * Drafts built to find super-linear patterns: long runs of separators, digits, single letters,
 * emoji, zero-width characters and mixed scripts, each against prose of the same length. Shared by
 * `npm run bench` (the table) and the unit suite (a bound on the ratio).
 */
const PROSE =
  'Hi Maya, your thread on the little owls at the estuary made my morning, and I wondered whether they nest in the old oak every spring. ';

export const ADVERSARIAL: Readonly<Record<string, (n: number) => string>> = {
  prose: (n) => PROSE.repeat(Math.ceil(n / PROSE.length)).slice(0, n),
  'a-a-a…': (n) => 'a-'.repeat(n / 2),
  'a.a.a…': (n) => 'a.'.repeat(n / 2),
  'a a a…': (n) => 'a '.repeat(n / 2),
  'ab-ab-…': (n) => 'ab-'.repeat(Math.ceil(n / 3)).slice(0, n),
  'digit run': (n) => '1'.repeat(n),
  '1.1.1…': (n) => '1.'.repeat(n / 2),
  '1 1 1…': (n) => '1 '.repeat(n / 2),
  '$1$1…': (n) => '$1'.repeat(n / 2),
  '1%1%…': (n) => '1%'.repeat(n / 2),
  'separators ----': (n) => '-'.repeat(n),
  'dots ....': (n) => '.'.repeat(n),
  'www.www.…': (n) => 'www.'.repeat(n / 4),
  'A1A1…': (n) => 'A1'.repeat(n / 2),
  CAPITALS: (n) => 'A'.repeat(n),
  emoji: (n) => '😀👍🏽'.repeat(Math.ceil(n / 6)).slice(0, n),
  'zero-width': (n) => 'a\u200b'.repeat(n / 2),
  'mixed scripts': (n) => 'аbсdеf дом 家 مرحبا '.repeat(Math.ceil(n / 20)).slice(0, n),
  'new lines': (n) => 'a\n'.repeat(n / 2),
  'one long url': (n) => `https://a.com/${'a'.repeat(n)}`,
};

/** The thread and recipient the drafts are scored with, so every detector runs. */
export const CONTEXT = {
  messages: [{ from: 'them' as const, text: 'Where is my order? When will it arrive?' }],
  recipient: { handle: '@maya', bio: 'Birder. Owls and waders.', posts: ['Little owl in the oak'] },
};
