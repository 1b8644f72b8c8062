// What makes the explorer's first render cheap at hundreds of certifications, checked for what it
// must keep: the seriation (fast, with merges updated in place) orders every matrix exactly as the
// definition does (average linkage, the first of the greatest, ends oriented); the order the build
// ships with the catalog is that seriation, and a catalog indexed in memory is ordered the same way; the matrix page is ASCII (a one-byte string,
// encoded piece by piece), and its bytes are the page's UTF-8 whatever its pieces hold. The
// figures themselves are measured in bench/explore.mjs, not here.
import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, catalog } from '../../src/data/catalog.js';
import { ascii, escapeHtml } from '../../src/explore/fragments.js';
import { clearModel, matrixModel } from '../../src/explore/model.js';
import { pageBytes } from '../../src/explore/serve.js';
import { overlapMatrix } from '../../src/resolvers/compare.js';
import { seriate } from '../../src/resolvers/seriation.js';
import { explorerKit } from '../../src/surface-kits.js';
import { worker } from '../helpers.js';

/**
 * The seriation by its definition, the slow way (as it was first written): at each step, every
 * pair of clusters' average linkage summed afresh; the first pair (clusters in order of their
 * first leaf) whose linkage is the greatest (beyond 1e-12) is merged, its ends oriented.
 */
function seriateByDefinition(similarity: readonly (readonly number[])[]): number[] {
  const n = similarity.length;
  if (n <= 2) return [...Array(n).keys()];
  const sim = (i: number, j: number) => similarity[i]![j]!;
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
    const [ra, rb] = [[...a].reverse(), [...b].reverse()];
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
    clusters = clusters.filter((_, k) => k !== best.x && k !== best.y);
    clusters.splice(best.x, 0, [...joined[0], ...joined[1]]);
  }
  return clusters[0]!;
}

/** A symmetric similarity matrix of n, values rounded to `decimals` (few decimals: many ties), from a seeded generator. */
function randomMatrix(n: number, decimals: number, seed: number): number[][] {
  let state = seed >>> 0;
  const rand = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const f = 10 ** decimals;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = Math.round(rand() ** 2 * f) / f;
      m[i]![j] = v;
      m[j]![i] = v;
    }
  return m;
}

describe('seriation: the fast form orders as the definition does', () => {
  it("the API's matrix of the catalog", () => {
    const m = overlapMatrix(catalog, null);
    expect(seriate(m.similarity3)).toEqual(seriateByDefinition(m.similarity3));
    expect(seriate(m.similarity)).toEqual(seriateByDefinition(m.similarity));
  });

  it.each([
    [3, 1],
    [6, 1],
    [12, 1],
    [25, 2],
    [40, 3],
    [70, 3],
  ])('random matrices of %i, %i decimal(s) (ties everywhere)', (n, decimals) => {
    for (let seed = 1; seed <= 25; seed++) {
      const m = randomMatrix(n, decimals, seed * 7919 + n);
      const order = seriate(m);
      expect(order, `seed ${seed}`).toEqual(seriateByDefinition(m));
      expect([...order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
    }
  });

  it('a block structure comes out as blocks', () => {
    // Three families interleaved: 0,3,6,... alike; 1,4,7,... alike; 2,5,8,... alike.
    const n = 12;
    const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : i % 3 === j % 3 ? 0.8 : 0.1)));
    const families = seriate(m).map((i) => i % 3);
    expect(families.filter((f, k) => k === 0 || families[k - 1] !== f)).toHaveLength(3);
  });
});

describe("the model's cluster order: the catalog's", () => {
  const rowsInOrder = (of: typeof catalog) => {
    clearModel();
    try {
      const model = matrixModel(explorerKit.domain, of);
      return model.certs
        .map((c, i) => ({ slug: c.slug, rank: model.clusterRank[i]! }))
        .sort((a, b) => a.rank - b.rank)
        .map((x) => x.slug);
    } finally {
      clearModel();
    }
  };
  const m = overlapMatrix(catalog, null);
  const seriated = seriate(m.similarity3).map((i) => m.certifications[i]!.slug);

  it('the order the build shipped with the catalog: the seriation of the API’s matrix', () => {
    expect(catalog.tables).not.toBeNull();
    expect(catalog.tables!.clusterOrder.map((i) => catalog.certifications[i]!.slug)).toEqual(seriated);
    expect(rowsInOrder(catalog)).toEqual(seriated);
  });

  it('a catalog indexed in memory (no tables): the same seriation, computed', () => {
    const inMemory = buildCatalogIndex(catalog);
    expect(inMemory.tables).toBeNull();
    expect(rowsInOrder(inMemory)).toEqual(seriated);
  });
});

describe('the matrix page in bytes', () => {
  it('escapes every character beyond ASCII as a reference, and markup as before', () => {
    expect(escapeHtml('Scrum Master – AI “essentials” <b> & 😀')).toBe('Scrum Master &#8211; AI &#8220;essentials&#8221; &#60;b&#62; &#38; &#128512;');
    expect(ascii('<p>a row’s label · ←</p>')).toBe('<p>a row&#8217;s label &#183; &#8592;</p>');
  });

  it.each(['', '?metric=coverage', '?order=provider', '?order=level&metric=coverage', '?order=role', '?provider=scrum-org', '?level=expert'])(
    '/explore%s is all ASCII, its names written as references',
    async (query) => {
      const res = await worker(`/explore${query}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html.match(/[\u0080-\u{10ffff}]/u)?.[0]).toBeUndefined();
      if (!query) expect(html).toContain('Professional Scrum Master &#8211; AI Essentials');
    },
  );

  it("pageBytes: the pieces' UTF-8, ASCII or not", () => {
    const utf8 = new TextEncoder();
    const ascii = ['<p>', 'plain', '</p>'];
    expect(pageBytes(ascii)).toEqual(utf8.encode(ascii.join('')));
    const mixed = ['<p>', 'Scrum – AI ', '😀', '</p>', 'é'];
    expect(pageBytes(mixed)).toEqual(utf8.encode(mixed.join('')));
    expect(new TextDecoder().decode(pageBytes(mixed))).toBe(mixed.join(''));
    expect(pageBytes([])).toEqual(new Uint8Array(0));
  });
});
