// The overlap explorer (/explore, /explore/pair/:a/:b, /explore/ladders) through the real Worker:
// the matrix holds exactly the certifications the API's filter returns, with the API's numbers in
// every cell, in the chosen order; the intro's counts and names are the catalog's; the pair view is
// `compare`'s story; the ladders show the API's `learningPath`. And the serving: every view cached
// by its normal form (unknown parameters dropped), ETag, 304 and HEAD without rendering, bad
// parameters refused with a small 400 before anything is rendered, a render priced, rate-limited.
import { describe, expect, it } from 'vitest';
import type { createApp as CreateApp } from '../../src/app.js';
import { catalog } from '../../src/data/catalog.js';
import type { Env } from '../../src/edge/env.js';
import { PRICE_PER_CELL } from '../../src/explore/index.js';
import { seriate } from '../../src/resolvers/seriation.js';
import { bindings, data, freshModules, limiter, worker } from '../helpers.js';

const MATRIX = `{ overlapMatrix { certifications { slug } similarity pairs { a { slug } b { slug } coverageOfA coverageOfB } } }`;
type Matrix = {
  overlapMatrix: {
    certifications: { slug: string }[];
    similarity: number[][];
    pairs: { a: { slug: string }; b: { slug: string }; coverageOfA: number; coverageOfB: number }[];
  };
};

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

async function page(path: string, init?: RequestInit): Promise<{ res: Response; html: string }> {
  const res = await worker(path, init);
  return { res, html: await res.text() };
}

