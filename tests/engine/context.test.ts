import { describe, expect, it } from 'vitest';
import { asksSomething, detectContext } from '../../src/engine/context';

const them = (text: string) => ({ from: 'them' as const, text });
const me = (text: string) => ({ from: 'me' as const, text });

describe('context', () => {
  it.each([
    [
      'My order FW-220931 arrived with a snapped pole, where is your returns page?',
      'customer-initiated',
    ],
    [
      'Ich habe eine Mail bekommen, dass sich ein neues Gerät in mein Konto eingeloggt hat.',
      'customer-initiated',
    ],
    ['先月の請求が二重になっています。返金してください。', 'customer-initiated'],
    ['ممكن رقم خدمة العملاء؟ أبي أكلم أحد بخصوص الفاتورة', 'customer-initiated'],
    ['The blender stopped working after a week, what do I do?', 'customer-initiated'],
    ['My website shows Error 502 since this morning, what do I do?', 'customer-initiated'],
  ])('%s → %s', (text, kind) => {
    expect(detectContext([them(text)]).kind).toBe(kind);
  });

  it.each([
    'Samstag 19 Uhr im Kleinen Fritz?',
    'captained haaland. he got subbed at half time. I am a clown',
  ])('a chat they opened that we answered is ongoing: %s', (text) => {
    expect(detectContext([them(text), me('haha'), them('right?')]).kind).toBe('ongoing');
  });

  it('a service request stays a customer thread after our reply', () => {
    expect(
      detectContext([them('my order never arrived'), me('checking'), them('thanks')]).kind,
    ).toBe('customer-initiated');
  });

  it('is ongoing when I wrote first and they replied, cold when they never did', () => {
    expect(detectContext([me('hi!'), them('hey')]).kind).toBe('ongoing');
    expect(detectContext([me('hi!'), me('hello?')]).kind).toBe('cold');
    expect(detectContext([]).kind).toBe('cold');
  });

  it('finds their open question in any script, and none once I replied', () => {
    expect(detectContext([them('¿Dónde está mi pedido?')]).openQuestion?.text).toBe(
      '¿Dónde está mi pedido?',
    );
    expect(detectContext([them('ممكن رقم خدمة العملاء؟')]).openQuestion).not.toBeNull();
    expect(detectContext([them('where is my order?'), me('checking now')]).openQuestion).toBeNull();
    expect(asksSomething('I want a refund for the cancelled show')).toBe(true);
    expect(asksSomething('haha that was a great night')).toBe(false);
  });
});

describe('a long thread', () => {
  it('keeps who wrote first when the judged window holds only our latest messages', async () => {
    const { score } = await import('../../src/engine/index');
    const { THREAD_MESSAGES } = await import('../../src/engine/analysis');
    const update = (n: number) =>
      `Update ${n} on order #4412: it is with the courier, I will keep you posted.`;
    const messages = [
      { from: 'them' as const, text: "Hi, my order #4412 hasn't arrived, can you check?" },
      ...Array.from({ length: THREAD_MESSAGES + 10 }, (_, i) => ({
        from: 'me' as const,
        text: update(i + 1),
      })),
    ];
    const v = score({ draft: update(THREAD_MESSAGES + 11), messages });
    expect(v.context.kind).toBe('customer-initiated');
    expect(v.signals.map((s) => s.id)).not.toContain('follow-up-unanswered');
  });
});
