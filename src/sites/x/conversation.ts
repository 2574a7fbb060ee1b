/**
 * Reads the open conversation around a composer: who the recipient is and the visible thread,
 * oldest first. x-dom.md §2 (legacy) and §3 (Chat). Every part is optional: a missing element
 * yields a partial snapshot, never an exception.
 */
import { cleanText, isElement, styleOf, textOf } from './dom-util.ts';
import { conversationIdOf, handleOfHref } from './routes.ts';
import {
  CHAT,
  GENERIC,
  isChatMessageRowTestId,
  LEGACY,
  PROFILE,
  TESTID_ATTR,
} from './selectors.ts';
import type { ComposerHandle, ConversationSnapshot, VisibleMessage } from './types.ts';

/** Older messages than this are of no use to a draft check and cost time to read. */
export const MAX_MESSAGES = 200;

type Recipient = ConversationSnapshot['recipient'];

export function readConversation(composer: ComposerHandle, url: URL): ConversationSnapshot {
  const conversationId = conversationIdOf(url);
  try {
    const read = composer.surface === 'chat' ? readChat : readLegacy;
    const { recipient, messages } = read(composer, url);
    return { conversationId, recipient, messages: messages.slice(-MAX_MESSAGES) };
  } catch {
    // A reader bug must not break the page: report what we know.
    return { conversationId, recipient: {}, messages: [] };
  }
}

// ---------- Chat ----------

function readChat(
  c: ComposerHandle,
  url: URL,
): { recipient: Recipient; messages: VisibleMessage[] } {
  const panel: ParentNode =
    c.editor.closest(CHAT.conversationPanel) ??
    c.root.querySelector(CHAT.conversationPanel) ??
    c.root;
  const header = panel.querySelector(CHAT.conversationHeader);
  const recipient: Recipient = {};
  if (header) {
    // 1:1 has one profile link; in groups the first is as good as any (§3).
    for (const a of Array.from(header.querySelectorAll(GENERIC.link))) {
      const handle = handleOfHref(a.getAttribute('href'), url);
      if (handle) {
        recipient.handle = handle;
        break;
      }
    }
    const name = cleanText(header.querySelector(CHAT.conversationUsername));
    if (name) recipient.name = name;
  }
  const block = panel.querySelector(CHAT.conversationHeaderItem);
  if (block) mergeProfileBlock(block, recipient, url);
  return { recipient, messages: chatMessages(panel) };
}

const ROW_SELECTOR = `${CHAT.messageRowPrefixed}, ${CHAT.messageRowAttr}`;

/** A message row: the row attribute, or a `message-…` test id that is not one of its parts. */
const isRow = (el: Element): boolean =>
  el.hasAttribute(CHAT.messageRowAttrName) || isChatMessageRowTestId(el.getAttribute(TESTID_ATTR));

function chatMessages(panel: ParentNode): VisibleMessage[] {
  // Only the newest rows matter (the snapshot keeps MAX_MESSAGES): they are found walking back
  // from the end, so a 3,000-message history is neither filtered nor styled on every check.
  const candidates = panel.querySelectorAll(ROW_SELECTOR);
  const newest: Element[] = [];
  for (let i = candidates.length - 1; i >= 0 && newest.length < MAX_MESSAGES * 2; i--) {
    const el = candidates[i]!;
    if (isRow(el)) newest.push(el);
  }
  newest.reverse();
  const out: VisibleMessage[] = [];
  for (const row of newest) {
    // A row nested in another row (builds with both attributes on different levels) is the same message.
    // (Only a row inside the panel counts, as the panel's own search would have found it.)
    const parentRow = row.parentElement?.closest(ROW_SELECTOR);
    if (parentRow && parentRow !== panel && (panel as Node).contains(parentRow) && isRow(parentRow))
      continue;
    const from = chatDirection(row);
    if (!from) continue;
    const text = chatText(row);
    if (!text) continue;
    const msg: VisibleMessage = { from, text };
    const at = timeOf(row);
    if (at !== undefined) msg.at = at;
    out.push(msg);
  }
  return out;
}

/** Only the row's own class counts: the timestamp inside the bubble is also `justify-end` (§3). */
function chatDirection(row: Element): VisibleMessage['from'] | null {
  if (row.classList.contains(CHAT.rowClassMine)) return 'me';
  if (row.classList.contains(CHAT.rowClassTheirs)) return 'them';
  if (!isElement(row)) return null;
  const j = styleOf(row)?.justifyContent ?? '';
  if (j === 'flex-end' || j === 'end' || j === 'right') return 'me';
  if (j === 'flex-start' || j === 'start' || j === 'left') return 'them';
  return null;
}

function chatText(row: Element): string {
  const container = Array.from(
    row.querySelectorAll(`[${TESTID_ATTR}^="${CHAT.messageTextPrefix}"]`),
  )[0];
  if (!container) return '';
  // The first dir=auto span is the authored text; its siblings are time decorations (§3).
  const span = container.querySelector(CHAT.messageTextSpan);
  return textOf(span ?? container).trim();
}

