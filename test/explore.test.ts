// The overlap explorer (GET /explore) through the real Worker: a server-rendered inline-SVG
// heatmap of exactly the certifications the API's filter returns, with the API's numbers in every
// cell, ordered so clusters show; no-script links that keep the view; the pair as `compare` tells
// it; bad parameters explained with a 400; a strict policy (no inline script, nothing external);
// and the page reads the API through /graphql like any client (its caches, its refusals).
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/data/catalog.js';
import { exploreApp } from '../src/explore/index.js';
import { BINS, binOf, matrixView } from '../src/explore/page.js';
import { MATRIX_QUERY, type MatrixData, PAIR_QUERY, type PairData } from '../src/explore/queries.js';
import { adjacentSimilarity, seriate } from '../src/explore/seriation.js';
import { STYLES } from '../src/explore/template.js';
import { bindings, countedApp, data, worker } from './helpers.js';

async function styleHash(): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(STYLES));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

async function page(query = ''): Promise<{ res: Response; html: string }> {
  const res = await worker(`/explore${query}`);
  return { res, html: await res.text() };
}

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

/** The heatmap as a person reads it: rows of cells, each with its link, slugs and label. */
function heatmapOf(html: string) {
  const svg = /<svg class="heatmap"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const rows = [...svg.matchAll(/<g class="row">([\s\S]*?)<\/g>/g)].map((row) =>
    [
      ...row[1]!.matchAll(
        /<a href="([^"]*)"[^>]*data-a="([^"]+)" data-b="([^"]+)"><rect[^>]*class="b(\d)"\/><title>([^<]*)<\/title><\/a>|<rect[^>]*class="d"\/>/g,
      ),
    ].map((m) => (m[1] === undefined ? null : { href: decode(m[1]), a: m[2]!, b: m[3]!, bin: Number(m[4]), label: decode(m[5]!) })),
  );
  return { svg, rows };
}

const matrixData = (filter?: Record<string, unknown>) => data<MatrixData>(MATRIX_QUERY, filter ? { filter } : undefined);
const slugsOf = (rows: ReturnType<typeof heatmapOf>['rows']) => rows.map((row, i) => row.find((c) => c)?.a ?? `diag-${i}`);

