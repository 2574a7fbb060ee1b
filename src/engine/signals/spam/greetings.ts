/** Greetings that show the message was not written for this person. */
import { listDetector } from './list-detector';

export const greetingDetector = listDetector('generic-greeting', [
  {
    id: 'generic-greeting',
    messageKey: 'signal_generic_greeting_message',
    suggestionKey: 'signal_generic_greeting_suggestion',
    ignoreDisguise: true,
    cap: 25,
  },
]);
