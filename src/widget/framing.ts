// Which page frames the widget, and whether it may: a frame's navigation carries no Origin, so the
// framing page is known from its Referer (browsers send the page's origin to a cross-origin frame
// by default, and the embed script asks for it with referrerpolicy="origin"). With a partner's key:
// - from a registered origin, the widget is framable by that origin only (CSP frame-ancestors:
//   none of the partner's other origins, its staging or localhost, is ever listed);
// - from any other origin, the frame shows a message naming the origin and what to register;
// - framed with no Referer at all (a page that sends none), a message says what to change;
// - opened on its own (not framed, no Referer), it is shown, and framable by no one.
import type { Partner } from '../admission/partners.js';
import { quoted } from '../resolvers/wording.js';

/** Origins as CSP sources and message targets: scheme://host[:port] only, so that no value can add directives. */
export const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** The origin of the page that asks: its Origin header, else its Referer's origin; null when neither names one. */
export function framingOrigin(request: Request): string | null {
  const origin = request.headers.get('origin');
  if (origin && ORIGIN.test(origin)) return origin.toLowerCase();
  const referer = request.headers.get('referer');
  if (!referer) return null;
  try {
    const { origin: fromReferer } = new URL(referer);
    return ORIGIN.test(fromReferer) ? fromReferer : null;
  } catch {
    return null;
  }
}

/** Whether the request is a frame's navigation (Fetch Metadata; absent outside browsers). */
export function isFramed(request: Request): boolean {
  return request.headers.get('sec-fetch-dest') === 'iframe';
}

/**
 * Why a partner's widget framed from `origin` may not be shown there (a 403's message), or null
 * when it may. The message names the partner's id and the key's id (neither is a secret: the key
 * itself is in the page), so the command it gives can be run as it is.
 */
export function framingProblem(partner: Partner, origin: string | null, framed: boolean, keyId = 'KEY_ID'): string | null {
  if (origin !== null) {
    if (partner.origins.includes(origin)) return null;
    return (
      `This widget's key is not registered for ${quoted(origin, 100)}, the site showing it. If this is your site, register that origin for your page key ` +
      `(\`npm run partner -- key origins ${partner.id} ${keyId} --add ${origin.slice(0, 100)}\`, or ask certgraph to), or remove \`key\` from the widget's address to show it without a key.`
    );
  }
  if (!framed) return null;
  return 'This widget could not tell which site is showing it: the page sends no Referer. Load it with the embed script, or add `referrerpolicy="origin"` to the iframe.';
}

/** The CSP frame-ancestors source list: * without a key; with one, the framing origin when registered, else 'none'. */
export function frameAncestors(partner: Partner | null, origin: string | null): string {
  if (!partner) return '*';
  return origin !== null && ORIGIN.test(origin) && partner.origins.includes(origin) ? origin : "'none'";
}
