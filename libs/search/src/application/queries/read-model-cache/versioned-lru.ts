/**
 * Values computed from one version of a read model, least recently used dropped first beyond
 * `capacity`, each served for at most `ttlMs`. Versions only grow: meeting a newer one drops
 * every entry of the older, and a value of an older version than the newest met is neither
 * served nor kept. So the map never holds more than one version's entries.
 */
export class VersionedLru<T> {
  private version = -1;
  /** Insertion order is recency order: a hit moves its entry to the end. */
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(version: number, key: string): T | undefined {
    if (!this.isNewest(version)) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(version: number, key: string, value: T): void {
    if (this.capacity === 0 || !this.isNewest(version)) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
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
