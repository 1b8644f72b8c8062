// The entry of the explorer's and the downloads' module (generated/explore.mjs, built by `npm run
// assets`: scripts/build-surfaces.mjs), which src/app.ts imports on their first request and hands
// the Worker's shared modules (./kit.ts).
export { downloadsApp } from '../downloads/index.js';
export { exploreApp } from './index.js';
export type { ExplorerKit } from './kit.js';
// For the benchmarks (bench/in-process.mjs): this module's own caches, to empty them between cases.
export { clearModel } from './model.js';
export { explorerPages } from './serve.js';
