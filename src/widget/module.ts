// The entry of the widget's module (generated/widget.mjs, built by `npm run assets`:
// scripts/build-surfaces.mjs), which src/app.ts imports on the widget's first request and hands
// the Worker's shared modules (./kit.ts).
export { widgetApp } from './index.js';
export type { WidgetKit } from './kit.js';