/** The matrix as a person reads it: column labels, and each row's label and cells (null on the diagonal). */
function matrixOf(html: string) {
  const table = /<table id="matrix"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const cols = [...table.matchAll(/<th scope="col" data-s="([^"]+)" title="[^"]*"[^>]*><span>([^<]*)<\/span><\/th>/g)].map((m) => ({
    slug: m[1]!,
    acronym: decode(m[2]!),
  }));
  const rows = [
    ...table.matchAll(/<tr data-k="([^"]*)"><th scope="row" data-s="([^"]+)" title="[^"]*"><a href="\/explore\/row\/([^"]+)">([^<]*)<\/a><\/th>(.*?)<\/tr>/g),
  ].map((r) => ({
    slug: r[2]!,
    rowLink: r[3]!,
    acronym: decode(r[4]!),
    k: r[1]!.split(' ').map(Number),
    cells: [...r[5]!.matchAll(/<td class="?(?:g )?(?:b(\d)|d)"?>(\d+|&#8211;)/g)].map((m, j) =>
      m[1] === undefined ? null : { bin: Number(m[1]), a: r[2]!, b: cols[j]?.slug ?? '?', value: Number(m[2]) },
    ),
  }));
  return { cols, heads: cols.map((c) => c.acronym), rows };
}

const slugsOf = (rows: ReturnType<typeof matrixOf>['rows']) => rows.map((r) => r.slug);

async function apiMatrix() {
  const m = (await data<Matrix>(MATRIX)).overlapMatrix;
  const index = new Map(m.certifications.map((c, i) => [c.slug, i]));
  const coverage = new Map<string, number>();
  for (const p of m.pairs) {
    coverage.set(`${p.a.slug} ${p.b.slug}`, p.coverageOfB);
    coverage.set(`${p.b.slug} ${p.a.slug}`, p.coverageOfA);
  }
  return { m, sim: (a: string, b: string) => m.similarity[index.get(a)!]![index.get(b)!]!, cov: (a: string, b: string) => coverage.get(`${a} ${b}`)! };
}

describe('GET /explore: the matrix', () => {
  it('shows the whole catalog, every off-diagonal cell the API’s similarity in hundredths, rows and columns in one order', async () => {
    const { res, html } = await page('/explore');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const { cols, heads, rows } = matrixOf(html);
    const n = catalog.certifications.length;
    expect(rows).toHaveLength(n);
    expect(heads).toEqual(rows.map((r) => r.acronym));
    expect(cols.map((c) => c.slug)).toEqual(rows.map((r) => r.rowLink));
    const api = await apiMatrix();
    const order = slugsOf(rows);
    expect(new Set(order)).toEqual(new Set(catalog.certifications.map((c) => c.slug)));
    rows.forEach((row, i) => {
      expect(row.cells).toHaveLength(n);
      row.cells.forEach((cell, j) => {
        if (i === j) {
          expect(cell).toBeNull();
          return;
        }
        expect([cell!.a, cell!.b]).toEqual([order[i], order[j]]);
        expect(cell!.value).toBe(Math.round(api.sim(cell!.a, cell!.b) * 100));
        // What a holder of the row knows of each column, for the readout: the API's coverage.
        expect(row.k[j]).toBe(Math.round(api.cov(order[i]!, order[j]!) * 100));
      });
    });
  });

  it('says what it shows from the catalog: counts and every provider’s name, none written by hand', async () => {
    const { html } = await page('/explore');
    const intro = decode(/<p class="intro">([\s\S]*?)<\/p>/.exec(html)![1]!);
    expect(intro).toContain(`${catalog.certifications.length} certifications from ${catalog.providers.length} providers`);
    for (const p of catalog.providers) expect(intro).toContain(p.name);
    expect(intro).toContain(`${catalog.topics.length} topics`);
    // A one-sentence legend for a cell's number, under each measure.
    expect(decode(html)).toMatch(/<p id="legend" class="legend"><strong>A cell’s number is [^.]*\.<\/strong>/);
    expect(decode((await page('/explore?metric=coverage')).html)).toMatch(
      /<strong>A cell’s number is the percentage of the column’s certification that a holder of the row’s already knows/,
    );
  });

  it('clusters: the seriation of the API’s matrix; by provider, level and role: contiguous groups with a line between', async () => {
    const api = await apiMatrix();
    const clusters = seriate(api.m.similarity).map((i) => api.m.certifications[i]!.slug);
    expect(slugsOf(matrixOf((await page('/explore')).html).rows)).toEqual(clusters);
    const by = {
      provider: (slug: string) => catalog.certificationBySlug.get(slug)!.provider,
      level: (slug: string) => catalog.certificationBySlug.get(slug)!.level,
      role: (slug: string) => catalog.certificationBySlug.get(slug)!.primaryRole,
    };
    for (const [order, groupOf] of Object.entries(by)) {
      const { html } = await page(`/explore?order=${order}`);
      const seen = slugsOf(matrixOf(html).rows).map(groupOf);
      const runs = seen.filter((g, i) => i === 0 || seen[i - 1] !== g);
      expect(new Set(runs).size, order).toBe(runs.length);
      // A line starts each group but the first: in the header and in every row.
      expect((html.match(/<th scope="col" data-s="[^"]+" title="[^"]*" class="g">/g) ?? []).length, order).toBe(runs.length - 1);
      expect((html.match(/<td class="g [bd]/g) ?? []).length, order).toBe((runs.length - 1) * seen.length);
      expect((html.match(/<tbody>/g) ?? []).length, order).toBe(runs.length);
    }
  });

  it('coverage: the cell (row, column) is what a holder of the row already knows of the column, the API’s figure', async () => {
    const api = await apiMatrix();
    const { rows } = matrixOf((await page('/explore?metric=coverage')).html);
    for (const row of rows) for (const cell of row.cells) if (cell) expect(cell.value).toBe(Math.round(api.cov(cell.a, cell.b) * 100));
  });
});

describe('GET /explore: filters narrow the matrix to what the API’s filter returns', () => {
  const cases: [string, Record<string, unknown>][] = [
    ...catalog.providers.map((p): [string, Record<string, unknown>] => [`?provider=${p.slug}`, { providers: [p.slug] }]),
    ...catalog.roles.map((r): [string, Record<string, unknown>] => [`?role=${r.slug}`, { roles: [r.slug] }]),
    ...(['foundation', 'advanced', 'expert'] as const).map((l): [string, Record<string, unknown>] => [`?level=${l}`, { levels: [l.toUpperCase()] }]),
    ['?provider=scrum-org&role=scrum-master&level=foundation', { providers: ['scrum-org'], roles: ['scrum-master'], levels: ['FOUNDATION'] }],
  ];
  it.each(cases)('%s', async (query, filter) => {
    const { res, html } = await page(`/explore${query}`);
    expect(res.status).toBe(200);
    const expected = (
      await data<{ certifications: { nodes: { slug: string }[] } }>(
        'query($f: CertificationFilter) { certifications(filter: $f, first: 100) { nodes { slug } } }',
        { f: filter },
      )
    ).certifications.nodes.map((c) => c.slug);
    const { rows } = matrixOf(html);
    if (expected.length >= 2) expect(new Set(slugsOf(rows))).toEqual(new Set(expected));
    else expect(rows).toHaveLength(0);
    expect(html).toContain(`${expected.length} of ${catalog.certifications.length} certifications`);
    // The price of the view: its cells.
    expect(res.headers.get('x-view-cost')).toBe(`${Math.ceil(expected.length ** 2 * PRICE_PER_CELL)}; limit=15000`);
  });
});

describe('GET /explore/row/:slug: a row of the matrix in words (a phone, a screen reader, no script)', () => {
  it.each(['psm-i', 'cspo', 'pmp'])('%s: every other certification, closest first, the API’s numbers both ways, each a link to the pair', async (slug) => {
    const { res, html } = await page(`/explore/row/${slug}`);
    expect(res.status).toBe(200);
    const api = await apiMatrix();
    const items = [
      ...html.matchAll(
        /<tr><th scope="row"><a href="\/explore\/pair\/([^/]+)\/([^"]+)">[^<]*<\/a>.*?<td class="b\d">(\d+)<\/td><td>(\d+)%<\/td><td>(\d+)%<\/td><\/tr>/g,
      ),
    ];
    expect(items).toHaveLength(catalog.certifications.length - 1);
    const sims = items.map((m) => {
      expect(m[1]).toBe(slug);
      expect(Number(m[3])).toBe(Math.round(api.sim(slug, m[2]!) * 100));
      expect(Number(m[4])).toBe(Math.round(api.cov(slug, m[2]!) * 100));
      expect(Number(m[5])).toBe(Math.round(api.cov(m[2]!, slug) * 100));
      return api.sim(slug, m[2]!);
    });
    expect(sims).toEqual([...sims].sort((x, y) => y - x));
  });
});

describe('GET /explore/pair/:a/:b: the pair in words', () => {
  const pairs = [
    ['psm-i', 'pspo-i'],
    ['csm', 'cspo'],
    ['pmi-acp', 'icp-atf'],
    ['psm-i', 'psm-ii'],
  ];
  it.each(pairs)('%s and %s tell compare’s story: numbers, summary, shared, what each adds, next step', async (a, b) => {
    const { res, html } = await page(`/explore/pair/${a}/${b}`);
    expect(res.status).toBe(200);
    const { compare: c } = await data<{
      compare: {
        certifications: { acronym: string }[];
        sharedFundamentals: { name: string }[];
        distinct: { topics: { name: string }[] }[];
        pairs: { similarity: number; coverageOfA: number; coverageOfB: number; sharedRoleSpecific: { name: string }[] }[];
        summary: string;
      };
    }>(
      'query($p: [String!]!) { compare(certifications: $p) { certifications { acronym } sharedFundamentals { name } distinct { topics { name } } pairs { similarity coverageOfA coverageOfB sharedRoleSpecific { name } } summary } }',
      { p: [a, b] },
    );
    const text = decode(html);
    const [x, y] = c.certifications.map((z) => z.acronym);
    expect(text).toContain(`<h1>${x} and ${y}</h1>`);
    expect(text).toContain(c.summary);
    expect(text).toContain(`A holder of ${x} already knows <strong>${Math.round(c.pairs[0]!.coverageOfB * 100)}%</strong> of ${y}`);
    expect(text).toContain(`a holder of ${y}, <strong>${Math.round(c.pairs[0]!.coverageOfA * 100)}%</strong> of ${x}`);
    // The story in order: in short, what both cover, what each adds, the next step.
    const at = (s: string) => text.indexOf(s);
    expect(
      [at('In short'), at('What both cover'), at(`What ${x} adds`), at(`What ${y} adds`), at('Which should I take?')].every(
        (v, i, all) => v > 0 && (i === 0 || v > all[i - 1]!),
      ),
    ).toBe(true);
    for (const t of [...c.sharedFundamentals, ...c.pairs[0]!.sharedRoleSpecific, ...c.distinct.flatMap((d) => d.topics)])
      expect(text).toContain(`<li>${t.name}</li>`);
    expect(text).toMatch(/href="\/embed\/recommendations\?targetRole=/);
    expect(text).toMatch(/href="\/explore\/ladders\?held=/);
  });

  it('the old address (?a=&b=) leads to the pair’s own page', async () => {
    const res = await worker('/explore?a=psm-i&b=csm', { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/explore/pair/psm-i/csm');
  });
});

describe('GET /explore/ladders: the ladders drawn, a learning path on them', () => {
  it('draws every provider’s certifications, each once, with an arrow for each recommended order', async () => {
    const { res, html } = await page('/explore/ladders');
    expect(res.status).toBe(200);
    const nodes = [...html.matchAll(/<g class="node[^"]*" data-slug="([^"]+)">/g)].map((m) => m[1]);
    expect(nodes.sort()).toEqual(catalog.certifications.map((c) => c.slug).sort());
    for (const p of catalog.providers) expect(html).toContain(`<h2 id="l-${p.slug}">`);
    expect(html).toMatch(/<path class="edge rec" d="M/);
  });

  it.each([
    ['psm-i', 'product-owner'],
    ['csm', 'agile-coach'],
    ['', 'scrum-master'],
  ])('held=%s&targetRole=%s highlights the API’s learningPath, step by step', async (held, role) => {
    const { res, html } = await page(`/explore/ladders?held=${held}&targetRole=${role}`);
    expect(res.status).toBe(200);
    const api = await data<{ learningPath: { steps: { order: number; certification: { slug: string } }[] } }>(
      'query($p: ProfileInput!) { learningPath(profile: $p) { steps { order certification { slug } } } }',
      { p: { ...(held ? { held: [held] } : {}), targetRole: role } },
    );
    const on = [...html.matchAll(/<g class="node on" data-slug="([^"]+)">[\s\S]*?<text[^>]*>(\d+)\. /g)].map((m) => [m[1], Number(m[2])]);
    expect(on.sort((p, q) => (p[1] as number) - (q[1] as number))).toEqual(api.learningPath.steps.map((s) => [s.certification.slug, s.order]));
    if (held) expect(html).toContain(`<g class="node held" data-slug="${held}">`);
  });

  it('shows the overlap across providers on demand', async () => {
    const off = (await page('/explore/ladders')).html;
    const on = (await page('/explore/ladders?overlap=on')).html;
    expect(off).not.toContain('Closest at other providers');
    expect(on).toContain('Closest at other providers');
    expect(decode(on)).toMatch(/CSM ≈ PSM I|PSM I ≈ CSM/);
  });
});

describe('serving: cached by the normal form of the view, like any GET', () => {
  async function newIsolate() {
    freshModules();
    const { createApp } = (await import('../../src/app.js')) as { createApp: typeof CreateApp };
    return createApp();
  }
  const call = (app: Awaited<ReturnType<typeof newIsolate>>, path: string, init: RequestInit = {}, env: Env = bindings) =>
    app.fetch(new Request(`http://localhost${path}`, { ...init, headers: { 'cf-connecting-ip': '198.18.77.1', ...(init.headers ?? {}) } }), env);

  it.each([
    ['/explore?order=level&provider=scrum-alliance', '/explore?utm_source=x&provider=scrum-alliance&order=level&metric=similarity&fbclid=1'],
    ['/explore/pair/csm/psm-i', '/explore/pair/csm/psm-i?x=1'],
    ['/explore/ladders?held=csm&targetRole=product-owner', '/explore/ladders?targetRole=product-owner&held=csm&overlap=off&ref=1'],
  ])('%s renders once; %s (defaults, unknown parameters) is the same view from the cache', async (first, same) => {
    const app = await newIsolate();
    const a = await call(app, first);
    expect(a.status).toBe(200);
    expect(a.headers.get('x-view-cost')).toMatch(/^\d+; limit=15000$/); // rendered
    expect(a.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=3600, stale-while-revalidate=86400');
    const b = await call(app, same);
    expect(b.status).toBe(200);
    expect(b.headers.get('x-view-cost')).toBeNull(); // not rendered again
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
    expect(await b.text()).toBe(await a.text());
  });

  it('another isolate serves a view from the colo’s cache without rendering', async () => {
    const path = `/explore?role=agile-coach&order=provider`;
    const one = await call(await newIsolate(), path);
    expect(one.headers.get('x-view-cost')).not.toBeNull();
    const two = await call(await newIsolate(), path);
    expect(two.status).toBe(200);
    expect(two.headers.get('x-view-cost')).toBeNull();
    expect(await two.text()).toBe(await one.text());
  });

  it('If-None-Match gets a 304 and HEAD its headers, neither rendering (the next GET still renders)', async () => {
    const app = await newIsolate();
    const etag = (await call(await newIsolate(), '/explore?level=expert&order=role')).headers.get('etag')!;
    const head = await call(app, '/explore?level=expert&order=role', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await head.text()).toBe('');
    const notModified = await call(app, '/explore?order=role&level=expert&junk=1', { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    for (const path of ['/explore/pair/psm-i/csm', '/explore/ladders']) {
      const h = await call(app, path, { method: 'HEAD' });
      expect([h.status, await h.text(), h.headers.get('x-view-cost')]).toEqual([200, '', null]);
    }
  });

  it('a view counts against the visitor’s rate limit, cached or not, and is refused with a small page and Retry-After', async () => {
    const app = await newIsolate();
    const env = { ...bindings, RATE_LIMIT_ANONYMOUS: limiter(2).binding } as Env;
    expect((await call(app, '/explore', {}, env)).status).toBe(200);
    expect((await call(app, '/explore', {}, env)).status).toBe(200);
    const refused = await call(app, '/explore', {}, env);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await refused.text()).toContain('Too many requests');
  });
});

describe('bad parameters: a small 400 that names the parameter and what is allowed, before any rendering', () => {
  const allowed = (list: readonly { slug: string }[]) => list.map((x) => x.slug).join(', ');
  it.each([
    ['/explore?level=wizard', '`level` must be one of foundation, advanced, expert; got "wizard".'],
    ['/explore?order=random', '`order` must be one of cluster, provider, level, role; got "random".'],
    ['/explore?metric=jaccard', '`metric` must be one of similarity, coverage; got "jaccard".'],
    ['/explore?provider=nope', `\`provider\` must be one of ${allowed(catalog.providers)}; got "nope".`],
    ['/explore?role=wizard', `\`role\` must be one of ${allowed(catalog.roles)}; got "wizard".`],
    ['/explore?provider=scrum-org&provider=pmi', '`provider` takes one value; got 2.'],
    [`/explore?role=${'x'.repeat(101)}`, '`role` is too long (101 characters; at most 100).'],
    ['/explore/pair/psm-i/nope', '`b` must be one of'],
    ['/explore/pair/psm-i/psm-i', '`a` and `b` must be two different certifications; both are "psm-i".'],
    ['/explore/row/nope', '`certification` must be one of'],
    ['/explore/ladders?held=nope', '`held`: no certification "nope" in the catalog'],
    ['/explore/ladders?targetRole=wizard', '`targetRole` must be one of'],
    ['/explore/ladders?overlap=maybe', '`overlap` must be one of on, off; got "maybe".'],
  ])('%s', async (path, message) => {
    for (const method of ['GET', 'HEAD']) {
      const res = await worker(path, { method });
      expect(res.status).toBe(400);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-view-cost')).toBeNull(); // nothing priced, nothing rendered
      const html = decode(await res.text());
      if (method === 'HEAD') expect(html).toBe('');
      else {
        expect(html).toContain(message);
        expect(html.length).toBeLessThan(2048);
        expect(html).not.toContain('<table');
      }
    }
  });
});

describe('a page that keeps to itself', () => {
  it('runs no inline script, loads nothing from elsewhere, and its script is small', async () => {
    for (const path of ['/explore', '/explore/row/psm-i', '/explore/pair/psm-i/csm', '/explore/ladders?held=psm-i&targetRole=product-owner']) {
      const { res, html } = await page(path);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      expect(scripts[0]![1]).toContain('src="/explore/explore.js"');
      expect(scripts[0]![2]).toBe('');
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/\sstyle="/);
      for (const m of html.matchAll(/\s(src|href)="(https?:[^"]*)"/g)) expect(m[1]).toBe('href');
      expect(res.headers.get('content-security-policy') ?? '').toContain("script-src 'self'");
    }
    const js = await worker('/explore/explore.js');
    expect(js.status).toBe(200);
    expect((await js.text()).length).toBeLessThan(6 * 1024);
  });
});
