// A small LRU cache with a time to live, standing in for the `lru-cache` package (16 KiB of the
// Worker's bundle) where yoga and its APQ plugin use it: `new LRUCache({ max, ttl })`, then get
// and set. wrangler.toml's [alias] points `lru-cache` here. Entries expire `ttl` ms after they are
// set; the least recently used goes first when full.
export class LRUCache<K, V> {
  private readonly entries = new Map<K, { value: V; expires: number }>();
  readonly max: number;
  readonly ttl: number;

  constructor({ max = 1024, ttl = 0 }: { max?: number; ttl?: number } = {}) {
    this.max = Math.max(1, max);
    this.ttl = ttl;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.ttl > 0 && entry.expires <= Date.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): this {
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, { value, expires: this.ttl > 0 ? Date.now() + this.ttl : Number.POSITIVE_INFINITY });
    return this;
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
