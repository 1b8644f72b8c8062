// The index pages as a person meets them, in headless Chromium at 1440×900 and 390×844: `/` leads
// to every surface and `/data` to every download; each link shows whole (no sideways scrolling),
// and following one arrives. Run with `npm run test:browser`; prints `browser: N passed, N failed`.
import type { Page } from 'playwright-core';
import { assert, assertClean, check, newWatch, OUT, session, watchPage } from './harness.ts';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 8799);
const BASE = `http://127.0.0.1:${PORT}`;

/** Every link of the page: its text, and whether it lies within the page's width. */
function links(page: Page): Promise<{ text: string; href: string; inside: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main a')].map((a) => {
      const r = a.getBoundingClientRect();
      return { text: a.textContent ?? '', href: a.getAttribute('href') ?? '', inside: r.width > 0 && r.left >= 0 && r.right <= innerWidth };
    }),
  );
}

await session(PORT, '/', async (browser) => {
  const watch = newWatch();
  console.log('The index pages in headless Chromium');
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    watchPage(page, PORT, watch);
    await check(`${width}×${height}: / leads to GraphiQL, the explorer, the widget, the downloads and the docs`, async () => {
      const res = await page.goto(`${BASE}/`);
      assert(res?.status() === 200, `status ${res?.status()}`);
      const found = await links(page);
      for (const href of ['/graphql', '/explore', '/embed/recommendations', '/data'])
        assert(
          found.some((l) => l.href.startsWith(href) && l.inside),
          `no visible link to ${href}: ${JSON.stringify(found)}`,
        );
      assert((await page.textContent('main'))?.includes('docs/analyst.md'), 'the docs are named');
      assert((await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)) <= 0, 'the page scrolls sideways');
      await page.screenshot({ path: `${OUT}/index-${width}.png`, fullPage: true });
      await page.click('main a[href="/data"]');
      await page.waitForURL(`${BASE}/data`);
    });
    await check(`${width}×${height}: /data lists every download with its size, and a file link downloads it`, async () => {
      const found = (await links(page)).filter((l) => /^\/data\/[\w-]+\.(csv|json)$/.test(l.href));
      assert(found.length === 7, `downloads listed: ${found.map((l) => l.href).join(', ')}`);
      assert(
        found.every((l) => l.inside),
        `cut off: ${found.filter((l) => !l.inside).map((l) => l.href)}`,
      );
      const text = (await page.textContent('main')) ?? '';
      assert((text.match(/\((\d+)\u00a0(kB|bytes)\)/g) ?? []).length === 7, 'each file shows its size');
      assert((await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)) <= 0, 'the page scrolls sideways');
      const download = page.waitForEvent('download');
      await page.click('main a[href="/data/certifications.csv"]');
      assert((await download).suggestedFilename().startsWith('certgraph-certifications-'), 'the file is saved under its versioned name');
      // A navigation that becomes a download is reported as aborted: that one is expected.
      const aborted = `${BASE}/data/certifications.csv (net::ERR_ABORTED)`;
      watch.failedRequests.splice(0, watch.failedRequests.length, ...watch.failedRequests.filter((r) => r !== aborted));
      await page.screenshot({ path: `${OUT}/data-${width}.png`, fullPage: true });
    });
    await page.close();
  }
  await check('no script errors, and nothing fetched from off this machine', async () => assertClean(watch));
});
