// What the widget uses of the modules the whole Worker shares, handed by src/app.ts to its factory
// (widgetApp). The widget is built into a module of its own (generated/widget.mjs, `npm run
// assets`: scripts/build-surfaces.mjs), uploaded beside the Worker's and imported on its first
// request; a copy of these there would be a second instance: another Hono (whose sub-app would
// catch the refusals the one onError renders), another rate limiter and partner cache, another
// `Refusal` class, another memo of the domain, and a `classify` that would not know the domain's
// errors (DomainError's class is the main module's). Types only here: nothing of them is bundled in.
import type { Hono } from 'hono/tiny';
import type { admission, admittedCaller } from '../admission/index.js';
import type { apiKeyOf, keyHash, keyIdOf } from '../admission/partners.js';
import type { Refusal } from '../admission/refusals.js';
import type { classify } from '../graphql/errors.js';
import type { problemOf } from '../resolvers/errors.js';
import type { learningPath } from '../resolvers/path.js';
import type { profileProblems } from '../resolvers/profile.js';
import type { recommendations } from '../resolvers/recommend.js';

/**
 * The domain's functions the widget calls, as the API's resolvers call them (the same memo, the
 * same DomainError class: a copy's errors would not be classify's), and whose fault an error is.
 */
export interface WidgetDomain {
  recommendations: typeof recommendations;
  learningPath: typeof learningPath;
  profileProblems: typeof profileProblems;
  problemOf: typeof problemOf;
  classify: typeof classify;
}

export interface WidgetKit {
  Hono: typeof Hono;
  admission: typeof admission;
  admittedCaller: typeof admittedCaller;
  apiKeyOf: typeof apiKeyOf;
  keyHash: typeof keyHash;
  keyIdOf: typeof keyIdOf;
  Refusal: typeof Refusal;
  domain: WidgetDomain;
}
