// What the browser tests share: counting checks, a `wrangler dev` of their own on a loopback
// port, and Debian's Chromium driven by playwright-core with the flags this machine needs.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUT = 'test-results';

let passed = 0;
let failed = 0;

export async function check(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${(error as Error).message.split('\n').join('\n    ')}`);
  }
}

function fail(what: string, error: unknown): void {
  failed++;
  console.log(`  ✗ ${what}: ${(error as Error).message}`);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Prints the count CI reads (`browser: N passed, N failed`) and exits with its verdict. */
function report(): never {
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

/** Starts `wrangler dev` on a loopback port and waits until `readyPath` answers 200. */
export async function startWorker(port: number, readyPath: string): Promise<ChildProcess> {
  mkdirSync(OUT, { recursive: true });
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', '0'], {
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
      if ((await fetch(`${base}${readyPath}`)).ok) return child;
    } catch {}
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`wrangler dev did not start on ${base}:\n${log.slice(-2000)}`);
}

export function stopWorker(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
}

/** Headless Chromium with the flags this machine needs: no sandbox as root, no background networking. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a session saw that a person should never: requests off this machine, failures, script errors. */
export interface Watch {
  offHost: string[];
  failedRequests: string[];
  consoleErrors: string[];
}

export function newWatch(): Watch {
  return { offHost: [], failedRequests: [], consoleErrors: [] };
}

/** Records, for `page`, every request leaving 127.0.0.1:port, every failed request and script error. */
export function watchPage(page: Page, port: number, watch: Watch, expectedConsoleErrors: RegExp[] = []): void {
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['blob:', 'data:', 'about:'].includes(url.protocol) && url.host !== `127.0.0.1:${port}`) watch.offHost.push(r.url());
  });
  page.on('requestfailed', (r) => watch.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !expectedConsoleErrors.some((e) => e.test(m.text()))) watch.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watch.consoleErrors.push(e.message));
}

export function assertClean(watch: Watch): void {
  assert(watch.consoleErrors.length === 0, watch.consoleErrors.join('\n'));
  assert(watch.offHost.length === 0, `requests left the machine: ${watch.offHost.join(', ')}`);
  assert(watch.failedRequests.length === 0, `failed requests: ${watch.failedRequests.join(', ')}`);
}

/**
 * Runs a browser session: a `wrangler dev` of its own, Chromium, the checks in `body`; always
 * stops both, then prints the count CI reads and exits.
 */
export async function session(port: number, readyPath: string, body: (browser: Browser) => Promise<void>): Promise<never> {
  let worker: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    worker = await startWorker(port, readyPath);
    browser = await launchChromium();
    await body(browser);
  } catch (error) {
    fail('setup', error);
  } finally {
    await browser?.close();
    stopWorker(worker);
  }
  return report();
}
