// Who is calling, and may they: an API key identifies a partner (401 when unknown or revoked,
// never a silent fall back to anonymous; 403 from an origin the partner did not register);
// no key means the anonymous tier, counted per client IP.
import type { Caller, Env } from './env.js';
import { findPartner, type Partner } from './partners.js';

export type CallerResult =
  | { ok: true; caller: Caller }
  | { ok: false; status: 401 | 403; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string };

/** The client's IP as Cloudflare reports it; a stable placeholder where there is none (local calls). */
export function clientIp(request: Request): string {
  return request.headers.get('cf-connecting-ip') ?? 'unknown';
}

function originAllowed(partner: Partner, origin: string | null): boolean {
  if (origin === null) return partner.allowServer === true;
  return partner.origins.includes(origin);
}

/**
 * `checkOrigin: false` is for the widget: a frame's navigation carries no Origin header, and the
 * page's CSP frame-ancestors (the partner's origins) is what binds it to the partner's pages.
 */
export async function identify(env: Env, request: Request, apiKey: string | null, { checkOrigin = true } = {}): Promise<CallerResult> {
  if (apiKey === null) return { ok: true, caller: { kind: 'anonymous', ip: clientIp(request) } };
  const partner = apiKey.length > 200 ? null : await findPartner(env.PARTNERS, apiKey);
  if (!partner) {
    return { ok: false, status: 401, code: 'UNAUTHENTICATED', message: 'Unknown API key. Check the key, or send no key to use the anonymous tier.' };
  }
  if (partner.revokedAt) {
    return { ok: false, status: 401, code: 'UNAUTHENTICATED', message: `This API key was revoked on ${partner.revokedAt.slice(0, 10)}. Ask for a new one, or send no key to use the anonymous tier.` };
  }
  const origin = request.headers.get('origin');
  if (checkOrigin && !originAllowed(partner, origin)) {
    return {
      ok: false,
      status: 403,
      code: 'FORBIDDEN',
      message:
        origin === null
          ? `This API key is for pages on ${partner.origins.join(', ')}; calls without an Origin header need server access for the key.`
          : `This API key is not valid from ${origin}; it is registered for ${partner.origins.join(', ')}.`,
    };
  }
  return { ok: true, caller: { kind: 'partner', partner } };
}
