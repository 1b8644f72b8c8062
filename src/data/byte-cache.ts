// A least-recently-used cache bounded by bytes, not by entry count: a cache of 1,000 entries of up
// to 256 KiB each could hold 250 MB, twice a Worker isolate's memory. Each entry's size is
// estimated by the cache's owner (an upper bound of what the entry keeps alive); an entry larger
// than `maxEntryBytes` is not kept at all (the cache is for the many small, repeated entries), and
// the least recently used go first until the total fits `maxBytes`. No expiry: what is used stays.
export interface ByteCacheOptions<K, V> {
  /** Total budget of the cache, in bytes. */
  maxBytes: number;
  /** The largest entry kept, in bytes. */
  maxEntryBytes: number;
  /** The bytes an entry keeps alive (an upper bound). */
  sizeOf: (key: K, value: V) => number;
}

/** Bytes a string occupies at most (V8 stores 1 or 2 bytes a character), with its header. */
export const stringBytes = (s: string): number => 2 * s.length + 32;

export class ByteCache<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  private total = 0;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  private readonly sizeOf: (key: K, value: V) => number;

  constructor({ maxBytes, maxEntryBytes, sizeOf }: ByteCacheOptions<K, V>) {
    this.maxBytes = maxBytes;
    this.maxEntryBytes = Math.min(maxEntryBytes, maxBytes);
    this.sizeOf = sizeOf;
  }

  /** Entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Estimated bytes held: never more than maxBytes. */
  get bytes(): number {
    return this.total;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): this {
    this.delete(key);
    const bytes = this.sizeOf(key, value);
    // Not a finite size, or too large: not kept (fail closed: an unmeasurable entry is not cached).
    if (!(bytes >= 0 && bytes <= this.maxEntryBytes)) return this;
    while (this.total + bytes > this.maxBytes && this.entries.size > 0) {
      this.delete(this.entries.keys().next().value as K);
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    return this;
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.total -= entry.bytes;
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
