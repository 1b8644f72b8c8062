// Lookups, filters and ordering over the catalog: pure functions of the catalog index.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, CertificationLevel, TopicData, TopicKind } from '../data/types.js';
import { badInput, inputProblem } from './errors.js';
import { budgetFigure, isStale, latestHolderCount, lowerBound, priceStatus } from './facts.js';
import { compareText } from './text.js';
import { echoSome } from './wording.js';

export { latestHolderCount } from './facts.js';

export const LEVEL_ORDER: Record<CertificationLevel, number> = { FOUNDATION: 1, ADVANCED: 2, EXPERT: 3 };

export interface CertificationFilter {
  providers?: readonly string[] | null;
  roles?: readonly string[] | null;
  levels?: readonly CertificationLevel[] | null;
  topics?: readonly string[] | null;
  maxCostUsd?: number | null;
  requiresCourse?: boolean | null;
  hasExam?: boolean | null;
  renewalRequired?: boolean | null;
  search?: string | null;
}

export type CertificationOrder = 'NAME' | 'COST' | 'LEVEL' | 'HOLDERS';

const MAX_SEARCH_LENGTH = 100;

/**
 * Checks that every slug names an entity of the catalog; throws BAD_USER_INPUT naming every
 * unknown one and listing what is allowed.
 */
export function assertKnown(what: string, argument: string, slugs: readonly string[], known: ReadonlyMap<string, unknown>): void {
  const unknown = [...new Set(slugs.filter((slug) => !known.has(slug)))];
  if (unknown.length === 0) return;
  const shown = echoSome(unknown);
  throw inputProblem({
    problem: 'UNKNOWN',
    argument,
    what,
    unknown: shown,
    ...(unknown.length > shown.length ? { unknownCount: unknown.length } : {}),
    allowed: [...known.keys()],
  });
}

function compareNames(a: CertificationData, b: CertificationData): number {
  return compareText(a.name, b.name) || compareText(a.slug, b.slug);
}

/**
 * Price order: by the realistic figure (typical, else highest seen; never the floor); then prices
 * that are only a lower bound (a mandatory part unpriced), by that bound; unverified and unknown
 * prices last. An unknown price never sorts as cheaper than a known one.
 */
function priceKey(c: CertificationData): [number, number] {
  const figure = budgetFigure(c.price);
  if (figure !== null) return [0, figure];
  if (priceStatus(c.price) === 'PARTIAL') return [1, lowerBound(c.price)!];
  return [2, 0];
}

/** Holder order: current counts first (most first), then stale counts (most first), then none. */
function holdersKey(catalog: CatalogIndex, c: CertificationData): [number, number] {
  const latest = latestHolderCount(c);
  if (!latest) return [2, 0];
  return [isStale(catalog, latest.asOf) ? 1 : 0, -latest.count];
}

function byKey(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

function ordering(catalog: CatalogIndex, order: CertificationOrder): (a: CertificationData, b: CertificationData) => number {
  switch (order) {
    case 'NAME':
      return compareNames;
    case 'COST':
      return (a, b) => byKey(priceKey(a), priceKey(b)) || compareNames(a, b);
    case 'LEVEL':
      return (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || compareNames(a, b);
    case 'HOLDERS':
      return (a, b) => byKey(holdersKey(catalog, a), holdersKey(catalog, b)) || compareNames(a, b);
  }
}

/**
 * The whole catalog in each order, sorted once per catalog (the catalog is immutable; a WeakMap
 * keeps them exactly as long as it lives: four arrays of pointers). A request filters one of them,
 * keeping its order: at 1,000 certifications sorting each request cost ~1 ms (with localeCompare), more
 * than the rest of a page of 20.
 */
const ordered = new WeakMap<CatalogIndex, Map<CertificationOrder, readonly CertificationData[]>>();

function inOrder(catalog: CatalogIndex, order: CertificationOrder): readonly CertificationData[] {
  let orders = ordered.get(catalog);
  if (!orders) {
    orders = new Map();
    ordered.set(catalog, orders);
  }
  let list = orders.get(order);
  if (!list) {
    list = [...catalog.certifications].sort(ordering(catalog, order));
    orders.set(order, list);
  }
  return list;
}

/** Certifications matching every given criterion, in the requested order (NAME by default). */
export function listCertifications(
  catalog: CatalogIndex,
  filter: CertificationFilter | null | undefined,
  orderBy: CertificationOrder | null | undefined,
): CertificationData[] {
  const f = filter ?? {};
  if (f.providers) assertKnown('provider', 'filter.providers', f.providers, catalog.providerBySlug);
  if (f.roles) assertKnown('role', 'filter.roles', f.roles, catalog.roleBySlug);
  if (f.topics) assertKnown('topic', 'filter.topics', f.topics, catalog.topicBySlug);
  if (f.maxCostUsd != null && !(f.maxCostUsd >= 0)) {
    throw badInput(`\`filter.maxCostUsd\` must be zero or more (US dollars); got ${f.maxCostUsd}.`, {
      argument: 'filter.maxCostUsd',
    });
  }
  const search = f.search?.trim().toLowerCase() ?? '';
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badInput(`\`filter.search\` is limited to ${MAX_SEARCH_LENGTH} characters; got ${search.length}.`, {
      argument: 'filter.search',
    });
  }

  return inOrder(catalog, orderBy ?? 'NAME').filter((c) => {
    if (f.providers?.length && !f.providers.includes(c.provider)) return false;
    if (f.roles?.length && !c.roles.some((r) => f.roles!.includes(r))) return false;
    if (f.levels?.length && !f.levels.includes(c.level)) return false;
    if (f.topics?.length) {
      const depths = catalog.depthsByCertification.get(c.slug)!;
      if (!f.topics.every((t) => depths.has(t))) return false;
    }
    // Only a realistic, verified figure can be claimed to be within a maximum (never the floor of a range).
    if (f.maxCostUsd != null) {
      const figure = budgetFigure(c.price);
      if (figure === null || figure > f.maxCostUsd) return false;
    }
    if (f.requiresCourse != null && c.requiresCourse !== f.requiresCourse) return false;
    if (f.hasExam != null && (c.exam !== null) !== f.hasExam) return false;
    if (f.renewalRequired != null && c.renewal.required !== f.renewalRequired) return false;
    if (search && !c.name.toLowerCase().includes(search) && !c.acronym.toLowerCase().includes(search) && !c.slug.includes(search)) {
      return false;
    }
    return true;
  });
}

/** Topics, optionally of one kind and/or specific to one role. */
export function listTopics(catalog: CatalogIndex, kind: TopicKind | null | undefined, role: string | null | undefined): readonly TopicData[] {
  if (role != null) assertKnown('role', 'role', [role], catalog.roleBySlug);
  return catalog.topics.filter((t) => (kind == null || t.kind === kind) && (role == null || t.roles.includes(role)));
}

export interface PageArgs {
  first?: number | null;
  last?: number | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** `first`/`last` must be 0..100: a larger page is an error, never a silent cap. */
export function checkPageArgs({ first, last }: PageArgs): void {
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}. Page through larger lists with \`after\`.`, {
        argument: name,
        max: MAX_PAGE_SIZE,
      });
    }
  }
}
