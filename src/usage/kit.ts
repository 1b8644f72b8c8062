// What the usage reports (/partner/usage, /operator/usage) use of the modules the whole Worker
// shares, handed by src/app.ts to their factory (usageApp). They are built into a module of their
// own (generated/usage.mjs, `npm run assets`: scripts/build-surfaces.mjs), uploaded beside the
// Worker's and imported on their first request; a copy of these there would be a second instance:
// another Hono (whose sub-app would catch the refusals the one onError renders), another rate
// limiter and partner cache, another `Refusal` class (the onError would not know its refusals), and
// another batch of unsent counts (flushUsage must send this isolate's own). Types only here.
import type { Hono } from 'hono/tiny';
import type { admission, admittedCaller } from '../admission/index.js';
import type { apiKeyOf } from '../admission/partners.js';
import type { Refusal } from '../admission/refusals.js';
import type { internalMessage } from '../edge/log.js';
import type { flushUsage } from './counter.js';
import type { usageStore } from './durable-object.js';

export interface UsageKit {
  Hono: typeof Hono;
  admission: typeof admission;
  admittedCaller: typeof admittedCaller;
  apiKeyOf: typeof apiKeyOf;
  Refusal: typeof Refusal;
  internalMessage: typeof internalMessage;
  flushUsage: typeof flushUsage;
  usageStore: typeof usageStore;
}
