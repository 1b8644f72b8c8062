// Calls the real Worker (the default export of src/index.ts, inside workerd) the way a client does.
import { env, exports } from 'cloudflare:workers';
import { vi } from 'vitest';
import type { Env } from '../src/http/env.js';

/** The Worker's bindings (wrangler.toml) as the tests see them. */
export const bindings = env as unknown as Env;

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: Record<string, unknown>;
}

let clientNumber = 0;

/**
 * Calls the Worker. Each call comes from its own client IP (cf-connecting-ip), so the suite does
 * not trip the anonymous rate limit by accident; a test that sets the header keeps its own.
 */
export function worker(path: string, init?: RequestInit): Promise<Response> {
  const request = new Request(`http://localhost${path}`, init);
  if (!request.headers.has('cf-connecting-ip')) {
    clientNumber++;
    request.headers.set('cf-connecting-ip', `198.18.${(clientNumber >> 8) & 255}.${clientNumber & 255}`);
  }
  return exports.default.fetch(request);
}

export async function gql<T = any>(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await worker('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

/** The data of a query that must succeed; fails the test with the errors otherwise. */
export async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
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
 * The Worker, loaded anew: its modules evaluated again (a fresh catalog, schema and caches), as in
 * a cold isolate. The request it answers first is a cold isolate's first request.
 */
export async function coldWorker(): Promise<{ fetch: (request: Request) => Promise<Response> }> {
  vi.resetModules();
  const app = (await import('../src/index.js')).default;
  return { fetch: (request) => Promise.resolve(app.fetch(request, bindings)) };
}
