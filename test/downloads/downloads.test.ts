// Data out (GET /data/*): the overlap and the catalog as CSV and JSON, static assets built from
// the API's answers by `npm run assets`. csv-parse reads each CSV back into exactly the numbers
// the API returns; the JSON carries the same rows; the columns are the documented ones (README);
// quoting survives any text; the served files are what the API answers now (not stale); ETags.

import { exports } from 'cloudflare:workers';
import { parse } from 'csv-parse/browser/esm/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import readme from '../../docs/analyst.md?raw';
import { catalog } from '../../src/data/catalog.js';
import { buildDownloads, headersFile } from '../../src/downloads/build.js';
import { CERTIFICATION_COLUMNS, OVERLAP_COLUMNS, TOPIC_COLUMNS } from '../../src/downloads/columns.js';
import { toCsv } from '../../src/downloads/csv.js';
import { data, worker } from '../helpers.js';

async function download(file: string, headers: Record<string, string> = {}) {
  const res = await worker(`/data/${file}`, { headers });
  return { res, text: await res.text() };
}

/** Reads a CSV as a spreadsheet or notebook would: header row, typed by csv-parse's cast. */
function readCsv(text: string): Record<string, unknown>[] {
  return parse(text, { columns: true, cast: true, cast_date: false, skip_empty_lines: true }) as Record<string, unknown>[];
}

const num = (v: unknown) => (v === '' ? null : v);
const list = (v: unknown) => (v === '' ? [] : String(v).split('; '));

