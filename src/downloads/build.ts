// Data out: the overlap matrix and the catalog as CSV (for spreadsheets) and JSON (for notebooks).
// The catalog changes only with a deploy, so the files are built then, by `npm run assets`
// (scripts/build-downloads.mjs), from the API's own answers: GraphQL GETs to the Worker's /graphql,
// run in-process like any client's. They are served as static assets under /data/ (ETags, CDN).
// The column names are a contract, documented in docs/analyst.md: add columns at the end, never
// rename or remove one. Not imported by the Worker: none of this is in its bundle.
import { CERTIFICATION_COLUMNS, type Cert, type Column, OVERLAP_COLUMNS, TOPIC_COLUMNS, type TopicSource } from './columns.js';
import { toCsv } from './csv.js';

/** Answers one GraphQL query through the API (a GET to /graphql); throws on errors. */
export type QueryApi = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

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
      price { status minUsd typicalUsd maxUsd budgetUsd confidence asOf }
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
  /** Columns over any source (each reads its own). */
  columns: readonly Column<never>[];
  rows: Row[];
  /** Extra top-level JSON members (the square matrix for the overlap). */
  extra?: Record<string, unknown>;
}

/** Every page of a certifications query. */
async function allPages<N>(query: QueryApi, document: string): Promise<{ catalog: CatalogInfo; nodes: N[] }> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const data: Page<N> = await query<Page<N>>(document, after ? { after } : undefined);
    nodes.push(...data.certifications.nodes);
    if (!data.certifications.pageInfo.hasNextPage) return { catalog: data.catalog, nodes };
    after = data.certifications.pageInfo.endCursor;
  }
  throw new Error('The catalog has more pages than a download reads.');
}

function rowOf<S>(columns: readonly Column<S>[], source: S): Row {
  const row: Row = {};
  for (const column of columns) row[column.name] = column.value(source);
  return row;
}

export async function loadDataset(query: QueryApi, name: DatasetName): Promise<Dataset> {
  switch (name) {
    case 'certifications': {
      const got = await allPages<Cert>(query, CERTIFICATIONS_QUERY);
      return { name, catalog: got.catalog, columns: CERTIFICATION_COLUMNS, rows: got.nodes.map((n) => rowOf(CERTIFICATION_COLUMNS, n)) };
    }
    case 'certification-topics': {
      const got = await allPages<TopicSource['cert'] & { topics: TopicSource['coverage'][] }>(query, TOPICS_QUERY);
      const rows = got.nodes.flatMap((cert) => cert.topics.map((coverage) => rowOf(TOPIC_COLUMNS, { cert, coverage })));
      return { name, catalog: got.catalog, columns: TOPIC_COLUMNS, rows };
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
      const result = { data: await query<Data>(OVERLAP_QUERY) };
      const m = result.data.overlapMatrix;
      const slugs = m.certifications.map((x) => x.slug);
      const extra = { matrix: { certifications: slugs, similarity: m.similarity } };
      if (name === 'overlap-matrix') {
        const columns: Column<number>[] = [
          { name: 'certification', type: 'string', description: 'Row certification (slug).', value: (i) => slugs[i] },
          ...slugs.map(
            (slug, j): Column<number> => ({ name: slug, type: 'number', description: `Similarity with ${slug}.`, value: (i) => m.similarity[i]![j] }),
          ),
        ];
        return { name, catalog: result.data.catalog, columns, rows: slugs.map((_, i) => rowOf(columns, i)), extra };
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
          const pair = {
            a,
            b,
            aAcronym: acronym.get(a),
            bAcronym: acronym.get(b),
            similarity: p.similarity,
            coverageOfB: forward ? p.coverageOfB : p.coverageOfA,
            coverageOfA: forward ? p.coverageOfA : p.coverageOfB,
          };
          rows.push(rowOf(OVERLAP_COLUMNS, pair));
        }
      }
      return { name, catalog: result.data.catalog, columns: OVERLAP_COLUMNS, rows, extra };
    }
  }
}

export function toJson(dataset: Dataset): string {
  return JSON.stringify({ catalog: dataset.catalog, columns: dataset.columns.map((c) => c.name), rows: dataset.rows, ...dataset.extra });
}

export const DATASETS = ['overlap', 'overlap-matrix', 'certifications', 'certification-topics'] as const;
export type DatasetName = (typeof DATASETS)[number];

export interface DownloadFile {
  /** Path under /data/, e.g. `overlap.csv`. */
  file: string;
  body: string;
  contentType: string;
}

/** Every download, built from the API's answers. */
export async function buildDownloads(query: QueryApi): Promise<{ catalog: CatalogInfo; files: DownloadFile[] }> {
  const files: DownloadFile[] = [];
  let catalog: CatalogInfo | null = null;
  for (const name of DATASETS) {
    const dataset = await loadDataset(query, name);
    catalog = dataset.catalog;
    files.push({
      file: `${name}.csv`,
      body: toCsv(
        dataset.columns.map((c) => c.name),
        dataset.rows,
      ),
      contentType: 'text/csv; charset=utf-8',
    });
    if (name !== 'overlap-matrix') files.push({ file: `${name}.json`, body: toJson(dataset), contentType: 'application/json; charset=utf-8' });
  }
  return { catalog: catalog!, files };
}

/** Cloudflare's `_headers` rules for the downloads: attachment names with the catalog version, CORS. */
export function headersFile(catalog: CatalogInfo, files: DownloadFile[]): string {
  return files
    .map((f) => {
      const [base, ext] = f.file.split('.');
      return `/data/${f.file}\n  Content-Disposition: attachment; filename="certgraph-${base}-${catalog.version}.${ext}"\n  Access-Control-Allow-Origin: *\n  X-Catalog-Version: ${catalog.version}\n  Cache-Control: public, max-age=300, s-maxage=3600\n`;
    })
    .join('\n');
}