describe('GET /explore: the heatmap', () => {
  it('shows the whole catalog, every off-diagonal cell a labelled link with the API’s similarity', async () => {
    const { res, html } = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const { rows } = heatmapOf(html);
    const n = catalog.certifications.length;
    expect(rows).toHaveLength(n);
    const api = await matrixData();
    const index = new Map(api.overlapMatrix.certifications.map((c, i) => [c.slug, i]));
    const acronym = new Map(api.certifications.nodes.map((c) => [c.slug, c.acronym]));
    const order = slugsOf(rows);
    expect(new Set(order)).toEqual(new Set(catalog.certifications.map((c) => c.slug)));
    rows.forEach((row, i) => {
      expect(row).toHaveLength(n);
      row.forEach((cell, j) => {
        if (i === j) {
          expect(cell).toBeNull();
          return;
        }
        expect(cell).not.toBeNull();
        const value = api.overlapMatrix.similarity[index.get(cell!.a)!]![index.get(cell!.b)!]!;
        expect(cell!.a).toBe(order[i]);
        expect(cell!.b).toBe(order[j]);
        expect(cell!.label).toBe(`${acronym.get(cell!.a)} and ${acronym.get(cell!.b)}: similarity ${value.toFixed(2)}`);
        expect(cell!.bin).toBe(binOf(value));
        const link = new URL(cell!.href, 'http://x/explore');
        expect(link.searchParams.get('a')).toBe(cell!.a);
        expect(link.searchParams.get('b')).toBe(cell!.b);
        expect(link.hash).toBe('#pair');
      });
    });
  });

  it('is ordered so that similar certifications sit together (better than catalog order), in every filtered view too', async () => {
    const { html } = await page();
    const order = slugsOf(heatmapOf(html).rows);
    const api = await matrixData();
    // The seriation of the API's matrix, computed when the page's assets were built.
    expect(order).toEqual(clusterOrder(api));
    for (const query of ['?provider=scrum-alliance', '?role=product-owner', '?level=foundation']) {
      const filtered = slugsOf(heatmapOf((await page(query)).html).rows);
      expect(filtered, query).toEqual(order.filter((s) => filtered.includes(s)));
    }
    const index = new Map(api.overlapMatrix.certifications.map((c, i) => [c.slug, i]));
    const shown = order.map((s) => index.get(s)!);
    const catalogOrder = [...api.overlapMatrix.certifications.keys()];
    expect(adjacentSimilarity(api.overlapMatrix.similarity, shown)).toBeGreaterThan(adjacentSimilarity(api.overlapMatrix.similarity, catalogOrder));
    // The Scrum Master foundations cluster: PSM I and CSM are neighbours.
    expect(Math.abs(order.indexOf('psm-i') - order.indexOf('csm'))).toBe(1);
  });

  it('orders by provider and by role on request, with separators between groups', async () => {
    const api = await matrixData();
    const providerOf = new Map(api.certifications.nodes.map((c) => [c.slug, c.provider.slug]));
    const roleOf = new Map(api.certifications.nodes.map((c) => [c.slug, c.primaryRole.slug]));
    for (const [order, groupOf, groups] of [
      ['provider', providerOf, api.providers.map((p) => p.slug)],
      ['role', roleOf, api.roles.map((r) => r.slug)],
    ] as const) {
      const { html } = await page(`?order=${order}`);
      const seen = slugsOf(heatmapOf(html).rows).map((s) => groupOf.get(s)!);
      // Contiguous groups in the order the API lists them.
      const runs = seen.filter((g, i) => i === 0 || seen[i - 1] !== g);
      expect(runs).toEqual(groups.filter((g) => seen.includes(g)));
      expect((html.match(/<line class="sep"/g) ?? []).length).toBe((runs.length - 1) * 2);
    }
  });

  it('coverage view: the cell (row, column) is what a holder of the row knows of the column', async () => {
    const { html } = await page('?metric=coverage');
    const api = await data<PairData>(PAIR_QUERY, { pair: ['psm-i', 'pspo-i'] });
    const cell = heatmapOf(html)
      .rows.flat()
      .find((c) => c?.a === 'psm-i' && c.b === 'pspo-i')!;
    expect(cell.label).toBe(`A PSM I holder already knows ${Math.round(api.compare.pairs[0]!.coverageOfB * 100)}% of PSPO I`);
    const back = heatmapOf(html)
      .rows.flat()
      .find((c) => c?.a === 'pspo-i' && c.b === 'psm-i')!;
    expect(back.label).toBe(`A PSPO I holder already knows ${Math.round(api.compare.pairs[0]!.coverageOfA * 100)}% of PSM I`);
  });

  it('has a legend for every colour and a table alternative with the same numbers', async () => {
    const { html } = await page();
    expect(html).toContain('<body class="m-similarity">'); // the template's CSS shows this legend, hides the other
    const legend = /<ul class="legend legend-similarity"[\s\S]*?<\/ul>/.exec(html)![0];
    for (let i = 0; i < BINS.length; i++) expect(legend).toContain(`class="sw b${i}"`);
    expect(legend).toContain('0.00 to under 0.05');
    expect(legend).toContain('the same certification');
    const table = /<table id="matrix-table">[\s\S]*?<\/table>/.exec(html)![0];
    const order = slugsOf(heatmapOf(html).rows);
    const api = await matrixData();
    const index = new Map(api.overlapMatrix.certifications.map((c, i) => [c.slug, i]));
    const bodyRows = [...table.matchAll(/<tr><th scope="row">[^<]*<\/th>(.*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]));
    expect(bodyRows).toHaveLength(order.length);
    for (const [i, cells] of bodyRows.entries()) {
      for (const [j, text] of cells.entries())
        expect(text).toBe(i === j ? '–' : api.overlapMatrix.similarity[index.get(order[i]!)!]![index.get(order[j]!)!]!.toFixed(2));
    }
  });
});

describe('GET /explore: filters narrow the matrix to what the API’s filter returns', () => {
  const cases: [string, Record<string, unknown>][] = [
    ...catalog.providers.map((p): [string, Record<string, unknown>] => [`?provider=${p.slug}`, { providers: [p.slug] }]),
    ...catalog.roles.map((r): [string, Record<string, unknown>] => [`?role=${r.slug}`, { roles: [r.slug] }]),
    ...(['foundation', 'advanced', 'expert'] as const).map((l): [string, Record<string, unknown>] => [`?level=${l}`, { levels: [l.toUpperCase()] }]),
    ['?provider=scrum-org&role=scrum-master&level=foundation', { providers: ['scrum-org'], roles: ['scrum-master'], levels: ['FOUNDATION'] }],
    ['?provider=scrum-alliance&level=advanced&order=role&metric=coverage', { providers: ['scrum-alliance'], levels: ['ADVANCED'] }],
  ];
  it.each(cases)('%s', async (query, filter) => {
    const { res, html } = await page(query);
    expect(res.status).toBe(200);
    const expected = (await matrixData(filter)).certifications.nodes.map((c) => c.slug);
    const { rows } = heatmapOf(html);
    if (expected.length >= 2) {
      expect(new Set(slugsOf(rows))).toEqual(new Set(expected));
      // Every cell link keeps the filters, so a no-script visitor stays in the view.
      const params = new URLSearchParams(query);
      for (const cell of rows.flat()) {
        if (!cell) continue;
        const link = new URL(cell.href, 'http://x/explore').searchParams;
        for (const [k, v] of params) expect(link.get(k)).toBe(v);
      }
    } else {
      expect(rows).toHaveLength(0);
      expect(html).toMatch(expected.length ? /Only .* matches these filters/ : /No certification matches these filters/);
    }
    expect(html).toContain(`${expected.length} of ${catalog.certifications.length} certifications`);
  });

  it('marks the chosen filters as current, and each filter link keeps the others', async () => {
    const html = decode((await page('?provider=scrum-org&order=provider')).html);
    expect(html).toMatch(/<a href="[^"]*provider=scrum-org[^"]*" aria-current="true">Scrum\.org<\/a>/);
    expect(html).toContain('<a href="?provider=scrum-org&order=provider&metric=coverage">What a holder already knows</a>');
    expect(html).toContain('<a href="?order=provider">Any</a>');
  });
});

