// The catalog's derived tables: numbers that depend on the catalog alone, computed once by the
// build with the domain's own functions (src/resolvers/ship-tables.ts, called by
// scripts/catalog-build.ts) and shipped in the content-hashed catalog asset beside the facts, so a
// catalog is never read with another's tables. Their shape is the catalog's schema's
// (`CatalogTablesSchema` in ./schema.ts, which the build validates them with); this module is their
// codec: written by the build, checked when an isolate loads the catalog (a table that does not fit
// the catalog beside it fails the load, as a missing catalog does: nothing is answered from it),
// read in place or decoded on first use. No import of the project but the types: zod stays out of
// the Worker.
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

/**
 * The digits of the pair sums: the printable ASCII characters but the two a JSON string escapes
 * (`"` and `\`), in code order, so a sum is one character of the asset's text (two past 92), read
 * where it lies: no escapes to undo, nothing to decode first (it packs tighter than base64, and
 * compresses better: at 1,000 certifications 500 KB, 263 KB gzip, where base64 was 666 KB, 322 KB).
 */
export const DIGITS = " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
const BASE = DIGITS.length;
const DIGIT_TEXT = /^[ !#-[\]-~]*$/;
/** Each digit's value, by character code. */
const VALUE = new Uint8Array(128);
for (let k = 0; k < BASE; k++) VALUE[DIGITS.charCodeAt(k)] = k;

/**
 * The tables of one catalog, as the domain reads them. The pair sums stay the asset's text: a
 * request that reads a few pairs reads them there (`pairMin`), one that reads a whole matrix has
 * them decoded once (`pairMins`), and one that reads none never pays for them. Held in private
 * fields, so a walk of the catalog's own properties (the memo's) does not visit them.
 */
export class CatalogTables {
  readonly #text: string;
  readonly #digits: 1 | 2;
  #mins: Uint8Array | Uint16Array | null = null;
  /** The certifications' catalog indexes in the explorer's cluster order. */
  readonly clusterOrder: readonly number[];

  constructor(shipped: ShippedTables) {
    this.#text = shipped.pairMins.text;
    this.#digits = shipped.pairMins.digits;
    this.clusterOrder = shipped.clusterOrder;
  }

  /** The sum of pair number `p` (`pairAt`), read where it lies, without decoding the table. */
  pairMin(p: number): number {
    if (this.#mins) return this.#mins[p]!;
    const text = this.#text;
    if (this.#digits === 1) return VALUE[text.charCodeAt(p)]!;
    return VALUE[text.charCodeAt(2 * p)]! * BASE + VALUE[text.charCodeAt(2 * p + 1)]!;
  }

  /** For each pair i < j (catalog order, row by row: `pairAt`), the sum over shared topics of the lesser depth: decoded once. */
  pairMins(): Uint8Array | Uint16Array {
    if (this.#mins) return this.#mins;
    const text = this.#text;
    const mins = this.#digits === 1 ? new Uint8Array(text.length) : new Uint16Array(text.length / 2);
    if (this.#digits === 1) for (let p = 0; p < mins.length; p++) mins[p] = VALUE[text.charCodeAt(p)]!;
    else for (let p = 0; p < mins.length; p++) mins[p] = VALUE[text.charCodeAt(2 * p)]! * BASE + VALUE[text.charCodeAt(2 * p + 1)]!;
    this.#mins = mins;
    return mins;
  }
}

/** The tables as the asset ships them (the build's side of the codec). */
export function encodeTables(pairMins: ArrayLike<number>, clusterOrder: readonly number[]): ShippedTables {
  let largest = 0;
  for (let k = 0; k < pairMins.length; k++) {
    const v = pairMins[k]!;
    if (!Number.isInteger(v) || v < 0 || v >= BASE * BASE)
      throw new RangeError(`a pair's sum of depths must be a whole number from 0 to ${BASE * BASE - 1}; got ${v}`);
    if (v > largest) largest = v;
  }
  const digits = largest < BASE ? 1 : 2;
  const chars = new Array<string>(pairMins.length);
  for (let k = 0; k < pairMins.length; k++) {
    const v = pairMins[k]!;
    chars[k] = digits === 1 ? DIGITS[v]! : DIGITS[Math.floor(v / BASE)]! + DIGITS[v % BASE]!;
  }
  return { pairMins: { digits, text: chars.join('') }, clusterOrder: [...clusterOrder] };
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
  const { digits, text } = pairMins as Partial<Record<'digits' | 'text', unknown>>;
  if (digits !== 1 && digits !== 2) throw new TablesError(`\`tables.pairMins.digits\` must be 1 or 2; got ${JSON.stringify(digits)}`);
  if (typeof text !== 'string' || !DIGIT_TEXT.test(text)) throw new TablesError('`tables.pairMins.text` holds a character that is not a digit');
  const expected = pairCount(n) * digits;
  if (text.length !== expected)
    throw new TablesError(
      `\`tables.pairMins\` must hold ${pairCount(n)} sums of ${digits} digit(s) for ${n} certifications (${expected} characters); it has ${text.length}`,
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
  return new CatalogTables({ pairMins: { digits, text }, clusterOrder: clusterOrder as number[] });
}
