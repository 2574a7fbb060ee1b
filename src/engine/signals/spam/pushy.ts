/** Sales pressure: discounts, calls to action, urgency and guarantees. */
import { DISGUISED_NOTE, listDetector } from './list-detector';

export const pushyDetector = listDetector('pushy-language', [
  {
    id: 'promo-discount',
    summary: 'Discounts, promo codes and sales offers.',
    message: (q, d) =>
      `Reads like an advert: ${q}. Offers in a first message are why people ignore DMs.${d ? DISGUISED_NOTE : ''}`,
    suggestion:
      'Lead with why you are writing to this person; save the offer until they show interest.',
  },
  {
    id: 'call-to-action',
    summary: 'Pushy calls to action: click, sign up, book a call, check my bio.',
    message: (q, d) =>
      `Tells the reader what to do before they care: ${q}.${d ? DISGUISED_NOTE : ''}`,
    suggestion: 'Replace the instruction with one genuine question they can answer in a line.',
  },
  {
    id: 'urgency-scarcity',
    summary: 'Artificial urgency or scarcity: limited time, only 3 left, act now.',
    message: (q, d) =>
      `Uses pressure tactics: ${q}. Urgency from a stranger reads as a scam.${d ? DISGUISED_NOTE : ''}`,
    suggestion: 'Drop the deadline; if there is a real date, state it plainly once.',
  },
  {
    id: 'guarantee-claim',
    summary: 'Too-good-to-be-true promises: 100% guaranteed, risk-free, double your money.',
    message: (q, d) =>
      `Makes promises that sound too good to be true: ${q}.${d ? DISGUISED_NOTE : ''}`,
    suggestion: 'Swap the promise for one concrete, checkable fact.',
  },
]);
