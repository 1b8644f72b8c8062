// Memoized domain results: compare, overlapMatrix, recommendations and learningPath are pure
// functions of the catalog (immutable for an isolate's life) and their arguments, so an isolate
// keeps their results, bounded in bytes, least recently used first. A result is frozen when kept
// (deeply, down to the catalog's own objects, which it shares and does not own): whatever reads it
// afterwards cannot change what the next caller gets. A call that throws (a caller's mistake) is
// not kept. The catalog changes only when a new one is loaded: the memo is then emptied.
import { ByteCache, stringBytes } from '../data/byte-cache.js';
import type { CatalogIndex } from '../data/catalog.js';

const KiB = 1024;
/**
 * The memo's budget: results of up to 2 MiB (the whole catalog's matrix, 990 pairs, counts ~250
 * KiB; at 100 certifications ~1.3 MiB; at 200, ~5 MiB: then computed each time).
 */
export const MEMO_BUDGET = { maxBytes: 8 * 1024 * KiB, maxEntryBytes: 2 * 1024 * KiB } as const;

let owner: CatalogIndex | null = null;

/** Objects (and Maps' and Sets' members) reachable from `root`, without recursion. */
function eachObject(root: unknown, visit: (value: object) => boolean): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || !visit(value)) continue;
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else if (value instanceof Set) for (const v of value) stack.push(v);
    else for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
  }
}

/**
 * The catalog's index and what it holds at its first level: its lists and Maps, their members
 * (each certification, topic, role and provider; each source the facts cite; each group of
 * certifications; each certification's Map of topic depths): a few hundred objects, gathered
 * without walking the facts. The Set of every object of the catalog (2,000, built by a walk on the
 * first memoized call) cost a fresh isolate's first compare or recommendation ~2 ms of cold code.
 */
let indexed = new Set<object>();

/** The catalog's index and its first level's members (`indexed`). */
function indexedOf(catalog: CatalogIndex): Set<object> {
  const set = new Set<object>([catalog]);
  for (const value of Object.values(catalog)) {
    if (value === null || typeof value !== 'object') continue;
    set.add(value);
    const members: Iterable<unknown> = value instanceof Map ? value.values() : Array.isArray(value) ? value : [];
    for (const member of members) if (member !== null && typeof member === 'object') set.add(member);
  }
  return set;
}

/**
 * Whether a result's pointer at `o` points into the catalog, so counts a pointer and not `o`'s
 * bytes, and `o` is not frozen: `o` is one of the objects of the index (`indexed`). What a result
 * reaches through anything else is counted as its own, an upper bound still. The domain's results
 * point into the catalog only there (test/advice/memo-bytes.test.ts holds the count to the one
 * that knows every object of the catalog).
 */
export function ownedByCatalog(catalog: CatalogIndex, o: object): boolean {
  return (owner === catalog ? indexed : indexedOf(catalog)).has(o);
}

function ownerFor(catalog: CatalogIndex): void {
  if (owner === catalog) return;
  memo.clear();
  owner = catalog;
  indexed = indexedOf(catalog);
}

/**
 * What a result keeps alive beyond the catalog (`inCatalog`; an upper bound: V8 headers, 8 bytes a
 * pointer or number, 2 a character), freezing it on the way. Gives up past the memo's largest entry.
 */
export function bytesBeyond(result: unknown, inCatalog: (o: object) => boolean): number {
  let bytes = 0;
  const seen = new Set<object>();
  eachObject(result, (o) => {
    if (seen.has(o) || bytes > MEMO_BUDGET.maxEntryBytes || inCatalog(o)) return false;
    seen.add(o);
    const keys = Object.keys(o);
    bytes += 32 + 16 * (o instanceof Map || o instanceof Set ? o.size * 2 : keys.length);
    for (const key of keys) {
      const v = (o as Record<string, unknown>)[key];
      if (typeof v === 'string') bytes += stringBytes(v);
    }
    if (!(o instanceof Map || o instanceof Set)) Object.freeze(o);
    return true;
  });
  return typeof result === 'string' ? stringBytes(result) : bytes;
}

/** What a result of the memo's catalog keeps alive beyond it (bytesBeyond). */
function keepBytes(result: unknown): number {
  return bytesBeyond(result, (o) => indexed.has(o));
}

/** The walk's estimate (keepBytes), for a test that holds a result's own estimate (Keeping.bytes) to it. */
export const walkedBytes = keepBytes;

/**
 * How a result of a known shape is kept without walking it (a matrix at 200 certifications holds
 * ~60,000 objects: the walk cost more than computing it): `bytes`, what keepBytes would count,
 * from the result's counts (an upper bound on the same model: 32 a header, 16 a property or
 * element, stringBytes a string; what the catalog holds is not counted); `freeze`, every object
 * keepBytes would freeze, called only when the result is kept.
 */
export interface Keeping<R> {
  bytes(result: R): number;
  freeze(result: R): void;
}

/** An entry: its value, and its bytes when its owner counted them (Keeping), else walked. */
interface Entry {
  value: unknown;
  bytes?: number;
}

const memo = new ByteCache<string, Entry>({
  ...MEMO_BUDGET,
  sizeOf: (key, { value, bytes }) => stringBytes(key) + (bytes ?? keepBytes(value)),
});

/**
 * `fn`, remembered per isolate: the same arguments (as JSON: GraphQL's arguments come in the
 * schema's order) over the same catalog give the very same result. `keeping`: how to size and
 * freeze its results without a walk (a result too large to keep is then neither frozen nor
 * walked: it is the caller's alone).
 */
export function memoized<A extends unknown[], R>(
  name: string,
  fn: (catalog: CatalogIndex, ...args: A) => R,
  keeping?: Keeping<R>,
): (catalog: CatalogIndex, ...args: A) => R {
  return (catalog, ...args) => {
    ownerFor(catalog);
    const key = `${name}\n${JSON.stringify(args)}`;
    const hit = memo.get(key);
    if (hit) return hit.value as R;
    const value = fn(catalog, ...args);
    if (!keeping) {
      memo.set(key, { value });
      return value;
    }
    const bytes = keeping.bytes(value);
    // Not a finite size, or too large: not kept (ByteCache refuses it too), so not frozen.
    if (bytes >= 0 && stringBytes(key) + bytes <= memo.maxEntryBytes) {
      keeping.freeze(value);
      memo.set(key, { value, bytes });
    }
    return value;
  };
}

/** The memo's entries and bytes (for the heap benchmark). */
export const domainMemo = memo;
