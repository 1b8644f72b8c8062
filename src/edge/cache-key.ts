// Canonical cache keys for /graphql: what determines an answer, and nothing else. Every response
// cache (the isolate's, src/graphql/response-cache.ts; the colo's, src/edge/colo-cache.ts) keys on
// these, never on the request as sent:
// - the GraphQL parameters as yoga reads them (query, documentId, operationName, variables,
//   extensions), parsed and written back in one canonical form: JSON with object keys sorted at
//   every depth and no whitespace; absent, null and empty alike. Parameters yoga does not read (an
//   unknown GET parameter, a second copy of one) are not part of it; neither is a JSON body's
//   formatting or member order, nor which of the media types carried the parameters;
// - the media type the answer will have (src/edge/accept.ts), not the Accept header's text;
// - bounded in size: parameters longer than KEY_TEXT_MAX are keyed by their SHA-256, so an entry's
//   key never outweighs its answer (a 255 KiB request with a 100-byte answer costs ~300 bytes).
// Parameters that yoga would refuse (not JSON, a number JSON cannot write back) have no key: the
// request is computed, and refused, as if nothing were cached.
import { sha256Hex } from './digest.js';

/** Canonical parameters longer than this are keyed by their digest. */
export const KEY_TEXT_MAX = 512;

/**
 * JSON in one canonical form: object keys sorted, no whitespace (arrays keep their order). A value
 * JSON cannot write back as itself has none (throws): a number beyond a double's range parses as
 * ±Infinity, which GraphQL refuses, and would be written `null`, which GraphQL accepts.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('a number JSON cannot write back');
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** The GraphQL parameters a request carries, as yoga reads them. */
export interface Params {
  query?: unknown;
  documentId?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** The parameters in canonical form, or null when yoga would refuse them (then no key). */
export function canonicalParams({ query, documentId, operationName, variables, extensions }: Params): string | null {
  if (!optionalString(query) || !optionalString(documentId) || !optionalString(operationName)) return null;
  if (!isEmpty(variables) && !isObject(variables)) return null;
  if (!isEmpty(extensions) && !isObject(extensions)) return null;
  try {
    return canonicalJson({
      query: query ?? null,
      documentId: documentId || null,
      operationName: operationName || null,
      variables: isEmpty(variables) ? null : variables,
      extensions: isEmpty(extensions) ? null : extensions,
    });
  } catch {
    // Nested too deep to write out, or holding a number out of range.
    return null;
  }
}

/** A JSON parameter of a query string or form (absent when empty); throws when it is not JSON. */
function jsonParam(params: URLSearchParams, name: string): unknown {
  const value = params.get(name);
  return value ? JSON.parse(value) : undefined;
}

/** The canonical parameters of a query string or a form-encoded body (unknown and repeated parameters ignored, as yoga does). */
export function searchParamsKey(params: URLSearchParams): string | null {
  try {
    return canonicalParams({
      query: params.get('query') || undefined,
      documentId: params.get('documentId') || undefined,
      operationName: params.get('operationName') || undefined,
      variables: jsonParam(params, 'variables'),
      extensions: jsonParam(params, 'extensions'),
    });
  } catch {
    return null;
  }
}

/** The parameters yoga reads from a GET or a form; any other is a parameter yoga ignores. */
export const KNOWN_PARAMS = new Set(['query', 'documentId', 'operationName', 'variables', 'extensions']);

/** Whether a query string names only known parameters, each once (a URL a shared cache downstream may key on as it is). */
export function onlyKnownParams(params: URLSearchParams): boolean {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!KNOWN_PARAMS.has(name) || seen.has(name)) return false;
    seen.add(name);
  }
  return true;
}

/** A request's canonical parameters, with their SHA-256 computed at most once (the colo's key always uses it; the isolate's when they are long). */
export class CanonicalParams {
  private digest: Promise<string> | null = null;
  constructor(readonly text: string) {}
  sha256(): Promise<string> {
    this.digest ??= sha256Hex(this.text);
    return this.digest;
  }
  /** The isolate cache's key: a key space, the media type of the answer, and the parameters (or their digest when long). */
  async isolateKey(space: 'G' | 'P', mediaType: string): Promise<string> {
    return `${space}\n${mediaType}\n${this.text.length > KEY_TEXT_MAX ? `#${await this.sha256()}` : this.text}`;
  }
}
