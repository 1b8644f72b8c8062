// The entry of the usage reports' module (generated/usage.mjs, built by `npm run assets`:
// scripts/build-surfaces.mjs), which src/app.ts imports on their first request and hands the
// Worker's shared modules (./kit.ts). The counting (middleware.ts, counter.ts) and the Durable
// Object (durable-object.ts) stay in the Worker's main module: every request passes through them.
export { usageApp } from './endpoint.js';
export type { UsageKit } from './kit.js';
