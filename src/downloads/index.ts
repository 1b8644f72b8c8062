// GET /data/*: the downloads, static assets built by `npm run assets` (src/downloads/build.ts).
// Deployed, the platform serves them before the Worker runs; this sub-app serves them through the
// ASSETS binding wherever the Worker is called directly (tests), and names the files there are.
import { Hono } from 'hono/tiny';
import { asset } from '../http/assets.js';
import type { AppEnv } from '../http/env.js';
import { clipEcho } from '../http/masking.js';

export function downloadsApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:file', async (c) => {
    const file = await asset(c);
    if (file.status !== 404) return file;
    return c.text(
      `No file "${clipEcho(c.req.param('file'))}" here. The downloads are /data/overlap.csv, overlap.json, overlap-matrix.csv, certifications.csv, certifications.json, certification-topics.csv and certification-topics.json.\n`,
      404,
      { 'cache-control': 'no-store' },
    );
  });
  return app;
}
