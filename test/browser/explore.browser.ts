// Opens the overlap explorer in headless Chromium as an analyst would, against `wrangler dev` on
// loopback: the heatmap shows the whole catalog within the stated budget (bytes, first paint),
// hovering shows a value, a click opens the pair in place (through /graphql), a filter narrows
// the matrix, the keyboard moves between cells and opens one, the page works without script, and
// axe-core finds no serious or critical accessibility violation. Run with
// `node test/browser/explore.browser.ts`; prints `browser: N passed, N failed`.
import { gzipSync } from 'node:zlib';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { assert, assertClean, check, newWatch, OUT, session, watchPage } from './harness.ts';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 8797);
const BASE = `http://127.0.0.1:${PORT}`;

/** The budget the README states for the whole-catalog view (45 certifications: 2,025 cells). */
const BUDGET = { htmlBytes: 500_000, htmlGzipBytes: 50_000, scriptBytes: 12_000, firstContentfulPaintMs: 1000 };

async function api<T>(query: string): Promise<T> {
  const res = await fetch(`${BASE}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const cellCount = (page: Page) => page.locator('#heatmap g.row > a').count();
const rowCount = (page: Page) => page.locator('#heatmap g.row').count();

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

await session(PORT, '/explore', async (browser) => {
  const watch = newWatch();
  const { catalog } = await api<{ catalog: { certificationCount: number } }>('{ catalog { certificationCount } }');
  const n = catalog.certificationCount;
  console.log(`The overlap explorer in headless Chromium (${n} certifications)`);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watchPage(page, PORT, watch);

  await check(`the heatmap shows the whole catalog: ${n} rows, ${n * (n - 1)} labelled cells`, async () => {
    const res = await page.goto(`${BASE}/explore`, { waitUntil: 'load' });
    assert(res?.status() === 200, `status ${res?.status()}`);
    assert((await rowCount(page)) === n, `${await rowCount(page)} rows`);
    assert((await cellCount(page)) === n * (n - 1), `${await cellCount(page)} cells`);
    const labels = await page.locator('#heatmap g.row > a').evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? ''));
    assert(
      labels.every((l) => /^.+ and .+: similarity [01]\.\d\d$/.test(l)),
      `labels: ${labels.slice(0, 3).join(' | ')}`,
    );
    const box = await page.locator('#heatmap').boundingBox();
    assert(box && box.width > 20 * n && box.height > 20 * n, `heatmap box ${JSON.stringify(box)}`);
    await page.screenshot({ path: `${OUT}/explore-heatmap.png`, fullPage: true });
  });

  await check('stays within its budget: bytes and first contentful paint', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await fresh.newPage();
    watchPage(p, PORT, watch);
    const res = await p.goto(`${BASE}/explore?order=provider`, { waitUntil: 'load' });
    const html = await res!.body();
    const script = await (await fetch(`${BASE}/explore/explore.js`)).arrayBuffer();
    const timing = await p.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp?.startTime ?? NaN, ttfb: nav.responseStart, domContentLoaded: nav.domContentLoadedEventEnd };
    });
    const figures = {
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html).length,
      scriptBytes: script.byteLength,
      scriptGzipBytes: gzipSync(new Uint8Array(script)).length,
      ttfbMs: Math.round(timing.ttfb),
      firstContentfulPaintMs: Math.round(timing.fcp),
      domContentLoadedMs: Math.round(timing.domContentLoaded),
    };
    console.log(`    figures: ${JSON.stringify(figures)}`);
    console.log(`    budget:  ${JSON.stringify(BUDGET)}`);
    assert(figures.htmlBytes <= BUDGET.htmlBytes, `HTML ${figures.htmlBytes} B`);
    assert(figures.htmlGzipBytes <= BUDGET.htmlGzipBytes, `HTML gzip ${figures.htmlGzipBytes} B`);
    assert(figures.scriptBytes <= BUDGET.scriptBytes, `script ${figures.scriptBytes} B`);
    assert(figures.firstContentfulPaintMs <= BUDGET.firstContentfulPaintMs, `first contentful paint ${figures.firstContentfulPaintMs} ms`);
    await fresh.close();
  });

  await check('hovering a cell shows its value below the heatmap', async () => {
    const cell = page.locator('#heatmap a[data-a="psm-i"][data-b="pspo-i"]');
    await cell.hover();
    const readout = await page.locator('#readout').innerText();
    const label = await cell.getAttribute('aria-label');
    assert(readout === label && /PSM I and PSPO I: similarity/.test(readout), `readout "${readout}", label "${label}"`);
  });

  await check('clicking a cell asks /graphql for the pair and shows it side by side, in place', async () => {
    const asked = page.waitForResponse((r) => r.url().startsWith(`${BASE}/graphql?`) && r.url().includes('ExplorerPair'));
    await page.locator('#heatmap a[data-a="psm-i"][data-b="pspo-i"]').click();
    const response = await asked;
    assert(response.status() === 200, `graphql status ${response.status()}`);
    const body = (await response.json()) as { data: { compare: { summary: string } } };
    await page.waitForFunction(() => document.querySelector('#pair-title')?.textContent === 'PSM I and PSPO I');
    const panel = await page.locator('#pair').innerText();
    assert(panel.includes(body.data.compare.summary), 'the panel shows compare’s summary');
    assert(
      /Only in PSM I/.test(panel) && /Only in PSPO I/.test(panel) && /Scrum fundamentals/.test(panel) && /Role-specific content/.test(panel),
      'shared and distinct topics',
    );
    assert(new URL(page.url()).searchParams.get('a') === 'psm-i' && new URL(page.url()).searchParams.get('b') === 'pspo-i', `url ${page.url()}`);
    assert((await page.locator('#heatmap a.on').getAttribute('aria-pressed')) === 'true', 'the chosen cell is pressed');
    assert((await page.locator('#status').innerText()).includes('Showing PSM I and PSPO I'), 'announced to screen readers');
    await page.screenshot({ path: `${OUT}/explore-pair.png`, fullPage: true });
  });

  await check('the keyboard: one tab stop into the heatmap, arrows move, Enter opens the pair', async () => {
    await page.goto(`${BASE}/explore`, { waitUntil: 'load' });
    let inside = false;
    for (let i = 0; i < 80 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await page.evaluate(() => !!document.activeElement?.closest('#heatmap'));
    }
    assert(inside, 'Tab reaches the heatmap');
    const at = () =>
      page.evaluate(() => {
        const a = document.activeElement as SVGAElement;
        const rect = a.querySelector('rect')!;
        const s = getComputedStyle(rect);
        return { a: a.dataset.a, b: a.dataset.b, x: Number(rect.getAttribute('x')), y: Number(rect.getAttribute('y')), stroke: `${s.stroke} ${s.strokeWidth}` };
      });
    const first = await at();
    assert(/rgb\(194, 65, 12\) [34]px/.test(first.stroke), `focus ring: ${first.stroke}`);
    await page.keyboard.press('ArrowRight');
    const right = await at();
    assert(right.y === first.y && right.x > first.x && right.a === first.a, `ArrowRight: ${JSON.stringify(first)} -> ${JSON.stringify(right)}`);
    await page.keyboard.press('ArrowDown');
    const down = await at();
    assert(down.x === right.x && down.y > right.y && down.b === right.b, `ArrowDown: ${JSON.stringify(right)} -> ${JSON.stringify(down)}`);
    await page.keyboard.press('End');
    const end = await at();
    assert(end.y === down.y && end.x >= down.x, 'End goes to the end of the row');
    await page.keyboard.press('Home');
    const home = await at();
    assert(home.y === down.y && home.x < end.x, 'Home goes to the start of the row');
    // One tab stop: Tab leaves the heatmap.
    const tabbable = await page.locator('#heatmap a[tabindex="0"]').count();
    assert(tabbable === 1, `${tabbable} cells in the tab order`);
    await page.screenshot({ path: `${OUT}/explore-keyboard.png` });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (t) => document.querySelector('#pair-title')?.textContent === t,
      `${home.a === undefined ? '' : ''}${await page.evaluate(() => {
        const a = document.activeElement as SVGAElement;
        return `${a.querySelector('title')!.textContent!.split(':')[0]}`;
      })}`,
    );
    assert(await page.evaluate(() => !!document.activeElement?.closest('#heatmap')), 'focus stays on the cell');
  });

  await check('a filter narrows the matrix to the API’s filter result', async () => {
    const { certifications } = await api<{ certifications: { totalCount: number } }>(
      '{ certifications(filter: { providers: ["scrum-org"] }, first: 100) { totalCount } }',
    );
    await page.goto(`${BASE}/explore`, { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Scrum.org', exact: true }).click();
    await page.waitForURL(/provider=scrum-org/);
    const k = certifications.totalCount;
    assert(k >= 2 && k < n, `${k} Scrum.org certifications`);
    assert((await rowCount(page)) === k && (await cellCount(page)) === k * (k - 1), `${await rowCount(page)} rows for ${k}`);
    assert((await page.locator('#heatmap-title').innerText()).includes(`${k} of ${n} certifications`), 'the title says how many');
    await page.getByRole('link', { name: 'Foundation', exact: true }).click();
    await page.waitForURL(/level=foundation/);
    assert((await rowCount(page)) < k, 'a second filter narrows further');
    await page.screenshot({ path: `${OUT}/explore-filtered.png`, fullPage: true });
  });

  await check('without JavaScript: the heatmap shows, a cell is a link to the pair, rendered by the Worker', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const p = await noJs.newPage();
    watchPage(p, PORT, watch);
    await p.goto(`${BASE}/explore?order=role`, { waitUntil: 'load' });
    assert((await rowCount(p)) === n, 'all rows');
    await p.locator('#heatmap a[data-a="csm"][data-b="cspo"]').click();
    await p.waitForURL(/a=csm&b=cspo/);
    assert(new URL(p.url()).searchParams.get('order') === 'role', 'the view is kept');
    assert((await p.locator('#pair-title').innerText()) === 'CSM and CSPO', 'the pair is shown');
    await p.screenshot({ path: `${OUT}/explore-nojs-pair.png`, fullPage: true });
    await noJs.close();
  });

  await check('every download linked from the page answers, named for saving, readable from any origin', async () => {
    await page.goto(`${BASE}/explore`, { waitUntil: 'load' });
    const links = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    assert(links.length === 7, `${links.length} download links`);
    for (const link of links) {
      const res = await fetch(link);
      const file = new URL(link).pathname.split('/').pop()!;
      assert(res.status === 200, `${file}: ${res.status}`);
      assert(/^(text\/csv|application\/json)/.test(res.headers.get('content-type') ?? ''), `${file}: ${res.headers.get('content-type')}`);
      assert(
        /^attachment; filename="certgraph-[a-z-]+-[\d.]+\.(csv|json)"$/.test(res.headers.get('content-disposition') ?? ''),
        `${file}: ${res.headers.get('content-disposition')}`,
      );
      assert(res.headers.get('access-control-allow-origin') === '*', `${file}: no CORS`);
      assert(!!res.headers.get('etag'), `${file}: no ETag`);
    }
  });

  await check('axe-core: no serious or critical violation, on the heatmap and on a pair', async () => {
    for (const url of ['/explore', '/explore?a=psm-i&b=pspo-i&metric=coverage', '/explore?level=wizard']) {
      const p = await context.newPage();
      watchPage(p, PORT, watch, [/status of 400/]);
      await p.goto(`${BASE}${url}`, { waitUntil: 'load' });
      const violations = await axeViolations(p);
      assert(violations.length === 0, `${url}:\n${violations.join('\n')}`);
      await p.close();
    }
  });

  await check('no script errors, no CSP violations, and nothing fetched from off this machine all session', async () => assertClean(watch));
  await context.close();
});
