/** Credential and account-threat phishing: verify your account, suspension, copyright strikes. */
import { askedFor } from '../conversation/asks';
import { listDetector } from './list-detector';

export const phishingDetector = listDetector('account-phishing', [
  {
    id: 'account-phishing',
    messageKey: 'signal_account_phishing_message',
    suggestionKey: 'signal_account_phishing_suggestion',
    // After they report a login they did not make, "reset your password" is the answer. A
    // request for their codes is judged on its own (asks-for-credentials).
    skip: (a) => askedFor(a, 'account'),
  },
]);
