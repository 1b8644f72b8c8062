// Opens GraphiQL in headless Chromium as an analyst would, against `wrangler dev` on loopback:
// the page loads with no request leaving this machine, the default query runs, the result shows,
// and every tab can be reached in turn, in both directions, with its query shown whole in the
// editor and the Explorer panel at the top. Run with `npm run test:browser`; prints
// `browser: N passed, N failed`.
import { parse, print } from 'graphql';
import type { Page, Response } from 'playwright-core';
import { documents as preparedIntrospection } from '../../src/graphql/generated/introspection.mjs';
import { DEFAULT_QUERY, EXAMPLE_LINE_MAX, EXAMPLE_QUERIES } from './graphiql-tabs.ts';
import { assert, assertClean, check, newWatch, OUT, session, watchPage } from './harness.ts';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 8799);
const BASE = `http://127.0.0.1:${PORT}`;

/** Text as a person reads it: Monaco renders spaces as non-breaking spaces. */
async function visibleText(page: Page, selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').replace(/\u00a0/g, ' ');
}

/** The tabs in order: the welcome query, then the examples, each named after its operation. */
const TABS = [DEFAULT_QUERY, ...EXAMPLE_QUERIES].map((query) => ({ query, name: /^query (\w+)/m.exec(query)![1]! }));

/** What the editor shows, line by line in order (Monaco renders the lines in view, placed by `top`). */
function editorLines(page: Page): Promise<{ text: string; right: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.graphiql-query-editor .view-line')]
      .sort((a, b) => Number.parseFloat(a.style.top) - Number.parseFloat(b.style.top))
      .map((line) => {
        const span = line.querySelector('span');
        return { text: (line.textContent ?? '').replace(/\u00a0/g, ' '), right: span ? span.getBoundingClientRect().right : 0 };
      }),
  );
}

/** Clicks tab `index` as a person would and checks what they then see. */
async function switchTo(page: Page, index: number, at: string): Promise<void> {
  const tab = TABS[index]!;
  await page.locator('.graphiql-tab').nth(index).locator('.graphiql-tab-button').click();
  const expected = tab.query.split('\n');
  try {
    await page.waitForFunction(
      ([i, first]) =>
        document.querySelectorAll('.graphiql-tab')[i as number]?.getAttribute('aria-selected') === 'true' &&
        [...document.querySelectorAll('.graphiql-query-editor .view-line')].some((l) => l.textContent?.replace(/\u00a0/g, ' ') === first),
      [index, expected[0]] as const,
      { timeout: 5_000 },
    );
  } catch {
    const active = await page.locator('.graphiql-tab[aria-selected="true"]').innerText();
    const shown = (await editorLines(page)).map((l) => l.text).slice(0, 3);
    throw new Error(`${at}: clicked ${tab.name}, but the active tab is ${active.trim()} and the editor shows ${JSON.stringify(shown)}`);
  }
  const lines = await editorLines(page);
  assert(lines.length >= Math.min(8, expected.length), `${at}: ${tab.name}: the editor shows ${lines.length} lines`);
  for (const [i, line] of lines.entries())
    assert(line.text === expected[i], `${at}: ${tab.name} line ${i + 1} shows ${JSON.stringify(line.text)}, not ${JSON.stringify(expected[i])}`);
  const seen = await page.evaluate(() => {
    const guard = document.querySelector('.graphiql-query-editor .overflow-guard')!.getBoundingClientRect();
    const scrollbar = document.querySelector('.graphiql-query-editor .scrollbar.vertical')?.getBoundingClientRect().width ?? 0;
    const plugin = document.querySelector('.graphiql-plugin');
    return { right: guard.right - scrollbar, pluginTop: plugin?.scrollTop ?? 0, focusInExplorer: !!document.activeElement?.closest('.graphiql-explorer-root') };
  });
  const cut = lines.filter((l) => l.right > seen.right + 0.5);
  assert(cut.length === 0, `${at}: ${tab.name}: lines cut at the editor's edge: ${cut.map((l) => JSON.stringify(l.text)).join(', ')}`);
  assert(seen.pluginTop === 0, `${at}: ${tab.name}: the Explorer panel is scrolled ${seen.pluginTop} px down`);
  assert(!seen.focusInExplorer, `${at}: ${tab.name}: the Explorer took the focus from the tab`);
}

/** Every tab in turn, forward from the first, then back to the first. */
async function walkTabs(page: Page, at: string): Promise<void> {
  const order = [...TABS.keys()].slice(1).concat([...TABS.keys()].reverse().slice(1));
  for (const index of order) await switchTo(page, index, at);
}

