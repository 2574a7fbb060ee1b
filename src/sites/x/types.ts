/**
 * What the x.com adapter hands to the rest of the extension: plain data plus the few elements the
 * content script must hold (the editor to watch, the send button to guard, an anchor for the
 * badge). Nothing outside `src/sites/x/` queries X's DOM.
 */

/** Which of X's DM interfaces a composer belongs to. */
export type Surface = 'chat' | 'legacy-page' | 'legacy-drawer';

/** What kind of page the URL is. Pure function of the URL: see `routes.ts`. */
export type RouteKind = 'chat' | 'legacy-dm' | 'profile' | 'other';

export interface ComposerHandle {
  surface: Surface;
  /** The editable element: a `<textarea>` (chat) or the Draft.js contenteditable (legacy). */
  editor: HTMLElement;
  /** The tree the composer lives in: the document, or the chat app's open shadow root. */
  root: Document | ShadowRoot;
  /** The element the badge is positioned against (the composer's form or aside). */
  anchor: HTMLElement;
  /** Current draft text, exactly as X would send it (no placeholder text). */
  readDraft(): string;
  /** The send button if X currently renders one (chat mounts it only while there is text). */
  findSendButton(): HTMLElement | null;
  /**
   * Sends the draft as X would on the user's Send: clicks the button, or (legacy, no usable
   * button) dispatches Enter. Only for a send the user asked for and the gate let through.
   */
  send(): void;
  /** Focus back in the editor, caret at the end; the text is not touched. */
  focusEnd(): void;
}

export interface VisibleMessage {
  from: 'me' | 'them';
  text: string;
  /** Epoch ms when X shows a machine-readable time, otherwise absent. */
  at?: number;
}

/** What the open conversation shows of the recipient and the thread. */
export interface ConversationSnapshot {
  /** `<low>-<high>` user ids from the URL, or null (drawer without an id in the URL). */
  conversationId: string | null;
  recipient: {
    handle?: string;
    name?: string;
    /** Chat's start-of-thread block and legacy's profile block sometimes show the bio. */
    bio?: string;
  };
  messages: VisibleMessage[];
}

/** What a profile page shows. Remembered so a later DM to the same person can use it. */
export interface ProfileSnapshot {
  handle: string;
  name?: string;
  bio?: string;
  location?: string;
  url?: string;
  category?: string;
  /** Texts of the visible posts, newest first, deduplicated. */
  posts: string[];
}

export type Theme = 'light' | 'dim' | 'dark';

/** Which parts of the page the adapter could find: the popup shows this when Worthy stands aside. */
export interface Diagnosis {
  route: RouteKind;
  composer: boolean;
  sendButton: boolean;
  recipient: boolean;
  messages: number;
  profile: boolean;
  /** Surfaces of the composers found, in search order (added by the adapter; optional). */
  surfaces?: Surface[];
  /** How many Chat shadow hosts (`xchatEmbedRoute` / `xchatEmbedOverlays`) are in the page. */
  shadowHosts?: number;
}
