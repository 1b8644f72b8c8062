// GET /: where a person or a script lands: a page that leads to each surface (GraphiQL, the
// explorer, the widget, the downloads, the docs), or the same list as JSON (serve.ts; the content
// is pages.ts, prebuilt by `npm run assets`).
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../edge/env.js';
import { serveIndex } from './serve.js';

export function homeApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => serveIndex(c, 'home'));
  return app;
}
