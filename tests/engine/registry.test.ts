/**
 * Signals as data: every id a detector declares or emits is in the registry, every registered
 * signal has its words in the catalog, and the fitted weights only name registered signals.
 */
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/engine/detectors';
import { ENGLISH } from '../../src/engine/i18n';
import { createEngine, parseInput } from '../../src/engine/index';
import { MODEL } from '../../src/engine/model/index';
import {
  ALIASES,
  canonicalId,
  isSignalId,
  SIGNALS,
  signalDef,
  signalNameKey,
} from '../../src/engine/registry';

/** Drafts that between them make most detectors fire. */
const INPUTS: unknown[] = [
  { draft: 'WINNER!! claim your £1000 prize txt WIN to 87121 bit.ly/x www.win.xyz' },
  { draft: 'Оffісіаl ВТС gіvеаwау! Send 0.05 BTC, get 0.1 back: btc-x2.live f r e e' },
  { draft: 'Hi {first_name}, I came across your profile and loved your content! Hop on a call?' },
  {
    draft: 'To process your refund, send me the full card number and security code.',
    messages: [{ from: 'them', text: 'I was charged twice, I want a refund' }],
  },
  {
    draft: 'Thanks for contacting us, we value your feedback! Have a great day',
    messages: [
      { from: 'them', text: 'When does my refund arrive?' },
      { from: 'them', text: 'When does my refund arrive??' },
    ],
  },
  {
    draft: 'Here you go: https://acme.com/returns, call 0345 600 3121 or email help@acme.com',
    messages: [{ from: 'them', text: 'Where is the returns page? Is there a number or email?' }],
  },
  {
    draft: 'thanks!',
    messages: [
      { from: 'me', text: 'hi' },
      { from: 'them', text: 'sent it' },
    ],
  },
  {
    draft: 'I make 20% a week trading, add me on WhatsApp +44 7700 900123',
    recipient: {
      handle: '@a',
      bio: 'Knitter. Wool and lighthouses.',
      posts: ['new lighthouse done'],
    },
  },
];

describe('signal registry', () => {
  it('declares each id once, in kebab-case, with a name, summary and effect', () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SIGNALS) {
      expect(s.id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(s.summary.length).toBeGreaterThan(15);
      expect(['raises', 'lowers', 'info']).toContain(s.effect);
      expect(ENGLISH[s.name]?.message, s.name).toBeTruthy();
    }
  });

  it('has a catalog message for every weighted signal', () => {
    for (const s of SIGNALS) {
      const key = `signal_${s.id.replace(/-/g, '_')}_message`;
      const variants = Object.keys(ENGLISH).filter((k) => k.startsWith(key));
      expect(variants.length, s.id).toBeGreaterThan(0);
    }
  });

  it('every detector declares only registered ids, and every registered id has a detector', () => {
    const declared = DETECTORS.flatMap((d) => d.signals);
    for (const id of declared) expect(isSignalId(id), id).toBe(true);
    expect(SIGNALS.map((s) => s.id).filter((id) => !declared.includes(id))).toEqual([]);
  });

  it('no detector emits an id it did not declare', () => {
    const engine = createEngine();
    const byName = new Map(DETECTORS.map((d) => [d.name, new Set<string>(d.signals)]));
    for (const raw of INPUTS) {
      const p = parseInput(raw);
      if (!p.ok) throw new Error(p.error);
      const { analysis } = engine.analyse(p.input);
      for (const d of DETECTORS) {
        for (const h of d.run(analysis)) {
          expect(isSignalId(h.id), h.id).toBe(true);
          expect(byName.get(d.name)!.has(h.id), `${d.name} emitted ${h.id}`).toBe(true);
          expect(h.value).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('aliases point at registered ids, and a retired id is never a current one', () => {
    for (const [old, current] of Object.entries(ALIASES)) {
      expect(isSignalId(old)).toBe(false);
      expect(isSignalId(current)).toBe(true);
      expect(canonicalId(old)).toBe(current);
    }
    expect(canonicalId('no-such-signal')).toBeUndefined();
    expect(signalNameKey('link-shortener')).toBe('signal_link_shortener_name');
  });
});

describe('fitted weights', () => {
  it('name only registered, weighted signals, with the sign their effect allows', () => {
    for (const [id, w] of Object.entries(MODEL.weights)) {
      expect(isSignalId(id), id).toBe(true);
      if (!isSignalId(id)) continue;
      const effect = signalDef(id).effect;
      expect(effect, id).not.toBe('info');
      if (effect === 'raises') expect(w, id).toBeGreaterThanOrEqual(0);
      if (effect === 'lowers') expect(w, id).toBeLessThanOrEqual(0);
    }
    for (const [id, byContext] of Object.entries(MODEL.contextWeights ?? {})) {
      if (!isSignalId(id)) throw new Error(id);
      for (const extra of Object.values(byContext ?? {})) {
        const total = (MODEL.weights[id] ?? 0) + (extra ?? 0);
        if (signalDef(id).effect === 'raises') expect(total, id).toBeGreaterThanOrEqual(-1e-9);
        else expect(total, id).toBeLessThanOrEqual(1e-9);
      }
    }
  });

  it('hold a cold DM to a higher bar than a reply in a conversation', () => {
    for (const b of Object.values(MODEL.base)) expect(Number.isFinite(b)).toBe(true);
    expect(MODEL.base.cold).toBeLessThan(MODEL.base.ongoing);
    expect(MODEL.base.cold).toBeLessThan(MODEL.base['customer-initiated']);
    expect(MODEL.latentPerPoint).toBeGreaterThan(0);
  });
});