describe('GET /data/overlap.csv and .json', () => {
  it('has one row per ordered pair with the API’s similarity and coverage, read back by csv-parse', async () => {
    const { res, text } = await download('overlap.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="certgraph-overlap-${catalog.version}.csv"`);
    expect(text.split('\r\n')[0]).toBe(OVERLAP_COLUMNS.map((c) => c.name).join(','));
    const rows = readCsv(text);
    const n = catalog.certifications.length;
    expect(rows).toHaveLength(n * (n - 1));
    type Matrix = {
      overlapMatrix: {
        certifications: { slug: string }[];
        similarity: number[][];
        pairs: { a: { slug: string }; b: { slug: string }; similarity: number; coverageOfA: number; coverageOfB: number }[];
      };
    };
    const api = await data<Matrix>(
      `{ overlapMatrix { certifications { slug acronym } similarity pairs { a { slug } b { slug } similarity coverageOfA coverageOfB } } }`,
    );
    const m = api.overlapMatrix;
    const index = new Map<string, number>(m.certifications.map((c: { slug: string }, i: number) => [c.slug, i]));
    for (const p of m.pairs) {
      const forward = rows.find((r) => r.a === p.a.slug && r.b === p.b.slug)!;
      const backward = rows.find((r) => r.a === p.b.slug && r.b === p.a.slug)!;
      expect(forward).toMatchObject({ similarity: p.similarity, coverage_of_b: p.coverageOfB, coverage_of_a: p.coverageOfA });
      expect(backward).toMatchObject({ similarity: p.similarity, coverage_of_b: p.coverageOfA, coverage_of_a: p.coverageOfB });
      expect(p.similarity).toBe(m.similarity[index.get(p.a.slug)!]![index.get(p.b.slug)!]);
    }
    // The JSON carries the same rows and the square matrix.
    const json = JSON.parse((await download('overlap.json')).text);
    expect(json.catalog.version).toBe(catalog.version);
    expect(json.columns).toEqual(OVERLAP_COLUMNS.map((c) => c.name));
    expect(json.rows).toEqual(rows);
    expect(json.matrix).toEqual({ certifications: m.certifications.map((c: { slug: string }) => c.slug), similarity: m.similarity });
  });

  it('overlap-matrix.csv is the square similarity matrix, as overlapMatrix returns it', async () => {
    const { text } = await download('overlap-matrix.csv');
    const rows = readCsv(text);
    const api = await data<{ overlapMatrix: { certifications: { slug: string }[]; similarity: number[][] } }>(
      `{ overlapMatrix { certifications { slug } similarity } }`,
    );
    const slugs = api.overlapMatrix.certifications.map((c: { slug: string }) => c.slug);
    expect(Object.keys(rows[0]!)).toEqual(['certification', ...slugs]);
    rows.forEach((row, i) => {
      expect(row.certification).toBe(slugs[i]);
      for (const [j, s] of slugs.entries()) expect(row[s]).toBe(api.overlapMatrix.similarity[i]![j]);
    });
  });
});

/** A certification with the facts the download carries, as the API answers them. */
interface ListedFacts {
  slug: string;
  acronym: string;
  name: string;
  level: string;
  requiresCourse: boolean;
  experienceMonths: number | null;
  provider: { slug: string };
  roles: { slug: string }[];
  exam: { questions: number; durationMinutes: number; passingScorePercent: number | null; source: { url: string; confidence: string } } | null;
  cost: { amountUsd: number; maxAmountUsd: number | null; includes: string[]; asOf: string | null; source: { url: string; confidence: string } } | null;
  renewal: { required: boolean; everyYears: number | null; feeUsd: number | null; source: { confidence: string } };
  holders: { count: number; asOf: string }[];
  caveats: string[];
}

describe('GET /data/certifications.csv and .json', () => {
  it('has one row per certification with its facts and their sources, as the API returns them', async () => {
    const { res, text } = await download('certifications.csv');
    expect(res.status).toBe(200);
    const rows = readCsv(text);
    const api = await data<{ certifications: { nodes: ListedFacts[] } }>(`{ certifications(first: 100) { nodes {
      slug acronym name level requiresCourse experienceMonths provider { slug } roles { slug }
      exam { questions durationMinutes passingScorePercent source { url confidence } }
      cost { amountUsd maxAmountUsd includes asOf source { url confidence } }
      renewal { required everyYears feeUsd source { confidence } }
      holders { count asOf }
      caveats } } }`);
    const nodes = api.certifications.nodes;
    expect(rows.map((r) => r.slug)).toEqual(nodes.map((c: { slug: string }) => c.slug));
    expect(rows).toHaveLength(catalog.certifications.length);
    rows.forEach((row, i) => {
      const c = nodes[i]!;
      expect(row.acronym).toBe(c.acronym);
      expect(row.name).toBe(c.name);
      expect(row.level).toBe(c.level);
      expect(row.provider).toBe(c.provider.slug);
      expect(list(row.roles)).toEqual(c.roles.map((r: { slug: string }) => r.slug));
      expect(row.requires_course).toBe(String(c.requiresCourse)); // csv-parse leaves booleans as text
      expect(num(row.experience_months)).toBe(c.experienceMonths);
      expect(num(row.exam_questions)).toBe(c.exam?.questions ?? null);
      expect(num(row.exam_duration_minutes)).toBe(c.exam?.durationMinutes ?? null);
      expect(num(row.exam_passing_score_percent)).toBe(c.exam?.passingScorePercent ?? null);
      expect(num(row.exam_source_confidence)).toBe(c.exam?.source.confidence ?? null);
      expect(num(row.cost_usd)).toBe(c.cost?.amountUsd ?? null);
      expect(num(row.cost_max_usd)).toBe(c.cost?.maxAmountUsd ?? null);
      expect(c.cost ? list(row.cost_includes) : row.cost_includes).toEqual(c.cost?.includes ?? '');
      expect(num(row.cost_as_of) === null ? null : String(row.cost_as_of)).toBe(c.cost?.asOf ?? null);
      expect(num(row.cost_source_url)).toBe(c.cost?.source.url ?? null);
      expect(row.renewal_required).toBe(String(c.renewal.required));
      expect(num(row.renewal_fee_usd)).toBe(c.renewal.feeUsd);
      expect(row.renewal_source_confidence).toBe(c.renewal.source.confidence);
      expect(num(row.holders_count)).toBe(c.holders[0]?.count ?? null);
      expect(list(row.caveats)).toEqual(c.caveats.flatMap((x: string) => x.split('; ')));
    });
    const json = JSON.parse((await download('certifications.json')).text);
    expect(json.columns).toEqual(CERTIFICATION_COLUMNS.map((c) => c.name));
    expect(json.rows.map((r: { cost_usd: number | null }) => r.cost_usd)).toEqual(
      nodes.map((c: { cost: { amountUsd: number } | null }) => c.cost?.amountUsd ?? null),
    );
    expect(json.rows.map((r: { caveats: string[] }) => r.caveats)).toEqual(nodes.map((c: { caveats: string[] }) => c.caveats));
  });

  it('certification-topics.csv has one row per certification and topic, with its depth', async () => {
    const rows = readCsv((await download('certification-topics.csv')).text);
    type Topics = { certifications: { nodes: { slug: string; topics: { depth: number; basis: string; topic: { slug: string; kind: string } }[] }[] } };
    const api = await data<Topics>(`{ certifications(first: 100) { nodes { slug topics { depth basis topic { slug kind } } } } }`);
    const expected = api.certifications.nodes.flatMap((c) =>
      c.topics.map((t) => ({ certification: c.slug, topic: t.topic.slug, topic_kind: t.topic.kind, depth: t.depth, basis: t.basis })),
    );
    expect(rows.map((r) => ({ certification: r.certification, topic: r.topic, topic_kind: r.topic_kind, depth: r.depth, basis: String(r.basis) }))).toEqual(
      expected,
    );
    expect(rows.length).toBe(catalog.certifications.reduce((n, c) => n + c.topics.length, 0));
    const json = JSON.parse((await download('certification-topics.json')).text);
    expect(json.rows.map((r: { depth: number }) => r.depth)).toEqual(expected.map((e: { depth: number }) => e.depth));
  });
});

describe('the downloads say what the API says', () => {
  it('any cell of overlap.csv is the API’s compare for that pair: similarity and both coverages', async () => {
    const rows = readCsv((await download('overlap.csv')).text);
    const slugs = catalog.certifications.map((c) => c.slug);
    // Pairs drawn across the whole catalog (fixed seed, so a failure repeats), both directions.
    const pairs = fc.sample(
      fc.tuple(fc.constantFrom(...slugs), fc.constantFrom(...slugs)).filter(([a, b]) => a !== b),
      { numRuns: 12, seed: 21 },
    );
    for (const [a, b] of pairs) {
      type Compare = { compare: { pairs: { a: { slug: string }; b: { slug: string }; similarity: number; coverageOfA: number; coverageOfB: number }[] } };
      const api = await data<Compare>(
        `query($c: [String!]!) { compare(certifications: $c) { pairs { a { slug } b { slug } similarity coverageOfA coverageOfB } } }`,
        {
          c: [a, b],
        },
      );
      const pair = api.compare.pairs[0]!;
      expect([pair.a.slug, pair.b.slug]).toEqual([a, b]);
      const row = rows.find((r) => r.a === a && r.b === b)!;
      expect(row, `${a},${b}`).toMatchObject({ similarity: pair.similarity, coverage_of_b: pair.coverageOfB, coverage_of_a: pair.coverageOfA });
    }
  });

  it('certifications.csv carries the price as the API gives it; sorted by price_budget_usd, the API’s COST order', async () => {
    const rows = readCsv((await download('certifications.csv')).text);
    type Priced = {
      slug: string;
      price: {
        status: string;
        minUsd: number | null;
        typicalUsd: number | null;
        maxUsd: number | null;
        budgetUsd: number | null;
        confidence: string;
        asOf: string | null;
      };
    };
    const api = await data<{ certifications: { nodes: Priced[] } }>(
      `{ certifications(orderBy: COST, first: 100) { nodes { slug price { status minUsd typicalUsd maxUsd budgetUsd confidence asOf } } } }`,
    );
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    for (const c of api.certifications.nodes) {
      const row = bySlug.get(c.slug)!;
      expect(
        {
          status: row.price_status,
          minUsd: num(row.price_min_usd),
          typicalUsd: num(row.price_typical_usd),
          maxUsd: num(row.price_max_usd),
          budgetUsd: num(row.price_budget_usd),
          confidence: row.price_confidence,
          asOf: row.price_as_of === '' ? null : String(row.price_as_of),
        },
        c.slug,
      ).toEqual(c.price);
    }
    // A spreadsheet's sort: by the budget column, blanks last, ties in the file's (name) order.
    const budget = (r: Record<string, unknown>) => (r.price_budget_usd === '' ? Number.POSITIVE_INFINITY : Number(r.price_budget_usd));
    const sorted = rows
      .map((r, i) => ({ r, i }))
      .sort((x, y) => budget(x.r) - budget(y.r) || x.i - y.i)
      .map((x) => x.r.slug)
      .filter((slug) => bySlug.get(slug)!.price_budget_usd !== '');
    const apiPriced = api.certifications.nodes.filter((c) => c.price.budgetUsd !== null).map((c) => c.slug);
    expect(api.certifications.nodes).toHaveLength(rows.length);
    expect(apiPriced.length).toBeGreaterThan(10);
    expect(sorted).toEqual(apiPriced);
    // cost_usd stays what it was (the floor), so old spreadsheets keep working.
    for (const r of rows) if (r.cost_usd !== '' && r.price_min_usd !== '') expect(r.cost_usd, String(r.slug)).toBe(r.price_min_usd);
  });
});

describe('CSV writing', () => {
  it('any text survives a round trip through csv-parse (commas, quotes, line breaks, unicode)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string()), { minLength: 1, maxLength: 5 }), (pairs) => {
        const rows = pairs.map(([x, y]) => ({ x, y }));
        const back = parse(toCsv(['x', 'y'], rows), { columns: true, relax_column_count: false }) as { x: string; y: string }[];
        expect(back).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the downloads as a contract', () => {
  it('every column of every file is documented in the README, in file order', () => {
    const section = readme.slice(readme.indexOf('### Data out'));
    for (const [file, columns] of [
      ['overlap.csv', OVERLAP_COLUMNS],
      ['certifications.csv', CERTIFICATION_COLUMNS],
      ['certification-topics.csv', TOPIC_COLUMNS],
    ] as const) {
      const table = section.slice(section.indexOf(`\`${file}\``));
      const documented = [...table.slice(0, table.indexOf('\n\n', table.indexOf('|'))).matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
      expect(documented, file).toEqual(columns.map((c) => c.name));
    }
  });

  it('the files served are the ones the API’s answers build now, byte for byte', async () => {
    const query = async <T>(document: string, variables?: Record<string, unknown>): Promise<T> => {
      const url = new URL('http://localhost/graphql');
      url.searchParams.set('query', document);
      if (variables) url.searchParams.set('variables', JSON.stringify(variables));
      const res = await exports.default.fetch(new Request(url, { headers: { 'cf-connecting-ip': '198.19.9.9' } }));
      return ((await res.json()) as { data: T }).data;
    };
    const built = await buildDownloads(query);
    expect(built.files.map((f) => f.file).sort()).toEqual([
      'certification-topics.csv',
      'certification-topics.json',
      'certifications.csv',
      'certifications.json',
      'overlap-matrix.csv',
      'overlap.csv',
      'overlap.json',
    ]);
    for (const f of built.files) {
      const served = await download(f.file);
      expect(served.res.status, f.file).toBe(200);
      expect(served.text === f.body, `${f.file} is stale: run npm run assets`).toBe(true);
    }
    // Each file is named for download with the catalog version, and may be read from any origin.
    const rules = headersFile(built.catalog, built.files);
    expect(rules).toContain(`/data/overlap.csv\n  Content-Disposition: attachment; filename="certgraph-overlap-${catalog.version}.csv"`);
    expect(rules.match(/Access-Control-Allow-Origin: \*/g)).toHaveLength(built.files.length);
  });

  it('answers If-None-Match with a 304, and an unknown file with a 404 that lists the files', async () => {
    const { res } = await download('certifications.csv');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await download('certifications.csv', { 'if-none-match': etag });
    expect(again.res.status).toBe(304);
    for (const file of ['nope.csv', 'overlap.xlsx', 'overlap-matrix.json', '..%2Fsecret']) {
      const missing = await download(file);
      expect(missing.res.status, file).toBe(404);
      expect(missing.text).toContain('/data/overlap.csv');
    }
  });
});
