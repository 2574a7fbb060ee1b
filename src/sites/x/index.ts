/** The x.com adapter: the only code in the extension that knows X's DOM. */
export { readAccount } from './account.ts';
export { findComposers, readDraftJs } from './composer.ts';
export { MAX_MESSAGES, readConversation } from './conversation.ts';
export { diagnose } from './diagnose.ts';
export { type ChangeReason, observePage } from './observe.ts';
export { MAX_POSTS, readProfile } from './profile.ts';
export {
  conversationIdOf,
  handleOfHref,
  isXHost,
  profileHandleOf,
  routeOf,
  sameHandle,
} from './routes.ts';
export { isSendKey, sendIntentOf } from './send-intent.ts';
export { chatShadowRoots, type SearchRoot, searchRoots, shadowHosts } from './shadow.ts';
export { themeOf, themeOfColor } from './theme.ts';
export type * from './types.ts';
