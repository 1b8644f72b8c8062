// The pages and downloads served beside the API read it the way any client does: a GraphQL GET
// to /graphql, through the Worker's whole request path (admission and rate limits, the response
// cache, ETags, query limits, error masking). `SelfFetch` is that path, handed in by the app that
// mounts them, so these sub-apps know nothing of how /graphql is built.
import type { Context } from 'hono';
import type { AppEnv, Env } from '../edge/env.js';
import { GRAPHQL_PATH } from '../graphql/paths.js';

/** The Worker's own fetch: the app's `fetch(request, env, ctx)`. */
export type SelfFetch = (request: Request, env: Env, ctx?: ExecutionContext) => Response | Promise<Response>;

export interface ApiError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; errors: ApiError[]; retryAfter: string | null };

/**
 * Runs one query through the Worker's own /graphql as a GET (cacheable, ETag-able), on behalf of
 * the visitor: their client IP is forwarded, so their requests count against their rate limit.
 */
export async function queryApi<T>(c: Context<AppEnv>, self: SelfFetch, query: string, variables?: Record<string, unknown>): Promise<ApiResult<T>> {
  const url = new URL(GRAPHQL_PATH, c.req.url);
  url.searchParams.set('query', query);
  if (variables && Object.keys(variables).length) url.searchParams.set('variables', JSON.stringify(variables));
  const headers = new Headers({ accept: 'application/graphql-response+json, application/json' });
  // The visitor's client IP: the API counts the request against the visitor's rate limit.
  const ip = c.req.header('cf-connecting-ip');
  if (ip) headers.set('cf-connecting-ip', ip);
  let ctx: ExecutionContext | undefined;
  try {
    ctx = c.executionCtx as unknown as ExecutionContext;
  } catch {
    ctx = undefined; // called without one (a benchmark, app.request in a script)
  }
  const response = await self(new Request(url, { headers }), c.env, ctx);
  const body = (await response.json().catch(() => ({}))) as { data?: T | null; errors?: ApiError[] };
  if (response.status !== 200 || body.errors?.length || !body.data) {
    const errors = body.errors?.length
      ? body.errors
      : [{ message: `The API answered HTTP ${response.status}.`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
    return { ok: false, status: response.status === 200 ? statusOf(errors) : response.status, errors, retryAfter: response.headers.get('retry-after') };
  }
  return { ok: true, data: body.data };
}

/** The HTTP status a page shows for GraphQL errors answered with 200: the caller's mistake or ours. */
function statusOf(errors: ApiError[]): number {
  const codes = errors.map((e) => e.extensions?.code);
  if (codes.every((c) => c === 'BAD_USER_INPUT' || c === 'NOT_FOUND' || c === 'QUERY_TOO_COMPLEX')) return 400;
  return 500;
}
