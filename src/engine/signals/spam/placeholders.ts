/**
 * Template slots left unfilled: `{first_name}`, `{{name}}`, `[Name]`, `%NAME%`, `<first_name>`.
 * Language-independent: the brackets give it away in any language.
 */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { hitOf, quoteList } from './util';

const SLOT_WORDS =
  '(?:first|last|full|user|company|business|brand|product|recipient|contact|customer|client)?[ _-]?(?:name|handle|username|company|business|brand|product|niche|city|industry|website|link|title|role|topic)';
const PLACEHOLDERS: readonly RegExp[] = [
  // {{name}}, {{ first_name }}, {{contact.first_name}}
  /\{\{\s*[^{}\n]{1,40}?\s*\}\}/g,
  // {first_name}, {Name}, {company name}
  /\{\s*[\p{L}_][\p{L}\p{N}_ .-]{0,30}\s*\}/gu,
  // %NAME%, %first_name%
  /%[A-Za-z][A-Za-z0-9_]{1,30}%/g,
  // [NAME], [FIRST_NAME]
  /\[[A-Z][A-Z0-9_]{2,30}(?: [A-Z][A-Z0-9_]{1,30})?\]/g,
  // [Name], [first name], [your company], [insert link]
  new RegExp(
    String.raw`\[\s*(?:your |their |insert |add )?${SLOT_WORDS}\s*\]|\[\s*insert [^\]\n]{1,30}\]`,
    'gi',
  ),
  // <first_name>, <<name>>
  new RegExp(String.raw`<<?\s*${SLOT_WORDS}\s*>>?`, 'gi'),
  // $FIRST_NAME, $NAME
  /\$[A-Z][A-Z_]*NAME\b/g,
];

export const placeholderDetector: Detector = {
  name: 'placeholders',
  signals: ['unfilled-placeholder'],
  run(a: Analysis): Hit[] {
    const d = a.draft;
    if (!/[{[%<$]/.test(d)) return [];
    const ranges: { start: number; end: number }[] = [];
    for (const re of PLACEHOLDERS) {
      re.lastIndex = 0;
      for (const m of d.matchAll(re)) ranges.push({ start: m.index, end: m.index + m[0].length });
    }
    if (ranges.length === 0) return [];
    const slots = ranges.map((r) => d.slice(r.start, r.end));
    return [
      hitOf(a, {
        id: 'unfilled-placeholder',
        scale: Math.min(60, 40 + 5 * (ranges.length - 1)),
        message: a.t('signal_unfilled_placeholder_message', [quoteList(a.t, slots)]),
        ranges,
        suggestion: a.t('signal_unfilled_placeholder_suggestion', [quoteList(a.t, slots, 2)]),
      }),
    ];
  },
};
