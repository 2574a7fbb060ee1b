/** Crypto and investment pitches: airdrops, presales, guaranteed returns, trading signals. */
import { listDetector } from './list-detector';

export const cryptoDetector = listDetector('crypto-pitch', [
  {
    id: 'crypto-investment-pitch',
    summary: 'Crypto and investment pitches: airdrop, presale, guaranteed returns, 10x, forex.',
    messageKey: 'signal_crypto_investment_pitch_message',
    suggestionKey: 'signal_crypto_investment_pitch_suggestion',
  },
]);
