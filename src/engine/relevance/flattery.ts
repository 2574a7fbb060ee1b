/**
 * Depth of personalisation, the shallow end: compliments that fit anyone ("loved your content")
 * and drafts whose only personal touch is the recipient's name, in the languages of the data.
 */
import type { Analysis } from '../analysis';
import { type Detector, evidence, type Hit } from '../detector';
import { wordRegExp } from '../signals/conversation/boundary';
import type { Evidence } from '../types';
import { topicMatchOf } from './match';
import { profileOf } from './profile';
import { referencedUnit } from './reference';
import { profileKnown, quoteOf, unitToEngage } from './shared';
import { CLEAR_MATCH } from './topic';

const FLATTERY: readonly RegExp[] = [
  /\b(?:i\s+)?(?:just\s+)?(?:came|stumbled)\s+(?:across|upon|on)\s+your\s+(?:profile|page|account|content|feed|work)\b/gi,
  /\b(?:love|loved|loving|like|liked|enjoy|enjoyed|admire|admiring)\s+(?:all\s+)?(?:your|ur)\s+(?:content|profile|page|account|feed|vibe|energy|work|posts|tweets|stuff)\b/gi,
  /\b(?:big|huge|long[- ]time)\s+fan\s+of\s+(?:your|ur)\s+(?:work|content|page|account)\b/gi,
  /\b(?:i'?m|i\s+am)\s+(?:a\s+)?(?:big|huge)\s+fan\b/gi,
  /\bcongrat(?:s|ulations)\s+on\s+(?:all\s+)?(?:your|ur|the)\s+(?:success|growth|achievements?|journey|amazing\s+work)\b/gi,
  /\b(?:your|ur)\s+(?:amazing|awesome|incredible|great|impressive|inspiring|beautiful|fantastic)\s+(?:page|profile|account|content|feed|brand|work)\b/gi,
  /\b(?:your|ur)\s+(?:page|profile|account|content|feed)\s+(?:is|looks)\s+(?:amazing|awesome|incredible|great|impressive|inspiring|fire)\b/gi,
  /\b(?:your|ur)\s+\d[\d.,]*\s*[km]?\+?\s+(?:followers|fans|subscribers)\b/gi,
  /\b(?:your|ur)\s+(?:huge|big|growing|amazing|engaged)\s+(?:following|audience|follower\s+count)\b/gi,
  /\b(?:you\s+have|you'?ve\s+got)\s+(?:a\s+)?(?:great|amazing|huge|awesome)\s+(?:profile|page|content|feed|audience)\b/gi,
  /\b(?:keep\s+up\s+the\s+(?:great|good|amazing)\s+work)\b/gi,
  /\b(?:your\s+background\s+is\s+(?:truly\s+)?(?:impressive|amazing)|(?:i\s+)?(?:saw|checked\s+out|looked\s+at)\s+your\s+(?:profile|page|account))\b/gi,
  // The same moves in the other languages of the data.
  wordRegExp(
    [
      String.raw`\b(?:vi\s+tu\s+perfil|he\s+visto\s+tu\s+perfil|me\s+encant(?:a|ó)\s+tu\s+(?:contenido|perfil|feed)|nos\s+encanta\s+tu\s+(?:feed|contenido|perfil)|vi\s+(?:o\s+)?seu\s+perfil|amei\s+(?:o\s+)?seu\s+(?:conte[uú]do|perfil|feed)|adoro\s+(?:o\s+)?seu\s+conte[uú]do|j'?ai\s+vu\s+(?:ton|votre)\s+profil|j'?adore\s+(?:ton|votre)\s+contenu|(?:bin|sind)\s+auf\s+(?:ihr|dein)\s+profil\s+aufmerksam|dein\s+profil\s+(?:ist|gef[aä]llt)|ho\s+visto\s+il\s+tuo\s+profilo|adoro\s+i\s+tuoi\s+contenuti|(?:aku|saya)\s+(?:lihat|liat)\s+profil|konten\s+(?:kakak|kamu)\s+(?:bagus|keren)|aapka\s+profile\s+(?:dekha|accha)|profile\s+dekha)\b`,
      'プロフィールを拝見|投稿を拝見|شفت حسابك|رأيت حسابك|أعجبني محتواك',
    ],
    'giu',
  ),
];

export function flatteryRanges(draft: string): Evidence[] {
  const out: Evidence[] = [];
  for (const re of FLATTERY) {
    for (const m of draft.slice(0, 20_000).matchAll(re)) {
      if (out.some((e) => m.index < e.end && m.index + m[0].length > e.start)) continue;
      out.push(evidence(draft, m.index, m.index + m[0].length));
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Where the draft uses the recipient's name or handle. */
export function nameRanges(a: Analysis): Evidence[] {
  const r = a.recipient;
  const names = new Set<string>();
  const handle = r.handle?.replace(/^@/, '').toLowerCase();
  if (handle && handle.length >= 2) names.add(handle);
  for (const part of (r.name ?? '').split(/\s+/)) {
    const n = part
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}'-]/gu, '');
    if (n.length >= 2) names.add(n);
  }
  if (names.size === 0) return [];
  return a.tokens.filter((t) => names.has(t.norm)).map((t) => evidence(a.draft, t.start, t.end));
}

export const flatteryDetector: Detector = {
  name: 'generic-personalisation',
  signals: ['generic-flattery', 'merge-field-only'],
  run(a) {
    if (!profileKnown(a) && a.context.theirMessages === 0) return [];
    if (a.context.kind !== 'cold') return [];
    const out: Hit[] = [];
    const p = profileOf(a);
    const m = topicMatchOf(a);
    const engage = unitToEngage(p.units, m.best);
    const quotes = engage ? [quoteOf(engage)] : [];
    const instead = engage
      ? a.t('suggestion_replace_compliment_example', [engage.text.slice(0, 80)])
      : a.t('suggestion_replace_compliment');
    const flattery = flatteryRanges(a.draft);
    if (flattery.length) {
      out.push({
        id: 'generic-flattery',
        value: Math.min(2, 1 + 0.5 * (flattery.length - 1)),
        message: a.t('signal_generic_flattery_message'),
        evidence: flattery.slice(0, 5),
        quotes,
        suggestion: instead,
      });
    }
    const names = nameRanges(a);
    const specific = referencedUnit(a) >= 0;
    if (names.length && !specific && m.similarity < CLEAR_MATCH) {
      out.push({
        id: 'merge-field-only',
        value: 1,
        message: a.t('signal_merge_field_only_message'),
        evidence: names.slice(0, 5),
        quotes,
        suggestion: instead,
      });
    }
    return out;
  },
};
