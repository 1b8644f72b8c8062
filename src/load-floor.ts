// The load test's floor (`npm run load`): GET /__floor?bytes=n answers n bytes of JSON from the
// router itself, before any middleware, so the load test can set certgraph's throughput beside
// what the same `wrangler dev` serves at best. Only where the LOAD_FLOOR variable is "on", which
// wrangler.toml sets in the `load` environment alone: anywhere else (production, `npm start`) the
// route passes the request on, and it gets the 404 of any unknown path.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './edge/env.js';

export const LOAD_FLOOR_PATH = '/__floor';
/** The largest body the floor answers (the load's responses are a few KiB). */
export const LOAD_FLOOR_MAX_BYTES = 64 * 1024;

/** `{"floor":"xxx…"}`, exactly `bytes` long (at least its 12 bytes of frame, at most the cap). */
function floorBody(bytes: number): string {
  const n = Math.min(LOAD_FLOOR_MAX_BYTES, Math.max(12, Math.floor(bytes)));
  return `{"floor":"${'x'.repeat(n - 12)}"}`;
}

/** The floor route's handler: answers only when LOAD_FLOOR is "on". */
export function loadFloor(): MiddlewareHandler<AppEnv> {
  return async function loadFloor(c, next) {
    if (c.env?.LOAD_FLOOR !== 'on') return next();
    const bytes = Number(c.req.query('bytes') ?? 1000);
    return c.body(floorBody(Number.isFinite(bytes) ? bytes : 1000), 200, { 'content-type': 'application/json' });
  };
}
