/**
 * "Answers their question" needs evidence of the kind the question wants, in any language of the
 * data: a date for "when", a price for "how much", a link or place for "where", steps for "how", a
 * yes or no, the link or number they asked for. Shared words are not an answer.
 */
import { describe, expect, it } from 'vitest';
import { answeredOf, readAnswer } from '../../../../src/engine/signals/conversation/answer';
import { asksOf } from '../../../../src/engine/signals/conversation/asks';
import { analysis } from '../sending/helpers';

const them = (text: string) => ({ from: 'them' as const, text });
const me = (text: string) => ({ from: 'me' as const, text });
const read = (
  question: string,
  draft: string,
  before: { from: 'me' | 'them'; text: string }[] = [],
) => analysis({ draft, messages: [...before, them(question)] });

describe('question kinds', () => {
  it.each([
    ['When will my refund actually arrive?', ['when']],
    ['cuánto cuesta el envío a Madrid?', ['howmuch']],
    ['o valor de R$ 350 já inclui os materiais?', ['howmuch']],
    ["Where's your returns page?", ['link', 'where']],
    ['hi can I have a phone number to call about porting my number over?', ['phone']],
    ['is receipts@brightledger.com the right email to forward my receipts to?', ['email']],
    ['moving to a new laptop, how do I move my licence over?', ['how']],
    ['can you send me the deck?', ['send']],
    ['I can do Mon 10am, Tue 2pm or Fri 11am for the site visit', ['pick']],
    ['Mail bekommen, dass sich ein fremdes Gerät eingeloggt hat. Das war ich nicht.', ['account']],
    ['bhai mera refund kab aayega?', ['when']],
    ['いつ届きますか？', ['when']],
  ])('%s → %j', (question, kinds) => {
    const asked = [...asksOf(read(question, 'ok')).kinds];
    for (const k of kinds) expect(asked).toContain(k);
  });

  it('a statement that mentions an email does not ask for one', () => {
    const a = analysis({
      draft: 'thanks!',
      messages: [me('send the SVGs?'), them('sent to your email just now')],
    });
    expect(asksOf(a).kinds.size).toBe(0);
  });

  it('counts how many times they asked', () => {
    const a = analysis({
      draft: 'Thank you for contacting us!',
      messages: [
        them('When will my refund arrive?'),
        them('Hello? When does the refund arrive?'),
        them('4th time asking: when will my refund arrive?'),
      ],
    });
    expect(asksOf(a).times).toBeGreaterThanOrEqual(3);
  });
});

describe('answers, both sides', () => {
  it.each([
    [
      'When will my refund arrive?',
      'Your refund went out today and shows in 3–5 working days.',
      true,
    ],
    [
      'When will my refund arrive?',
      'We are sorry for the inconvenience. Your feedback is valuable to us.',
      false,
    ],
    ['Il divano quando arriva?', 'Il divano è in consegna giovedì 14, fascia 8–13.', true],
    ['bhai mera refund kab aayega?', 'aapka refund 5-7 working days mein aa jayega', true],
    ['does my refund include the £6.95 shipping?', 'Yes, the £6.95 shipping is included.', true],
    [
      'does my refund include the £6.95 shipping?',
      'Thanks for reaching out, a member of our team will get back to you.',
      false,
    ],
    [
      "Where's your returns page?",
      'Of course — returns are here: fernwoodoutdoor.com/returns',
      true,
    ],
    [
      "Where's your returns page?",
      'Check out our winter sale, 30% off with code WINTER: shop.example.com/sale',
      false,
    ],
    ['is there a number I can call?', 'Access booking line: 0161 555 0192 (Mon–Fri 9–5).', true],
    ['is there a number I can call?', 'We only handle queries through DMs, sorry.', false],
    [
      'how do I move my licence over?',
      'On the old laptop go to Help > Deactivate licence, then sign in on the new one.',
      true,
    ],
    ['can you test after lunch?', '👍', true],
    [
      'can you send me the deck?',
      'Here you go: docs.google.com/presentation/d/1hT4 — traction is on slide 6.',
      true,
    ],
    ['I can do Mon 10am, Tue 2pm or Fri 11am', 'Tuesday 2pm works, see you then', true],
    ['I can do Mon 10am, Tue 2pm or Fri 11am', 'maybe sometime next week?', false],
    [
      'Ma commande indique livrée mais je n’ai rien reçu',
      'C’est noté, je vérifie avec l’entrepôt et je reviens vers vous cet après-midi.',
      true,
    ],
    [
      'Ma commande indique livrée mais je n’ai rien reçu',
      'Merci pour votre message, belle journée !',
      false,
    ],
    [
      'Ma commande indique livrée mais je n’ai rien reçu, c’est pour quand ?',
      'Je vérifie avec l’entrepôt et je reviens vers vous.',
      false,
    ],
  ])('%s ← %s → %s', (question, draft, answered) => {
    expect(answeredOf(read(question, draft))).toBe(answered);
  });

  it('gives the draft text that answers as evidence', () => {
    const a = read('When will my refund arrive?', 'It went out today, so 3–5 working days.');
    const ev = readAnswer(a).byKind.get('when')!;
    expect(ev.map((e) => e.text)).toContain('3–5 working days');
  });
});
