// The Worker: certgraph's Hono app (src/app.ts), built once per isolate.
import { createApp } from './app.js';

export type { Env } from './app.js';

export default createApp();
