/**
 * A small recently-used map: the service worker scores one recipient per keystroke.
 *
 * Two generations instead of a strict LRU order: a hit in the young map costs one lookup and
 * moves nothing (a strict LRU re-inserts the key on every hit, and the history scan makes a
 * thousand hits per keystroke). When the young map is full it becomes the old one and the old
 * one is dropped; a hit in the old map moves the key back to the young one. Keys used since the
 * last turnover survive it, as in an LRU, and at most `limit` entries are held.
 */
export class Lru<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  constructor(limit: number) {
    this.half = Math.max(1, Math.floor(limit / 2));
  }

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.put(key, o);
    }
    return o;
  }

  set(key: K, value: V): void {
    this.old.delete(key);
    this.put(key, value);
  }

  private put(key: K, value: V): void {
    if (!this.young.has(key) && this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
