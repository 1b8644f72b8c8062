// Every refusal the edge answers before GraphQL runs (a key, an origin, a rate limit, a request
// that is not GraphQL over HTTP, a route that does not exist), and how it is answered. Middleware
// refuses by throwing a `Refusal` (Hono's HTTPException, with the DomainError that says why as its
// cause); the app's one onError (`onError` below) renders whatever was thrown through the
// classifier (src/resolvers/errors.ts), in the format of the surface that was asked: the API's
// GraphQL error in JSON by default, a widget page for the widget (src/widget).
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { clipEcho } from '../edge/echo.js';
import type { AppEnv } from '../edge/env.js';
import { internalMessage, logInternal } from '../edge/log.js';
import { classify, DomainError, type ErrorCode } from '../resolvers/errors.js';

/** How a surface answers a refusal (the API: a GraphQL error in JSON; the widget: an HTML page). */
export type RefusalRenderer = (refusal: Refusal, request: Request) => Response;

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by a surface that answers refusals in its own format; the API's JSON otherwise. */
    renderRefusal: RefusalRenderer;
  }
}

/** A refusal: its status, contract code, message (what to fix) and headers (Retry-After...). */
export class Refusal extends HTTPException {
  declare readonly status: ContentfulStatusCode;
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(status, { message, cause: new DomainError(code, message, details) });
  }
}

/** The window of every rate limiter (wrangler.toml `period`), for Retry-After. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

export const tooManyRequests = (limit: string) =>
  new Refusal(429, 'RATE_LIMITED', `Too many requests: over ${limit}. Retry after ${RATE_LIMIT_PERIOD_SECONDS} seconds.`, {
    'retry-after': String(RATE_LIMIT_PERIOD_SECONDS),
  });

export const noRoute = (method: string, path: string, graphqlPath: string) =>
  new Refusal(404, 'NOT_FOUND', `No route for ${clipEcho(method)} ${clipEcho(path)}. The API is at ${graphqlPath}.`);

/** What the GraphQL-over-HTTP checks (src/graphql/graphql-over-http.ts) say, each with its status. */
export const REQUEST_PROBLEMS = {
  bodyTooLarge: (maxBytes: number) => ({
    status: 413,
    message: `The request body is over ${maxBytes / 1024} KiB, the most this API accepts. Send a smaller query or fewer variables.`,
  }),
  notUtf8: { status: 400, message: 'The request body is not valid UTF-8. Send JSON encoded as UTF-8.' },
  emptyBody: { status: 400, message: 'The request body is empty. Send a JSON object with a `query`.' },
  notJson: { status: 400, message: 'The request body is not valid JSON. Send a JSON object with a `query`.' },
  notAnObject: { status: 400, message: 'The request body is JSON, but not an object. Send a JSON object with a `query`.' },
  paramNotJson: (name: string) => ({ status: 400, message: `The \`${name}\` parameter is not valid JSON. Send it as a JSON object, URL-encoded.` }),
  unsupportedType: (type: string) => ({
    status: 415,
    message: `POST bodies must be application/json${type ? `, not ${type}` : ' (no Content-Type was sent)'}. GET with query parameters works too.`,
  }),
  notAcceptable: { status: 406, message: 'This API answers application/graphql-response+json or application/json: accept one of them.' },
} as const;

/** The status of a caller's mistake that carries no status of its own (400 for the others). */
const STATUS_OF: Partial<Record<ErrorCode, ContentfulStatusCode>> = { NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429 };

/** Any error as a refusal: the classifier's verdict; the server's own errors logged once, never shown. */
export function refusalOf(error: unknown): Refusal {
  if (error instanceof Refusal) return error;
  const verdict = classify(error);
  if (verdict.caller) {
    const status = error instanceof HTTPException ? (error.status as ContentfulStatusCode) : (STATUS_OF[verdict.code] ?? 400);
    return new Refusal(status, verdict.code, verdict.domain?.message ?? 'The request was refused.', {}, verdict.domain?.details);
  }
  logInternal(error);
  const { message, requestId } = internalMessage();
  return new Refusal(500, 'INTERNAL_SERVER_ERROR', message, {}, requestId ? { requestId } : {});
}

/** A refusal as the API answers it: a GraphQL response (JSON, `errors` with the contract code), never stored. */
export function graphqlRefusal(refusal: Refusal): Response {
  const body = { errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.details } }] };
  return new Response(JSON.stringify(body), {
    status: refusal.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...refusal.headers },
  });
}

/** The app's one error handler: whatever was thrown, answered as the surface asked renders refusals. */
export const onError: ErrorHandler<AppEnv> = (error, c: Context<AppEnv>) => {
  const render = c.get('renderRefusal') ?? graphqlRefusal;
  return render(refusalOf(error), c.req.raw);
};
