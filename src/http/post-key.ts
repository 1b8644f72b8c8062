// What determines a POST's answer, as cache keys (src/http/response-cache.ts). The body is read
// here, once, within the body limit, and handed on to yoga as bytes; two keys come out of it:
// - the raw key: the media type asked for (Accept), the body's media type and its exact text. A
//   client repeating its own request (Apollo, urql) sends the same bytes: a Map lookup, no parsing;
// - the normalized key, for JSON bodies: the GraphQL parameters as yoga reads them, written in one
//   canonical form (object keys sorted at every depth, no whitespace; `variables`, `extensions` and
//   `operationName` absent, null or empty all alike), so bodies that differ only in formatting,
//   key order or an empty member share one entry.
// A body the checks would refuse (over the limit, not UTF-8, not JSON, unknown members) gets no
// key: it goes on to yoga, which refuses it exactly as it would have.
import { bodiesRead, mediaTypeOf, readUpTo, strictUtf8 } from './graphql-over-http.js';
import { LIMITS } from './limits.js';

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
  // already decoded from them (src/http/graphql-over-http.ts).
  const rebuilt = () => {
    const handed = new Request(request.url, { method: 'POST', headers: request.headers, body: bytes as unknown as BodyInit });
    if (text !== null) bodiesRead.set(handed, text);
    return handed;
  };
  return { request: rebuilt, text, mediaType };
}

/** The raw key: the exact request, as sent. */
export const rawPostKey = (accept: string, body: PostBody & { text: string }) => `P\n${accept}\n${body.mediaType}\n${body.text}`;

/**
 * JSON in one canonical form: object keys sorted, no whitespace (arrays keep their order). A value
 * JSON cannot write back as itself has none (throws): a number beyond a double's range parses as
 * ±Infinity, which GraphQL refuses, and would be written `null`, which GraphQL accepts.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('a number JSON cannot write back');
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

const MEMBERS = new Set(['query', 'variables', 'operationName', 'extensions']);
const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The GraphQL parameters of a JSON body in canonical form, or null when the body is not one yoga would run. */
function canonicalParams(text: string): string | null {
  const body: unknown = JSON.parse(text);
  if (!isObject(body)) return null;
  // An unknown member is refused by yoga: no key.
  if (Object.keys(body).some((k) => !MEMBERS.has(k))) return null;
  const { query, variables, operationName, extensions } = body;
  if (query !== undefined && query !== null && typeof query !== 'string') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (!isEmpty(variables) && !isObject(variables)) return null;
  if (!isEmpty(extensions) && !isObject(extensions)) return null;
  return canonicalJson({
    query: query ?? null,
    operationName: operationName || null,
    variables: isEmpty(variables) ? null : variables,
    extensions: isEmpty(extensions) ? null : extensions,
  });
}

/** The normalized key of a JSON body, or null (another media type, or not a body yoga would run). */
export function normalizedPostKey(accept: string, body: PostBody & { text: string }): string | null {
  if (!JSON_TYPES.has(body.mediaType)) return null;
  try {
    const params = canonicalParams(body.text);
    return params === null ? null : `N\n${accept}\n${params}`;
  } catch {
    // Not JSON, nested too deep to write out, or holding a number out of range: no normalized key.
    return null;
  }
}
