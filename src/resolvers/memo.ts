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
/**
 * Every object the catalog holds: a result pointing at one holds a pointer, not its bytes. A Set,
 * not a WeakSet: it lives exactly as long as its catalog (replaced with it), and a Set's inserts
 * are several times cheaper, which a fresh isolate's first memoized answer pays for the whole catalog.
 */
let catalogObjects = new Set<object>();

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

function ownerFor(catalog: CatalogIndex): void {
  if (owner === catalog) return;
  memo.clear();
  owner = catalog;
  catalogObjects = new Set();
  eachObject(catalog, (o) => {
    if (catalogObjects.has(o)) return false;
    catalogObjects.add(o);
    return true;
  });
}

/**
 * What a result keeps alive beyond the catalog (an upper bound: V8 headers, 8 bytes a pointer or
 * number, 2 a character), freezing it on the way. Gives up past the memo's largest entry.
 */
function keepBytes(result: unknown): number {
  let bytes = 0;
  const seen = new Set<object>();
  eachObject(result, (o) => {
    if (catalogObjects.has(o) || seen.has(o) || bytes > MEMO_BUDGET.maxEntryBytes) return false;
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
