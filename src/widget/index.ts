// The partners' widget, in one place: this sub-app (mounted at /embed) serves
// GET /embed/recommendations, a self-contained HTML page partners put in an <iframe>, and the
// embed script that creates that iframe and follows its height (/embed/embed.js, and under its
// content hash /embed/embed-<hash>.js: src/widget/embed.ts). `key` identifies a partner: the
// page is then framable only by the origin framing it, when that origin is registered
// (src/widget/framing.ts). Refusals (unknown key, unregistered origin, rate limit) and bad
// parameters are shown inside a widget-shaped page, which any page may frame (it shows no data).
// Built into a module of its own (module.ts -> generated/widget.mjs); what it shares with the
// Worker (Hono, admission, `Refusal`, the domain's memoized functions, `classify`) it is handed (kit.ts).

import type { Hono } from 'hono/tiny';
import type { Refusal } from '../admission/refusals.js';
import type { AppEnv } from '../edge/env.js';
import { NO_STORE } from '../edge/http-cache.js';
import { securityHeaders, WIDGET_HEADERS } from '../edge/security-headers.js';
import { EMBED_SCRIPT, embedHash, withHeightReporter } from './embed.js';
import { framingOrigin, framingProblem, isFramed } from './framing.js';
import type { WidgetKit } from './kit.js';
import { renderRecommendationsWidget, renderWidgetMessage, widgetHeaders } from './render.js';

/** A refusal as the widget shows it: a widget-shaped page with the message, in the page's theme. */
function widgetRefusal(refusal: Refusal, request: Request): Response {
  const title = refusal.status === 429 ? 'Too many requests' : 'This widget cannot be shown';
  const theme = new URL(request.url).searchParams.get('theme') ?? undefined;
  const page = renderWidgetMessage(refusal.status, title, refusal.message, theme);
  const html = withHeightReporter(page.html, framingOrigin(request));
  return new Response(html, { status: page.status, headers: { ...widgetHeaders(null), ...refusal.headers, 'cache-control': NO_STORE } });
}

const SCRIPT_HEADERS = {
  'content-type': 'text/javascript; charset=utf-8',
  // Loaded by partners' pages with <script src>: readable cross-origin, whatever their COEP.
  'cross-origin-resource-policy': 'cross-origin',
};

/** The widget's sub-app, with the Worker's shared modules it is handed (./kit.ts). */
export function widgetApp(kit: WidgetKit): Hono<AppEnv> {
  const { admission, admittedCaller, apiKeyOf, keyHash, keyIdOf } = kit;
  const app = new kit.Hono<AppEnv>();
  // The widget must be framable and sets its own CSP (frame-ancestors) and Referrer-Policy.
  app.use(securityHeaders(WIDGET_HEADERS));
  app.get(
    '/recommendations',
    (c, next) => {
      c.set('renderRefusal', widgetRefusal);
      return next();
    },
    admission({ apiKey: (c) => c.req.query('key') || apiKeyOf(c.req.raw) || null, checkOrigin: false }),
    async (c) => {
      const caller = admittedCaller(c);
      const partner = caller.kind === 'partner' ? caller.partner : null;
      const origin = framingOrigin(c.req.raw);
      const key = c.req.query('key') || apiKeyOf(c.req.raw);
      const keyId = partner && key && origin !== null && !partner.origins.includes(origin) ? keyIdOf(await keyHash(key)) : undefined;
      const problem = partner && framingProblem(partner, origin, isFramed(c.req.raw), keyId);
      // Rendered here, as the widget's own page (the one onError would render it the same way).
      if (problem) return widgetRefusal(new kit.Refusal(403, 'FORBIDDEN', problem), c.req.raw);
      const page = renderRecommendationsWidget(kit.domain, c.var.catalog, c.req.query());
      return c.html(withHeightReporter(page.html, origin), page.status, {
        ...widgetHeaders(partner, origin),
        // With a key, the CSP names the framing page (from its Referer): kept by that browser only.
        'cache-control': page.status !== 200 ? NO_STORE : partner ? 'private, max-age=300' : 'public, max-age=300',
        vary: 'Authorization, X-API-Key, Referer, Origin',
      });
    },
  );
  app.get('/embed.js', async (c) => {
    const etag = `"${await embedHash()}"`;
    const headers = { ...SCRIPT_HEADERS, etag, 'cache-control': 'public, max-age=3600, stale-while-revalidate=86400' };
    if (
      c.req
        .header('if-none-match')
        ?.split(',')
        .some((tag) => tag.trim().replace(/^W\//, '') === etag)
    )
      return c.body(null, 304, headers);
    return c.body(EMBED_SCRIPT, 200, headers);
  });
  app.get('/:file{embed-[0-9a-f]{16}\\.js}', async (c) => {
    const hash = await embedHash();
    if (c.req.param('file') !== `embed-${hash}.js`) {
      // An older version: the current one, which speaks the same messages.
      return c.redirect(`/embed/embed-${hash}.js`, 302);
    }
    return c.body(EMBED_SCRIPT, 200, { ...SCRIPT_HEADERS, etag: `"${hash}"`, 'cache-control': 'public, max-age=31536000, immutable' });
  });
  return app;
}
