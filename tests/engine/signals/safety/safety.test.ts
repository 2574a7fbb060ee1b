/**
 * Never service, in every language of the data: asking for credentials or payment, documents in
 * a DM, hostile replies, moving a customer's problem to a personal app. Both sides: a warning
 * that mentions codes, a reset route the customer needs, or a fee we pay are not requests.
 */
import { describe, expect, it } from 'vitest';
import { safetyDetector } from '../../../../src/engine/signals/safety';
import { analysis, ids } from '../sending/helpers';

const customer = (text: string) => [{ from: 'them' as const, text }];
const run = (draft: string, messages = customer('I need help with my account and a refund')) =>
  ids(safetyDetector.run(analysis({ draft, messages })));

describe('asks-for-credentials', () => {
  it.each([
    'To process your refund please send me the full card number and the 3-digit security code.',
    "You'll receive a 6-digit code by SMS in a moment — please reply here with it.",
    'Para liberar seu acesso, informe aqui o código de 6 dígitos que você vai receber por SMS agora.',
    'Baik Kak, untuk proses pengembalian dana mohon kirimkan kode OTP yang masuk ke nomor Kakak.',
    'Sir refund ke liye AnyDesk app install kijiye aur jo 9 digit code aaye woh share kijiye.',
    'Envíame tu contraseña y lo reviso desde aquí.',
    'Bitte nennen Sie mir Ihre TAN, dann storniere ich die Zahlung.',
    'パスワードを教えてください。',
  ])('fires on %s', (draft) => {
    expect(run(draft)).toContain('asks-for-credentials');
  });
  it.each([
    'Please reset your password from the app (Profile > Security). We will never ask for your code.',
    'Wir fragen Sie niemals nach TAN oder Code per Nachricht.',
    'Nunca te vamos a pedir el código de verificación por acá.',
    'PaisaPay kabhi bhi call ya DM pe OTP nahi maangta, koi maange toh share mat kijiye.',
    'Your card ending 4471 was refunded today.',
  ])('stays quiet on %s', (draft) => {
    expect(run(draft)).not.toContain('asks-for-credentials');
  });
});

describe('asks-for-personal-data', () => {
  it('fires on documents in a DM, not on a pointer to the secure form', () => {
    expect(
      run(
        'Necesito que me mandes por aquí foto del DNI, tu dirección completa y fecha de nacimiento.',
      ),
    ).toContain('asks-for-personal-data');
    expect(run('You can verify your ID securely at acme.com/verify.')).not.toContain(
      'asks-for-personal-data',
    );
  });
});

describe('asks-for-payment', () => {
  it.each([
    'Just pay the $75 insurance fee and the funds hit your account today.',
    'du überweist einfach 1.200 € Kaution an den Treuhandservice',
    'could you buy me 2 x $100 Apple gift cards and send me photos of the codes?',
    'solo necesitas depositar 200 USDT',
    'puoi comprarmi 3 gift card Apple da 100 € e mandarmi le foto dei codici?',
  ])('fires on %s', (draft) => {
    expect(run(draft, [])).toContain('asks-for-payment');
  });
  it.each([
    'We usually pay €250 for a single image plus credit.',
    'Your refund of £34.90 was issued today.',
    'The workshop is R$ 350 including materials.',
  ])('stays quiet on %s', (draft) => {
    expect(run(draft, [])).not.toContain('asks-for-payment');
  });
});

describe('hostile-tone', () => {
  it('fires on insults, threats and blame, more on insults than on condescension', () => {
    const insult = safetyDetector.run(
      analysis({
        draft: "Maybe try reading the tracking page. It's not that hard.",
        messages: customer('where is my parcel?'),
      }),
    );
    const rude = safetyDetector.run(
      analysis({
        draft:
          "As stated clearly in our T&Cs, which you'd know if you'd read them, I have moved your table.",
        messages: customer('can I move my booking?'),
      }),
    );
    expect(insult.find((h) => h.id === 'hostile-tone')!.value).toBeGreaterThan(
      rude.find((h) => h.id === 'hostile-tone')!.value,
    );
    expect(run('Ya itu salah kakak sendiri, jangan asal nuduh ya.')).toContain('hostile-tone');
    expect(run('We will only process your refund once you delete your tweet about us.')).toContain(
      'hostile-tone',
    );
  });
  it('stays quiet on a kind reply', () => {
    expect(
      run("I'm really sorry, that sounds stressful. I've refunded the order in full."),
    ).toEqual([]);
  });
});

describe('support-off-platform', () => {
  it('fires when a customer thread is moved to a personal app they did not ask for', () => {
    expect(
      run(
        'Para agilizar tu reembolso escríbeme a mi WhatsApp personal +34 611 02 03 04',
        customer('Quiero mi reembolso'),
      ),
    ).toContain('support-off-platform');
  });
  it('stays quiet when they asked for a number, or outside customer threads', () => {
    expect(
      run(
        'Our WhatsApp line is +44 7700 900318',
        customer('do you have a WhatsApp or phone number I can call?'),
      ),
    ).not.toContain('support-off-platform');
    expect(run('add me on WhatsApp', [])).not.toContain('support-off-platform');
  });
});
