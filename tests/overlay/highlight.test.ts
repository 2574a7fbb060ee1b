import { describe, expect, it } from 'vitest';
import { rangesOf, segmentDraft } from '../../src/overlay/highlight';
import { makeVerdict, signalOn } from './verdict-fixture';

describe('segmentDraft', () => {
  it('splits at ranges and keeps plain text between', () => {
    const s = segmentDraft('buy now friend', [{ start: 0, end: 7, kind: 'hurt', note: 'pushy' }]);
    expect(s.map((x) => [x.text, x.mark?.kind ?? null])).toEqual([
      ['buy now', 'hurt'],
      [' friend', null],
    ]);
  });

  it('uses UTF-16 offsets so emoji before a range do not shift it', () => {
    const draft = 'Hi 👋🏽 click here: bit.ly/x';
    const start = draft.indexOf('bit.ly/x');
    const s = segmentDraft(draft, [{ start, end: start + 8, kind: 'hurt', note: 'link' }]);
    expect(s.find((x) => x.mark)?.text).toBe('bit.ly/x');
    expect(s.map((x) => x.text).join('')).toBe(draft);
  });

  it('never cuts a surrogate pair in half', () => {
    const draft = 'ok 😀 ok';
    // 3..4 is the high surrogate only.
    const s = segmentDraft(draft, [{ start: 3, end: 4, kind: 'hurt', note: 'emoji' }]);
    expect(s.find((x) => x.mark)?.text).toBe('😀');
  });

  it('works on right-to-left text', () => {
    const draft = 'مرحبا اشتر الآن رابط';
    const phrase = 'اشتر الآن';
    const start = draft.indexOf(phrase);
    const s = segmentDraft(draft, [
      { start, end: start + phrase.length, kind: 'hurt', note: 'pushy' },
    ]);
    expect(s.find((x) => x.mark)?.text).toBe(phrase);
  });

  it('merges overlaps, hurt wins over help, clamps out-of-range offsets', () => {
    const s = segmentDraft('abcdef', [
      { start: 1, end: 4, kind: 'help', note: 'a' },
      { start: 3, end: 99, kind: 'hurt', note: 'b' },
      { start: -5, end: 0, kind: 'hurt', note: 'empty' },
    ]);
    expect(s.map((x) => [x.text, x.mark?.kind ?? null])).toEqual([
      ['a', null],
      ['bc', 'help'],
      ['d', 'hurt'],
      ['ef', 'hurt'],
    ]);
  });

  it('re-finds evidence whose offsets disagree with its text', () => {
    const draft = 'hello buy now';
    const v = makeVerdict({
      signals: [
        { ...signalOn(draft, ['buy now']), evidence: [{ start: 0, end: 3, text: 'buy now' }] },
      ],
    });
    expect(rangesOf(v, draft)).toMatchObject([{ start: 6, end: 13 }]);
  });
});
