// Opens the embeddable recommendations widget in headless Chromium as a reader would, against
// `wrangler dev` on loopback: at 320, 390 and 1024 px, light and dark, it checks what a person sees
// (heading, 3 ranked certifications, reasons, cost, official links, the learning path drawn step
// by step: the API's, whole, with its text alternative), that nothing scrolls
// sideways at 320 px, that the text contrast is at least WCAG AA, that links show a focus ring,
// that no request leaves this machine and nothing logs an error (a CSP violation would), and that
// a bad parameter shows its message in an alert. Run with
// `node test/browser/widget.browser.ts`; prints `browser: N passed, N failed`.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { assert, assertClean, check, newWatch, OUT, session, watchPage } from './harness.ts';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 8798);
const BASE = `http://127.0.0.1:${PORT}`;
const WIDGET = '/embed/recommendations?targetRole=product-owner&held=csm';
/** Acronyms as the catalog writes them: PSM I, ICP-ATF, PSPO-AI Essentials, AgilePM Foundation. */
const ACRONYM = /^[A-Z][A-Za-z0-9 -]{1,24}$/;

interface Seen {
  heading: string;
  title: string;
  items: {
    acronym: string;
    name: string;
    cost: string;
    reasons: string[];
    links: { text: string; href: string; target: string | null; rel: string | null }[];
  }[];
  footer: string;
  scrollWidth: number;
  clientWidth: number;
  height: number;
}

/** What a person sees on the page: read from the rendered DOM, visible text only. */
async function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const textOf = (el: Element | null) => ((el as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
    return {
      heading: textOf(document.querySelector('h1')),
      title: document.title,
      items: [...document.querySelectorAll('main ol > li')].filter(visible).map((li) => ({
        acronym: textOf(li.querySelector('h2 .acronym')),
        name: textOf(li.querySelector('h2 .name')),
        cost: textOf(li.querySelector('.cost')),
        reasons: [...li.querySelectorAll('ul li')].filter(visible).map(textOf),
        links: [...li.querySelectorAll('a')]
          .filter(visible)
          .map((a) => ({ text: textOf(a), href: (a as HTMLAnchorElement).href, target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
      })),
      footer: textOf(document.querySelector('footer')),
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      height: Math.ceil(document.body.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).marginBottom)),
    };
  });
}

interface ContrastFinding {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * The contrast of every visible text run against the background it is painted on (the nearest
 * ancestor with an opaque background), per WCAG 2.x relative luminance. Returns the lowest few.
 */
async function lowestContrasts(page: Page): Promise<ContrastFinding[]> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      if (!m) throw new Error(`unparsed colour ${c}`);
      return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
    };
    const lum = ([r, g, b]: number[]) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const backgroundOf = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (parse(bg)[3] === 1) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const findings: { text: string; color: string; background: string; ratio: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      const text = (n.textContent ?? '').trim();
      if (!text) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden text for screen readers
      const color = getComputedStyle(el).color;
      const background = backgroundOf(el);
      findings.push({ text: text.slice(0, 40), color, background, ratio: Math.round(ratio(parse(color), parse(background)) * 100) / 100 });
    }
    return findings.sort((a, b) => a.ratio - b.ratio).slice(0, 5);
  });
}

/** The API's learningPath for the widget's profile (held CSM, aiming at Product Owner): each step's order and acronym. */
async function pathSteps(): Promise<{ order: number; acronym: string }[]> {
  const res = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ learningPath(profile: { held: ["csm"], targetRole: "product-owner" }) { steps { order certification { acronym } } } }' }),
  });
  const body = (await res.json()) as { data: { learningPath: { steps: { order: number; certification: { acronym: string } }[] } } };
  return body.data.learningPath.steps.map((st) => ({ order: st.order, acronym: st.certification.acronym }));
}

/**
 * The learning path's picture as laid out: the figure and its SVG inside the viewport, the page
 * not scrolling sideways, every step's box inside the SVG and its label inside its box (nothing
 * cut), each box at least 24 px tall; and the numbered labels, top to bottom.
 */