describe('GET /explore: the pair', () => {
  it.each([
    ['psm-i', 'pspo-i'],
    ['csm', 'cspo'],
    ['pmi-acp', 'icp-atf'],
  ])('?a=%s&b=%s shows the pair as compare tells it', async (a, b) => {
    const { res, html } = await page(`?a=${a}&b=${b}`);
    expect(res.status).toBe(200);
    const api = (await data<PairData>(PAIR_QUERY, { pair: [a, b] })).compare;
    const pair = decode(/<section id="pair"[\s\S]*?<\/section>/.exec(html)![0]);
    const [x, y] = api.certifications;
    expect(pair).toContain(`${x!.acronym} and ${y!.acronym}`);
    expect(pair).toContain(api.summary);
    expect(pair).toContain(`Similarity <strong>${api.pairs[0]!.similarity.toFixed(2)}</strong>`);
    expect(pair).toContain(`Scrum fundamentals <span class="count">(${api.sharedFundamentals.length})</span>`);
    expect(pair).toContain(`Role-specific content <span class="count">(${api.pairs[0]!.sharedRoleSpecific.length})</span>`);
    for (const t of [...api.sharedFundamentals, ...api.pairs[0]!.sharedRoleSpecific, ...api.distinct.flatMap((d) => d.topics)])
      expect(pair).toContain(`<li>${t.name}`);
    for (const d of api.distinct) expect(pair).toContain(`(${d.topics.length})</span></h3>`);
    for (const d of api.differences) expect(pair).toContain(`<th scope="row">${d.attribute}</th>`);
    // The chosen cell is marked.
    expect(
      heatmapOf(html)
        .rows.flat()
        .filter((c) => c && html.includes(`class="on" data-a="${a}" data-b="${b}"`)),
    ).not.toHaveLength(0);
  });

  it('an unknown certification in a pair is explained, with the heatmap still shown', async () => {
    const { res, html } = await page('?a=psm-i&b=nope');
    expect(res.status).toBe(400);
    expect(decode(html)).toContain('No certification "nope" in the catalog');
    expect(heatmapOf(html).rows).toHaveLength(catalog.certifications.length);
  });
});

