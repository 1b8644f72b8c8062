// What every view of the explorer is cut from, made once per catalog (the catalog is fixed for an
// isolate's life): the certifications with their labels, the API's numbers (the domain's own
// `overlapMatrix`, rounded to 3 decimals as the API gives them), and each cell's markup under both
// measures. A view then picks rows and columns and joins strings: no arithmetic, no escaping.
// The numbers are the API's by construction (the same memoized function its resolver calls).
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { overlapMatrix } from '../resolvers/compare.js';
import { round3 } from '../resolvers/overlap.js';
import { escapeHtml as esc } from './fragments.js';
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
  /** Each certification's rank in the seriation order (clusters), catalog order where it has none. */
  clusterRank: readonly number[];
  /** Escaped labels: the acronym, and the full name with provider and level for its title. */
  acronym: readonly string[];
  title: readonly string[];
  /** Cell markup by metric, [i * n + j], made on first use. */
  cells: Partial<Record<Metric, string[]>>;
  /** Each row's coverage of every certification, in whole percent as text (the script's readout), by catalog index. */
  coverageRow: readonly string[][];
}

/** The catalog's slugs, for checking parameters (the explorer's and the downloads'). */
export const knownSlugsOf = (catalog: CatalogIndex): KnownSlugs => ({
  providers: catalog.providers.map((p) => p.slug),
  roles: catalog.roles.map((r) => r.slug),
  certifications: catalog.certifications.map((c) => c.slug),
});

let current: MatrixModel | null = null;

/** The model of `catalog`, made once (a new catalog replaces it). */
export function matrixModel(catalog: CatalogIndex, clusterOrder: readonly string[]): MatrixModel {
  if (current?.catalog === catalog) return current;
  const m = overlapMatrix(catalog, null);
  const certs = m.certifications;
  const n = certs.length;
  const coverage = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const p = m.pairs[k++]!;
      coverage[i]![j] = round3(p.coverageOfB);
      coverage[j]![i] = round3(p.coverageOfA);
    }
  }
  const rank = new Map(clusterOrder.map((slug, i) => [slug, i]));
  const levelName = (l: Level) => l.charAt(0) + l.slice(1).toLowerCase();
  current = {
    catalog,
    certs,
    similarity: m.similarity3,
    coverage,
    clusterRank: certs.map((c, i) => rank.get(c.slug) ?? clusterOrder.length + i),
    acronym: certs.map((c) => esc(c.acronym)),
    title: certs.map((c) => esc(`${c.name} (${catalog.providerBySlug.get(c.provider)?.name ?? c.provider}, ${levelName(c.level)})`)),
    cells: {},
    coverageRow: coverage.map((row) => row.map((v) => String(Math.round(v * 100)))),
  };
  return current;
}

/** Forgets the model (the benchmark's cold case; a test's fresh start). */
export function clearModel(): void {
  current = null;
}

/** Every cell's markup under `metric`, made once per model and metric. */
export function cellsOf(model: MatrixModel, metric: Metric): string[] {
  const made = model.cells[metric];
  if (made) return made;
  const { certs } = model;
  const n = certs.length;
  const values = metric === 'similarity' ? model.similarity : model.coverage;
  const cells = new Array<string>(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = values[i]![j]!;
      // No quotes, no </td>, no link (valid HTML; the row and column headers name the pair): a
      // cell is ~16 bytes, so the page stays small as the catalog grows (bench/explore.mjs).
      cells[i * n + j] = i === j ? '<td class=d>–' : `<td class=b${binOf(v)}>${cellNumber(v)}`;
    }
  }
  model.cells[metric] = cells;
  return cells;
}