function pathPictureProblems(page: Page): Promise<{ problems: string[]; labels: string[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    const figure = document.querySelector('figure.lp');
    const svg = figure?.querySelector('svg');
    if (!figure || !svg) return { problems: ['no picture of the learning path'], labels: [] };
    const box = svg.getBoundingClientRect();
    if (box.width < 200 || box.height < 60) problems.push(`the picture is ${Math.round(box.width)}x${Math.round(box.height)}`);
    if (box.left < 0 || box.right > width + 0.5) problems.push(`the picture is outside the viewport (${box.left}..${box.right} of ${width})`);
    if (getComputedStyle(figure).visibility === 'hidden' || getComputedStyle(figure).display === 'none') problems.push('the picture is hidden');
    const inside = (r: DOMRect, o: DOMRect) => r.left >= o.left - 1 && r.right <= o.right + 1 && r.top >= o.top - 1 && r.bottom <= o.bottom + 1;
    const labels: string[] = [];
    for (const g of svg.querySelectorAll('g.node')) {
      const rect = g.querySelector('rect')!.getBoundingClientRect();
      const text = g.querySelector('text')!;
      const label = text.textContent ?? '';
      if (!inside(rect, box)) problems.push(`${label}: its box is cut`);
      if (!inside(text.getBoundingClientRect(), rect)) problems.push(`${label}: its label runs out of its box`);
      if (rect.height < 24) problems.push(`${label}: ${Math.round(rect.height)}px tall`);
      if (g.classList.contains('on')) labels.push(label);
    }
    return { problems, labels };
  });
}

