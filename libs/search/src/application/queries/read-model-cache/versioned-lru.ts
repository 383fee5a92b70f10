import { LruMap } from '@pasar/shared';

/**
 * Values computed from one version of a read model, least recently used dropped first beyond
 * `capacity`, each served for at most `ttlMs`. Versions only grow: meeting a newer one drops
 * every entry of the older, and a value of an older version than the newest met is neither
 * served nor kept. So the map never holds more than one version's entries.
 */
export class VersionedLru<T> {
  private version = -1;
  private readonly entries: LruMap<T>;

  constructor(
    private readonly capacity: number,
    ttlMs: number,
    now: () => number = Date.now,
  ) {
    this.entries = new LruMap(capacity, ttlMs, now);
  }

  get size(): number {
    return this.entries.size;
  }

  get(version: number, key: string): T | undefined {
    return this.isNewest(version) ? this.entries.get(key) : undefined;
  }

  set(version: number, key: string, value: T): void {
    if (this.capacity === 0 || !this.isNewest(version)) return;
    this.entries.set(key, value);
  }

  /** Whether `version` is the newest met, adopting it (and dropping the older entries) if newer. */
  private isNewest(version: number): boolean {
    if (version > this.version) {
      this.entries.clear();
      this.version = version;
    }
    return version === this.version;
  }
}
