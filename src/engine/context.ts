/**
 * Who started the thread and what is still open in it. A reply in a thread the customer started
 * is judged against what they asked; a cold DM is held to a higher bar.
 */
import type { ThreadMessage } from './schema';
import type { ConversationContext } from './types';

// A question mark, or an English request opener. Other languages still get the question mark.
const ASKS =
  /\?|？|^\s*(?:how|what|when|where|why|who|which|can|could|would|will|is|are|do|does|did|any)\b|\b(?:please|pls|help|check|let me know|need|wondering|issue|problem|refund|cancel|broken|not working|hasn't|haven't|didn't|can't|won't)\b/i;

export function asksSomething(text: string): boolean {
  return ASKS.test(text);
}

export function detectContext(messages: readonly ThreadMessage[] = []): ConversationContext {
  const real = messages.filter((m) => m.text.trim() !== '');
  const theirMessages = real.filter((m) => m.from === 'them').length;
  const myMessages = real.length - theirMessages;
  const first = real[0];
  let kind: ConversationContext['kind'] = 'cold';
  if (first?.from === 'them') kind = 'customer-initiated';
  else if (theirMessages > 0) kind = 'ongoing';

  // The recipient's latest message is "open" when we have not written since and it asks something.
  let openQuestion: ConversationContext['openQuestion'] = null;
  for (let i = real.length - 1; i >= 0; i--) {
    const m = real[i]!;
    if (m.from === 'me') break;
    if (asksSomething(m.text)) {
      openQuestion = { text: m.text, index: messages.indexOf(m) };
      break;
    }
  }
  return { kind, openQuestion, theirMessages, myMessages };
}
