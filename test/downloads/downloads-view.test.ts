// The downloads in the explorer's view: /data/<file> with /explore's parameters (provider, role,
// level, order) holds the rows of that view, in the explorer's order (checked against the
// explorer's own matrixView over generated variants: every order, every provider, role and level);
// the numbers are the plain file's; unknown parameters are ignored; bad ones get a small 400 that
// names the parameter; views are cached like GETs (ETag, 304). And the index pages, / and /data.
import { parse } from 'csv-parse/browser/esm/sync';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { DOWNLOAD_FILES } from '../../src/downloads/listing.js';
import { LEVELS, ORDERS } from '../../src/explore/params.js';
import { worker } from '../helpers.js';

const readCsv = (text: string) => parse(text, { columns: true, cast: true, cast_date: false }) as Record<string, unknown>[];
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await worker(path, { headers });
  return { res, text: await res.text() };
};
const distinct = (values: unknown[]) => [...new Set(values.map(String))];

/** The explorer's rows for a view, in order, as its page shows them (each row header's slug). */
async function explorerOrder(query: string, order: (typeof ORDERS)[number]): Promise<string[]> {
  const { res, text } = await get(`/explore?${query ? `${query}&` : ''}order=${order}`);
  expect(res.status, query).toBe(200);
  return [...text.matchAll(/<th scope="row" data-s="([^"]+)"/g)].map((m) => m[1]!);
}

const VIEWS: { query: string }[] = [
  { query: '' },
  ...catalog.providers.map((p) => ({ query: `provider=${p.slug}` })),
  ...catalog.roles.slice(0, 4).map((r) => ({ query: `role=${r.slug}` })),
  ...LEVELS.map((l) => ({ query: `level=${l.toLowerCase()}` })),
];

