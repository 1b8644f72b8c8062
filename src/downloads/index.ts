// Data out: the overlap matrix and the catalog as CSV (for spreadsheets) and JSON (for notebooks),
// a sub-app mounted at /data. Each file is built from the API's own answers (GraphQL GETs through
// the Worker's /graphql, like any client), so the numbers are the API's numbers. The column names
// are a contract, documented in the README: add columns at the end, never rename or remove one.
import { Hono } from 'hono/tiny';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { queryApi, type ApiResult, type SelfFetch } from '../explore/graphql-client.js';
import { CERTIFICATION_COLUMNS, OVERLAP_COLUMNS, TOPIC_COLUMNS, type Column } from './columns.js';
import { toCsv } from './csv.js';

const PAGE = 50;

const CERTIFICATIONS_QUERY = /* GraphQL */ `query DataCertifications($after: String) {
  catalog { version asOf }
  certifications(first: ${PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      slug acronym name url level requiresCourse experienceMonths
      provider { slug } primaryRole { slug } roles { slug }
      prerequisites { slug } recommendedBefore { slug }
      exam { questions durationMinutes passingScorePercent format openBook proctored note source { url confidence } }
      cost { amountUsd maxAmountUsd includes asOf note source { url confidence } }
      renewal { required everyYears feeUsd educationUnits unitName note source { url confidence } }
      holders { count asOf source { url confidence } }
      caveats
    }
  }
}`;

const TOPICS_QUERY = /* GraphQL */ `query DataCertificationTopics($after: String) {
  catalog { version asOf }
  certifications(first: ${PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { slug acronym topics { depth basis topic { slug name kind } } }
  }
}`;

const OVERLAP_QUERY = /* GraphQL */ `query DataOverlap {
  catalog { version asOf }
  overlapMatrix {
    certifications { slug acronym }
    similarity
    pairs { a { slug } b { slug } similarity coverageOfA coverageOfB }
  }
}`;

type CatalogInfo = { version: string; asOf: string };
type Page<N> = { catalog: CatalogInfo; certifications: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: N[] } };

export type Row = Record<string, unknown>;

export interface Dataset {
  name: string;
  catalog: CatalogInfo;
  columns: readonly Column<any>[];
  rows: Row[];
  /** Extra top-level JSON members (the square matrix for the overlap). */
  extra?: Record<string, unknown>;
}

type Loaded = { ok: true; dataset: Dataset } | { ok: false; status: number; message: string; retryAfter: string | null };

/** Every page of a certifications query. */
async function allPages<N>(c: Context<AppEnv>, self: SelfFetch, query: string): Promise<{ ok: true; catalog: CatalogInfo; nodes: N[] } | Extract<Loaded, { ok: false }>> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const result: ApiResult<Page<N>> = await queryApi<Page<N>>(c, self, query, after ? { after } : undefined);
    if (!result.ok) return { ok: false, status: result.status, message: result.errors.map((e) => e.message).join(' '), retryAfter: result.retryAfter };
    nodes.push(...result.data.certifications.nodes);
    if (!result.data.certifications.pageInfo.hasNextPage) return { ok: true, catalog: result.data.catalog, nodes };
    after = result.data.certifications.pageInfo.endCursor;
  }
  return { ok: false, status: 500, message: 'The catalog has more pages than a download reads.', retryAfter: null };
}

function rowOf(columns: readonly Column<any>[], source: unknown): Row {
  const row: Row = {};
  for (const column of columns) row[column.name] = column.value(source);
  return row;
}

