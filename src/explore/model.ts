// What every view of the explorer is cut from, made once per catalog (the catalog is fixed for an
// isolate's life): the certifications with their labels, the API's numbers (the domain's own
// `overlapTables`: overlapMatrix's figures, rounded to 3 decimals as the API gives them), and each
// cell's markup under both measures. A view then picks rows and columns and joins strings: no
// arithmetic, no escaping. The numbers are the API's by construction (the same sums and division
// as the pairs its resolver gives: src/resolvers/overlap.ts), and like the cluster order they come
// from the catalog's tables, which the build computed (src/resolvers/ship-tables.ts).
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { round3 } from '../resolvers/overlap.js';
import { escapeHtml as esc } from './fragments.js';
import type { ExplorerDomain } from './kit.js';
import type { KnownSlugs, Metric } from './params.js';
import type { Level } from './queries.js';

export const LEVEL_ORDER: readonly Level[] = ['FOUNDATION', 'ADVANCED', 'EXPERT'];

/** Upper bounds of the colour classes b0..b6, as shares (the last is 1, inclusive). */
export const BINS = [0.05, 0.15, 0.25, 0.4, 0.55, 0.7, 1] as const;

export function binOf(value: number): number {
  const i = BINS.findIndex((upper) => value < upper);
  return i < 0 ? BINS.length - 1 : i;
}

/** A value as a cell shows it: hundredths of similarity, or a percentage (no sign: the legend says which). */
export const cellNumber = (value: number): string => String(Math.round(value * 100));

export interface MatrixModel {
  catalog: CatalogIndex;
  certs: readonly CertificationData[];
  /** similarity[i][j] to 3 decimals, as the API answers `overlapMatrix.similarity`. */
  similarity: readonly (readonly number[])[];
  /** coverage[i][j]: the share of j a holder of i already knows, to 3 decimals (the API's coverageOfB / coverageOfA). */
  coverage: readonly (readonly number[])[];
  /** Each certification's rank in the cluster order (the seriation the build shipped with the catalog: src/resolvers/cluster-order.ts). */
  clusterRank: readonly number[];
  /** Escaped labels: the acronym, and the full name with provider and level for its title. */
  acronym: readonly string[];
  title: readonly string[];
  /** Escaped slugs. */
  slug: readonly string[];
  /** Cell codes by metric, [i * n + j] (cellsOf), made on first use. */
  cells: Partial<Record<Metric, Uint16Array>>;
  /** Each row's coverage of every certification, in whole percent (the script's readout; PERCENT has its text), by catalog index. */
  coverageRow: readonly Uint8Array[];
}

/** The catalog's slugs, for checking parameters (the explorer's and the downloads'). */
export const knownSlugsOf = (catalog: CatalogIndex): KnownSlugs => ({
  providers: catalog.providers.map((p) => p.slug),
  roles: catalog.roles.map((r) => r.slug),
  certifications: catalog.certifications.map((c) => c.slug),
});

let current: MatrixModel | null = null;

/** The model of `catalog`, made once (a new catalog replaces it). */
export function matrixModel(domain: Pick<ExplorerDomain, 'overlapTables' | 'clusterOrderOfCatalog'>, catalog: CatalogIndex): MatrixModel {
  if (current?.catalog === catalog) return current;
  // The API's overlapMatrix figures (the same sums, the same division: overlapTables), without
  // its per-pair objects; rounded to 3 decimals as the API gives them.
  const t = domain.overlapTables(catalog);
  const certs = t.certifications;
  const n = certs.length;
  const similarity = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  const coverage = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  const coverageRow = Array.from({ length: n }, () => new Uint8Array(n).fill(100));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = round3(t.similarity[i * n + j]!);
      similarity[i]![j] = s;
      similarity[j]![i] = s;
      const [ij, ji] = [round3(t.coverage[i * n + j]!), round3(t.coverage[j * n + i]!)];
      coverage[i]![j] = ij;
      coverage[j]![i] = ji;
      coverageRow[i]![j] = Math.round(ij * 100);
      coverageRow[j]![i] = Math.round(ji * 100);
    }
  }
  const levelName = (l: Level) => l.charAt(0) + l.slice(1).toLowerCase();
  current = {
    catalog,
    certs,
    similarity,
    coverage,
    clusterRank: clusterRanks(domain, catalog),
    acronym: certs.map((c) => esc(c.acronym)),
    title: certs.map((c) => esc(`${c.name} (${catalog.providerBySlug.get(c.provider)?.name ?? c.provider}, ${levelName(c.level)})`)),
    slug: certs.map((c) => esc(c.slug)),
    cells: {},
    coverageRow,
  };
  return current;
}

/** Whole percents as text, 0 to 100. */
export const PERCENT: readonly string[] = Array.from({ length: 101 }, (_, k) => String(k));

/** Each certification's rank in the catalog's cluster order (shipped with the catalog: src/resolvers/cluster-order.ts). */
function clusterRanks(domain: Pick<ExplorerDomain, 'clusterOrderOfCatalog'>, catalog: CatalogIndex): number[] {
  const ranks = new Array<number>(catalog.certifications.length);
  domain.clusterOrderOfCatalog(catalog).forEach((i, at) => {
    ranks[i] = at;
  });
  return ranks;
}

/** Forgets the model (the benchmark's cold case; a test's fresh start). */
export function clearModel(): void {
  current = null;
}

// A cell's markup depends on its colour class and its number only: 7 x 101 strings and the
// diagonal's, made once. The model keeps a code per cell (bin * 101 + number), not a string.
// No quotes, no </td>, no link (valid HTML; the row and column headers name the pair): a cell is
// ~15 bytes, so the page stays small as the catalog grows (bench/explore.mjs).
const DIAGONAL = BINS.length * 101;
const markupOf = (g: boolean) =>
  Array.from({ length: DIAGONAL + 1 }, (_, code) => {
    const cls = code === DIAGONAL ? 'd' : `b${Math.floor(code / 101)}`;
    const text = code === DIAGONAL ? '&#8211;' : String(code % 101);
    return g ? `<td class="g ${cls}">${text}` : `<td class=${cls}>${text}`;
  });
/** The markup of each cell code: plain, and as the first column of a group (class g: a line on its left). */
export const CELL_MARKUP: readonly string[] = markupOf(false);
export const GROUP_CELL_MARKUP: readonly string[] = markupOf(true);

/** Every cell's code under `metric` ([i * n + j], an index of CELL_MARKUP), made once per model and metric. */
export function cellsOf(model: MatrixModel, metric: Metric): Uint16Array {
  const made = model.cells[metric];
  if (made) return made;
  const n = model.certs.length;
  const values = metric === 'similarity' ? model.similarity : model.coverage;
  const cells = new Uint16Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = values[i]!;
    for (let j = 0; j < n; j++) {
      const v = row[j]!;
      cells[i * n + j] = i === j ? DIAGONAL : binOf(v) * 101 + Math.round(v * 100);
    }
  }
  model.cells[metric] = cells;
  return cells;
}