describe('a download in the explorer’s view', () => {
  it.each(ORDERS)('order=%s, with each filter: the explorer’s certifications, in its order', async (order) => {
    const plain = readCsv((await get('/data/overlap.csv')).text);
    const value = new Map(plain.map((r) => [`${r.a}\n${r.b}`, r]));
    for (const view of VIEWS) {
      const expected = await explorerOrder(view.query, order);
      const q = `?${view.query ? `${view.query}&` : ''}order=${order}`;
      const { res, text } = await get(`/data/overlap.csv${q}`);
      expect(res.status, q).toBe(200);
      const rows = readCsv(text);
      expect(distinct(rows.map((r) => r.a)), q).toEqual(expected.length > 1 ? expected : []);
      expect(rows, q).toHaveLength(expected.length * (expected.length - 1));
      // Within a row of the heatmap, b follows the same order; the numbers are the plain file's.
      for (const r of rows.slice(0, 40)) expect(r, q).toEqual(value.get(`${r.a}\n${r.b}`));
      const certs = readCsv((await get(`/data/certifications.csv${q}`)).text);
      expect(
        certs.map((c) => c.slug),
        q,
      ).toEqual(expected);
    }
  });

  it('the matrix and the JSON files follow the view too', async () => {
    const provider = catalog.providers[0]!.slug;
    const expected = await explorerOrder(`provider=${provider}`, 'cluster');
    const matrix = readCsv((await get(`/data/overlap-matrix.csv?provider=${provider}`)).text);
    expect(matrix.map((r) => r.certification)).toEqual(expected);
    expect(Object.keys(matrix[0]!)).toEqual(['certification', ...expected]);
    const json = JSON.parse((await get(`/data/overlap.json?provider=${provider}`)).text);
    expect(json.matrix.certifications).toEqual(expected);
    expect(json.columns).toEqual(['a', 'a_acronym', 'b', 'b_acronym', 'similarity', 'coverage_of_b', 'coverage_of_a']);
    const topics = JSON.parse((await get(`/data/certification-topics.json?provider=${provider}`)).text);
    expect(distinct(topics.rows.map((r: { certification: string }) => r.certification))).toEqual(expected);
  });

  it('ignores parameters it does not know (the plain file; the same view and ETag)', async () => {
    const plain = await get('/data/overlap.csv');
    expect((await get('/data/overlap.csv?foo=1&metric=coverage')).text).toBe(plain.text);
    const a = await get('/data/overlap.csv?level=expert');
    const b = await get('/data/overlap.csv?utm_source=x&level=EXPERT&order=cluster');
    expect(b.text).toBe(a.text);
    expect(b.res.headers.get('etag')).toBe(a.res.headers.get('etag'));
  });

  it('refuses a bad value with a small 400 naming the parameter and what is allowed', async () => {
    for (const [q, words] of [
      ['level=master', ['`level`', 'foundation', 'expert']],
      ['order=random', ['`order`', ...ORDERS]],
      ['provider=a&provider=b', ['`provider`', 'one value']],
      ['provider=no-such-provider', ['no-such-provider', catalog.providers[0]!.slug]],
      ['role=no-such-role', ['no-such-role']],
    ] as const) {
      const { res, text } = await get(`/data/certifications.csv?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.headers.get('cache-control'), q).toBe('no-store');
      for (const w of words) expect(text, q).toContain(w);
      expect(text.length, q).toBeLessThan(600);
    }
  });

  it('is cached like any GET: an ETag, a 304, Cache-Control, a file name with the view', async () => {
    const { res } = await get('/data/overlap.csv?order=provider');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    expect(res.headers.get('cache-control')).toContain('max-age=300');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="certgraph-overlap-order-provider-${catalog.version}.csv"`);
    const again = await get('/data/overlap.csv?order=provider', { 'if-none-match': etag });
    expect(again.res.status).toBe(304);
    expect(again.text).toBe('');
  });
});

describe('the index pages', () => {
  it('GET / leads a browser to every surface, and gives a script the same list as JSON', async () => {
    const html = await get('/', { accept: 'text/html' });
    expect(html.res.status).toBe(200);
    expect(html.res.headers.get('content-type')).toContain('text/html');
    for (const href of ['/graphql', '/explore', '/embed/recommendations', '/data']) expect(html.text).toContain(`href="${href}`);
    expect(html.text).toContain('docs/analyst.md');
    expect(html.text).toContain(`${catalog.certifications.length} certifications`);
    const json = await get('/', { accept: 'application/json' });
    expect(json.res.headers.get('content-type')).toContain('application/json');
    const index = JSON.parse(json.text);
    expect(index.api).toBe('/graphql');
    expect(index.surfaces.map((s: { url: string }) => s.url.split('?')[0])).toEqual(['/graphql', '/explore', '/embed/recommendations', '/data']);
    // Each surface it names answers.
    for (const s of index.surfaces as { url: string }[]) expect((await worker(s.url, { headers: { accept: 'text/html' } })).status, s.url).toBe(200);
    const again = await get('/', { accept: 'text/html', 'if-none-match': html.res.headers.get('etag')! });
    expect(again.res.status).toBe(304);
  });

  it('GET /data lists every download with its true size and what it holds', async () => {
    const html = await get('/data', { accept: 'text/html' });
    expect(html.res.status).toBe(200);
    const json = JSON.parse((await get('/data', { accept: 'application/json' })).text);
    expect(json.files.map((f: { url: string }) => f.url)).toEqual(DOWNLOAD_FILES.map((f) => `/data/${f.file}`));
    for (const f of json.files as { url: string; bytes: number; holds: string }[]) {
      const body = await (await worker(f.url)).arrayBuffer();
      expect(f.bytes, f.url).toBe(body.byteLength);
      expect(html.text).toContain(`href="${f.url}"`);
      expect(html.text).toContain(f.holds.replace(/’/g, '’'));
    }
    expect(json.viewParameters).toEqual(['provider', 'role', 'level', 'order']);
  });
});
