// A surface mounted on demand: its module is loaded with a dynamic import() on the first request
// to its paths, not when the isolate starts, so /graphql never evaluates the widget, the explorer,
// GraphiQL, the downloads, the usage reports or the index page. Each is an ES module uploaded
// beside the Worker's (src/<surface>/generated/*.mjs: scripts/build-surfaces.mjs), which workerd
// parses and evaluates only then; the surface's factory is handed the shared modules it uses
// (src/surface-kits.ts), so its sub-app is one of this module's Hono. The surface's own sub-app
// (its factory, unchanged) is mounted in a small app of its own, which answers in the request's
// context: the variables set before it (request id, ...) are seen inside, those it sets (the
// caller, the partner: usage counting reads them) are seen after, its refusals are rendered by
// the one onError, and a path it does not answer falls through to the next route.
import type { Context, ContextVariableMap, MiddlewareHandler } from 'hono';
import { Hono } from 'hono/tiny';
import { onError } from './admission/refusals.js';
import type { AppEnv } from './edge/env.js';

/** Responses of the surface's not-found: the request goes on to the main app's next route. */
const passedOn = new WeakSet<Response>();
/** The main app's context of each request a surface is answering. */
const outerOf = new WeakMap<Request, Context<AppEnv>>();

/** Copies every request variable of one context into another (the request's state is one object: shared, not copied). */
function copyVariables(from: Context<AppEnv>, to: Context<AppEnv>): void {
  for (const [key, value] of Object.entries(from.var)) to.set(key as keyof ContextVariableMap, value as never);
}

/** The surface's sub-app, mounted at `path` in an app that shares the request's context. */
function mounted(path: string, surface: Hono<AppEnv>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const outer = outerOf.get(c.req.raw);
    if (outer) copyVariables(outer, c);
    await next();
    if (outer) copyVariables(c, outer);
  });
  app.route(path, surface);
  app.notFound(() => {
    const response = new Response(null, { status: 404 });
    passedOn.add(response);
    return response;
  });
  app.onError(onError);
  return app;
}

/** The request's ExecutionContext, when it has one (a test's in-process call may not). */
function executionCtxOf(c: Context<AppEnv>): Context<AppEnv>['executionCtx'] | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}

/**
 * A handler for the paths of a surface mounted at `path`: `load` (a dynamic import() of the
 * surface's module, and its factory's call) runs once, on the first request that reaches it.
 */
export function onDemand(path: string, load: () => Promise<Hono<AppEnv>>): MiddlewareHandler<AppEnv> {
  let app: Promise<Hono<AppEnv>> | undefined;
  return async (c, next) => {
    app ??= load().then(
      (surface) => mounted(path, surface),
      (error: unknown) => {
        app = undefined;
        throw error;
      },
    );
    const surface = await app;
    outerOf.set(c.req.raw, c);
    let response: Response;
    try {
      response = await surface.fetch(c.req.raw, c.env, executionCtxOf(c));
    } finally {
      outerOf.delete(c.req.raw);
    }
    if (passedOn.has(response)) return next();
    return response;
  };
}
