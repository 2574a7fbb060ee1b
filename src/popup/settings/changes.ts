/** What an import would change, in plain words, for the confirmation after it is applied. */
import type { Settings } from '../../shared/settings';

const GATE_TEXT = {
  off: 'off',
  warn: 'warn only',
  hold: 'hold weak drafts',
  strict: 'hold drafts to revise too',
};

function listChange(name: string, before: string[], after: string[]): string | null {
  const added = after.filter((x) => !before.includes(x)).length;
  const removed = before.filter((x) => !after.includes(x)).length;
  if (!added && !removed) return null;
  const parts = [added && `${added} added`, removed && `${removed} removed`].filter(Boolean);
  return `${name}: ${parts.join(', ')}`;
}

export function describeChanges(before: Settings, after: Settings): string[] {
  const out: (string | null)[] = [];
  const pair = (name: string, a: unknown, b: unknown) => {
    if (a !== b) out.push(`${name}: ${a} → ${b}`);
  };
  if (before.gate !== after.gate)
    out.push(`Gate: ${GATE_TEXT[before.gate]} → ${GATE_TEXT[after.gate]}`);
  const e0 = before.engine;
  const e1 = after.engine;
  pair('Send at', e0.thresholds.send, e1.thresholds.send);
  pair('Hold below', e0.thresholds.hold, e1.thresholds.hold);
  pair('Daily budget', e0.dailyBudget, e1.dailyBudget);
  pair('Hourly budget', e0.hourlyBudget, e1.hourlyBudget);
  out.push(listChange('Trigger phrases', e0.triggerPhrases, e1.triggerPhrases));
  out.push(listChange('Trusted domains', e0.trustedDomains, e1.trustedDomains));
  if (e0.brandProfile !== e1.brandProfile) out.push('Brand profile: changed');
  out.push(listChange('Muted conversations', before.mutedConversations, after.mutedConversations));
  pair('Keep profiles (days)', before.profileRetentionDays, after.profileRetentionDays);
  if (before.pausedUntil !== after.pausedUntil) {
    out.push(after.pausedUntil > Date.now() ? 'Pause: set from the file' : 'Pause: cleared');
  }
  return out.filter((x): x is string => x !== null);
}
