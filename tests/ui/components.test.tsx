// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart, chartLabel } from '../../src/ui/BarChart';
import { HighlightedDraft } from '../../src/ui/HighlightedDraft';
import { Meter } from '../../src/ui/Meter';
import { type TabDef, Tabs } from '../../src/ui/Tabs';
import { VerdictChip } from '../../src/ui/VerdictChip';

afterEach(cleanup);

type Id = 'a' | 'b' | 'c';
const TABS: TabDef<Id>[] = [
  { id: 'a', label: 'Alpha' },
  { id: 'b', label: 'Beta' },
  { id: 'c', label: 'Gamma' },
];

function Harness() {
  const [sel, setSel] = useState<Id>('a');
  return (
    <Tabs<Id> label="Test tabs" tabs={TABS} selected={sel} onSelect={setSel}>
      <p>panel {sel}</p>
    </Tabs>
  );
}

describe('Tabs', () => {
  it('follows the ARIA tabs pattern with arrow keys, Home and End', () => {
    render(<Harness />);
    const [a, b, c] = screen.getAllByRole('tab');
    expect(screen.getByRole('tablist', { name: 'Test tabs' })).toBeTruthy();
    expect(a!.getAttribute('aria-selected')).toBe('true');
    expect([a!.tabIndex, b!.tabIndex, c!.tabIndex]).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(a!.id);

    a!.focus();
    fireEvent.keyDown(a!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Beta' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Beta');
    expect(screen.getByText('panel b')).toBeTruthy();

    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('Gamma');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Alpha');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toBe('Gamma');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.textContent).toBe('Alpha');
    expect(screen.getByText('panel a')).toBeTruthy();
  });
});

describe('presentational pieces', () => {
  it('VerdictChip names the verdict in words and a glyph, not only colour', () => {
    render(<VerdictChip verdict="hold" score={22} />);
    const chip = screen.getByText('Not worth sending').parentElement!;
    expect(chip.textContent).toBe('Not worth sending22/100');
    expect(chip.classList.contains('w-tone--bad')).toBe(true);
    expect(chip.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('Meter exposes its value in percent, on the colour scale, and says when it is unknown', () => {
    render(
      <>
        <Meter label="Spam risk" value={0.734} tone="bad" />
        <Meter label="Relevance" value={null} tone="neutral" unknownText="no profile seen" />
      </>,
    );
    const [spam, rel] = screen.getAllByRole('meter');
    expect(spam!.getAttribute('aria-valuenow')).toBe('73');
    expect(spam!.getAttribute('aria-valuetext')).toBe('73%');
    expect(screen.getByRole('meter', { name: 'Spam risk' })).toBe(spam);
    expect(spam!.closest('.w-meter')!.classList.contains('w-tone--bad')).toBe(true);
    expect(rel!.hasAttribute('aria-valuenow')).toBe(false);
    expect(screen.getByText('no profile seen')).toBeTruthy();
  });

  it('HighlightedDraft renders the draft as text with marks and screen-reader notes', () => {
    render(
      <HighlightedDraft
        draft="<b>hi</b> buy now"
        ranges={[{ start: 10, end: 17, tone: 'bad', note: 'pushy' }]}
      />,
    );
    expect(document.querySelector('b')).toBeNull();
    const mark = document.querySelector('mark')!;
    expect(mark.textContent).toBe('buy now (hurts: pushy)');
    expect(mark.title).toBe('pushy');
  });

  it('BarChart is an image labelled with every number, and a hidden table', () => {
    const days = [
      { day: '2025-11-03', sent: 4, held: 1 },
      { day: '2025-11-04', sent: 0, held: 0 },
    ];
    render(<BarChart days={days} budget={5} title="Sent per day" />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe(chartLabel('Sent per day', days, 5));
    expect(img.getAttribute('aria-label')).toBe(
      'Sent per day. Mon 3: 4 sent, 1 held; Tue 4: 0 sent. Daily budget 5.',
    );
    expect(screen.getByRole('table', { name: 'Sent per day' })).toBeTruthy();
    expect(img.querySelector('.w-chart__budget')).not.toBeNull();
  });
});
