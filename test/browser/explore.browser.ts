// Opens the overlap explorer in headless Chromium as an analyst would, against `wrangler dev` on
// loopback, at 1440x900, 1280x720 and a 390x844 phone: every filter whole and inside the
// viewport (they wrap; nothing scrolls sideways), every column of the whole catalog is
// reachable (inside the visible or scrollable area of the matrix's frame), no label is cut off,
// the labels stay put while the frame scrolls; hovering, focusing or tapping a cell reads out
// both coverages; the keyboard moves in one tab stop and opens a pair; the pair view and the
// ladders show what they promise; it works without script; axe-core finds no serious violation.
// Screenshots in test-results/. Run with `node test/browser/explore.browser.ts`
// (BROWSER_TEST_PORT picks the port); prints `browser: N passed, N failed`.
import { gzipSync } from 'node:zlib';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { assert, assertClean, check, newWatch, OUT, session, type Watch, watchPage } from './harness.ts';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 8797);
const BASE = `http://127.0.0.1:${PORT}`;
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];
/** Issue 21's budget for the whole catalog's view (45 certifications). */
const BUDGET = { htmlGzipBytes: 60_000, scriptBytes: 6_000 };

async function api<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${BASE}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The matrix's cell for (row a, column b): the row's label names a, the column's label b. */
async function cell(page: Page, a: string, b: string) {
  const column = await page.locator('#matrix thead th').evaluateAll((ths, slug) => ths.findIndex((th) => (th as HTMLElement).dataset.s === slug), b);
  return page.locator(`#matrix tbody tr:has(th[data-s="${a}"]) > :nth-child(${column + 2})`);
}

async function axeViolations(page: Page): Promise<string[]> {
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

/**
 * Every header (column and row) of the matrix as laid out: whether its box lies inside the
 * frame's scrollable area, and whether its text is cut (scroll size over client size).
 */
function headerProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const frame = document.getElementById('frame')!;
    const f = frame.getBoundingClientRect();
    // The scrollable area, in viewport coordinates.
    const left = f.left + frame.clientLeft - frame.scrollLeft;
    const top = f.top + frame.clientTop - frame.scrollTop;
    const area = { left, top, right: left + frame.scrollWidth, bottom: top + frame.scrollHeight };
    const problems: string[] = [];
    if (f.left < 0 || f.right > document.documentElement.clientWidth + 0.5) problems.push(`the frame overflows the page: ${f.left}..${f.right}`);
    for (const th of document.querySelectorAll<HTMLElement>('#matrix th')) {
      const r = th.getBoundingClientRect();
      const label = th.textContent;
      if (r.width < 1 || r.height < 1) problems.push(`${label}: no box`);
      if (r.left < area.left - 0.5 || r.right > area.right + 0.5 || r.top < area.top - 0.5 || r.bottom > area.bottom + 0.5)
        problems.push(`${label}: outside the scrollable area`);
      for (const el of [th, ...th.querySelectorAll<HTMLElement>('span')]) {
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          problems.push(`${label}: text cut (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`);
      }
    }
    return problems;
  });
}

/** Scrolls the frame to its far corner: the last column's header and the last row's label stay on screen, over the cells. */
function stickyProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const frame = document.getElementById('frame')!;
    frame.scrollLeft = frame.scrollWidth;
    frame.scrollTop = frame.scrollHeight;
    const f = frame.getBoundingClientRect();
    const problems: string[] = [];
    const heads = [...document.querySelectorAll<HTMLElement>('#matrix thead th')];
    const last = heads[heads.length - 1]!.getBoundingClientRect();
    if (last.top < f.top - 0.5 || last.top > f.top + 2) problems.push(`column labels not at the top of the frame (${last.top} vs ${f.top})`);
    if (last.right > f.right + 0.5 || last.left < f.left) problems.push('the last column label is not inside the frame');
    const rowHeads = [...document.querySelectorAll<HTMLElement>('#matrix tbody th')];
    const lastRow = rowHeads[rowHeads.length - 1]!.getBoundingClientRect();
    if (lastRow.left < f.left - 0.5 || lastRow.left > f.left + 2) problems.push(`row labels not at the left of the frame (${lastRow.left} vs ${f.left})`);
    if (lastRow.bottom > f.bottom + 0.5) problems.push('the last row label is below the frame');
    const hit = document.elementFromPoint(last.left + last.width / 2, last.top + last.height / 2);
    if (!hit?.closest('thead')) problems.push('the last column label is covered');
    frame.scrollLeft = 0;
    frame.scrollTop = 0;
    return problems;
  });
}

