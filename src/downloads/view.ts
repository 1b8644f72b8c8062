// A download as the explorer shows it: the same query parameters as /explore (provider, role,
// level filter the certifications; order orders them), parsed by the explorer's own parser
// (src/explore/params.ts), applied to the rows of the plain download. Which certifications pass
// the filter, and the order, are the explorer's own (matrixView over the same model, with the
// cluster order the catalog's tables hold, built with the catalog).
import type { CatalogIndex } from '../data/catalog.js';
import type { Fragments } from '../explore/fragments.js';
import type { ExplorerDomain } from '../explore/kit.js';
import { knownSlugsOf, matrixModel } from '../explore/model.js';
import { matrixView } from '../explore/page.js';
import { type ExploreParams, parseParams } from '../explore/params.js';
import type { DatasetName, Row } from './build.js';

/** The parameters a download follows; any other is ignored (and kept out of cache keys). */
export const VIEW_PARAMS = ['provider', 'role', 'level', 'order'] as const;

/** The view's parameters only, in a fixed order: the cache key of a view, or null for the plain file. */
export function viewQuery(url: URL): URLSearchParams | null {
  const kept = new URLSearchParams();
  for (const name of VIEW_PARAMS) for (const value of url.searchParams.getAll(name)) kept.append(name, value);
  return [...kept.keys()].length ? kept : null;
}

export function parseView(catalog: CatalogIndex, f: Fragments, kept: URLSearchParams): { params: ExploreParams; problems: string[] } {
  return parseParams(f, kept, knownSlugsOf(catalog));
}

/**
 * The slugs the view shows, in its order: the explorer's own rule (its matrixView over its model,
 * so the two can never disagree). A bad filter value never reaches here: parseView refuses it.
 */
export function viewSlugs(
  domain: Pick<ExplorerDomain, 'overlapTables' | 'clusterOrderOfCatalog' | 'listCertifications'>,
  catalog: CatalogIndex,
  params: ExploreParams,
): string[] {
  const model = matrixModel(domain, catalog);
  return matrixView(domain, model, params).rows.map((i) => model.certs[i]!.slug);
}

/** A plain download as its JSON holds it (overlap-matrix.csv: overlap.json's `matrix`). */
export interface Table {
  catalog: { version: string; asOf: string };
  columns: string[];
  rows: Row[];
  matrix?: { certifications: string[]; similarity: number[][] };
}

/** The table's rows for these certifications only, in their order (a pair: by a, then by b). */
export function applyView(dataset: DatasetName, table: Table, slugs: string[]): Table {
  const rank = new Map(slugs.map((s, i) => [s, i]));
  const by = (...keys: string[]) => {
    const rows = table.rows.filter((r) => keys.every((k) => rank.has(String(r[k]))));
    const stable = new Map(rows.map((r, i) => [r, i]));
    return rows.sort((x, y) => keys.reduce((d, k) => d || rank.get(String(x[k]))! - rank.get(String(y[k]))!, 0) || stable.get(x)! - stable.get(y)!);
  };
  const matrix = table.matrix ? subMatrix(table.matrix, slugs) : undefined;
  switch (dataset) {
    case 'certifications':
      return { ...table, rows: by('slug') };
    case 'certification-topics':
      return { ...table, rows: by('certification') };
    case 'overlap':
      return { ...table, rows: by('a', 'b'), matrix };
    case 'overlap-matrix': {
      const m = matrix!;
      const rows = m.certifications.map((slug, i) =>
        Object.fromEntries([['certification', slug], ...m.certifications.map((b, j) => [b, m.similarity[i]![j]])]),
      );
      return { catalog: table.catalog, columns: ['certification', ...m.certifications], rows, matrix: m };
    }
  }
}

function subMatrix(m: { certifications: string[]; similarity: number[][] }, slugs: string[]) {
  const at = new Map(m.certifications.map((s, i) => [s, i]));
  const kept = slugs.filter((s) => at.has(s));
  return { certifications: kept, similarity: kept.map((a) => kept.map((b) => m.similarity[at.get(a)!]![at.get(b)!]!)) };
}
