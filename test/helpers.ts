// Calls the real Worker (the default export of src/index.ts, inside workerd) the way a client does.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import type { Plugin } from 'graphql-yoga';
import { vi } from 'vitest';
import { createApp } from '../src/app.js';
import { catalog } from '../src/data/catalog.js';
import type { CertificationData } from '../src/data/types.js';
import type { Env } from '../src/edge/env.js';
import { newRequestState, withRequestState } from '../src/edge/request-context.js';
import type { ServerContext } from '../src/graphql/context.js';

/** The Worker's bindings (wrangler.toml) as the tests see them. */
export const bindings = env as unknown as Env;

/** One error of a GraphQL response, as the contract shapes it. */
export interface GraphQLResponseError {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL response: `T` is the shape the query selects. */
export interface GraphQLResponse<T = unknown> {
  data?: T | null;
  errors?: GraphQLResponseError[];
  extensions?: { cost?: { requested: number; limit: number }; [key: string]: unknown };
}

/** A response's body as GraphQL: the test names the shape of the data it reads. */
export async function bodyOf<T = unknown>(res: Response): Promise<GraphQLResponse<T>> {
  return (await res.json()) as GraphQLResponse<T>;
}

/** The first error of an answer that must have one; fails the test when there is none. */
export function firstError(body: GraphQLResponse | null | undefined): GraphQLResponseError & { extensions: { code?: string; [key: string]: unknown } } {
  const error = body?.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(body)?.slice(0, 300)}`);
  return { ...error, extensions: error.extensions ?? {} };
}

/** An entity as most lists select it. */
export interface Slugged {
  slug: string;
}
/** A step of a learning path, as the tests select it. */
export interface PathStep {
  order: number;
  costUsd: number | null;
  cumulativeCoverage: number;
  note: string | null;
  certification: Slugged & { acronym: string; level: string; provider: Slugged; prerequisites: Slugged[] };
  newTopics: Slugged[];
}

/** A learning path, as the tests select it. */
export interface PathAnswer {
  goal: string;
  totalCostUsd: number;
  costComplete: boolean;
  withinBudget: boolean;
  budgetFit: string;
  coverage: number;
  notes: { code: string; message: string }[];
  cost: { totalUsd: number | null; pricedSubtotalUsd: number; atLeastUsd: number; complete: boolean; unpriced: Slugged[]; summary: string };
  steps: PathStep[];
}

/** The slugs of a list of entities. */
export const slugs = (items: readonly Slugged[]): string[] => items.map((item) => item.slug);

/**
 * The client number `worker()` last gave out, kept on the global object: the test files of a run
 * share one workerd and its rate limiters, and each file evaluates this module anew.
 */
const clients = globalThis as { certgraphTestClients?: number };

/**
 * Calls the Worker. Each call comes from its own client IP (cf-connecting-ip), so the suite does
 * not trip the anonymous rate limit by accident; a test that sets the header keeps its own.
 */
export function worker(path: string, init?: RequestInit): Promise<Response> {
  const request = new Request(`http://localhost${path}`, init);
  if (!request.headers.has('cf-connecting-ip')) {
    const n = (clients.certgraphTestClients ?? 0) + 1;
    clients.certgraphTestClients = n;
    request.headers.set('cf-connecting-ip', `198.18.${(n >> 8) & 255}.${n & 255}`);
  }
  return exports.default.fetch(request);
}

export async function gql<T = unknown>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const res = await worker('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

/** The data of a query that must succeed; fails the test with the errors otherwise. */
export async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(query, variables);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** The single error of a query that must fail. */
export async function error(query: string, variables?: Record<string, unknown>) {
  const res = await gql(query, variables);
  if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
  return res.errors[0]!;
}

/**
 * Libraries that hold no state of the Worker's (nothing an isolate remembers between requests):
 * evaluated once per test run and shared by every fresh load. They are most of the module graph
 * (graphql-js, yoga, graphql-tools, envelop), so keeping them makes a cold isolate 4x cheaper.
 * Anything not listed (the Worker's own code, Pothos with its plugin registry, any new dependency)
 * is evaluated anew.
 */
const STATELESS_LIBRARIES =
  /\/node_modules\/(graphql|graphql-yoga|@graphql-yoga\/(subscription|logger)|@graphql-tools\/[^/]+|@envelop\/[^/]+|@whatwg-node\/[^/]+|@repeaterjs\/repeater|cross-inspect|hono)\//;

/** The module runner's registry (vitest's, inside workerd), when this vitest exposes it. */
type ModuleNode = { promise?: unknown; exports?: unknown; evaluated: boolean; importers: Set<string> };
const moduleRegistry = () =>
  (globalThis as { __vitest_worker__?: { evaluatedModules?: { idToModuleMap?: Map<string, ModuleNode> } } }).__vitest_worker__?.evaluatedModules?.idToModuleMap;

/**
 * Forgets the evaluated modules, as `vi.resetModules()` does, except the stateless libraries above,
 * vitest's own and mocks: the next import evaluates the Worker's code (and these helpers, bound to
 * it) anew, as a new isolate does. Without vitest's registry at hand it falls back to
 * `vi.resetModules()`.
 */
export function freshModules(): void {
  const registry = moduleRegistry();
  if (!registry) {
    vi.resetModules();
    return;
  }
  for (const [path, node] of registry) {
    if (STATELESS_LIBRARIES.test(path) || /\/vitest\/dist\/|@vitest\/|^mock:/.test(path)) continue;
    node.promise = undefined;
    node.exports = undefined;
    node.evaluated = false;
    node.importers.clear();
  }
}

/**
 * The ids (absolute paths) of the modules the module runner has evaluated since the last
 * freshModules() (the libraries it keeps aside), or null without its registry at hand.
 */
export function evaluatedModuleIds(): string[] | null {
  const registry = moduleRegistry();
  return registry ? [...registry].filter(([, node]) => node.evaluated).map(([id]) => id) : null;
}

/**
 * The Worker, loaded anew: its modules evaluated again (a fresh catalog, schema and caches), as in
 * a cold isolate. The request it answers first is a cold isolate's first request. `env` replaces
 * the bindings (a store that is missing or fails).
 */
export async function coldWorker(env: Env = bindings): Promise<{ fetch: (request: Request) => Promise<Response> }> {
  freshModules();
  const app = (await import('../src/index.js')).default;
  return { fetch: (request) => Promise.resolve(app.fetch(request, env)) };
}

/** Calls under way in `settledFetch`: vitest's fake timers are on while there is one. */
let settling = 0;

/**
 * Calls `target` in-process with an execution context, reads the body, and waits for the work the
 * request left running (its waitUntil: the colo cache's writes, a partner's usage batch). A usage
 * batch waits FLUSH_AFTER_MS (2 s) on a timer before it is sent: timers armed during the call are
 * vitest's fake ones, run once the response is read, so the batch is sent then, not 2 s later.
 * (src/ arms no other timer; test/partners/usage.test.ts times the batch with real ones.)
 */
export async function settledFetch(
  target: { fetch: (request: Request, env: Env, ctx: ExecutionContext) => Response | Promise<Response> },
  request: Request,
  env: Env = bindings,
): Promise<{ res: Response; body: ArrayBuffer }> {
  if (settling++ === 0) vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    const ctx = createExecutionContext();
    const res = await target.fetch(request, env, ctx);
    const body = await res.arrayBuffer();
    const settled = waitOnExecutionContext(ctx);
    await vi.runAllTimersAsync();
    await settled;
    return { res, body };
  } finally {
    // The last call out runs what the others armed (none is lost), then puts the real timers back.
    if (--settling === 0) {
      await vi.runAllTimersAsync();
      vi.useRealTimers();
    }
  }
}