/**
 * Every filter control (each facet's label and each choice's link): its box inside the viewport
 * (the page does not scroll sideways to reach it) and its text whole (no scroll size over client
 * size, no ellipsis), the page's own width within the viewport. Measured from the top of the page.
 */
function filterProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const controls = [...document.querySelectorAll<HTMLElement>('nav .facet > span, nav .facet a')];
    if (controls.length < 10) problems.push(`only ${controls.length} filter controls`);
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      const label = el.textContent;
      if (r.width < 1 || r.height < 1) problems.push(`${label}: no box`);
      if (r.left < -0.5 || r.right > width + 0.5) problems.push(`${label}: outside the viewport (${Math.round(r.left)}..${Math.round(r.right)} of ${width})`);
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(`${label}: text cut (${el.scrollWidth} in ${el.clientWidth})`);
      for (let box: HTMLElement | null = el.parentElement; box && box.tagName !== 'NAV'; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX !== 'visible' && box.scrollWidth > box.clientWidth + 1)
          problems.push(`${label}: in a box that scrolls sideways (${box.tagName.toLowerCase()})`);
      }
      if (getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) problems.push(`${label}: ellipsis`);
      // A touch target (WCAG 2.5.8): a link at least 24px tall.
      if (el.tagName === 'A' && r.height < 24 && width < 500) problems.push(`${label}: ${Math.round(r.height)}px tall`);
    }
    return [...new Set(problems)];
  });
}

async function matrixAtEverySize(browser: Browser, watch: Watch, n: number): Promise<void> {
  for (const size of SIZES) {
    await check(
      `${size.width}x${size.height}: every filter whole and on screen; all ${n} columns reachable in the matrix's frame, no label cut, labels sticky`,
      async () => {
        const context = await browser.newContext({ viewport: size, ...(size.width < 500 ? { hasTouch: true, isMobile: true } : {}) });
        const page = await context.newPage();
        watchPage(page, PORT, watch);
        await page.goto(`${BASE}/explore`, { waitUntil: 'load' });
        const columns = await page.locator('#matrix thead th').count();
        const rows = await page.locator('#matrix tbody tr').count();
        assert(columns === n && rows === n, `${columns} columns, ${rows} rows`);
        await page.screenshot({ path: `${OUT}/explore-${size.width}x${size.height}.png` });
        const filters = await filterProblems(page);
        assert(filters.length === 0, `filters: ${filters.slice(0, 8).join('\n')}`);
        await page.locator('nav').screenshot({ path: `${OUT}/explore-${size.width}x${size.height}-filters.png` });
        await page.locator('#matrix-title').evaluate((el) => el.scrollIntoView());
        await page.screenshot({ path: `${OUT}/explore-${size.width}x${size.height}-matrix.png` });
        const problems = await headerProblems(page);
        assert(problems.length === 0, problems.slice(0, 8).join('\n'));
        const sticky = await stickyProblems(page);
        assert(sticky.length === 0, sticky.join('\n'));
        // The whole matrix, as a person scrolls its frame to the far corner.
        await page.locator('#frame').evaluate((f) => {
          f.scrollLeft = f.scrollWidth;
          f.scrollTop = f.scrollHeight;
        });
        await page.screenshot({ path: `${OUT}/explore-${size.width}x${size.height}-corner.png` });
        await context.close();
      },
    );
  }
}

