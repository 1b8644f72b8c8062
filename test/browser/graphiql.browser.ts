// Opens GraphiQL in headless Chromium as an analyst would, against `wrangler dev` on loopback:
// the page loads with no request leaving this machine, the default query runs, and the result
// shows. Run with `npm run test:browser`; prints `browser: N passed, N failed`.
import type { Page } from 'playwright-core';
import { assert, assertClean, check, newWatch, OUT, session, watchPage } from './harness.ts';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 8799);
const BASE = `http://127.0.0.1:${PORT}`;

/** Text as a person reads it: Monaco renders spaces as non-breaking spaces. */
async function visibleText(page: Page, selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').replace(/\u00a0/g, ' ');
}

await session(PORT, '/graphql?query=%7B__typename%7D', async (browser) => {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const watch = newWatch();
  watchPage(page, PORT, watch);

  console.log('GraphiQL in headless Chromium');
  await check('GraphiQL loads from the Worker, with no request leaving this machine', async () => {
    const res = await page.goto(`${BASE}/graphql`, { waitUntil: 'load' });
    assert(res?.status() === 200, `status ${res?.status()}`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    assert(watch.offHost.length === 0, `requests left the machine: ${watch.offHost.join(', ')}`);
    assert(watch.failedRequests.length === 0, `failed requests: ${watch.failedRequests.join(', ')}`);
  });

  await check('opens with the default query that shows off the API', async () => {
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('certification'), null, { timeout: 15_000 });
    const editor = await visibleText(page, '.graphiql-query-editor');
    assert(editor.includes('compare(') && editor.includes('recommendations('), 'the default query compares and recommends');
  });

  await check('runs the query and shows the result', async () => {
    // The whole result as GraphiQL received it, and what the panel shows (Monaco renders only
    // the lines in view, so the panel is checked for what is at its top).
    const received = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('Explore'),
    );
    await page.click('.graphiql-execute-button');
    const body = await (await received).json();
    assert(!body.errors, `the result has errors: ${JSON.stringify(body.errors)?.slice(0, 500)}`);
    assert(/PSM I .*PSPO I|PSPO I .*PSM I/.test(body.data.compare.summary), 'the comparison summary names both');
    assert(
      body.data.recommendations.items[0].reasons.some((r: { code: string }) => r.code === 'CROSS_ROLE'),
      'the top recommendation gives the cross-role reason',
    );
    assert(body.data.psm.acronym === 'PSM I', 'the lookup answers PSM I');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('certificationCount'), null, { timeout: 20_000 });
    const shown = await visibleText(page, '.graphiql-response');
    assert(shown.includes('"catalog"') && shown.includes('"version"') && shown.includes('"compare"'), 'the panel shows the result');
    await page.screenshot({ path: `${OUT}/graphiql.png` });
  });

  await check('the README’s example queries open as tabs named after their operations', async () => {
    const titles = await page.locator('.graphiql-tab').allInnerTexts();
    const names = titles.map((t) => t.replace(/\s+/g, ' ').trim());
    const expected = [
      'Explore',
      'CertificationWithSources',
      'ProductOwnerCertificationsByCost',
      'PsmOrPspo',
      'OverlapMatrix',
      'ScrumMasterTopics',
      'RecommendAndLearningPath',
    ];
    for (const name of expected)
      assert(
        names.some((t) => t.startsWith(name)),
        `no tab named ${name}: ${names.join(' | ')}`,
      );
    await page.locator('.graphiql-tab', { hasText: 'PsmOrPspo' }).click();
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('PsmOrPspo'), null, { timeout: 10_000 });
    const received = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('PsmOrPspo'),
    );
    await page.click('.graphiql-execute-button');
    const body = await (await received).json();
    assert(!body.errors && /PSM I/.test(body.data.compare.summary), `PsmOrPspo result: ${JSON.stringify(body).slice(0, 300)}`);
    await page.screenshot({ path: `${OUT}/graphiql-tabs.png` });
  });

  await check('the Explorer panel (point-and-click query building) is open on a first visit', async () => {
    await page.waitForSelector('.graphiql-explorer-root', { timeout: 10_000 });
    const panel = await page.locator('.graphiql-explorer-root').innerText();
    assert(panel.includes('certification') && panel.includes('compare') && panel.includes('overlapMatrix'), 'the Explorer lists the root fields');
    await page.screenshot({ path: `${OUT}/graphiql-explorer.png` });
  });

  await check('the Docs explorer is the manual: descriptions show', async () => {
    await page.click('.graphiql-sidebar button[aria-label*="Documentation"]');
    await page.waitForSelector('.graphiql-doc-explorer', { timeout: 10_000 });
    await page.click('.graphiql-doc-explorer a:text-is("Query")');
    await page.waitForSelector('.graphiql-doc-explorer-title:text-is("Query")', { timeout: 10_000 });
    const docs = await visibleText(page, '.graphiql-doc-explorer');
    assert(docs.includes('Everything certgraph serves'), 'the Query type description shows');
    assert(docs.includes('One certification by slug or global ID'), 'field descriptions show');
    await page.screenshot({ path: `${OUT}/graphiql-docs.png` });
  });

  await check('no script errors, and nothing fetched from off this machine all session', async () => assertClean(watch));
});
