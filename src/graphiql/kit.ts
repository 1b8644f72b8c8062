// What GraphiQL's page and files use of the modules the whole Worker shares, handed by src/app.ts to the factory. It
// is built into a module of its own (generated/graphiql.mjs, `npm run assets`: scripts/build-surfaces.mjs),
// uploaded beside the Worker's and imported on its first request; a copy of Hono there would mount
// a sub-app whose own error handler catches what the one onError must render. Types only here.
import type { Hono } from 'hono/tiny';

export interface GraphiqlKit {
  Hono: typeof Hono;
}
