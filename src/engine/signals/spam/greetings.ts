/** Greetings that show the message was not written for this person. */
import { listDetector } from './list-detector';

export const greetingDetector = listDetector('generic-greeting', [
  {
    id: 'generic-greeting',
    summary: 'Generic greetings: Dear Sir/Madam, Dear valued customer, Hello friend, Hi there.',
    message: (q) =>
      `Opens with a generic greeting: ${q}. It tells the reader this went to many people.`,
    suggestion: 'Greet them by name and mention something of theirs.',
    cap: 25,
  },
]);
