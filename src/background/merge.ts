/**
 * The recipient the engine sees: what the page shows now, completed by what the user saw on
 * their profile earlier. Page data wins where it is present; remembered posts fill in.
 */
import type { Recipient } from '../engine/schema';
import type { DraftContext } from '../shared/messages';
import type { RememberedProfile } from './deps';

/** Posts past this add little to relevance and cost time on every keystroke. */
export const MAX_MERGED_POSTS = 200;

const present = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';

export function mergeRecipient(
  page: DraftContext['recipient'],
  remembered: RememberedProfile | null,
): Recipient {
  const out: Recipient = {};
  const pick = (k: 'handle' | 'name' | 'bio' | 'location' | 'url') => {
    const v = present(page[k]) ? page[k] : remembered?.[k];
    if (present(v)) out[k] = v;
  };
  pick('handle');
  pick('name');
  pick('bio');
  pick('location');
  pick('url');
  const posts: string[] = [];
  const seen = new Set<string>();
  for (const p of [...(page.posts ?? []), ...(remembered?.posts ?? [])]) {
    const key = p.trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    posts.push(p);
    if (posts.length >= MAX_MERGED_POSTS) break;
  }
  if (posts.length) out.posts = posts;
  return out;
}