await session(PORT, '/explore', async (browser) => {
  const watch = newWatch();
  const { catalog } = await api<{ catalog: { certificationCount: number } }>('{ catalog { certificationCount } }');
  const n = catalog.certificationCount;
  console.log(`The overlap explorer in headless Chromium (${n} certifications)`);

  await matrixAtEverySize(browser, watch, n);

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  watchPage(page, PORT, watch);

  await check('within budget: the whole catalog’s page gzip and the script', async () => {
    const res = await fetch(`${BASE}/explore`);
    const html = new Uint8Array(await res.arrayBuffer());
    const script = await (await fetch(`${BASE}/explore/explore.js`)).arrayBuffer();
    const figures = { htmlBytes: html.length, htmlGzipBytes: gzipSync(html).length, scriptBytes: script.byteLength };
    console.log(`    figures: ${JSON.stringify(figures)}; budget: ${JSON.stringify(BUDGET)}`);
    assert(figures.htmlGzipBytes <= BUDGET.htmlGzipBytes, `HTML gzip ${figures.htmlGzipBytes} B`);
    assert(figures.scriptBytes <= BUDGET.scriptBytes, `script ${figures.scriptBytes} B`);
  });

  await check('hovering a cell reads out both names and both coverages, as the API gives them', async () => {
    await page.goto(`${BASE}/explore`, { waitUntil: 'load' });
    const { compare } = await api<{ compare: { pairs: { coverageOfA: number; coverageOfB: number }[] } }>(
      '{ compare(certifications: ["psm-i", "pspo-i"]) { pairs { coverageOfA coverageOfB } } }',
    );
    await (await cell(page, 'psm-i', 'pspo-i')).hover();
    const readout = await page.locator('#readout').innerText();
    const [ofB, ofA] = [compare.pairs[0]!.coverageOfB, compare.pairs[0]!.coverageOfA].map((x) => `${Math.round(x * 100)}%`);
    assert(readout.includes('Professional Scrum Master I') && readout.includes('Professional Scrum Product Owner I'), `names: ${readout}`);
    assert(readout.includes(`A PSM I holder already knows ${ofB} of PSPO I; a PSPO I holder, ${ofA} of PSM I.`), `coverages: ${readout}`);
  });

  await check('the keyboard: one tab stop into the matrix, arrows move, the readout follows, Enter opens the pair', async () => {
    await page.goto(`${BASE}/explore`, { waitUntil: 'load' });
    assert((await page.locator('#matrix td[tabindex="0"]').count()) === 1, 'one tab stop');
    let inside = false;
    for (let i = 0; i < 120 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await page.evaluate(() => !!document.activeElement?.closest('#matrix tbody td'));
    }
    assert(inside, 'Tab reaches the matrix’s cells');
    // The focused cell as the pair it opens: its row's and its column's certifications.
    const at = () =>
      page.evaluate(() => {
        const td = document.activeElement as HTMLTableCellElement;
        const row = (td.parentElement as HTMLTableRowElement).cells[0]!.dataset.s;
        const column = (document.querySelectorAll('#matrix thead th')[td.cellIndex - 1] as HTMLElement).dataset.s;
        return `/explore/pair/${row}/${column}`;
      });
    const first = await at();
    await page.keyboard.press('ArrowRight');
    const right = await at();
    await page.keyboard.press('ArrowDown');
    const down = await at();
    assert(first !== right && right !== down && !!down, `moves: ${first} -> ${right} -> ${down}`);
    const readout = await page.locator('#readout').innerText();
    assert(readout.includes('holder already knows'), `readout on focus: ${readout}`);
    await page.screenshot({ path: `${OUT}/explore-keyboard.png` });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/explore\/pair\//);
    assert(new URL(page.url()).pathname === down, `opened ${page.url()}`);
  });

  await check('the pair view tells compare’s story and ends with the next step (1440 and 390)', async () => {
    const { compare } = await api<{ compare: { summary: string } }>('{ compare(certifications: ["csm", "pspo-i"]) { summary } }');
    for (const viewport of [SIZES[0]!, SIZES[2]!]) {
      const p = await browser.newPage({ viewport });
      watchPage(p, PORT, watch);
      await p.goto(`${BASE}/explore/pair/csm/pspo-i`, { waitUntil: 'load' });
      assert((await p.locator('h1').innerText()) === 'CSM and PSPO I', 'title');
      const text = await p.locator('main').innerText();
      assert(text.includes(compare.summary), 'compare’s summary');
      for (const h of ['What both cover', 'What CSM adds', 'What PSPO I adds', 'Which should I take?'])
        assert(
          await p
            .getByRole('heading', { name: new RegExp(h.replace('?', '\\?')) })
            .first()
            .isVisible(),
          h,
        );
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      await p.screenshot({ path: `${OUT}/explore-pair-${viewport.width}.png`, fullPage: true });
      await p.getByRole('link', { name: /your learning path from CSM/ }).click();
      await p.waitForURL(/\/explore\/ladders\?held=csm/);
      await p.close();
    }
  });

  await check('a phone: the first tap on a cell reads it out, the second opens the pair', async () => {
    const phone = await browser.newContext({ viewport: SIZES[2]!, hasTouch: true, isMobile: true });
    const p = await phone.newPage();
    watchPage(p, PORT, watch);
    await p.goto(`${BASE}/explore`, { waitUntil: 'load' });
    const target = await cell(p, 'csm', 'cspo');
    await target.scrollIntoViewIfNeeded();
    await target.tap();
    const readout = await p.locator('#readout').innerText();
    assert(readout.includes('A CSM holder already knows') && new URL(p.url()).pathname === '/explore', `after one tap: ${readout} at ${p.url()}`);
    await p.screenshot({ path: `${OUT}/explore-phone-tap.png` });
    await target.tap();
    await p.waitForURL(/\/explore\/pair\/csm\/cspo/);
    await phone.close();
  });

  await check('the ladders: every certification drawn; a profile’s learning path highlighted; overlap on demand', async () => {
    const { learningPath } = await api<{ learningPath: { steps: { certification: { slug: string } }[] } }>(
      '{ learningPath(profile: { held: ["psm-i"], targetRole: "product-owner" }) { steps { certification { slug } } } }',
    );
    await page.goto(`${BASE}/explore/ladders?held=psm-i&targetRole=product-owner`, { waitUntil: 'load' });
    assert((await page.locator('.ladder g.node').count()) === n, 'every certification drawn');
    const on = await page.locator('.ladder g.node.on').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-slug')));
    assert(JSON.stringify(on.sort()) === JSON.stringify(learningPath.steps.map((s) => s.certification.slug).sort()), `highlighted ${on}`);
    for (const slug of on) assert(await page.locator(`.ladder g.node.on[data-slug="${slug}"]`).isVisible(), `${slug} visible`);
    await page.screenshot({ path: `${OUT}/explore-ladders.png`, fullPage: true });
    await page.getByRole('link', { name: 'Show the overlap across providers' }).click();
    await page.waitForURL(/overlap=on/);
    assert(await page.getByRole('heading', { name: 'Closest at other providers' }).first().isVisible(), 'overlap shown');
  });

  await check('without JavaScript: the matrix shows its numbers; a row’s label leads to the row in words, and on to the pair', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: SIZES[2]! });
    const p = await noJs.newPage();
    watchPage(p, PORT, watch);
    await p.goto(`${BASE}/explore?order=provider`, { waitUntil: 'load' });
    assert((await p.locator('#matrix tbody tr').count()) === n, 'all rows');
    await p.locator('#matrix tbody th a[href="/explore/row/csm"]').click();
    await p.waitForURL(/\/explore\/row\/csm/);
    assert((await p.locator('.row-list tbody tr').count()) === n - 1, 'the row lists every other certification');
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `the row page scrolls sideways by ${overflow}px on a phone`);
    await p.screenshot({ path: `${OUT}/explore-row-390.png`, fullPage: true });
    await p.locator('.row-list a[href="/explore/pair/csm/cspo"]').click();
    await p.waitForURL(/\/explore\/pair\/csm\/cspo/);
    assert((await p.locator('h1').innerText()) === 'CSM and CSPO', 'the pair is shown');
    await noJs.close();
  });

  await check('axe-core: no serious or critical violation on the matrix, a pair and the ladders', async () => {
    for (const url of [
      '/explore',
      '/explore?metric=coverage&order=level',
      '/explore/pair/psm-i/pspo-i',
      '/explore/ladders?held=psm-i&targetRole=product-owner&overlap=on',
    ]) {
      const p = await context.newPage();
      watchPage(p, PORT, watch);
      await p.goto(`${BASE}${url}`, { waitUntil: 'load' });
      const violations = await axeViolations(p);
      assert(violations.length === 0, `${url}:\n${violations.join('\n')}`);
      await p.close();
    }
  });

  await check('no script errors, no CSP violations, and nothing fetched from off this machine all session', async () => assertClean(watch));
  await context.close();
});