await session(PORT, '/embed/recommendations', async (browser) => {
  const watch = newWatch();
  /** `expected`: console errors the page must log (Chromium logs every 4xx document load). */
  const newPage = async (width: number, expected: RegExp[] = []): Promise<Page> => {
    const page = await browser!.newPage({ viewport: { width, height: 800 } });
    watchPage(page, PORT, watch, expected);
    return page;
  };

  console.log('The recommendations widget in headless Chromium');
  const views: { name: string; width: number; theme: 'light' | 'dark'; shot: string | null }[] = [
    { name: '320 px, light', width: 320, theme: 'light', shot: 'widget-320.png' },
    { name: '320 px, dark', width: 320, theme: 'dark', shot: null },
    { name: '390 px, light', width: 390, theme: 'light', shot: 'widget-390.png' },
    { name: '1024 px, light', width: 1024, theme: 'light', shot: 'widget-1024.png' },
    { name: '1024 px, dark', width: 1024, theme: 'dark', shot: 'widget-1024-dark.png' },
  ];
  for (const view of views) {
    const page = await newPage(view.width);
    const url = `${BASE}${WIDGET}${view.theme === 'dark' ? '&theme=dark' : ''}`;
    let s: Seen | undefined;
    await check(`${view.name}: loads with status 200, the heading and 3 ranked certifications`, async () => {
      const res = await page.goto(url, { waitUntil: 'load' });
      assert(res?.status() === 200, `status ${res?.status()}`);
      s = await seen(page);
      assert(s.heading === 'Recommended certifications for a future Product Owner', `heading: ${s.heading}`);
      assert(s.title.includes('Product Owner') && s.title.includes('certgraph'), `title: ${s.title}`);
      assert(s.items.length === 3, `${s.items.length} items`);
      for (const item of s.items) assert(ACRONYM.test(item.acronym) && item.name.length > 5, `item heading: ${item.acronym} / ${item.name}`);
      assert(!s.items.some((i) => i.acronym === 'CSM'), 'CSM is held, so it is not recommended');
      const theme = await page.evaluate(() => document.documentElement.className);
      assert(theme === `theme-${view.theme}`, `theme class ${theme}`);
    });
    await check(`${view.name}: each shows its reasons, its cost and a link to its official page`, async () => {
      assert(s, 'page not loaded');
      for (const item of s.items) {
        assert(item.reasons.length >= 2 && item.reasons.length <= 3, `${item.acronym}: ${item.reasons.length} reasons`);
        // Each reason reads "+ ..." (in favour) or "! Caution: ..." (against): marked in words and shapes, not colour alone.
        assert(
          item.reasons.every((r) => /^(\+ .{15,}|! Caution: .{15,})$/.test(r)),
          `${item.acronym}: reasons ${JSON.stringify(item.reasons)}`,
        );
        // A price ("$200 exam, no course required") or the plain statement that none is verified.
        // A price ("$200 exam, no course required", "Up to $1,400 …", "At least $495 …") or the plain statement that none is verified.
        assert(/^Cost: (\$\d.*|Up to \$\d.*|At least \$\d.*|No verified price.*)$/.test(item.cost), `${item.acronym}: cost "${item.cost}"`);
        assert(item.links.length === 1, `${item.acronym}: ${item.links.length} links`);
        const link = item.links[0]!;
        // innerText includes the visually hidden "(opens in a new tab)": it is the accessible name.
        // The certification's own page, or (where the provider has none) its website, said so.
        const name = /website \(no .+ page found\)/.test(link.text) ? link.text : `${item.acronym} official page (opens in a new tab)`;
        assert(
          link.text === name && (name.startsWith(`${item.acronym} official page`) || name.includes(`(no ${item.acronym} page found)`)),
          `link text "${link.text}"`,
        );
        const named = await page.getByRole('link', { name, exact: true }).count();
        assert(named === 1, `${named} links named "${name}"`);
        assert(/^https?:\/\//.test(link.href) && !link.href.startsWith(BASE), `link href ${link.href}`);
        assert(link.target === '_blank' && link.rel === 'noopener', `link target ${link.target} rel ${link.rel}`);
      }
      assert(s.items[0]!.reasons[0]!.startsWith('+ Prepares for Product Owner, your target role.'), `first reason: ${s.items[0]!.reasons[0]}`);
      assert(s.footer.includes('Recommendations by certgraph') && s.footer.includes('may have changed'), `footer: ${s.footer}`);
    });
    await check(`${view.name}: fits the width (no horizontal scrolling)`, async () => {
      assert(s, 'page not loaded');
      assert(s.scrollWidth <= view.width, `scrollWidth ${s.scrollWidth} > ${view.width}`);
      // Nothing pokes out of its card either (long words wrap). HTML boxes: an SVG element's
      // client and scroll sizes are not its layout (its text reports widths it does not have); the
      // learning path's picture is measured by its own boxes (pathPictureProblems).
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el instanceof HTMLElement)
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow === 'visible' && el.clientWidth > 0)
          .map((el) => el.className || el.tagName),
      );
      assert(overflowing.length === 0, `overflowing: ${overflowing.join(', ')}`);
      if (view.width >= 1024) {
        const widths = await page.evaluate(() => [...document.querySelectorAll('main ol > li')].map((li) => Math.round(li.getBoundingClientRect().width)));
        assert(
          widths.every((w) => w <= 480),
          `cards too wide to read comfortably: ${widths.join(', ')}`,
        );
      }
    });
    await check(`${view.name}: the learning path's picture: the API's steps in order, visible, whole, with a text alternative`, async () => {
      const steps = await pathSteps();
      const drawn = await pathPictureProblems(page);
      assert(drawn.problems.length === 0, drawn.problems.join('\n'));
      assert(JSON.stringify(drawn.labels) === JSON.stringify(steps.map((st) => `${st.order}. ${st.acronym}`)), `drawn ${drawn.labels.join(', ')}`);
      // Its accessible name: every step in words, with its level.
      const alt = page.getByRole('img', { name: /^Your learning path to Product Owner, step by step: / });
      assert((await alt.count()) === 1, 'one picture named "Your learning path to Product Owner, step by step: …"');
      const name = (await page.locator('#lp-alt').textContent()) ?? '';
      for (const st of steps) assert(name.includes(`${st.order}. ${st.acronym} (`), `the text alternative names ${st.acronym}: ${name}`);
      await page.locator('figure.lp').screenshot({ path: `${OUT}/widget-path-${view.width}-${view.theme}.png` });
    });
    await check(`${view.name}: every visible text has at least 4.5:1 contrast (WCAG AA)`, async () => {
      const lowest = await lowestContrasts(page);
      console.log(
        `    lowest contrast: ${lowest
          .slice(0, 3)
          .map((f) => `${f.ratio}:1 "${f.text}" (${f.color} on ${f.background})`)
          .join('; ')}`,
      );
      assert(lowest[0]!.ratio >= 4.5, `low contrast: ${JSON.stringify(lowest.filter((f) => f.ratio < 4.5))}`);
    });
    await check(`${view.name}: links show a visible focus ring from the keyboard`, async () => {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const s = getComputedStyle(a);
        return { tag: a.tagName, text: a.innerText, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
      });
      assert(focus.tag === 'A', `focused ${focus.tag}`);
      assert(/^solid [3-9]px rgb/.test(focus.outline), `outline ${focus.outline} on "${focus.text}"`);
      if (view.shot === 'widget-1024.png') await page.screenshot({ path: `${OUT}/widget-1024-focus.png` });
      await page.keyboard.press('Shift+Tab');
    });
    if (view.shot) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({ path: `${OUT}/${view.shot}`, fullPage: true });
      console.log(`    screenshot ${OUT}/${view.shot} (page height ${s?.height ?? '?'} px)`);
    }
    await page.close();
  }

  await check('a bad parameter shows its message in an alert, inside the widget, with status 400', async () => {
    const page = await newPage(320, [/^Failed to load resource: the server responded with a status of 400/]);
    const res = await page.goto(`${BASE}/embed/recommendations?targetRole=wizard&theme=dark`, { waitUntil: 'load' });
    assert(res?.status() === 400, `status ${res?.status()}`);
    const alert = ((await page.locator('[role="alert"]').innerText()) ?? '').replace(/\s+/g, ' ');
    assert(alert.includes('Unknown role "wizard" in targetRole') && alert.includes('scrum-master'), `alert: ${alert}`);
    assert((await page.locator('ol').count()) === 0, 'no list on an error page');
    const s = await seen(page);
    assert(s.scrollWidth <= 320, `scrollWidth ${s.scrollWidth} > 320 (the allowed values must wrap)`);
    const lowest = await lowestContrasts(page);
    assert(lowest[0]!.ratio >= 4.5, `low contrast: ${JSON.stringify(lowest.filter((f) => f.ratio < 4.5))}`);
    await page.screenshot({ path: `${OUT}/widget-error-320-dark.png`, fullPage: true });
    await page.close();
  });

  // The honest answers: nothing fits, and only what is not attainable yet. Each card still says why.
  const cases = [
    {
      name: 'nothing fits ($0 budget)',
      url: '/embed/recommendations?targetRole=scrum-master&budgetUsd=0',
      shot: 'widget-nofit-1024.png',
      expectNotice: true,
      status: /^(Over your budget|Price not verified: may not fit your budget)$/,
    },
    {
      name: 'only ineligible left (a Scrum Master with 14 months who holds everything attainable)',
      url: '/embed/recommendations?targetRole=scrum-master&currentRole=scrum-master&experienceMonths=14&held=psm-iii,pspo-iii,a-csm,cspo,psd-i,pal-i,psk-i,sps,csd,icp,icp-acc,icp-apo,sa,ssm,popm,clb,psm-ai-essentials,rte,clp,tkp,psu-i,dasm,psfs,kmp,pspo-ai-essentials,icp-pdm,pal-ebm,spc,agilepm-foundation,agilepm-practitioner',
      shot: 'widget-ineligible-1024.png',
      expectNotice: true,
      status: /^Not attainable yet$/,
    },
  ];
  for (const c of cases) {
    await check(`${c.name}: a notice says so, and every card shows its status and why`, async () => {
      const page = await newPage(1024);
      const res = await page.goto(`${BASE}${c.url}`, { waitUntil: 'load' });
      assert(res?.status() === 200, `status ${res?.status()}`);
      const notice = page.locator('[role="status"]');
      assert((await notice.count()) === (c.expectNotice ? 1 : 0), `notice count ${await notice.count()}`);
      if (c.expectNotice) {
        const words = ((await notice.innerText()) ?? '').replace(/\s+/g, ' ');
        assert(words.startsWith('Nothing fits everything you asked for'), `notice: ${words}`);
        assert((await notice.isVisible()) && words.length > 60, 'the notice explains why');
      }
      const s = await seen(page);
      assert(s.items.length === 3, `${s.items.length} items`);
      const statuses = await page.evaluate(() => [...document.querySelectorAll('main ol > li .status')].map((e) => (e as HTMLElement).innerText.trim()));
      assert(statuses.length === 3 && statuses.every((t) => c.status.test(t)), `statuses ${JSON.stringify(statuses)}`);
      for (const item of s.items) {
        assert(item.reasons.length >= 1, `${item.acronym}: a card without reasons`);
        assert(item.reasons[0]!.startsWith('! Caution: '), `${item.acronym}: what stands in the way comes first: ${item.reasons[0]}`);
      }
      if (c.shot === 'widget-ineligible-1024.png') {
        assert(
          s.items.every((i) => /Not yet attainable: requires/.test(i.reasons[0]!)),
          `reasons ${JSON.stringify(s.items.map((i) => i.reasons[0]))}`,
        );
      }
      assert(s.scrollWidth <= 1024, `scrollWidth ${s.scrollWidth}`);
      const lowest = await lowestContrasts(page);
      assert(lowest[0]!.ratio >= 4.5, `low contrast: ${JSON.stringify(lowest.filter((f) => f.ratio < 4.5))}`);
      await page.screenshot({ path: `${OUT}/${c.shot}`, fullPage: true });
      console.log(`    screenshot ${OUT}/${c.shot} (page height ${s.height} px)`);
      await page.close();
    });
  }

  await check("the one-line iframe snippet works in a partner's page (frame-ancestors * without a key)", async () => {
    const page = await newPage(1024);
    // A partner page, served by the test itself (intercepted: it never reaches the network).
    await page.route(`${BASE}/partner-page.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Partner</title><h1>Partner page</h1><iframe src="${BASE}${WIDGET}&theme=light" title="Certification recommendations" width="100%" height="560" style="border:0"></iframe>`,
      }),
    );
    await page.goto(`${BASE}/partner-page.html`, { waitUntil: 'load' });
    const frame = page.frameLocator('iframe[title="Certification recommendations"]');
    await frame.locator('h1').waitFor({ timeout: 10_000 });
    assert((await frame.locator('main ol > li').count()) === 3, 'the framed widget shows 3 items');
    await page.close();
  });

  await partnerView(browser!);

  await check('no script errors, no CSP violations, and nothing fetched from off this machine all session', async () => {
    assertClean(watch);
  });
});

