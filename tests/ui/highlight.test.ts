import { describe, expect, it } from 'vitest';
import { english } from '../../src/engine/i18n';
import { highlightRuns, marksOf } from '../../src/ui/highlight';
import { makeVerdict, signalOn } from '../overlay/verdict-fixture';

const bad = (start: number, end: number, note = 'n') => ({
  start,
  end,
  tone: 'bad' as const,
  note,
});
const good = (start: number, end: number, note = 'g') => ({
  start,
  end,
  tone: 'good' as const,
  note,
});
const marked = (draft: string, ranges: Parameters<typeof highlightRuns>[1]) =>
  highlightRuns(draft, ranges)
    .filter((r) => r.mark)
    .map((r) => [r.text, r.mark!.tone, r.mark!.notes.join('+')]);

describe('highlightRuns', () => {
  it('returns the draft as one run when nothing is marked', () => {
    expect(highlightRuns('hello', [])).toEqual([{ text: 'hello' }]);
    expect(highlightRuns('', [bad(0, 3)])).toEqual([]);
  });

  it('marks ranges and keeps the text between them, so the runs rebuild the draft', () => {
    const runs = highlightRuns('buy now please', [bad(0, 7, 'pushy')]);
    expect(runs).toEqual([
      { text: 'buy now', mark: { tone: 'bad', notes: ['pushy'] } },
      { text: ' please' },
    ]);
  });

  it('widens a cut word and merges touching ranges into one mark', () => {
    const draft = 'act today only, then rest';
    expect(marked(draft, [bad(4, 7, 'urgency'), bad(10, 14, 'urgency')])).toEqual([
      ['today only', 'bad', 'urgency'],
    ]);
  });

  it('shows a link as one mark, never as fragments', () => {
    const draft = 'claim at https://eth-claim-bonus.xyz/ now';
    const at = draft.indexOf('https');
    expect(marked(draft, [bad(at, at + 8, 'tld'), bad(at + 12, at + 17, 'tld')])).toEqual([
      ['https://eth-claim-bonus.xyz/', 'bad', 'tld'],
    ]);
  });

  it('keeps emoji whole and uses UTF-16 offsets', () => {
    const draft = 'Hi 👋🏽 click bit.ly/x';
    const wave = draft.indexOf('👋🏽');
    const link = draft.indexOf('bit.ly');
    expect(marked(draft, [bad(wave, wave + 1, 'emoji'), bad(link, link + 3, 'link')])).toEqual([
      ['👋🏽', 'bad', 'emoji'],
      ['bit.ly/x', 'bad', 'link'],
    ]);
  });

  it('lets harmful evidence win where it overlaps helpful evidence', () => {
    const draft = 'your marathon course offer';
    expect(marked(draft, [good(5, 20, 'topic'), bad(14, 26, 'promo')])).toEqual([
      ['marathon', 'good', 'topic'],
      ['course offer', 'bad', 'promo'],
    ]);
  });

  it('clamps ranges past the end, drops empty and inverted ones', () => {
    expect(marked('abc def', [bad(5, 99), bad(2, 2)])).toEqual([['def', 'bad', 'n']]);
  });

  it('merges the notes of overlapping ranges of the same tone', () => {
    expect(marked('buy now friend', [bad(0, 3, 'one'), bad(0, 7, 'two')])).toEqual([
      ['buy now', 'bad', 'one+two'],
    ]);
  });
});

describe('marksOf', () => {
  it('names marks by the signal, skips notes, and drops helpful filler words', () => {
    const draft = "it's a hill session, just click here";
    const v = makeVerdict({
      signals: [
        signalOn(draft, ["it's", 'hill', 'just'], { id: 'topic-match', severity: 'good' }),
        signalOn(draft, ['click here'], { id: 'call-to-action' }),
        signalOn(draft, ['session'], { id: 'whatever', severity: 'info' }),
      ],
    });
    const marks = marksOf(draft, v.signals, english);
    expect(marks.map((m) => [draft.slice(m.start, m.end), m.tone, m.note])).toEqual([
      ['hill', 'good', english('signal_topic_match_name')],
      ['click here', 'bad', english('signal_call_to_action_name')],
    ]);
  });
});
