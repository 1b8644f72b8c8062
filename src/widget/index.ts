// The partners' widget, in one place: this sub-app (mounted at /embed) serves
// GET /embed/recommendations, a self-contained HTML page partners put in an <iframe>. `key`
// identifies a partner, whose registered origins become the page's frame-ancestors. Refusals
// (unknown key, rate limit) and bad parameters are shown inside a widget-shaped page.

import { Hono } from 'hono/tiny';
import { admission } from '../http/admission.js';
import type { AppEnv } from '../http/env.js';
import { NO_STORE } from '../http/http-cache.js';
import { apiKeyOf } from '../http/partners.js';
import type { Refusal } from '../http/refusals.js';
import { securityHeaders, WIDGET_HEADERS } from '../http/security-headers.js';
import { renderRecommendationsWidget, renderWidgetMessage, widgetHeaders } from './render.js';

/** A refusal as the widget shows it: a widget-shaped page with the message, in the page's theme. */
function widgetRefusal(refusal: Refusal, request: Request): Response {
  const title = refusal.status === 429 ? 'Too many requests' : 'This widget cannot be shown';
  const theme = new URL(request.url).searchParams.get('theme') ?? undefined;
  const page = renderWidgetMessage(refusal.status, title, refusal.message, theme);
  return new Response(page.html, { status: page.status, headers: { ...widgetHeaders(null), ...refusal.headers, 'cache-control': NO_STORE } });
}

export function widgetApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The widget must be framable and sets its own CSP (frame-ancestors) and Referrer-Policy.
  app.use(securityHeaders(WIDGET_HEADERS));
  app.get(
    '/recommendations',
    (c, next) => {
      c.set('renderRefusal', widgetRefusal);
      return next();
    },
    admission({ apiKey: (c) => c.req.query('key') || apiKeyOf(c.req.raw) || null, checkOrigin: false }),
    (c) => {
      const caller = c.get('caller');
      const page = renderRecommendationsWidget(c.req.query());
      return c.html(page.html, page.status, {
        ...widgetHeaders(caller.kind === 'partner' ? caller.partner : null),
        'cache-control': page.status === 200 ? 'public, max-age=300' : NO_STORE,
        // The CSP depends on a key sent as a header too, not only on the URL.
        vary: 'Authorization, X-API-Key',
      });
    },
  );
  return app;
}
