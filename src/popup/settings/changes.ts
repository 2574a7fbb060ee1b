/** What an import would change, in plain words, for the confirmation after it is applied. */
import { msg } from '../../shared/i18n';
import type { GateMode, Settings } from '../../shared/settings';
import { LINE, thresholdLabel } from './form';

/** The gate choices under the same names the Settings tab shows. */
const gateText = (g: GateMode): string => msg(`popup_gate_${g}`);

function listChange(name: string, before: string[], after: string[]): string | null {
  const added = after.filter((x) => !before.includes(x)).length;
  const removed = before.filter((x) => !after.includes(x)).length;
  if (!added && !removed) return null;
  const parts = [
    added && msg('popup_changes_added', [String(added)]),
    removed && msg('popup_changes_removed', [String(removed)]),
  ].filter(Boolean);
  return msg('popup_changes_list', [name, parts.join(', ')]);
}

export function describeChanges(before: Settings, after: Settings): string[] {
  const out: (string | null)[] = [];
  const pair = (name: string, a: unknown, b: unknown) => {
    if (a !== b) out.push(msg('popup_changes_pair', [name, String(a), String(b)]));
  };
  if (before.gate !== after.gate)
    out.push(
      msg('popup_changes_pair', [
        msg('popup_changes_gate'),
        gateText(before.gate),
        gateText(after.gate),
      ]),
    );
  const e0 = before.engine;
  const e1 = after.engine;
  pair(thresholdLabel('send'), LINE.send + e0.strictness.send, LINE.send + e1.strictness.send);
  pair(thresholdLabel('hold'), LINE.hold + e0.strictness.hold, LINE.hold + e1.strictness.hold);
  pair(msg('popup_changes_daily_budget'), e0.dailyBudget, e1.dailyBudget);
  pair(msg('popup_changes_hourly_budget'), e0.hourlyBudget, e1.hourlyBudget);
  out.push(listChange(msg('popup_changes_trigger_phrases'), e0.triggerPhrases, e1.triggerPhrases));
  out.push(listChange(msg('popup_changes_trusted_domains'), e0.trustedDomains, e1.trustedDomains));
  if (e0.brandProfile !== e1.brandProfile) out.push(msg('popup_changes_brand'));
  out.push(
    listChange(msg('popup_changes_muted'), before.mutedConversations, after.mutedConversations),
  );
  pair(msg('popup_changes_retention'), before.profileRetentionDays, after.profileRetentionDays);
  if (before.pausedUntil !== after.pausedUntil) {
    out.push(
      after.pausedUntil > Date.now()
        ? msg('popup_changes_pause_set')
        : msg('popup_changes_pause_cleared'),
    );
  }
  return out.filter((x): x is string => x !== null);
}
