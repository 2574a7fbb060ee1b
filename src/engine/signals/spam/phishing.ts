/** Credential and account-threat phishing: verify your account, suspension, copyright strikes. */
import { DISGUISED_NOTE, listDetector } from './list-detector';

export const phishingDetector = listDetector('account-phishing', [
  {
    id: 'account-phishing',
    summary: 'Account threats and credential requests: verify your account, confirm your password.',
    message: (q, d) =>
      `Looks like a phishing message: ${q}. Account warnings and password requests never come by DM from a real platform.${d ? DISGUISED_NOTE : ''}`,
    suggestion:
      'Remove account warnings and any request for passwords, codes or logins; they read as phishing.',
  },
]);
