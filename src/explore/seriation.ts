// Orders a similarity matrix so that clusters show as blocks along the diagonal: average-linkage
// agglomerative clustering on 1 - similarity, with each merge oriented so that the two most
// similar ends meet (a greedy form of optimal leaf ordering). Deterministic: ties keep the
// original order. Pure; n is the catalog's size (tens), so O(n^3) is nothing.

/** A permutation of 0..n-1 that puts similar rows next to each other. */
export function seriate(similarity: readonly (readonly number[])[]): number[] {
  const n = similarity.length;
  if (n <= 2) return [...Array(n).keys()];
  const sim = (i: number, j: number) => similarity[i]![j]!;
  // Each cluster is an ordered list of leaves.
  let clusters: number[][] = [...Array(n).keys()].map((i) => [i]);
  const linkage = (a: number[], b: number[]) => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += sim(i, j);
    return sum / (a.length * b.length);
  };
  while (clusters.length > 1) {
    let best = { x: 0, y: 1, value: -Infinity };
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const value = linkage(clusters[x]!, clusters[y]!);
        if (value > best.value + 1e-12) best = { x, y, value };
      }
    }
    const a = clusters[best.x]!;
    const b = clusters[best.y]!;
    // The four ways to join two ordered lists; keep the one whose meeting ends are most alike.
    const ra = [...a].reverse();
    const rb = [...b].reverse();
    const options = [
      [a, b],
      [a, rb],
      [ra, b],
      [ra, rb],
    ] as const;
    let joined = options[0];
    let bestEnds = -Infinity;
    for (const option of options) {
      const ends = sim(option[0][option[0].length - 1]!, option[1][0]!);
      if (ends > bestEnds + 1e-12) {
        bestEnds = ends;
        joined = option;
      }
    }
    const merged = [...joined[0], ...joined[1]];
    clusters = clusters.filter((_, k) => k !== best.x && k !== best.y);
    clusters.splice(best.x, 0, merged);
  }
  return clusters[0]!;
}

/** Sum of the similarities of neighbours in an order: higher means similar items sit together. */
export function adjacentSimilarity(similarity: readonly (readonly number[])[], order: readonly number[]): number {
  let sum = 0;
  for (let k = 1; k < order.length; k++) sum += similarity[order[k - 1]!]![order[k]!]!;
  return sum;
}
