// The catalog's derived tables: numbers that depend on the catalog alone, computed once by the
// build with the domain's own functions (src/resolvers/ship-tables.ts, called by
// scripts/catalog-build.ts) and shipped in the content-hashed catalog asset beside the facts, so a
// catalog is never read with another's tables. Their shape is the catalog's schema's
// (`CatalogTablesSchema` in ./schema.ts, which the build validates them with); this module is their
// codec: written by the build, checked when an isolate loads the catalog (a table that does not fit
// the catalog beside it fails the load, as a missing catalog does: nothing is answered from it),
// and decoded on first use. No import of the project but the types: zod stays out of the Worker.
import type { ShippedTables } from './schema.js';

export type { ShippedTables };

/** Shipped tables that do not fit the catalog they came with: the asset is not what the build wrote. */
export class TablesError extends Error {
  constructor(problem: string) {
    super(`the catalog asset's tables are not this catalog's: ${problem}`);
    this.name = 'TablesError';
  }
}

/** How many pairs i < j there are among n items. */
export const pairCount = (n: number): number => (n * (n - 1)) / 2;

/** The position of the pair (i, j), i < j, among the pairs of n items listed row by row (0, 1), (0, 2), ..., (1, 2), .... */
export const pairAt = (i: number, j: number, n: number): number => i * n - (i * (i + 1)) / 2 + j - i - 1;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Each base64 character's value, by character code. */
const SEXTET = new Uint8Array(128);
for (const [k, ch] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) SEXTET[ch.charCodeAt(0)] = k;

/** `Uint8Array.fromBase64` where the runtime has it (workerd), else atob. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

function decodeBase64(text: string): Uint8Array {
  if (fromBase64) return fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

/**
 * The tables of one catalog, as the domain reads them. The pair sums stay the asset's base64: a
 * request that reads a few pairs reads them there (`pairMin`), one that reads a whole matrix has
 * them decoded once (`pairMins`), and one that reads none never pays for them. Held in private
 * fields, so a walk of the catalog's own properties (the memo's) does not visit them.
 */
export class CatalogTables {
  readonly #base64: string;
  readonly #width: 1 | 2;
  #mins: Uint8Array | Uint16Array | null = null;
  /** The certifications' catalog indexes in the explorer's cluster order. */
  readonly clusterOrder: readonly number[];

  constructor(shipped: ShippedTables) {
    this.#base64 = shipped.pairMins.base64;
    this.#width = shipped.pairMins.width;
    this.clusterOrder = shipped.clusterOrder;
  }

  /** The byte at `k` of the decoded table, read from its base64 group of 4 characters. */
  #byteAt(k: number): number {
    const at = 4 * Math.floor(k / 3);
    const text = this.#base64;
    const word =
      (SEXTET[text.charCodeAt(at)]! << 18) |
      (SEXTET[text.charCodeAt(at + 1)]! << 12) |
      (SEXTET[text.charCodeAt(at + 2)]! << 6) |
      SEXTET[text.charCodeAt(at + 3)]!;
    return (word >>> (16 - 8 * (k % 3))) & 0xff;
  }

  /** The sum of pair number `p` (`pairAt`), read where it lies, without decoding the table. */
  pairMin(p: number): number {
    if (this.#mins) return this.#mins[p]!;
    return this.#width === 1 ? this.#byteAt(p) : this.#byteAt(2 * p) | (this.#byteAt(2 * p + 1) << 8);
  }

  /** For each pair i < j (catalog order, row by row: `pairAt`), the sum over shared topics of the lesser depth: decoded once. */
  pairMins(): Uint8Array | Uint16Array {
    if (this.#mins) return this.#mins;
    const bytes = decodeBase64(this.#base64);
    if (this.#width === 1) this.#mins = bytes;
    else {
      const mins = new Uint16Array(bytes.length / 2);
      for (let k = 0; k < mins.length; k++) mins[k] = bytes[2 * k]! | (bytes[2 * k + 1]! << 8);
      this.#mins = mins;
    }
    return this.#mins;
  }
}

/** The tables as the asset ships them (the build's side of the codec). */
export function encodeTables(pairMins: ArrayLike<number>, clusterOrder: readonly number[]): ShippedTables {
  let largest = 0;
  for (let k = 0; k < pairMins.length; k++) {
    const v = pairMins[k]!;
    if (!Number.isInteger(v) || v < 0 || v > 0xffff) throw new RangeError(`a pair's sum of depths must be a whole number from 0 to 65535; got ${v}`);
    if (v > largest) largest = v;
  }
  const width = largest > 0xff ? 2 : 1;
  const bytes = new Uint8Array(pairMins.length * width);
  for (let k = 0; k < pairMins.length; k++) {
    const v = pairMins[k]!;
    if (width === 1) bytes[k] = v;
    else {
      bytes[2 * k] = v & 0xff;
      bytes[2 * k + 1] = v >>> 8;
    }
  }
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return { pairMins: { width, base64: btoa(binary) }, clusterOrder: [...clusterOrder] };
}

/**
 * The shipped tables of a catalog of `n` certifications, checked against it: every table present,
 * in the schema's shape, of this catalog's size (a sum for each pair, exactly; an order that is a
 * permutation of its certifications). Throws a TablesError naming what does not fit. (A number
 * changed within its range cannot be told from the right one without computing it again: the
 * asset's name is the hash of its content, and the tests hold the build's tables to the domain's.)
 */
export function readTables(shipped: unknown, n: number): CatalogTables {
  if (!shipped || typeof shipped !== 'object') throw new TablesError('the asset has no `tables` (built by another version of scripts/catalog-build.ts?)');
  const { pairMins, clusterOrder } = shipped as Partial<Record<keyof ShippedTables, unknown>>;
  if (!pairMins || typeof pairMins !== 'object') throw new TablesError('`tables.pairMins` is missing');
  const { width, base64 } = pairMins as Partial<Record<'width' | 'base64', unknown>>;
  if (width !== 1 && width !== 2) throw new TablesError(`\`tables.pairMins.width\` must be 1 or 2; got ${JSON.stringify(width)}`);
  if (typeof base64 !== 'string' || !BASE64.test(base64)) throw new TablesError('`tables.pairMins.base64` is not base64');
  const bytes = pairCount(n) * width;
  const padding = (3 - (bytes % 3)) % 3;
  const expected = 4 * Math.ceil(bytes / 3);
  if (base64.length !== expected || (padding > 0 && !base64.endsWith('='.repeat(padding))) || base64.endsWith('='.repeat(padding + 1)))
    throw new TablesError(
      `\`tables.pairMins\` must hold ${pairCount(n)} sums of ${width} byte(s) for ${n} certifications (${expected} base64 characters); it has ${base64.length}`,
    );
  if (!Array.isArray(clusterOrder) || clusterOrder.length !== n)
    throw new TablesError(`\`tables.clusterOrder\` must list the ${n} certifications; it lists ${Array.isArray(clusterOrder) ? clusterOrder.length : 'none'}`);
  const seen = new Uint8Array(n);
  for (const i of clusterOrder as unknown[]) {
    if (!Number.isInteger(i) || (i as number) < 0 || (i as number) >= n || seen[i as number])
      throw new TablesError(
        `\`tables.clusterOrder\` must name each certification once, by its index (0 to ${n - 1}); it has ${JSON.stringify(i)} out of place`,
      );
    seen[i as number] = 1;
  }
  return new CatalogTables({ pairMins: { width, base64 }, clusterOrder: clusterOrder as number[] });
}
