// The one engine behind the MCP tools: certgraph's own GraphQL documents, executed for the caller
// /mcp admitted, through what /graphql answers with after its admission: the response caches
// (src/graphql/response-cache.ts; a document asked again is answered without executing) and the
// same yoga server (its query limits, cost, masking and error codes). No domain logic here: the
// tools read what the API answers.
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../edge/env.js';
import { afterResponse } from '../edge/request-context.js';
import { GRAPHQL_PATH } from '../graphql/paths.js';
import { responseCaching } from '../graphql/response-cache.js';
import type { GraphQLServer } from '../graphql/yoga.js';

/** A GraphQL answer as the API sends it (errors carry the contract's `extensions.code`). */
export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** What the MCP server (./server.ts) may do with the request: run documents, count a refusal. */
export interface Engine {
  /** Runs one of certgraph's documents (a query) with its variables, as a GET to /graphql would. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
  /** Counts this request as refused (a tool answered with an error), as /graphql counts its own. */
  refused(): void;
}

function executionContext(c: Context<AppEnv>): ExecutionContext | undefined {
  try {
    return c.executionCtx as unknown as ExecutionContext;
  } catch {
    return undefined; // called in-process, without one
  }
}

/** The engine of one admitted /mcp request. `responseCache: false` as the app's (the benchmark's uncached path). */
export function graphqlEngine(c: Context<AppEnv>, server: GraphQLServer, { responseCache = true } = {}): Engine {
  const caller = c.var.caller;
  // A trusted-only key never meets the response caches (as in src/graphql/index.ts): yoga's
  // allow-list decides each of its requests.
  const cached = responseCache && !(caller.kind === 'partner' && caller.partner.trustedDocumentsOnly);
  const inner = new Hono<AppEnv>();
  inner.get(
    GRAPHQL_PATH,
    (ic, next) => {
      ic.set('caller', caller);
      return next();
    },
    ...(cached ? [responseCaching()] : []),
    (ic) => server.fetch(ic.req.raw as never, { env: ic.env, caller, afterResponse: afterResponse(c) }) as Promise<Response>,
  );
  return {
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const url = new URL(GRAPHQL_PATH, c.req.url);
      url.searchParams.set('query', query);
      if (variables) url.searchParams.set('variables', JSON.stringify(variables));
      const request = new Request(url, { headers: { accept: 'application/graphql-response+json' } });
      const response = await inner.fetch(request, c.env, executionContext(c));
      return (await response.json()) as GraphQLAnswer<T>;
    },
    refused() {
      const outcome = c.var.graphqlOutcome;
      if (!outcome || outcome === 'answered') c.set('graphqlOutcome', 'invalidRequest');
    },
  };
}
