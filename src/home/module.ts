// The entry of the index page's module (generated/home.mjs, built by `npm run assets`:
// scripts/build-surfaces.mjs), which src/app.ts imports on the first GET / and hands the Worker's
// Hono (./kit.ts).
export { homeApp } from './index.js';
export type { HomeKit } from './kit.js';
