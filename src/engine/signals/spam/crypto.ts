/** Crypto and investment pitches: airdrops, presales, guaranteed returns, trading signals. */
import { listDetector } from './list-detector';

export const cryptoDetector = listDetector('crypto-pitch', [
  {
    id: 'crypto-investment-pitch',
    messageKey: 'signal_crypto_investment_pitch_message',
    suggestionKey: 'signal_crypto_investment_pitch_suggestion',
  },
]);