await session(PORT, '/graphql?query=%7B__typename%7D', async (browser) => {
  const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const watch = newWatch();
  watchPage(page, PORT, watch);
  // The introspection GraphiQL sends to draw its schema (the build prepares its answer: src/graphql/prepared-introspection.ts).
  const introspections: string[] = [];
  page.on('request', (request) => {
    const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? request.postData() : null;
    const query = body ? (JSON.parse(body) as { query?: string }).query : undefined;
    if (query?.includes('__schema')) introspections.push(query);
  });

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

  await check('the Explorer panel is open on a first visit, at the top of its tree', async () => {
    await page.waitForSelector('.graphiql-explorer-root', { timeout: 10_000 });
    const panel = await page.locator('.graphiql-explorer-root').innerText();
    assert(panel.includes('certification') && panel.includes('compare') && panel.includes('overlapMatrix'), 'the Explorer lists the root fields');
    const top = await page.evaluate(() => document.querySelector('.graphiql-plugin')?.scrollTop);
    assert(top === 0, `the Explorer panel opens scrolled ${top} px down`);
    await page.screenshot({ path: `${OUT}/graphiql-explorer.png` });
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

  await check('the welcome query and the docs’ examples open as tabs named after their operations', async () => {
    const titles = (await page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert(titles.join(' | ') === TABS.map((t) => t.name).join(' | '), `tabs: ${titles.join(' | ')}`);
  });

  await check(`at 1440×900 every tab is reached in turn, both ways, its lines whole (≤ ${EXAMPLE_LINE_MAX} columns)`, async () => {
    await walkTabs(page, '1440×900');
    await switchTo(
      page,
      TABS.findIndex((t) => t.name === 'PsmOrPspo'),
      '1440×900',
    );
    // Right after a tab switch the editor may still be settling and take the first click as focus:
    // a person clicks again, and so does this test, once, after 10 s without an answer.
    const isPsmOrPspo = (r: Response) =>
      r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('PsmOrPspo');
    let received = page.waitForResponse(isPsmOrPspo, { timeout: 10_000 });
    await page.click('.graphiql-execute-button');
    const answered = await received.catch(() => null);
    if (!answered) {
      received = page.waitForResponse(isPsmOrPspo, { timeout: 30_000 });
      await page.click('.graphiql-execute-button');
    }
    const body = await (answered ?? (await received)).json();
    assert(!body.errors && /PSM I/.test(body.data.compare.summary), `PsmOrPspo result: ${JSON.stringify(body).slice(0, 300)}`);
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('sharedFundamentals'), null, { timeout: 20_000 });
    await page.screenshot({ path: `${OUT}/graphiql-tabs.png` });
  });

  await check('after the window resizes (tabs and panels move), every tab is still reached in turn', async () => {
    // Resizing is what used to shift the tabs away from where they are clicked.
    await page.setViewportSize({ width: 1280, height: 720 });
    for (let i = 0; i < TABS.length; i++) {
      await page.locator('.graphiql-tab').nth(i).locator('.graphiql-tab-button').click();
      await page.waitForFunction((n) => document.querySelectorAll('.graphiql-tab')[n]?.getAttribute('aria-selected') === 'true', i, { timeout: 5_000 });
    }
    await page.screenshot({ path: `${OUT}/graphiql-1280.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    await walkTabs(page, 'back at 1440×900');
    await switchTo(page, 0, 'back at 1440×900');
    await page.screenshot({ path: `${OUT}/graphiql-1440.png` });
  });

  await check('on a 390×844 phone (first visit: no Explorer panel, which would leave the tabs no room), every tab is reached', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    watchPage(phone, PORT, watch);
    await phone.goto(`${BASE}/graphql`);
    await phone.waitForSelector('.graphiql-tab', { timeout: 30_000 });
    assert((await phone.locator('.graphiql-explorer-root').count()) === 0, 'the Explorer panel opened on a phone');
    for (const i of [...TABS.keys()].slice(1).concat(0)) {
      await phone.locator('.graphiql-tab').nth(i).locator('.graphiql-tab-button').click();
      await phone.waitForFunction((n) => document.querySelectorAll('.graphiql-tab')[n]?.getAttribute('aria-selected') === 'true', i, { timeout: 5_000 });
    }
    await phone.screenshot({ path: `${OUT}/graphiql-390.png` });
    await phone.close();
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

  await check("GraphiQL's introspection is one the build answered (the schema drawn without executing it)", async () => {
    assert(introspections.length > 0, 'GraphiQL sent no introspection');
    const prepared = new Set(Object.values(preparedIntrospection).map((text) => print(parse(text))));
    for (const query of introspections) assert(prepared.has(print(parse(query))), `not prepared: ${query.slice(0, 120)}...`);
  });

  await check('no script errors, and nothing fetched from off this machine all session', async () => assertClean(watch));
});
