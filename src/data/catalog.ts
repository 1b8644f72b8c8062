// The catalog's facts live in data files (src/data/catalog/**.yaml), compiled at build time by
// scripts/catalog-build.ts (validated, references checked) into one JSON file that ships as a
// static asset of the Worker, under a name made of its content hash, with the tables derived from
// it (./tables.ts: each pair's overlap sums, the explorer's cluster order), computed once by the
// build. The Worker bundles only that name (generated/catalog-ref.json): the catalog grows without
// growing the script. Each isolate loads the file once, before its first request is handled
// (`loadCatalog`, called by the app's first middleware), checks its tables fit it, links its
// citations and builds the indexes.
import ref from './generated/catalog-ref.json';
import { type CompiledCatalog, linkCatalog } from './link.js';
import { nextStepsOf } from './next-steps.js';
import { type CatalogTables, readTables, type ShippedTables } from './tables.js';
import type { CertificationData, Depth, PartialDate, ProviderData, RoleData, SourceRef, TopicData } from './types.js';

/**
 * Bumped whenever the catalog's facts change. Clients (and HTTP caches, through the ETag) see
 * it in `Query.catalog.version`.
 */
export const CATALOG_VERSION = '2026.12.2';

export interface CatalogInput {
  version: string;
  /** The content hash the build computed for this very content (else it is computed here). */
  buildFingerprint?: string;
  providers: readonly ProviderData[];
  roles: readonly RoleData[];
  topics: readonly TopicData[];
  certifications: readonly CertificationData[];
  /** Every source object the facts cite (shared by the facts that cite it); none when not given. */
  sources?: readonly SourceRef[];
}

/** The catalog with the indexes every resolver needs, built once per isolate. */
export interface CatalogIndex {
  version: string;
  /**
   * A hash of the catalog's whole content, computed at isolate start: it changes whenever any
   * fact changes, even if CATALOG_VERSION was not bumped. HTTP caches key on it (ETag).
   */
  fingerprint: string;
  /** Date of the newest dated fact (price, holder count or article statement): the reference for every fact's age. */
  asOf: PartialDate;
  providers: readonly ProviderData[];
  roles: readonly RoleData[];
  topics: readonly TopicData[];
  certifications: readonly CertificationData[];
  /**
   * Every source object the facts cite, each shared by the facts that cite it: with the lists
   * and Maps above, what a memoized result may point at (src/resolvers/memo.ts).
   */
  sources: readonly SourceRef[];
  providerBySlug: ReadonlyMap<string, ProviderData>;
  roleBySlug: ReadonlyMap<string, RoleData>;
  topicBySlug: ReadonlyMap<string, TopicData>;
  certificationBySlug: ReadonlyMap<string, CertificationData>;
  certificationsByProvider: ReadonlyMap<string, readonly CertificationData[]>;
  /** Certifications whose primary role is the key. */
  certificationsByPrimaryRole: ReadonlyMap<string, readonly CertificationData[]>;
  certificationsByTopic: ReadonlyMap<string, readonly CertificationData[]>;
  /** ROLE_SPECIFIC topics of each role. */
  topicsByRole: ReadonlyMap<string, readonly TopicData[]>;
  /** Certifications that build on the key: the next rung of its track, or listing it as a prerequisite. */
  nextSteps: ReadonlyMap<string, readonly CertificationData[]>;
  /** Each certification's topic depths, for the overlap arithmetic. */
  depthsByCertification: ReadonlyMap<string, ReadonlyMap<string, Depth>>;
  /**
   * The tables the build derived from this catalog (./tables.ts), shipped in its asset; null for a
   * catalog indexed in memory (a test's), whose tables the domain derives on first use.
   */
  tables: CatalogTables | null;
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function bySlug<T extends { slug: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.slug, item]));
}

/** Every dated fact of a certification, for the catalog's as-of date. */
function datesOf(cert: CertificationData): PartialDate[] {
  const dates: PartialDate[] = [];
  if (cert.price.asOf) dates.push(cert.price.asOf);
  for (const h of cert.holders) dates.push(h.asOf);
  for (const s of cert.statements) if (s.asOf) dates.push(s.asOf);
  return dates;
}

/** cyrb53: a fast, well-distributed 53-bit string hash (synchronous, for module scope). */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The catalog's indexes. `tables`: the ones its asset shipped, checked against it (readTables);
 * without them (a catalog made in memory), null: the domain derives them when first read.
 */
