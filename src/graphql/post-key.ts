// What determines a POST's answer, as a cache key (src/graphql/response-cache.ts). The body is read
// here, once, within the body limit, and handed on to yoga as bytes; its key is the GraphQL
// parameters it carries, parsed and written back in canonical form (src/edge/cache-key.ts): never
// the body as sent, so bodies that differ only in formatting, padding, member order, an empty
// member or the media type that carried them share one entry.
// A body the checks would refuse (over the limit, not UTF-8, not JSON, unknown members) gets no
// key: it goes on to yoga, which refuses it exactly as it would have.
import { canonicalParams, type Params, searchParamsKey } from '../edge/cache-key.js';
import { bodiesRead, mediaTypeOf, readUpTo, strictUtf8 } from './graphql-over-http.js';
import { LIMITS } from './limits/figures.js';

/** A POST's body as read for the cache. */
export interface PostBody {
  /** The body's text, or null when it is not cacheable (too large, not UTF-8, a media type not cached). */
  text: string | null;
  /** The body's media type, lowercased, without parameters. */
  mediaType: string;
  /**
   * The request to hand on to yoga: the original when its body was not read, else one carrying
   * the bytes read (built only when asked: a cache hit never needs it).
   */
  request: () => Request;
}

/** The media types whose bodies are cached (multipart uploads never are). */
const CACHED_TYPES = new Set(['application/json', 'application/graphql+json', 'application/x-www-form-urlencoded', 'application/graphql']);
const JSON_TYPES = new Set(['application/json', 'application/graphql+json']);

/** The body's bytes, stopping as soon as there are more than `max` (then `over`). */
async function bodyOf(request: Request, max: number): Promise<{ bytes: Uint8Array; over: boolean }> {
  // A declared length within the limit is all there is to read (the runtime holds a body to it).
  if (request.headers.has('content-length')) return { bytes: new Uint8Array(await request.arrayBuffer()), over: false };
  return readUpTo(request, max);
}

/**
 * Reads a POST's body for the cache. A body declared over the limit, or of a media type not cached,
 * is not read at all: the request goes on as it came.
 */
export async function readPostBody(request: Request): Promise<PostBody> {
  const mediaType = mediaTypeOf(request);
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (!CACHED_TYPES.has(mediaType) || declared > LIMITS.bodyBytes || !request.body) return { request: () => request, text: null, mediaType };
  const { bytes, over } = await bodyOf(request, LIMITS.bodyBytes);
  let text: string | null = null;
  try {
    if (!over) text = strictUtf8.decode(bytes);
  } catch {
    // Not UTF-8: no key; yoga refuses it.
  }
  // yoga reads the bytes read (a body over the limit gets its 413 there, as before), or the text
  // already decoded from them (src/graphql/graphql-over-http.ts).
  const rebuilt = () => {
    const handed = new Request(request.url, { method: 'POST', headers: request.headers, body: bytes as unknown as BodyInit });
    if (text !== null) bodiesRead.set(handed, text);
    return handed;
  };
  return { request: rebuilt, text, mediaType };
}

const MEMBERS = new Set(['query', 'variables', 'operationName', 'extensions']);

/** A JSON body's parameters in canonical form, or null when yoga would refuse the body (not JSON, not an object, an unknown member). */
function jsonBodyKey(text: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  if (Object.keys(body).some((k) => !MEMBERS.has(k))) return null;
  return canonicalParams(body as Params);
}

/**
 * A POST's parameters in canonical form (src/edge/cache-key.ts), whichever media type carried
 * them, or null when the body has none yoga would run: such a body is never answered from a cache.
 */
export function postParamsKey(body: PostBody & { text: string }): string | null {
  if (JSON_TYPES.has(body.mediaType)) return jsonBodyKey(body.text);
  if (body.mediaType === 'application/x-www-form-urlencoded') return searchParamsKey(new URLSearchParams(body.text));
  if (body.mediaType === 'application/graphql') return canonicalParams({ query: body.text });
  return null;
}
