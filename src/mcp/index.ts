// The MCP surface, a sub-app mounted at /mcp: the Model Context Protocol over Streamable HTTP,
// stateless (every POST carries its own JSON-RPC message, answered as JSON). What runs here, at
// once: CORS, the same admission as /graphql (a partner key as a bearer token, rate limits,
// refusals), the same body limit. What is loaded only when /mcp is called: the protocol itself
// (the official SDK, zod, the tools, resources and prompt: ./server.ts), prebuilt into
// ./generated/server.mjs by `npm run assets` and uploaded beside the Worker as a module of its
// own (wrangler.toml `find_additional_modules`), so /graphql never parses nor evaluates it.
import { Hono } from 'hono/tiny';
import { admission } from '../admission/index.js';
import { apiKeyOf } from '../admission/partners.js';
import { REQUEST_PROBLEMS, Refusal } from '../admission/refusals.js';
import type { AppEnv } from '../edge/env.js';
import { readUpTo } from '../graphql/graphql-over-http.js';
import { anyOriginCors } from '../graphql/index.js';
import { LIMITS } from '../graphql/limits/figures.js';
import type { GraphQLServer } from '../graphql/yoga.js';
import { graphqlEngine } from './engine.js';
import type * as McpServerModule from './server.js';

/**
 * Imports the protocol's module (./generated/server.mjs). Written in src/app.ts: wrangler leaves
 * the import as written, and workerd resolves it from the bundle's root, which is src/.
 */
export type LoadMcpServer = () => Promise<typeof McpServerModule>;

/** The protocol, loaded on the first call to /mcp and kept for the isolate's life. */
function lazily(load: LoadMcpServer): LoadMcpServer {
  let loaded: Promise<typeof McpServerModule> | undefined;
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined; // a failed load is tried again by the next request
      throw error;
    });
    return loaded;
  };
}

/** CORS for browser clients (the MCP Inspector), as /graphql's: any origin, no credentials. */
const cors = anyOriginCors({
  allowMethods: 'POST,GET,DELETE,OPTIONS',
  allowHeaders: 'content-type,accept,authorization,x-api-key,mcp-protocol-version,mcp-session-id,last-event-id',
  exposeHeaders: 'mcp-session-id,mcp-protocol-version,retry-after,x-request-id',
});

/** A refusal as MCP clients read one: a JSON-RPC error (no id: the message was not read), with the HTTP status. */
export function jsonRpcRefusal(refusal: Refusal): Response {
  const body = { jsonrpc: '2.0', id: null, error: { code: -32000, message: refusal.message, data: { code: refusal.code, ...refusal.details } } };
  return new Response(JSON.stringify(body), {
    status: refusal.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...refusal.headers },
  });
}

/** The body, within the API's limit (413 otherwise, as /graphql answers). */
async function boundedBody(request: Request): Promise<string> {
  const max = LIMITS.bodyBytes;
  const tooLarge = () => new Refusal(413, 'BAD_USER_INPUT', REQUEST_PROBLEMS.bodyTooLarge(max).message);
  if (Number(request.headers.get('content-length') ?? 0) > max) throw tooLarge();
  const { bytes, over } = await readUpTo(request, max);
  if (over) throw tooLarge();
  return new TextDecoder().decode(bytes);
}

export interface McpAppOptions {
  /** Imports ./generated/server.mjs (see LoadMcpServer). */
  load: LoadMcpServer;
  /** As the app's: false only for the benchmark's uncached path. */
  responseCache?: boolean;
}

export function mcpApp(server: GraphQLServer, { load, responseCache = true }: McpAppOptions): Hono<AppEnv> {
  const loadServer = lazily(load);
  const app = new Hono<AppEnv>();
  app.use((c, next) => {
    c.set('renderRefusal', jsonRpcRefusal);
    return next();
  });
  app.use(cors);
  app.post('/', admission({ apiKey: (c) => apiKeyOf(c.req.raw) }), async (c) => {
    const body = await boundedBody(c.req.raw);
    const { handleMcpRequest } = await loadServer();
    const request = new Request(c.req.raw.url, { method: 'POST', headers: c.req.raw.headers, body });
    const engine = graphqlEngine(c, server, { responseCache });
    return handleMcpRequest(request, engine);
  });
  // Stateless: no stream to resume and no session to end (the specification's answer is a 405).
  app.on(['GET', 'DELETE'], '/', () =>
    jsonRpcRefusal(new Refusal(405, 'BAD_USER_INPUT', 'This MCP server is stateless: send each JSON-RPC message in a POST.', { allow: 'POST, OPTIONS' })),
  );
  return app;
}