export function buildCatalogIndex(input: CatalogInput, tables: CatalogTables | null = null): CatalogIndex {
  const { certifications: certs } = input;
  const certificationBySlug = bySlug(certs);
  const nextSteps = nextStepsOf(certs);

  // ISO partial dates sort lexically; the newest is the greatest.
  const asOf = certs.flatMap(datesOf).reduce((a, b) => (b > a ? b : a), '0000');

  return {
    version: input.version,
    fingerprint: input.buildFingerprint ?? hash53(JSON.stringify([input.providers, input.roles, input.topics, input.certifications])),
    asOf,
    providers: input.providers,
    roles: input.roles,
    topics: input.topics,
    certifications: certs,
    sources: input.sources ?? [],
    providerBySlug: bySlug(input.providers),
    roleBySlug: bySlug(input.roles),
    topicBySlug: bySlug(input.topics),
    certificationBySlug,
    certificationsByProvider: groupBy(certs, (c) => [c.provider]),
    certificationsByPrimaryRole: groupBy(certs, (c) => [c.primaryRole]),
    certificationsByTopic: groupBy(certs, (c) => c.topics.map((t) => t.topic)),
    topicsByRole: groupBy(
      input.topics.filter((t) => t.kind === 'ROLE_SPECIFIC'),
      (t) => t.roles,
    ),
    nextSteps,
    depthsByCertification: new Map(certs.map((c) => [c.slug, new Map(c.topics.map((t) => [t.topic, t.depth]))])),
    tables,
  };
}

/** The catalog asset: the compiled catalog (without its data files' paths) and its tables. */
export type CatalogAsset = CompiledCatalog & { tables: ShippedTables };

/** The compiled catalog this build ships: its asset path, content hash, and its lists' largest sizes. */
export const CATALOG_ASSET: {
  readonly path: string;
  readonly fingerprint: string;
  readonly maxima: Readonly<Record<string, number>>;
} = ref;

/**
 * The catalog, indexed, once this isolate has loaded it: the loader's memory (an ES module live
 * binding). The Worker reads it in one place, the middleware that hands it to each request
 * (src/admission/catalog-loading.ts); everything else receives the catalog it answers from
 * (`c.var.catalog`, the resolvers' `ctx.catalog`), so no field reads a module variable
 * (test/repo/architecture.test.ts). Tests read it directly.
 */
export let catalog: CatalogIndex = undefined as unknown as CatalogIndex;

/**
 * Indexes the catalog asset and makes it this isolate's catalog; throws a TablesError (before
 * anything is installed) when its tables are missing or do not fit it.
 */
export function installCatalog(asset: CatalogAsset, fingerprint?: string): CatalogIndex {
  const { tables: shipped, ...compiled } = asset;
  const tables = readTables(shipped, compiled.certifications?.length ?? 0);
  catalog = buildCatalogIndex({ version: CATALOG_VERSION, ...(fingerprint ? { buildFingerprint: fingerprint } : {}), ...linkCatalog(compiled) }, tables);
  return catalog;
}

/** What can fetch the Worker's static assets (the ASSETS binding, or a stand-in outside workerd). */
export interface AssetFetcher {
  fetch(request: Request): Promise<Response>;
}

let loading: Promise<CatalogIndex> | null = null;

/** After a failed load, the next is not tried for BACKOFF_FIRST_MS, doubling with each failure up to BACKOFF_MAX_MS. */
export const CATALOG_BACKOFF = { firstMs: 1_000, maxMs: 30_000 } as const;
/** When the next load may be tried, and the wait after the next failure; reset by a load that succeeds. */
const backoff = { until: 0, nextMs: CATALOG_BACKOFF.firstMs as number };

/** A load refused without trying: an earlier one failed moments ago (already logged); retry after `retryAfterMs`. */
export class CatalogBackoff extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`the catalog asset failed to load moments ago; next try in ${Math.ceil(retryAfterMs / 1000)} s`);
    this.name = 'CatalogBackoff';
  }
}

/**
 * Loads this build's catalog from the static assets, once per isolate; concurrent first requests
 * share one load. A failed load is tried again, but not at once: the requests of the next second
 * (then 2, 4... up to 30 s) are refused with CatalogBackoff without fetching, so a broken asset
 * costs one fetch (and one log line) per window, not one per request.
 */
export function loadCatalog(assets: AssetFetcher): Promise<CatalogIndex> {
  if (catalog) return Promise.resolve(catalog);
  const wait = backoff.until - Date.now();
  if (!loading && wait > 0) return Promise.reject(new CatalogBackoff(wait));
  loading ??= (async () => {
    const response = await assets.fetch(new Request(new URL(CATALOG_ASSET.path, 'https://assets.invalid')));
    if (!response.ok) throw new Error(`the catalog asset ${CATALOG_ASSET.path} answered ${response.status}`);
    const asset = (await response.json()) as CatalogAsset;
    return installCatalog(asset, CATALOG_ASSET.fingerprint);
  })()
    .then(
      (loaded) => {
        backoff.nextMs = CATALOG_BACKOFF.firstMs;
        return loaded;
      },
      (error: unknown) => {
        backoff.until = Date.now() + backoff.nextMs;
        backoff.nextMs = Math.min(backoff.nextMs * 2, CATALOG_BACKOFF.maxMs);
        throw error;
      },
    )
    .finally(() => {
      loading = null;
    });
  return loading;
}