/**
 * Counts the operations the GraphQL server executes, through the public seam for it: a yoga
 * plugin handed to createApp (`createApp({ plugins: [counter.plugin] })`).
 */
export function executionCounter(): { count: number; plugin: Plugin } {
  const counter = {
    count: 0,
    plugin: {
      onExecute() {
        counter.count++;
      },
    } as Plugin,
  };
  return counter;
}

/** An app of its own with an execution counter: in-process calls whose executions can be counted. */
export function countedApp(): { app: ReturnType<typeof createApp>; executions: { count: number } } {
  const executions = executionCounter();
  return { app: createApp({ plugins: [executions.plugin] }), executions };
}

/**
 * Runs `fn` as the Worker's first middleware runs a request whose id is `requestId`: what yoga's
 * masking and logger see as the current request (they are called without one).
 */
export async function inRequest<T>(requestId: string, fn: () => T | Promise<T>): Promise<T> {
  return withRequestState(newRequestState(requestId), fn);
}

/** What the Worker hands yoga with a request (src/graphql/context.ts), for a test that calls `yoga.fetch` itself. */
export function serverContext(requestId?: string): ServerContext {
  return { env: bindings, catalog, state: newRequestState(requestId) };
}

/** The text of an HTML fragment as a screen reader speaks it (aria-hidden marks dropped), entities decoded. */
export function htmlText(fragment: string): string {
  return fragment
    .replace(/<span[^>]*aria-hidden="true"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A stand-in Rate Limiting binding: `limit` requests per key, with the keys it was asked about. */
export function limiter(limit: number) {
  const counts = new Map<string, number>();
  return {
    counts,
    binding: {
      limit: async ({ key }: { key: string }) => {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return { success: counts.get(key)! <= limit };
      },
    } as unknown as RateLimit,
  };
}

/** A seeded generator (mulberry32). */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The real catalog grown to n certifications (as bench/catalog-gen.mjs grows it): copies of real
 * ones, a share of their topics swapped for others, depths redrawn, new slugs; the copies keep
 * their tracks and prerequisites, so rungs hold many certifications.
 */
export function grownCertifications(n: number, seed: number): CertificationData[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const topics = catalog.topics.map((t) => t.slug);
  const certs = [...catalog.certifications];
  for (let k = 1; certs.length < n; k++) {
    const template = pick(catalog.certifications);
    const used = new Set<string>();
    const coverage = template.topics.map((t) => {
      let topic = rand() < 0.3 ? pick(topics) : t.topic;
      if (used.has(topic)) topic = t.topic;
      if (used.has(topic)) topic = topics.find((x) => !used.has(x))!;
      used.add(topic);
      return { ...t, topic, depth: (1 + Math.floor(rand() * 3)) as 1 | 2 | 3 };
    });
    certs.push({ ...template, slug: `${template.slug}-g${k}`, topics: coverage });
  }
  return certs.slice(0, n);
}

/** Profiles as people send them (fast-check): any mix of roles, held certifications, interests, budget, providers. */
export function profileArbitrary() {
  const slugs = <T extends { slug: string }>(xs: readonly T[]) => xs.map((x) => x.slug);
  const roles = slugs(catalog.roles);
  return fc.record(
    {
      currentRole: fc.constantFrom(...roles),
      targetRole: fc.constantFrom(...roles),
      experienceMonths: fc.integer({ min: 0, max: 120 }),
      held: fc.subarray(slugs(catalog.certifications), { maxLength: 3 }),
      interests: fc.subarray(slugs(catalog.topics), { maxLength: 3 }),
      budgetUsd: fc.integer({ min: 0, max: 6000 }),
      providers: fc.subarray(slugs(catalog.providers), { maxLength: 2 }),
      selfStudy: fc.boolean(),
    },
    { requiredKeys: [] },
  );
}
