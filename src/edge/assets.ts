// Static assets (GraphiQL's files and page, the explorer's script and template, the downloads),
// through the ASSETS binding. Deployed, the platform serves their paths before the Worker runs;
// the Worker serves them wherever it is called directly (tests), and reads the ones it fills.
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * The asset at `path` (the request's own path by default), as a response of our own: an asset
 * response's headers are immutable, and middleware adds some.
 */
export async function asset(c: Context<AppEnv>, path = c.req.path): Promise<Response> {
  const response = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url), { headers: c.req.raw.headers }));
  return new Response(response.body, response);
}