export async function loadDataset(c: Context<AppEnv>, self: SelfFetch, name: string): Promise<Loaded | null> {
  switch (name) {
    case 'certifications': {
      const got = await allPages<any>(c, self, CERTIFICATIONS_QUERY);
      if (!got.ok) return got;
      return { ok: true, dataset: { name, catalog: got.catalog, columns: CERTIFICATION_COLUMNS, rows: got.nodes.map((n) => rowOf(CERTIFICATION_COLUMNS, n)) } };
    }
    case 'certification-topics': {
      const got = await allPages<{ slug: string; acronym: string; topics: unknown[] }>(c, self, TOPICS_QUERY);
      if (!got.ok) return got;
      const rows = got.nodes.flatMap((cert) => cert.topics.map((coverage) => rowOf(TOPIC_COLUMNS, { cert, coverage })));
      return { ok: true, dataset: { name, catalog: got.catalog, columns: TOPIC_COLUMNS, rows } };
    }
    case 'overlap':
    case 'overlap-matrix': {
      type Data = {
        catalog: CatalogInfo;
        overlapMatrix: {
          certifications: { slug: string; acronym: string }[];
          similarity: number[][];
          pairs: { a: { slug: string }; b: { slug: string }; similarity: number; coverageOfA: number; coverageOfB: number }[];
        };
      };
      const result = await queryApi<Data>(c, self, OVERLAP_QUERY);
      if (!result.ok) return { ok: false, status: result.status, message: result.errors.map((e) => e.message).join(' '), retryAfter: result.retryAfter };
      const m = result.data.overlapMatrix;
      const slugs = m.certifications.map((x) => x.slug);
      const extra = { matrix: { certifications: slugs, similarity: m.similarity } };
      if (name === 'overlap-matrix') {
        const columns: Column<number>[] = [
          { name: 'certification', type: 'string', description: 'Row certification (slug).', value: (i) => slugs[i] },
          ...slugs.map((slug, j): Column<number> => ({ name: slug, type: 'number', description: `Similarity with ${slug}.`, value: (i) => m.similarity[i]![j] })),
        ];
        return { ok: true, dataset: { name, catalog: result.data.catalog, columns, rows: slugs.map((_, i) => rowOf(columns, i)), extra } };
      }
      // Both directions of every pair, in matrix order: row (a, b) says what a holder of a knows of b.
      const acronym = new Map(m.certifications.map((x) => [x.slug, x.acronym]));
      const byPair = new Map(m.pairs.map((p) => [`${p.a.slug}\n${p.b.slug}`, p]));
      const rows: Row[] = [];
      for (const a of slugs) {
        for (const b of slugs) {
          if (a === b) continue;
          const forward = byPair.get(`${a}\n${b}`);
          const p = forward ?? byPair.get(`${b}\n${a}`);
          if (!p) continue;
          const pair = { a, b, aAcronym: acronym.get(a), bAcronym: acronym.get(b), similarity: p.similarity, coverageOfB: forward ? p.coverageOfB : p.coverageOfA, coverageOfA: forward ? p.coverageOfA : p.coverageOfB };
          rows.push(rowOf(OVERLAP_COLUMNS, pair));
        }
      }
      return { ok: true, dataset: { name, catalog: result.data.catalog, columns: OVERLAP_COLUMNS, rows, extra } };
    }
    default:
      return null;
  }
}

export function toJson(dataset: Dataset): string {
  return JSON.stringify({ catalog: dataset.catalog, columns: dataset.columns.map((c) => c.name), rows: dataset.rows, ...dataset.extra });
}

export const DATASETS = ['overlap', 'overlap-matrix', 'certifications', 'certification-topics'] as const;
const FORMATS = ['csv', 'json'] as const;

async function etagOf(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return `"${[...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

function problem(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*', ...headers } });
}

export function downloadsApp(self: SelfFetch): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:file', async (c) => {
    const file = c.req.param('file');
    const match = /^([a-z-]+)\.([a-z]+)$/.exec(file);
    const name = match?.[1] ?? '';
    const format = match?.[2] ?? '';
    const known = DATASETS.flatMap((d) => FORMATS.map((f) => `${d}.${f}`)).filter((f) => f !== 'overlap-matrix.json');
    if (!known.includes(`${name}.${format}`)) {
      return problem(404, `No file "${file}" here. The downloads are: ${known.map((k) => `/data/${k}`).join(', ')}.`);
    }
    const loaded = await loadDataset(c, self, name);
    if (!loaded) return problem(404, `No dataset "${name}".`);
    if (!loaded.ok) return problem(loaded.status, loaded.message, loaded.retryAfter ? { 'retry-after': loaded.retryAfter } : {});
    const dataset = loaded.dataset;
    const body = format === 'csv' ? toCsv(dataset.columns.map((col) => col.name), dataset.rows) : toJson(dataset);
    const etag = await etagOf(body);
    const headers: Record<string, string> = {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="certgraph-${name}-${dataset.catalog.version}.${format}"`,
      'cache-control': 'public, max-age=300, s-maxage=3600',
      'access-control-allow-origin': '*',
      'x-catalog-version': dataset.catalog.version,
      etag,
    };
    const inm = c.req.header('if-none-match');
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { status: 200, headers });
  });
  return app;
}
