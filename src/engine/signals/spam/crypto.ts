/** Crypto and investment pitches: airdrops, presales, guaranteed returns, trading signals. */
import { DISGUISED_NOTE, listDetector } from './list-detector';

export const cryptoDetector = listDetector('crypto-pitch', [
  {
    id: 'crypto-investment-pitch',
    summary: 'Crypto and investment pitches: airdrop, presale, guaranteed returns, 10x, forex.',
    message: (q, d) =>
      `Sounds like an investment pitch: ${q}. Unsolicited crypto and trading offers are the most reported DM scam.${d ? DISGUISED_NOTE : ''}`,
    suggestion:
      'Do not open with an investment offer; if it is relevant to them, say why in their terms.',
  },
]);
