// Opens GraphiQL in headless Chromium as an analyst would, against `wrangler dev` on loopback:
// the page loads with no request leaving this machine, the default query runs, and the result
// shows. Run with `npm run test:browser`; prints `browser: N passed, N failed`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 8799);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = 'test-results';

let passed = 0;
let failed = 0;
async function check(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${(error as Error).message.split('\n').join('\n    ')}`);
  }
}
/** Text as a person reads it: Monaco renders spaces as non-breaking spaces. */
async function visibleText(page: Page, selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').replace(/\u00a0/g, ' ');
}
function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function startWorker(): Promise<ChildProcess> {
  const child = spawn('npx', ['wrangler', 'dev', '--port', String(PORT), '--ip', '127.0.0.1', '--inspector-port', '0'], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${BASE}/graphql?query=%7B__typename%7D`);
      if (res.ok) return child;
    } catch {}
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`wrangler dev did not start on ${BASE}:\n${log.slice(-2000)}`);
}

function stopWorker(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  let worker: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    worker = await startWorker();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const offHost: string[] = [];
    const failedRequests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['blob:', 'data:'].includes(url.protocol) && url.host !== `127.0.0.1:${PORT}`) offHost.push(r.url());
    });
    page.on('requestfailed', (r) => failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));

    console.log('GraphiQL in headless Chromium');
    await check('GraphiQL loads from the Worker, with no request leaving this machine', async () => {
      const res = await page.goto(`${BASE}/graphql`, { waitUntil: 'load' });
      assert(res?.status() === 200, `status ${res?.status()}`);
      await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
      assert(offHost.length === 0, `requests left the machine: ${offHost.join(', ')}`);
      assert(failedRequests.length === 0, `failed requests: ${failedRequests.join(', ')}`);
    });

    await check('opens with the default query that shows off the API', async () => {
      await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('certification'), null, { timeout: 15_000 });
      const editor = await visibleText(page, '.graphiql-query-editor');
      assert(editor.includes('certifications('), 'the default query lists certifications');
    });

    await check('runs the query and shows the result', async () => {
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('certificationCount'), null, { timeout: 20_000 });
      const result = await visibleText(page, '.graphiql-response');
      assert(result.includes('"acronym"') && result.includes('PSM I'), 'the result names PSM I');
      assert(!result.includes('"errors"'), `the result has errors: ${result.slice(0, 500)}`);
      await page.screenshot({ path: `${OUT}/graphiql.png` });
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

    await check('no script errors, and nothing fetched from off this machine all session', async () => {
      assert(consoleErrors.length === 0, consoleErrors.join('\n'));
      assert(offHost.length === 0, `requests left the machine: ${offHost.join(', ')}`);
      assert(failedRequests.length === 0, `failed requests: ${failedRequests.join(', ')}`);
    });
  } catch (error) {
    failed++;
    console.log(`  ✗ setup: ${(error as Error).message}`);
  } finally {
    await browser?.close();
    stopWorker(worker);
  }
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
