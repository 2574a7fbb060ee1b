// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Details } from '../../src/ui/Details';
import { Summary } from '../../src/ui/Summary';
import { makeVerdict, signalOn } from '../overlay/verdict-fixture';

afterEach(cleanup);

const draft = 'Claim your ETH airdrop now at https://claim-bonus.xyz/ - free eth!';
const crypto = signalOn(draft, ['ETH', 'airdrop', 'eth'], {
  id: 'crypto-investment-pitch',
  message: 'Sounds like an investment pitch: “ETH”, “airdrop” and “eth”.',
});
const tld = signalOn(draft, ['claim-bonus.xyz'], {
  id: 'suspicious-tld',
  severity: 'medium',
  weight: 18,
  message: 'Links to a domain ending scammers favour.',
});
const cold = signalOn(draft, ['https://claim-bonus.xyz/'], {
  id: 'link-in-cold-opener',
  severity: 'medium',
  weight: 20,
  message: 'A link in a first message looks like spam.',
});

describe('Summary', () => {
  it('shows two reasons by plain name with each quote once, the question to answer and one fix', () => {
    const v = makeVerdict({
      signals: [crypto, cold, tld],
      context: {
        kind: 'customer-initiated',
        openQuestion: { text: 'Is my wallet safe?', index: 0 },
        theirMessages: 1,
        myMessages: 0,
      },
      suggestions: [
        { id: 'a', text: 'Do not open with an investment offer.', signals: [] },
        { id: 'b', text: 'Open without the link.', signals: [] },
      ],
    });
    render(<Summary verdict={v} draft={draft} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.dataset.signal)).toEqual([
      'crypto-investment-pitch',
      'link-in-cold-opener',
    ]);
    // “free eth” is not quoted again: “eth” is already in “ETH airdrop”.
    expect(items[0]!.textContent).toBe('Crypto or investment pitch ETH airdrop');
    expect([...items[1]!.querySelectorAll('q')].map((q) => q.textContent)).toEqual([
      'https://claim-bonus.xyz/',
    ]);
    expect(screen.getByText('Answer their question')).toBeTruthy();
    expect(screen.getByText('Is my wallet safe?')).toBeTruthy();
    expect(screen.getByText(/Do not open with an investment offer/)).toBeTruthy();
    expect(screen.queryByText(/Open without the link/)).toBeNull();
    expect(document.body.textContent).not.toMatch(/crypto-investment|and …/);
  });

  it('labels a post as a post and says whether the draft engages with it', () => {
    const v = makeVerdict({
      verdict: 'send',
      engage: { source: 'post', index: 0, text: 'Sub-3 in Berlin!', engaged: false },
    });
    render(<Summary verdict={v} draft="hi" />);
    const engage = document.querySelector('[data-worthy="engage"]')!;
    expect(engage.textContent).toBe('Engage with their postSub-3 in Berlin!Not in your draft yet');
    expect(screen.getByText('Nothing stands out against it.')).toBeTruthy();
  });
});

describe('Details', () => {
  it('is the full ledger: meters, context, the draft marked, every signal with its points', () => {
    const v = makeVerdict({
      signals: [crypto, tld],
      skipped: [
        { id: 'a', reason: 'English word lists skipped.' },
        { id: 'b', reason: 'English word lists skipped.' },
      ],
    });
    render(<Details verdict={v} draft={draft} />);
    expect(screen.getAllByRole('meter').map((m) => m.getAttribute('aria-valuetext'))).toEqual([
      '10%',
      '72%',
    ]);
    expect(screen.getByText('Cold message: they have not written to you')).toBeTruthy();
    const hurts = screen.getByRole('region', { name: 'What hurts' });
    expect(within(hurts).getByText('Crypto or investment pitch')).toBeTruthy();
    expect(within(hurts).getByText('+20 spam risk')).toBeTruthy();
    expect(within(hurts).getByText(/Sounds like an investment pitch/)).toBeTruthy();
    expect([...document.querySelectorAll('mark')].map((m) => m.firstChild?.textContent)).toEqual([
      'ETH airdrop',
      'https://claim-bonus.xyz/',
      'eth',
    ]);
    // The same reason from several checks is listed once.
    expect(screen.getAllByText('English word lists skipped.')).toHaveLength(1);
  });

  it('renders untrusted text as text, never as markup', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const v = makeVerdict({
      interests: [{ label: evil, source: 'bio', quote: evil, weight: 1, touched: false }],
      signals: [signalOn(evil, ['<script>'], { quotes: [{ source: 'bio', text: evil }] })],
    });
    render(<Details verdict={v} draft={evil} />);
    expect(document.querySelector('script, img')).toBeNull();
    expect(document.body.textContent).toContain('<script>window.__pwned=1</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
