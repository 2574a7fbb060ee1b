/**
 * Every piece of X's DOM vocabulary the adapter relies on, in one place. Nothing was checked
 * against a live session: each entry cites its evidence in /work/shared/reference/x-dom.md
 * (S-numbers, [C] = confirmed by two sources, [1] = single source, [I] = inference). When X
 * renames something, this is the only file that should need to change.
 */

/** Builds `[data-testid="id"]`. X's testids are the most stable hooks it ships (x-dom.md §8). */
export const byTestId = (id: string): string => `[data-testid="${id}"]`;

export const TESTID_ATTR = 'data-testid';
/**
 * Attributes whose change can turn an element already on the page into a composer (an editor
 * made editable in place, a test id set after mounting): the page observer watches these too.
 */
export const COMPOSER_ATTRIBUTES: readonly string[] = ['contenteditable', TESTID_ATTR];

/** Open shadow hosts the Chat app renders into (x-dom.md §1.3, §3). */
export const SHADOW_HOSTS = {
  /** [C: S4, S5, S11, S3] Chat app root, open shadow root, `height:100dvh`. */
  embedRoute: byTestId('xchatEmbedRoute'),
  /** [1: community script] second host; that it holds overlays/hover cards is [I]. */
  embedOverlays: byTestId('xchatEmbedOverlays'),
} as const;

/** New encrypted Chat (`/i/chat`), kebab-case testids, light DOM or inside SHADOW_HOSTS. */
export const CHAT = {
  /** [C: S9, S10] */
  container: byTestId('dm-container'),
  /** [C: S3, S4, S5, S6, S7] */
  conversationPanel: byTestId('dm-conversation-panel'),
  /** [C: S3..S11] holds `a[href="/<handle>"]`: the handle comes from this href (§3). */
  conversationHeader: byTestId('dm-conversation-header'),
  /** [C: S6 live 2026-09-23] display name only, never the @handle. */
  conversationUsername: byTestId('dm-conversation-username'),
  /** [C: S3, S5] start-of-thread profile block; inner markup unknown (§10). */
  conversationHeaderItem: byTestId('dm-conversation-header-item'),
  /** [C: S5, S6, S4] */
  messageScroller: byTestId('dm-message-scroller'),
  /** [C: S7, S9] */
  messageList: byTestId('dm-message-list'),
  /**
   * [C: S3, S5, S6, S7, S11] message rows are `message-<uuid>`; the prefix also matches the
   * children below, so rows are filtered with `isChatMessageRowTestId`.
   */
  messageRowPrefixed: '[data-testid^="message-"]',
  /** [1: S3] some builds also mark rows with this attribute. */
  messageRowAttr: '[data-dm-message-row]',
  messageRowAttrName: 'data-dm-message-row',
  messageRowPrefix: 'message-',
  /** [C: S3, S5, S6, S11] `message-text-<uuid>`; children other than the span hold the time. */
  messageTextPrefix: 'message-text-',
  /** [1: S7] hover controls that share the `message-` prefix. */
  notRowPrefixes: ['message-text-', 'message-reaction-button-', 'message-overflow-button-'],
  /** [C: S3, S5, S11] the authored text inside `message-text-*`. */
  messageTextSpan: 'span[dir="auto"]',
  /** [C: S6 (live), S4, S11] direction is the row's own class; the timestamp also has justify-end. */
  rowClassMine: 'justify-end',
  rowClassTheirs: 'justify-start',
  /** [C: S3, S4, S5, S6, S9, S10, S11] */
  composerForm: byTestId('dm-composer-form'),
  composerInputContainer: byTestId('dm-composer-input-container'),
  /** [C] a real React-controlled `<textarea>`. */
  composerTextarea: byTestId('dm-composer-textarea'),
  /** [1: S3 "mirror observed DOM"] mounted only while the textarea has text. */
  sendButton: byTestId('dm-composer-send-button'),
  /** [1: S3] sits where Send is while the textarea is empty. */
  voiceButton: byTestId('dm-composer-voice-button'),
  /** [1: S4] generic fallbacks inside the form: testid containing "send", then type=submit. */
  sendButtonFallbacks: [
    'button[data-testid*="send"]',
    'button[type="submit"]',
    'button[aria-label="Send"]',
  ],
  /** [1: S5] conversation is read-only: no composer. */
  readOnlyNotice: byTestId('dm-read-only-notice'),
  /** [C: S3, S5] message request not yet accepted: no composer. */
  requestPrompt: byTestId('dm-message-request-prompt'),
} as const;