/**
 * As a partner sees it: a page key registered (with the CLI, in the local namespace this
 * `wrangler dev` reads) for one origin, the widget embedded with the embed script from pages on
 * that origin and on another, at 1280 and 390 px, for a fitting, a nothing-fits and an
 * out-of-reach profile. The partner pages are served by the test itself on origins of their own
 * (localhost, other ports: intercepted, never reaching the network).
 */
async function partnerView(browser: Browser): Promise<void> {
  const registered = `http://localhost:${PORT + 1}`;
  const unregistered = `http://localhost:${PORT + 2}`;
  const added = execFileSync(process.execPath, ['scripts/partner.mjs', 'add', `Browser test ${Date.now()}`, '--origin', registered], { encoding: 'utf8' });
  const key = /^\s+(cg_[A-Za-z0-9_-]{32})$/m.exec(added)?.[1];
  console.log(`A partner's page (key registered for ${registered})`);
  const profiles: { name: string; attrs: Record<string, string> }[] = [
    { name: 'fitting', attrs: { 'target-role': 'scrum-master' } },
    { name: 'nothing fits', attrs: { 'target-role': 'scrum-master', 'budget-usd': '0' } },
    {
      name: 'out of reach',
      attrs: {
        'target-role': 'scrum-master',
        'current-role': 'scrum-master',
        'experience-months': '14',
        held: 'psm-iii,pspo-iii,a-csm,cspo,psd-i,pal-i,psk-i,sps,csd,icp,icp-acc,icp-apo,sa,ssm,popm,clb,psm-ai-essentials,rte,clp,tkp,psu-i,dasm,psfs,kmp,pspo-ai-essentials,icp-pdm,pal-ebm,spc,agilepm-foundation,agilepm-practitioner',
      },
    },
  ];
  // The partner's pages, served for real on their own ports (Chromium does not let a page that is
  // not on a loopback address load the embed from one).
  const pages = new Map<string, string>();
  const servers = [PORT + 1, PORT + 2].map((port) =>
    createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pages.get(`${port}${req.url}`) ?? '');
    }).listen(port, 'localhost'),
  );
  const embedPage = async (origin: string, width: number, attrs: Record<string, string>) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const data = Object.entries({ key: key ?? '', ...attrs })
      .map(([k, v]) => `data-${k}="${v}"`)
      .join(' ');
    const path = `/course-${width}-${Object.values(attrs).join('').length}.html`;
    pages.set(
      `${new URL(origin).port}${path}`,
      `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner</title><body style="margin:0;font:16px system-ui"><h1 style="margin:16px">Partner page</h1><div data-certgraph-widget ${data}></div><p style="margin:16px">Partner footer</p><script src="${BASE}/embed/embed.js" async></script></body></html>`,
    );
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    const frameElement = page.locator('iframe[title="Certification recommendations"]');
    await frameElement.waitFor({ timeout: 10_000 });
    const frame = page.frames().find((f) => f.url().startsWith(`${BASE}/embed/recommendations`));
    assert(frame, 'no widget frame');
    await frame.locator('h1').waitFor({ timeout: 10_000 });
    // The frame's height follows the widget's: wait until they agree (the first message comes on load).
    await page.waitForFunction(
      () => {
        const f = document.querySelector('iframe');
        return f && f.style.height !== '760px';
      },
      undefined,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(200);
    return { page, frame, frameElement };
  };
  /** What the frame shows: its height against its content, each card and link against the frame's box. */
  const fitOf = async (frame: Frame) =>
    frame.evaluate(() => {
      const view = { width: window.innerWidth, height: window.innerHeight };
      const box = (el: Element) => el.getBoundingClientRect();
      const inside = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= view.height + 0.5 && r.right <= view.width + 0.5 && r.width > 1 && r.height > 1;
      return {
        view,
        scrollHeight: document.documentElement.scrollHeight,
        cards: [...document.querySelectorAll('main ol > li')].map((li) => inside(box(li))),
        links: [...document.querySelectorAll('main a')].map((a) => ({ text: (a as HTMLElement).innerText, inside: inside(box(a)) })),
        alert: ((document.querySelector('[role="alert"]') as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' '),
        footerInside: inside(box(document.querySelector('footer')!)),
      };
    });
  /** The whole page: the viewport made as tall as the page first (a full-page shot leaves a cross-origin frame unpainted below the fold). */
  const shoot = async (page: Page, shot: string, width: number) => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/${shot}` });
  };
  await check('the CLI made a page key for the partner', async () => {
    assert(key, `no key in: ${added}`);
  });
  for (const width of [1280, 390]) {
    for (const profile of profiles) {
      await check(`${width} px, ${profile.name}, from a registered origin: the frame fits its widget, no card cut, every link visible`, async () => {
        const { page, frame, frameElement } = await embedPage(registered, width, profile.attrs);
        const fit = await fitOf(frame);
        const frameHeight = Math.round((await frameElement.boundingBox())!.height);
        assert(fit.cards.length === 3, `${fit.cards.length} cards`);
        assert(fit.cards.every(Boolean), `a card is cut off: ${JSON.stringify(fit.cards)} in ${JSON.stringify(fit.view)}`);
        assert(fit.links.length >= 3 && fit.links.every((l) => l.inside), `links: ${JSON.stringify(fit.links)}`);
        assert(fit.footerInside, 'the footer is cut off');
        // No scroll area inside the page: the frame is as tall as what it shows.
        assert(fit.scrollHeight <= fit.view.height + 1, `the widget scrolls inside its frame: ${fit.scrollHeight} > ${fit.view.height}`);
        const shot = `partner-${profile.name.replace(/ /g, '-')}-${width}.png`;
        await shoot(page, shot, width);
        console.log(`    screenshot ${OUT}/${shot} (frame ${frameHeight} px tall)`);
        await page.close();
      });
    }
    await check(`${width} px, from an origin not registered: the frame says which origin and what to register`, async () => {
      const { page, frame } = await embedPage(unregistered, width, profiles[0]!.attrs);
      const fit = await fitOf(frame);
      assert(fit.cards.length === 0, 'no recommendations on an unregistered origin');
      assert(fit.alert.includes(`"${unregistered}"`) && /register that origin/.test(fit.alert), `alert: ${fit.alert}`);
      assert(!fit.alert.includes(registered), 'the registered origin is not shown');
      assert(fit.scrollHeight <= fit.view.height + 1 && fit.footerInside, `the message is cut: ${fit.scrollHeight} > ${fit.view.height}`);
      const shot = `partner-unregistered-${width}.png`;
      await shoot(page, shot, width);
      console.log(`    screenshot ${OUT}/${shot}`);
      await page.close();
    });
  }
  for (const server of servers) server.close();
}
