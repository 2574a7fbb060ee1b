/**
 * What the adapter can find on this page, for the popup's "why is Worthy standing aside"
 * view and for tests. Read-only and exception-free.
 */
import { findComposers } from './composer.ts';
import { readConversation } from './conversation.ts';
import { readProfile } from './profile.ts';
import { routeOf } from './routes.ts';
import { shadowHosts } from './shadow.ts';
import type { Diagnosis } from './types.ts';

export function diagnose(doc: Document, url: URL): Diagnosis {
  const route = routeOf(url);
  const d: Diagnosis = {
    route,
    composer: false,
    sendButton: false,
    recipient: false,
    messages: 0,
    profile: false,
    surfaces: [],
    shadowHosts: 0,
  };
  try {
    d.shadowHosts = shadowHosts(doc).length;
    const composers = findComposers(doc);
    d.composer = composers.length > 0;
    d.surfaces = composers.map((c) => c.surface);
    d.sendButton = composers.some((c) => c.findSendButton() !== null);
    const first = composers[0];
    if (first) {
      const convo = readConversation(first, url);
      d.recipient = !!convo.recipient.handle;
      d.messages = convo.messages.length;
    }
    d.profile = route === 'profile' && readProfile(doc, url) !== null;
  } catch {
    // Partial diagnosis is still useful.
  }
  return d;
}
