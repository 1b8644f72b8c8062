// Orders a similarity matrix so that clusters show as blocks along the diagonal: average-linkage
// agglomerative clustering on 1 - similarity, with each merge oriented so that the two most
// similar ends meet (a greedy form of optimal leaf ordering). Deterministic: of the pairs of
// clusters whose linkage is the greatest (within 1e-12), the first is merged, clusters taken in
// the order of their first leaf. Pure: it belongs to the domain (the catalog's cluster order), and
// Node runs it as it is (no TypeScript beyond types), so the build can too.
//
// Run by the build on the catalog's matrix (cluster-order.ts: the cluster order ships with
// the catalog), and at run time only for a catalog indexed in memory. The linkages live in one
// Float64Array, updated on each merge (Lance-Williams: the average linkage of a merged cluster
// is the size-weighted mean of its parts'); each cluster keeps its best partner among the
// clusters after it, and only rows whose best partner may have changed are scanned again. About
// n^2 steps on a catalog's matrix (~2 ms at 200), where summing every linkage afresh took n^3
// and more (~50 ms at 200). test/explore/explore-model.test.ts checks it against that definition.

const TIE = 1e-12;

/** A permutation of 0..n-1 that puts similar rows next to each other. */
export function seriate(similarity: readonly (readonly number[])[]): number[] {
  const n = similarity.length;
  if (n <= 2) return [...Array(n).keys()];
  const state = new Clusters(similarity);
  while (state.alive.length > 1) {
    const [x, y] = state.pair();
    state.merge(x, y);
  }
  return state.leaves[state.alive[0]!]!;
}

/**
 * The clusters as they merge. A cluster is named by its first leaf (the smallest index in it);
 * link[x * n + y] is the average similarity of clusters x and y; each cluster keeps its best
 * partner among the clusters after it, found as a scan in order would: the first of the greatest.
 */
class Clusters {
  readonly n: number;
  readonly link: Float64Array;
  readonly leaves: (number[] | null)[];
  readonly size: Float64Array;
  /** The alive clusters, in order. */
  alive: number[];
  readonly bestOf: Int32Array;
  readonly bestValue: Float64Array;

  private readonly similarity: readonly (readonly number[])[];

  constructor(similarity: readonly (readonly number[])[]) {
    this.similarity = similarity;
    const n = similarity.length;
    this.n = n;
    this.link = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) this.link[i * n + j] = similarity[i]![j]!;
    this.leaves = [...Array(n).keys()].map((i) => [i]);
    this.size = new Float64Array(n).fill(1);
    this.alive = [...Array(n).keys()];
    this.bestOf = new Int32Array(n).fill(-1);
    this.bestValue = new Float64Array(n).fill(-Infinity);
    for (const x of this.alive) this.scan(x);
  }

  private scan(x: number): void {
    const { link, n } = this;
    let best = -1;
    let value = -Infinity;
    for (const y of this.alive) {
      if (y <= x) continue;
      const v = link[x * n + y]!;
      if (v > value + TIE) {
        value = v;
        best = y;
      }
    }
    this.bestOf[x] = best;
    this.bestValue[x] = value;
  }

  /** The pair to merge: the first cluster whose best partner is the greatest, and that partner. */
  pair(): [number, number] {
    let x = -1;
    let value = -Infinity;
    for (const z of this.alive) {
      if (this.bestOf[z]! >= 0 && this.bestValue[z]! > value + TIE) {
        value = this.bestValue[z]!;
        x = z;
      }
    }
    return [x, this.bestOf[x]!];
  }

  /** Merges y into x (x < y), oriented; updates the linkages and the rows they may change. */
  merge(x: number, y: number): void {
    const { link, n, size } = this;
    this.leaves[x] = join(this.leaves[x]!, this.leaves[y]!, (i, j) => this.similarity[i]![j]!);
    this.leaves[y] = null;
    this.alive = this.alive.filter((z) => z !== y);
    // The merged cluster's linkage to every other: the size-weighted mean of its parts'.
    const [sx, sy] = [size[x]!, size[y]!];
    for (const z of this.alive) {
      if (z === x) continue;
      const v = (sx * link[x * n + z]! + sy * link[y * n + z]!) / (sx + sy);
      link[x * n + z] = v;
      link[z * n + x] = v;
    }
    size[x] = sx + sy;
    // Rows that may have changed: x's own; a row before x, if its best was x or y, or x now
    // comes close to its best; a row between x and y, if its best was y.
    this.scan(x);
    for (const z of this.alive) {
      if (z < x && (this.bestOf[z] === x || this.bestOf[z] === y || link[z * n + x]! >= this.bestValue[z]! - TIE)) this.scan(z);
      else if (z > x && z < y && this.bestOf[z] === y) this.scan(z);
    }
  }
}

/** The four ways to join two ordered lists; the one whose meeting ends are most alike (the first of equals). */
function join(a: number[], b: number[], sim: (i: number, j: number) => number): number[] {
  const ends: [number, number, boolean, boolean][] = [
    [a[a.length - 1]!, b[0]!, false, false],
    [a[a.length - 1]!, b[b.length - 1]!, false, true],
    [a[0]!, b[0]!, true, false],
    [a[0]!, b[b.length - 1]!, true, true],
  ];
  let chosen = ends[0]!;
  let bestEnds = -Infinity;
  for (const option of ends) {
    const v = sim(option[0], option[1]);
    if (v > bestEnds + TIE) {
      bestEnds = v;
      chosen = option;
    }
  }
  const left = chosen[2] ? [...a].reverse() : a;
  const right = chosen[3] ? [...b].reverse() : b;
  return left.concat(right);
}

/** Sum of the similarities of neighbours in an order: higher means similar items sit together. */
export function adjacentSimilarity(similarity: readonly (readonly number[])[], order: readonly number[]): number {
  let sum = 0;
  for (let k = 1; k < order.length; k++) sum += similarity[order[k - 1]!]![order[k]!]!;
  return sum;
}
