// A download as the explorer shows it: the same query parameters as /explore (provider, role,
// level filter the certifications; order orders them), parsed by the explorer's own parser
// (src/explore/params.ts), applied to the rows of the plain download. Which certifications pass
// the filter, and the groups' order, come from the API (one query); the seriation order of the
// clusters is the one the explorer uses (fragments.json's clusterOrder, built by `npm run assets`).
import type { Fragments } from '../explore/fragments.js';
import { type ExploreParams, parseParams } from '../explore/params.js';
import type { DatasetName, QueryApi, Row } from './build.js';

/** The parameters a download follows; any other is ignored (and kept out of cache keys). */
export const VIEW_PARAMS = ['provider', 'role', 'level', 'order'] as const;

/** The view's parameters only, in a fixed order: the cache key of a view, or null for the plain file. */
export function viewQuery(url: URL): URLSearchParams | null {
  const kept = new URLSearchParams();
  for (const name of VIEW_PARAMS) for (const value of url.searchParams.getAll(name)) kept.append(name, value);
  return [...kept.keys()].length ? kept : null;
}

export function parseView(f: Fragments, kept: URLSearchParams): { params: ExploreParams; problems: string[] } {
  return parseParams(f, kept);
}

const VIEW_QUERY = /* GraphQL */ `query DataView($filter: CertificationFilter) {
  providers { slug }
  roles { slug }
  certifications(filter: $filter, first: 100) { nodes { slug level provider { slug } primaryRole { slug } } }
  overlapMatrix { certifications { slug } }
}`;

type ViewData = {
  providers: { slug: string }[];
  roles: { slug: string }[];
  certifications: { nodes: { slug: string; level: string; provider: { slug: string }; primaryRole: { slug: string } }[] };
  overlapMatrix: { certifications: { slug: string }[] };
};

const LEVEL_ORDER = ['FOUNDATION', 'ADVANCED', 'EXPERT'];

/**
 * The slugs the view shows, in its order: the explorer's rule. Clusters: the seriation's order (one
 * it does not know goes last); by provider or role: groups in the API's order, then by level; by
 * level: foundation first. Ties: catalog order.
 */
export async function viewSlugs(query: QueryApi, params: ExploreParams, clusterOrder: string[]): Promise<string[]> {
  const filter: Record<string, unknown> = {};
  if (params.provider) filter.providers = [params.provider];
  if (params.role) filter.roles = [params.role];
  if (params.level) filter.levels = [params.level];
  const data = await query<ViewData>(VIEW_QUERY, Object.keys(filter).length ? { filter } : undefined);
  const index = new Map(data.overlapMatrix.certifications.map((c, i) => [c.slug, i]));
  const rankOf = (list: { slug: string }[], slug: string) => list.findIndex((x) => x.slug === slug);
  const order: string = params.order;
  const key = (c: ViewData['certifications']['nodes'][number]): number => {
    const level = LEVEL_ORDER.indexOf(c.level) * 1e3;
    if (order === 'provider') return rankOf(data.providers, c.provider.slug) * 1e6 + level + index.get(c.slug)!;
    if (order === 'role') return rankOf(data.roles, c.primaryRole.slug) * 1e6 + level + index.get(c.slug)!;
    if (order === 'level') return level * 1e3 + index.get(c.slug)!;
    return (clusterOrder.indexOf(c.slug) + 1 || 999) * 1e6 + index.get(c.slug)!;
  };
  const certs = data.certifications.nodes.filter((c) => index.has(c.slug));
  return certs.sort((a, b) => key(a) - key(b)).map((c) => c.slug);
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
