/** Sales pressure: discounts, calls to action, urgency and guarantees. */
import { listDetector } from './list-detector';

export const pushyDetector = listDetector('pushy-language', [
  {
    id: 'promo-discount',
    summary: 'Discounts, promo codes and sales offers.',
    messageKey: 'signal_promo_discount_message',
    suggestionKey: 'signal_promo_discount_suggestion',
  },
  {
    id: 'call-to-action',
    summary: 'Pushy calls to action: click, sign up, book a call, check my bio.',
    messageKey: 'signal_call_to_action_message',
    suggestionKey: 'signal_call_to_action_suggestion',
  },
  {
    id: 'urgency-scarcity',
    summary: 'Artificial urgency or scarcity: limited time, only 3 left, act now.',
    messageKey: 'signal_urgency_scarcity_message',
    suggestionKey: 'signal_urgency_scarcity_suggestion',
  },
  {
    id: 'guarantee-claim',
    summary: 'Too-good-to-be-true promises: 100% guaranteed, risk-free, double your money.',
    messageKey: 'signal_guarantee_claim_message',
    suggestionKey: 'signal_guarantee_claim_suggestion',
  },
]);
