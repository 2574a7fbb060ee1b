/** Credential and account-threat phishing: verify your account, suspension, copyright strikes. */
import { listDetector } from './list-detector';

export const phishingDetector = listDetector('account-phishing', [
  {
    id: 'account-phishing',
    summary: 'Account threats and credential requests: verify your account, confirm your password.',
    messageKey: 'signal_account_phishing_message',
    suggestionKey: 'signal_account_phishing_suggestion',
  },
]);
