import { describe, expect, it } from 'vitest';
import {
  type Catalog,
  ENGLISH,
  english,
  formatMessage,
  listAnd,
  lookup,
  translator,
} from '../../src/engine/i18n';
import { score } from '../../src/engine/index';

describe('formatMessage (Chrome substitution semantics)', () => {
  it('fills $1..$9 and named placeholders, case-insensitively', () => {
    const entry = {
      message: 'Hi $Who$, you have $1 new and $COUNT$ old',
      placeholders: { who: { content: '$2' }, count: { content: '$3' } },
    };
    expect(formatMessage(entry, ['5', 'Ann', '7'])).toBe('Hi Ann, you have 5 new and 7 old');
  });
  it('turns $$ into $ and does not re-expand substituted text', () => {
    expect(formatMessage({ message: 'costs $$5 or $1' }, ['$2'])).toBe('costs $5 or $2');
  });
  it('leaves missing substitutions empty', () => {
    expect(formatMessage({ message: '[$1][$2]' }, ['a'])).toBe('[a][]');
  });
});

describe('engine translation', () => {
  const draft = 'Hello friend!!! CLICK HERE for 50% off, limited time only: bit.ly/deal';
  const input = { draft };

  it('is English by default, from the shipped catalog', () => {
    const v = score(input);
    const shortener = v.signals.find((s) => s.id === 'link-shortener');
    expect(shortener?.message).toBe(
      'Uses a link shortener: “bit.ly/deal”. People cannot see where it goes, so they do not click.',
    );
    expect(english('engine_list_and', ['a', 'b'])).toBe('a and b');
  });

  it('a second locale changes every message with no code change', () => {
    // A fake "pig" locale: every English entry, rewritten, with the same placeholders.
    const pig: Catalog = Object.fromEntries(
      Object.entries(ENGLISH).map(([k, e]) => [k, { ...e, message: `«${e.message}»` }]),
    );
    const v = score(input, { translate: (key, subs) => lookup(pig, key, subs) });
    const en = score(input);
    expect(v.signals.map((s) => s.id)).toEqual(en.signals.map((s) => s.id));
    expect(v.signals.length).toBeGreaterThan(3);
    for (const s of v.signals) expect(s.message.startsWith('«')).toBe(true);
    for (const s of v.suggestions) expect(s.text.startsWith('«')).toBe(true);
    const shortener = v.signals.find((s) => s.id === 'link-shortener');
    // Quotes of the draft are substitutions, never part of a key: they survive translation.
    expect(shortener?.message).toContain('bit.ly/deal');
    expect(shortener?.message).toContain('«“bit.ly/deal”»');
  });

  it('falls back to English for keys the host does not know', () => {
    const t = translator((key) => (key === 'engine_list_and' ? 'X' : ''));
    expect(t('engine_list_and', ['a', 'b'])).toBe('X');
    expect(t('engine_list_comma', ['a', 'b'])).toBe('a, b');
    expect(listAnd(t, ['a', 'b', 'c'])).toBe('X');
  });

  it('translates skipped-check reasons', () => {
    const v = score(
      { draft: 'Hola, ¿qué tal? Te escribo por tu último post sobre café.', language: 'es' },
      {
        translate: (key, subs) =>
          key === 'engine_skipped_english_lists' ? `omis ${subs?.[0]}` : '',
      },
    );
    expect(v.skipped.length).toBeGreaterThan(0);
    for (const s of v.skipped) expect(s.reason).toBe('omis es');
  });
});
