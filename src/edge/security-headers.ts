// The security headers responses carry: what hono/secure-headers sets with its defaults, written
// out as fixed lists (that middleware is 3 KB of the bundle for headers that never change here).
import type { MiddlewareHandler } from 'hono';

type Header = readonly [name: string, value: string];

/** The defaults every surface keeps (hono/secure-headers' own, in its order). */
const COMMON: readonly Header[] = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * The API, GraphiQL, the explorer and the downloads: not framable, no referrer, read cross-origin
 * by partners' pages (CORS), and a CSP that lets the self-hosted GraphiQL run: its scripts and
 * styles come from this Worker, Monaco's workers start from blob: URLs, inline styles are React's.
 */
export const API_HEADERS: readonly Header[] = [
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ...COMMON,
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  [
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  ],
];

/** The widget: framed by partners' pages, so no X-Frame-Options; its page sets its own CSP and referrer policy. */
export const WIDGET_HEADERS: readonly Header[] = COMMON;

/** Middleware: sets `headers` on the response (replacing any already there) and drops X-Powered-By. */
export function securityHeaders(headers: readonly Header[]): MiddlewareHandler {
  return async function securityHeaders(c, next) {
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
    c.res.headers.delete('X-Powered-By');
  };
}