/** Legacy "Messages" (`/messages/…` and the floating drawer), camelCase testids from S1. */
export const LEGACY = {
  /** [1: S1 DMDrawer.js; S13 hooks it] */
  drawer: byTestId('DMDrawer'),
  /** [1: S1] conversation title in the drawer header. */
  drawerHeader: byTestId('DMDrawerHeader'),
  drawerHeaderHighlighted: byTestId('DMDrawerHeaderHighlighted'),
  /** [C: S1 DirectMessages-1a48af1c.js + community] message list. */
  activityContainer: byTestId('DmActivityContainer'),
  scroller: byTestId('DmScrollerContainer'),
  /** [C: S1 DirectMessages-b085b550.js] one per message; direction only via align-items. */
  messageEntry: byTestId('messageEntry'),
  /** [community script] message text container inside messageEntry. */
  messageText: 'div[dir="auto"]',
  /** [C: S1 + S2] Draft.js puts `webDriverTestID` on the contenteditable itself. */
  composerInput: byTestId('dmComposerTextInput'),
  /** [C] community fallback for the same element. */
  composerInputFallback: `${byTestId('dmComposerTextInputRichTextInputContainer')} [contenteditable="true"]`,
  /** [C: S1 role+aria-label; `<aside>` is [I]] composer wrapper, used as the badge anchor. */
  composerAside: 'aside[role="complementary"]',
  composerContainer: byTestId('dmComposerTextInputRichTextInputContainer'),
  /** [C: S1, S12] disabled while the draft is blank. Older builds used a div (community). */
  sendButton: byTestId('dmComposerSendButton'),
  /** [1: S1 Typeahead-b085b550.js] header avatar link; the href being `/<handle>` is [I]. */
  conversationAvatar: byTestId('DM_Conversation_Avatar'),
  /** [C: S1 DirectMessages-d153da50.js] inbox rows: their avatars are not the open conversation. */
  inboxRow: byTestId('conversation'),
  /** [1: S1] app-bar title of a 1:1 conversation (display name). */
  heading: 'h2[role="heading"]',
  /** [1: S1 AbsolutePower.js] virtual list cells (profile block is one). */
  cell: byTestId('cellInnerDiv'),
} as const;

/** Draft.js markup (S2): one `data-block` div per line; empty line = `<br data-text="true">`. */
export const DRAFT = {
  block: '[data-block="true"]',
} as const;

/** Profile page `/<handle>`, all literals in S1 UserProfile-539b1066.js, [C] unless noted. */
export const PROFILE = {
  primaryColumn: byTestId('primaryColumn'),
  userName: byTestId('UserName'),
  followIndicator: byTestId('userFollowIndicator'),
  userDescription: byTestId('UserDescription'),
  headerItems: byTestId('UserProfileHeader_Items'),
  location: byTestId('UserLocation'),
  /** Some scrapers use `a[data-testid=UserUrl]`, others `[data-testid=UserUrl] a`: match both. */
  url: byTestId('UserUrl'),
  category: byTestId('UserProfessionalCategory'),
  sendDM: byTestId('sendDMFromProfile'),
  /** [C: S1 UserProfile-0127dd92.js] `mainEntity` (older builds: `author`). */
  ldJson: `script[type="application/ld+json"]${byTestId('UserProfileSchema-test')}`,
  tweet: `article${byTestId('tweet')}`,
  tweetUserName: byTestId('User-Name'),
  tweetText: byTestId('tweetText'),
  tweetTime: 'time[datetime]',
} as const;

/**
 * The signed-in account, in X's side navigation (document, never the Chat shadow root). Neither
 * is in x-dom.md: both are [I] from community userscripts that read the current account. The
 * profile link's href is `/<handle>`; the switcher button's text holds `@handle`.
 */
export const ACCOUNT = {
  profileLink: `a${byTestId('AppTabBar_Profile_Link')}`,
  switcher: byTestId('SideNav_AccountSwitcher_Button'),
} as const;

/** Shared: the message-text div (legacy) and time elements. */
export const GENERIC = {
  link: 'a[href]',
  /** Name/handle lines are plain spans in every UserName-like block (S1, S15). */
  span: 'span',
  form: 'form',
  time: 'time[datetime]',
  dirAuto: '[dir="auto"]',
  /** Emoji are images with the character as alt text (X renders twemoji). */
  emojiImg: 'img[alt]',
} as const;

/** True for `message-<id>` row testids, false for `message-text-<id>` and the hover controls. */
export function isChatMessageRowTestId(id: string | null): boolean {
  if (!id?.startsWith(CHAT.messageRowPrefix)) return false;
  return !CHAT.notRowPrefixes.some((p) => id.startsWith(p));
}
