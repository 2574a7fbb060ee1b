import { describe, expect, it } from 'vitest';
import { findTemplates, type TemplateSend } from '../../../src/background/store/templates';
import { fingerprint } from '../../../src/engine/text/fingerprint';

/** Seeded PRNG (mulberry32), so the "unrelated" messages are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = Array.from({ length: 3_000 }, (_, i) => `w${i.toString(36)}`);
const rnd = random(42);

/** A sentence of `n` random words: unrelated to any other. */
function sentence(n: number): string {
  return Array.from({ length: n }, () => VOCABULARY[Math.floor(rnd() * VOCABULARY.length)]).join(
    ' ',
  );
}

function send(recipient: string, text: string, at: number): TemplateSend {
  return { recipient, at, fingerprint: fingerprint(text, { names: [recipient] }) };
}

describe('findTemplates', () => {
  it('groups near-identical sends across recipients and ignores the rest', () => {
    const base = sentence(30);
    const sends = [
      send('a', base, 1),
      send('b', `${base} thanks`, 2),
      send('c', base.replace(/^\w+/, 'changed'), 3),
      send('d', sentence(30), 4),
      send('e', sentence(30), 5),
    ];
    expect(findTemplates(sends)).toEqual([{ recipients: 3, count: 3, lastAt: 3 }]);
  });

  it('needs three different recipients', () => {
    const base = sentence(30);
    expect(findTemplates([send('a', base, 1), send('a', base, 2), send('b', base, 3)])).toEqual([]);
  });

  it('skips empty fingerprints', () => {
    expect(findTemplates(['a', 'b', 'c'].map((r, i) => send(r, '', i)))).toEqual([]);
  });

  it('clusters a busy week (5,000 sends); its speed is in npm run bench', () => {
    const sends: TemplateSend[] = [];
    for (let i = 0; i < 4_900; i++) sends.push(send(`r${i}`, sentence(20), i));
    const pitch = sentence(30);
    for (let i = 0; i < 100; i++) sends.push(send(`p${i}`, pitch, 10_000 + i));
    const groups = findTemplates(sends);
    expect(groups[0]).toEqual({ recipients: 100, count: 100, lastAt: 10_099 });
  });
});
