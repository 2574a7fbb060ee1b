import { describe, expect, test } from 'vitest';
import { type SignalId, signalDef } from '../../../../src/engine/registry';
import { spamDetectors } from '../../../../src/engine/signals/spam';
import { evidenceIsExact, ids, run } from './helpers';

const englishOnly = (id: SignalId) => signalDef(id).englishOnly === true;
/** Detectors built only on English lists: skipped, and listed as skipped, on other languages. */
const ENGLISH_ONLY = spamDetectors.filter((d) => d.signals.every(englishOnly)).map((d) => d.name);
const ENGLISH_LIST_IDS = new Set<string>(
  spamDetectors.flatMap((d) => d.signals).filter((id) => englishOnly(id)),
);

describe('non-English drafts', () => {
  test.each([
    [
      'es',
      'Hola Ana, me encantó tu hilo sobre cerámica. ¿Tienes el enlace al taller gratis que mencionaste? Gracias, es para mi hermana.',
    ],
    ['ar', 'مرحبا، شكرا على مشاركتك الرائعة حول التصميم. هل يمكننا التحدث عن الورشة المجانية؟'],
    [
      'ja',
      'こんにちは！あなたの投稿がとても面白かったです。無料のワークショップに参加できますか？',
    ],
  ])('%s: English lists are skipped and say so', (code, draft) => {
    const v = run(draft);
    expect(v.language.code).toBe(code);
    expect(v.language.english).toBe(false);
    const skipped = v.skipped.map((s) => s.id);
    for (const name of ENGLISH_ONLY) expect(skipped).toContain(name);
    expect(ids(v).filter((id) => ENGLISH_LIST_IDS.has(id))).toEqual([]);
    expect(ids(v)).toEqual([]);
  });

  test('Spanish words that look like English ones do not misfire', () => {
    // "sale" (goes out), "once" (eleven), "red" (network), "cash" in a name
    const v = run('El tren sale a las once, la red está lenta. Nos vemos en la estación, gracias.');
    expect(ids(v)).toEqual([]);
  });

  test.each([
    ['links', 'Hola, mira esto: bit.ly/oferta-xyz y https://promo.xyz/gratis', 'link-shortener'],
    ['phone numbers', 'Hola, escríbeme al +34 612 345 678 por favor, gracias', 'phone-number'],
    ['placeholders', 'Hola {nombre}, ¿qué tal? Me encantó tu trabajo', 'unfilled-placeholder'],
    ['obfuscation', 'Hola, consigue tu ⓓⓘⓝⓔⓡⓞ gratis hoy con nosotros', 'fancy-letters'],
    ['shouting', '¡¡¡HOLA AMIGOS, ESTA ES LA MEJOR OFERTA DEL AÑO!!!', 'all-caps'],
    ['apps', 'مرحبا، تواصل معي على WhatsApp من فضلك', 'off-platform-app'],
  ])('language-independent checks still run: %s', (_name, draft, id) => {
    const v = run(draft);
    expect(v.language.english).toBe(false);
    expect(ids(v)).toContain(id);
    expect(evidenceIsExact(v, draft)).toBe(true);
  });
});
