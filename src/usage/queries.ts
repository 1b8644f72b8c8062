// Which query a partner's GraphQL request ran, as its usage names it (the "top queries" of each
// day): the operation name its client sent and a short fingerprint of the document, never the
// query's text or its variables. The fingerprint is the first 12 hex digits of the document's
// SHA-256, which is also the start of its persisted-document id (`sha256:…` in a codegen or Apollo
// manifest, the APQ hash): a partner finds the document in its own build by it.
// Named from the request's own parameters alone (the same whether the answer came from a cache or
// was computed), by the response cache (canonical JSON) or by yoga's request parser (an object).
import { ByteCache, stringBytes } from '../data/byte-cache.js';
import { sha256Hex } from '../edge/digest.js';
import type { GraphQLParams } from '../graphql/response-cache.js';

/** A request's GraphQL parameters, as the response cache (its canonical JSON text) or yoga's parser (an object) read them. */
export type QueryParams = GraphQLParams;

/** A query as usage counts it: '' for no operation name, or no document (a request that named none). */
export interface QueryName {
  operation: string;
  document: string;
}

/** How many hex digits of the document's SHA-256 name it. */
export const FINGERPRINT_DIGITS = 12;
/** An operation name kept: a GraphQL name of at most 64 characters (a longer or malformed one is not kept). */
export const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
export const FINGERPRINT = /^[0-9a-f]{12}$/;
const SHA256 = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

function objectOf(params: QueryParams): Record<string, unknown> | null {
  if (typeof params !== 'string') return params as Record<string, unknown>;
  try {
    const parsed = JSON.parse(params) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Fingerprints of the documents an isolate has seen, keyed by their text: a partner's clients send
 * the same few documents again and again, and a digest costs more than the rest of the counting
 * (bench/usage-queries.mjs). Bounded in bytes (256 KiB, counted as UTF-16); a text over about 8,000 characters is hashed each time.
 */
export const fingerprints = new ByteCache<string, string>({
  maxBytes: 256 * 1024,
  maxEntryBytes: 16 * 1024,
  sizeOf: (text, fingerprint) => stringBytes(text) + stringBytes(fingerprint) + 64,
});

/** A document's fingerprint from its text (the first FINGERPRINT_DIGITS hex digits of its SHA-256). */
async function fingerprintOf(text: string): Promise<string> {
  const known = fingerprints.get(text);
  if (known !== undefined) return known;
  const fingerprint = (await sha256Hex(text)).slice(0, FINGERPRINT_DIGITS);
  fingerprints.set(text, fingerprint);
  return fingerprint;
}

/** The hash a request names: `documentId`, or the APQ extension's (an object, or its JSON as a GET carries it). */
function namedHash(params: Record<string, unknown>): string | null {
  const id = typeof params.documentId === 'string' ? SHA256.exec(params.documentId) : null;
  if (id) return id[1]!.toLowerCase();
  let extensions = params.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return null;
    }
  }
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery?.sha256Hash;
  const match = typeof hash === 'string' ? SHA256.exec(hash) : null;
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * The query a request names: its `operationName` (when it is a GraphQL name of at most 64
 * characters) and its document's fingerprint (from the hash it names, else from its text).
 */
export async function queryNameOf(raw: QueryParams): Promise<QueryName> {
  const params = objectOf(raw);
  if (!params) return { operation: '', document: '' };
  const operation = typeof params.operationName === 'string' && OPERATION_NAME.test(params.operationName) ? params.operationName : '';
  const hash = namedHash(params);
  if (hash) return { operation, document: hash.slice(0, FINGERPRINT_DIGITS) };
  return { operation, document: typeof params.query === 'string' && params.query ? await fingerprintOf(params.query) : '' };
}
