// GET /: where a person or a script lands: a page that leads to each surface (GraphiQL, the
// explorer, the widget, the downloads, the docs), or the same list as JSON (serve.ts; the content
// is pages.ts, prebuilt by `npm run assets`).
// Built into a module of its own (module.ts -> generated/home.mjs), handed the Worker's Hono (kit.ts).
import type { Hono } from 'hono/tiny';
import type { AppEnv } from '../edge/env.js';
import type { HomeKit } from './kit.js';
import { serveIndex } from './serve.js';

export function homeApp(kit: HomeKit): Hono<AppEnv> {
  const app = new kit.Hono<AppEnv>();
  app.get('/', (c) => serveIndex(c, 'home'));
  return app;
}
