/**
 * On profile pages, remembers what the person shows (bio, details, visible posts) by sending
 * `profile-seen`: once per distinct content, and again when scrolling reveals more posts.
 * Posts seen earlier on the same page stay in the union even after X's list virtualises them away.
 *
 * The first sighting is sent at once, the rest after the page settles: a user who opens a
 * profile and clicks "Message" within the debounce has still seen it, and the route (with this
 * watcher) is gone by the time a debounce would fire.
 */
import type { ProfileSnapshot } from '../sites/x/types';
import { guard } from './log';

export const PROFILE_DEBOUNCE_MS = 700;
const MAX_POSTS = 500;

export interface ProfileWatchDeps {
  read(): ProfileSnapshot | null;
  send(profile: ProfileSnapshot): void;
}

export class ProfileWatcher {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private merged: ProfileSnapshot | null = null;
  private sentKey = '';

  constructor(
    private readonly deps: ProfileWatchDeps,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  /** The page changed: read now if nothing was sent yet, and again after things settle. */
  poke(): void {
    if (!this.sentKey) guard('profile', () => this.flush());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => guard('profile', () => this.flush()), PROFILE_DEBOUNCE_MS);
  }

  flush(): void {
    const snap = this.deps.read();
    if (!snap) return;
    const prev =
      this.merged && this.merged.handle.toLowerCase() === snap.handle.toLowerCase()
        ? this.merged
        : null;
    const posts = [...snap.posts];
    for (const p of prev?.posts ?? []) if (!posts.includes(p)) posts.push(p);
    const merged: ProfileSnapshot = {
      ...prev,
      ...definedOnly(snap),
      posts: posts.slice(0, MAX_POSTS),
    };
    this.merged = merged;
    const key = JSON.stringify(merged);
    if (key === this.sentKey) return;
    this.sentKey = key;
    this.deps.send(merged);
  }
}

function definedOnly(s: ProfileSnapshot): ProfileSnapshot {
  const out = { ...s } as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === undefined || out[k] === '') delete out[k];
  return out as unknown as ProfileSnapshot;
}
