// The entry of GraphiQL's module (generated/graphiql.mjs, built by `npm run assets`:
// scripts/build-surfaces.mjs), which src/app.ts imports on GraphiQL's first request and hands the
// Worker's Hono (./kit.ts).
export { graphiqlApp } from './index.js';
export type { GraphiqlKit } from './kit.js';
