/** Sales pressure: discounts, calls to action, urgency and guarantees. */
import { listDetector } from './list-detector';

export const pushyDetector = listDetector('pushy-language', [
  {
    id: 'promo-discount',
    messageKey: 'signal_promo_discount_message',
    suggestionKey: 'signal_promo_discount_suggestion',
  },
  {
    id: 'call-to-action',
    messageKey: 'signal_call_to_action_message',
    suggestionKey: 'signal_call_to_action_suggestion',
  },
  {
    id: 'urgency-scarcity',
    messageKey: 'signal_urgency_scarcity_message',
    suggestionKey: 'signal_urgency_scarcity_suggestion',
  },
  {
    id: 'guarantee-claim',
    messageKey: 'signal_guarantee_claim_message',
    suggestionKey: 'signal_guarantee_claim_suggestion',
  },
]);