describe('GET /explore: bad parameters', () => {
  it.each([
    ['?level=wizard', '`level` must be one of foundation, advanced, expert; got "wizard".'],
    ['?order=random', '`order` must be one of cluster, provider, role; got "random".'],
    ['?metric=jaccard', '`metric` must be one of similarity, coverage; got "jaccard".'],
    ['?a=psm-i', 'A pair needs both `a` and `b`'],
    ['?a=psm-i&b=psm-i', '`a` and `b` must be two different certifications'],
    ['?provider=a&provider=b', '`provider` takes one value; got 2.'],
    [`?role=${'x'.repeat(101)}`, '`role` is too long'],
    ['?provider=nope', 'nope'],
    ['?role=wizard', 'wizard'],
  ])('%s is a 400 that says what to fix', async (query, message) => {
    const { res, html } = await page(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const alert = decode(/<div class="alert" role="alert">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '');
    expect(alert).toContain(message);
  });
});

describe('GET /explore: a page that keeps to itself', () => {
  it('runs no inline script and loads nothing from elsewhere; its policy allows only its own script and style', async () => {
    const { res, html } = await page('?a=psm-i&b=pspo-i');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toContain('src="/explore/explore.js"');
    expect(scripts[0]![2]).toBe('');
    expect(html).not.toMatch(/\son[a-z]+=/i); // no event-handler attributes
    expect(html).not.toMatch(/\sstyle="/); // no style attributes (the policy would block them)
    // Only links may point off-site (the certifications' official pages); nothing is loaded from there.
    for (const m of html.matchAll(/\s(src|href)="(https?:[^"]*)"/g)) expect(m[1]).toBe('href');
    const meta = decode(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!);
    expect(meta).toBe(
      `default-src 'none'; script-src 'self'; style-src '${await styleHash()}'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'`,
    );
    // The style element is the one the hash allows.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style));
    expect(`sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`).toBe(await styleHash());
    // And the Worker's own header policy still applies on top: no framing, no inline script.
    const header = res.headers.get('content-security-policy') ?? '';
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
  });

  it('serves its script from this origin', async () => {
    const res = await worker('/explore/explore.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const js = await res.text();
    expect(js).toContain('ExplorerPair'); // it asks /graphql for pairs with the shared query
    expect(js.length).toBeLessThan(12 * 1024);
  });

  it('links every download', async () => {
    const { html } = await page();
    for (const file of [
      'overlap.csv',
      'overlap.json',
      'overlap-matrix.csv',
      'certifications.csv',
      'certifications.json',
      'certification-topics.csv',
      'certification-topics.json',
    ]) {
      expect(html).toContain(`href="/data/${file}"`);
    }
  });
});

describe('GET /explore reads the API like any client', () => {
  it('its GraphQL request is answered from the API’s response cache on the next view', async () => {
    const { app, executions } = countedApp();
    const view = () =>
      app.fetch(new Request('http://localhost/explore?provider=pmi&order=role', { headers: { 'cf-connecting-ip': '198.18.250.1' } }), bindings);
    await view();
    const before = executions.count;
    const res = await view();
    expect(res.status).toBe(200);
    expect(executions.count).toBe(before);
  });

  it('a refusal of the API (rate limit) is the page’s refusal, with Retry-After', async () => {
    const refusing = exploreApp(
      () =>
        new Response(
          JSON.stringify({
            errors: [
              { message: 'Too many requests: over the anonymous limit for your IP address. Retry after 60 seconds.', extensions: { code: 'RATE_LIMITED' } },
            ],
          }),
          {
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '60' },
          },
        ),
    );
    const res = await refusing.request('http://x/', {}, bindings);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(await res.text()).toContain('Too many requests');
  });

  it('sends the visitor’s client IP, so the visit counts against the visitor’s limit', async () => {
    const seen: Request[] = [];
    const app = exploreApp((request) => {
      seen.push(request);
      return new Response(JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }), {
        headers: { 'content-type': 'application/json' },
      });
    });
    await app.request('http://x/?a=psm-i&b=csm', { headers: { 'cf-connecting-ip': '203.0.113.9', authorization: 'Bearer secret' } }, bindings);
    expect(seen).toHaveLength(2);
    for (const r of seen) {
      expect(r.method).toBe('GET');
      expect(new URL(r.url).pathname).toBe('/graphql');
      expect(r.headers.get('cf-connecting-ip')).toBe('203.0.113.9');
      expect(r.headers.get('authorization')).toBeNull(); // a visitor's credentials are not replayed
    }
  });
});

const clusterOrder = (api: MatrixData) => seriate(api.overlapMatrix.similarity).map((i) => api.overlapMatrix.certifications[i]!.slug);

describe('seriation', () => {
  it('returns a permutation that is never worse than the input order on generated block matrices', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let trial = 0; trial < 30; trial++) {
      const n = 3 + Math.floor(random() * 20);
      const groups = Array.from({ length: n }, () => Math.floor(random() * 4));
      const sim = groups.map((g, i) => groups.map((h, j) => (i === j ? 1 : g === h ? 0.6 + random() * 0.3 : random() * 0.2)));
      for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) sim[i]![j] = sim[j]![i]!;
      const order = seriate(sim);
      expect([...order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
      // Each group comes out contiguous.
      const seen = order.map((i) => groups[i]);
      const runs = seen.filter((g, i) => i === 0 || seen[i - 1] !== g);
      expect(runs.length).toBe(new Set(groups).size);
    }
  });

  it('matrixView keeps the API’s numbers under any order', async () => {
    const api = await matrixData();
    const index = new Map(api.overlapMatrix.certifications.map((c, i) => [c.slug, i]));
    for (const order of ['cluster', 'provider', 'role'] as const) {
      const view = matrixView(api, order, 'similarity', clusterOrder(api));
      for (const [i, a] of view.certs.entries()) {
        for (const [j, b] of view.certs.entries()) expect(view.values[i]![j]).toBe(api.overlapMatrix.similarity[index.get(a.slug)!]![index.get(b.slug)!]);
      }
    }
  });
});
