// The Worker: certgraph's Hono app (src/app.ts), built once per isolate.
import { createApp } from './app.js';

export type { Env } from './app.js';
// The Durable Object class of the USAGE binding (wrangler.toml).
export { PartnerUsage } from './usage/durable-object.js';

export default createApp();