// ---------- Legacy page and drawer ----------

function readLegacy(
  c: ComposerHandle,
  url: URL,
): { recipient: Recipient; messages: VisibleMessage[] } {
  const drawer = c.editor.closest(LEGACY.drawer);
  const scope: ParentNode =
    drawer ?? c.editor.closest(PROFILE.primaryColumn) ?? c.editor.ownerDocument;
  // The page scope must not pick up the drawer's thread (both can coexist, §2).
  const inScope = (el: Element): boolean => (drawer ? true : !el.closest(LEGACY.drawer));
  const recipient: Recipient = {};

  for (const a of Array.from(scope.querySelectorAll(LEGACY.conversationAvatar))) {
    if (a.closest(LEGACY.inboxRow) || !inScope(a)) continue;
    const href =
      a.getAttribute('href') ?? a.querySelector(GENERIC.link)?.getAttribute('href') ?? null;
    const handle = handleOfHref(href, url);
    if (handle) {
      recipient.handle = handle;
      break;
    }
  }
  const block = Array.from(scope.querySelectorAll(PROFILE.userDescription)).find(inScope);
  const profileBlock =
    block?.closest(LEGACY.cell) ?? block?.closest(GENERIC.link) ?? block?.parentElement;
  if (profileBlock) mergeProfileBlock(profileBlock, recipient, url);
  if (!recipient.name) {
    const title = drawer
      ? drawer.querySelector(`${LEGACY.drawerHeader} h2, ${LEGACY.drawerHeaderHighlighted} h2`)
      : Array.from(scope.querySelectorAll(LEGACY.heading)).find(inScope);
    const name = cleanText(title);
    if (name && name !== 'Messages') recipient.name = name;
  }

  const messages: VisibleMessage[] = [];
  for (const entry of Array.from(scope.querySelectorAll(LEGACY.messageEntry)).slice(
    -MAX_MESSAGES * 2,
  )) {
    if (!inScope(entry) || !isElement(entry)) continue;
    const from = legacyDirection(entry);
    const text = textOf(entry.querySelector(LEGACY.messageText) ?? entry).trim();
    if (!from || !text) continue;
    const msg: VisibleMessage = { from, text };
    const at = timeOf(entry);
    if (at !== undefined) msg.at = at;
    messages.push(msg);
  }
  return { recipient, messages };
}

/** No attribute marks direction in legacy: the entry's align-items does (S1 DirectMessages-b085b550). */
function legacyDirection(entry: HTMLElement): VisibleMessage['from'] | null {
  const align = entry.style.alignItems || styleOf(entry)?.alignItems || '';
  if (align === 'flex-end' || align === 'end') return 'me';
  if (align === 'flex-start' || align === 'start') return 'them';
  return null;
}

// ---------- shared ----------

/**
 * Start-of-thread profile block (Chat `dm-conversation-header-item`, legacy profile cell). Its
 * inner markup is not public (§10): take the handle from a profile link or an `@handle` text,
 * the bio from `UserDescription` when present.
 */
function mergeProfileBlock(block: Element, r: Recipient, url: URL): void {
  if (!r.handle) {
    for (const a of Array.from(block.querySelectorAll(GENERIC.link))) {
      const h = handleOfHref(a.getAttribute('href'), url);
      if (h) {
        r.handle = h;
        break;
      }
    }
  }
  if (!r.handle) {
    const m = /(?:^|\s)@([A-Za-z0-9_]{1,15})\b/.exec(textOf(block));
    if (m?.[1]) r.handle = m[1];
  }
  const desc = block.matches(PROFILE.userDescription)
    ? block
    : block.querySelector(PROFILE.userDescription);
  const bio = textOf(desc).trim() || guessBio(block, r);
  if (bio) r.bio = bio;
  if (!r.name) {
    const first = Array.from(block.querySelectorAll(GENERIC.span))
      .map(cleanText)
      .find((t) => t && !t.startsWith('@'));
    if (first && first !== bio) r.name = first;
  }
}

/**
 * [I] Without a `UserDescription` testid, the bio is taken to be the longest `dir="auto"` text in
 * the block that is not the name, the @handle or the joined/followers line.
 */
function guessBio(block: Element, r: Recipient): string {
  let best = '';
  for (const el of Array.from(block.querySelectorAll(GENERIC.dirAuto))) {
    if (el.querySelector(GENERIC.dirAuto)) continue; // wrappers would include name and handle
    const t = textOf(el).trim();
    if (t.length < 3 || t === r.name || t.startsWith('@')) continue;
    if (/^joined\b|\bfollowers?\b|\bfollowing\b/i.test(t)) continue;
    if (t.length > best.length) best = t;
  }
  return best;
}

function timeOf(el: Element): number | undefined {
  const t = el.querySelector(GENERIC.time)?.getAttribute('datetime');
  const ms = t ? Date.parse(t) : Number.NaN;
  return Number.isFinite(ms) ? ms : undefined;
}
