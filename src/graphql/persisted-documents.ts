// Persisted documents, as a yoga plugin placed after the query limits and before yoga's APQ plugin:
// - trusted documents: a partner whose key has `trustedDocumentsOnly` runs only the documents it
//   published (`npm run partner -- publish`, KV `trusted:<partner id>:<sha256>`), named by hash
//   (Apollo's and urql's `extensions.persistedQuery.sha256Hash`, or `documentId`, GraphQL over
//   HTTP's persisted documents) or sent in full; anything else is refused with FORBIDDEN, reason
//   PERSISTED_QUERY_NOT_ALLOWED. When the published set cannot be read, the request is refused
//   (fails closed). Such a key never registers Automatic Persisted Queries.
// - `documentId` for everyone else: `sha256:<hex>` names a persisted query (the partner's
//   published documents first, then the APQ store), or checks the query sent with it.
// - Automatic Persisted Queries are yoga's plugin's (its store: src/graphql/persisted-queries.ts);
//   this plugin shares a registration with other isolates once it has executed, so only queries
//   that passed validation and every limit are ever written to KV.
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { PARTNER_CACHE_MS, type Partner } from '../admission/partners.js';
import { ByteCache, stringBytes } from '../data/byte-cache.js';
import { CACHE_BUDGETS } from '../edge/caches.js';
import { degraded } from '../edge/degraded.js';
import { sha256Hex } from '../edge/digest.js';
import type { Env } from '../edge/env.js';
import type { RequestState } from '../edge/request-context.js';
import type { ServerContext } from './context.js';
import { REQUEST_ERROR_HTTP, unavailableError } from './masking.js';
import { type PersistedQueryStore, SHA256_HEX, verified } from './persisted-queries.js';

declare module '../edge/request-context.js' {
  interface RequestState {
    /**
     * A cache decision: set when the answer depends on who is calling (a document found among the
     * caller's own published documents): the response caches then keep nothing (src/graphql/response-cache.ts).
     */
    callersOwn?: boolean;
  }
}

/** The KV key of a document a partner published. */
export const trustedKey = (partnerId: string, hash: string) => `trusted:${partnerId}:${hash}`;

/** A partner's published documents (and hashes it did not publish), per isolate, for as long as its record. */
const trustedCache = new ByteCache<string, { query: string | null; until: number }>({
  ...CACHE_BUDGETS.trustedDocuments,
  sizeOf: (key, { query }) => stringBytes(key) + (query === null ? 0 : stringBytes(query)) + 128,
});

/** The document a partner published under `hash`, or null; throws when the store cannot say. */
async function publishedDocument(env: Env, partnerId: string, hash: string, now = Date.now()): Promise<string | null> {
  const key = trustedKey(partnerId, hash);
  const hit = trustedCache.get(key);
  if (hit && hit.until > now) return hit.query;
  if (!env.PERSISTED_QUERIES) throw new Error('The PERSISTED_QUERIES binding is missing: trusted documents cannot be read.');
  const query = await verified(hash, await env.PERSISTED_QUERIES.get(key, 'text'));
  trustedCache.set(key, { query, until: now + PARTNER_CACHE_MS });
  return query;
}

/** Seconds a trusted-only caller is asked to wait when its documents cannot be read. */
const TRUSTED_RETRY_SECONDS = 5;

/**
 * For a trusted-only key, whose requests run nothing else: a published document, or null; when the
 * store fails, a 503 with Retry-After and `reason: TRUSTED_DOCUMENTS_UNAVAILABLE` (never a
 * document it could not check), and the answer says `persisted-queries` is degraded.
 */
async function publishedOrUnavailable(env: Env, state: RequestState | undefined, partnerId: string, hash: string): Promise<string | null> {
  try {
    return await publishedDocument(env, partnerId, hash);
  } catch (error) {
    degraded(state, 'persisted-queries', error);
    throw unavailableError(
      `Your published documents could not be read just now, so the request was not run. Retry in ${TRUSTED_RETRY_SECONDS} seconds.`,
      'TRUSTED_DOCUMENTS_UNAVAILABLE',
      TRUSTED_RETRY_SECONDS,
      state,
    );
  }
}

/** A document's id: its SHA-256 in hex, optionally prefixed `sha256:` (the GraphQL-over-HTTP spelling). */
export const DOCUMENT_ID = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

const badDocumentId = () =>
  new GraphQLError('`documentId` must be `sha256:` followed by the SHA-256 of the document in hex (64 characters).', {
    extensions: { code: 'BAD_USER_INPUT', http: REQUEST_ERROR_HTTP },
  });

const notAllowed = (partner: Partner) =>
  new GraphQLError(
    `This API key runs only the documents ${partner.name} published (trusted documents), and this document is not one of them. Send the hash of a published document, or publish this one with \`npm run partner -- publish\`.`,
    { extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: REQUEST_ERROR_HTTP } },
  );

const notFound = () => new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 200 } } });
const mismatch = () => new GraphQLError('PersistedQueryMismatch', { extensions: { code: 'PERSISTED_QUERY_MISMATCH', http: { status: 200 } } });

interface Named {
  /** The hash a request names (lowercase hex when it had the `sha256:` prefix or came as `documentId`), or null. */
  hash: string | null;
  /** Whether it came as `documentId` (else as the APQ extension). */
  documentId: boolean;
  /** Whether the APQ extension wrote it `sha256:<hex>` (yoga's APQ plugin reads bare hex). */
  prefixed?: boolean;
}

/**
 * The document a request names by hash: `documentId`, or the APQ extension. An APQ hash written
 * `sha256:<hex>` (GraphQL Code Generator's persisted-document hashes, which clients send as
 * they are) is read as its hex.
 */
function namedDocument(params: GraphQLParams & { documentId?: unknown }): Named {
  if (params.documentId != null) {
    const match = typeof params.documentId === 'string' ? DOCUMENT_ID.exec(params.documentId) : null;
    if (!match) throw badDocumentId();
    return { hash: match[1]!.toLowerCase(), documentId: true };
  }
  const apq = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (!apq || typeof apq !== 'object' || apq.version !== 1 || typeof apq.sha256Hash !== 'string') return { hash: null, documentId: false };
  const prefixed = /^sha256:([0-9a-fA-F]{64})$/.exec(apq.sha256Hash);
  return prefixed ? { hash: prefixed[1]!.toLowerCase(), documentId: false, prefixed: true } : { hash: apq.sha256Hash, documentId: false };
}

/** The parameters with the APQ extension's hash as yoga's APQ plugin reads it (bare hex). */
function withApqHash(params: GraphQLParams, hash: string): GraphQLParams {
  const extensions = params.extensions as { persistedQuery: object };
  return { ...params, extensions: { ...extensions, persistedQuery: { ...extensions.persistedQuery, sha256Hash: hash } } };
}

/** The parameters with the named document's text as the query, and no hash left for yoga's APQ plugin. */
function withQuery(params: GraphQLParams & { documentId?: unknown }, query: string): GraphQLParams {
  const { documentId: _id, ...rest } = params;
  const { persistedQuery: _apq, ...extensions } = (params.extensions ?? {}) as Record<string, unknown>;
  return { ...rest, query, extensions: Object.keys(extensions).length ? extensions : undefined };
}

/** A trusted-only key: the request runs a document the partner published, or is refused. */
async function trustedOnly(context: ServerContext, partner: Partner, params: GraphQLParams, named: Named): Promise<GraphQLParams> {
  const sent = typeof params.query === 'string' ? params.query : null;
  const sentHash = sent === null ? null : await sha256Hex(sent);
  if (named.hash !== null && sentHash !== null && named.hash !== sentHash) throw mismatch();
  const hash = named.hash ?? sentHash;
  if (hash === null || !SHA256_HEX.test(hash)) throw notAllowed(partner);
  const published = await publishedOrUnavailable(context.env, context.state, partner.id, hash);
  if (published === null) throw notAllowed(partner);
  return withQuery(params, published);
}

/** `documentId` from any other caller: checks the query sent with it, or finds the document. */
async function byDocumentId(context: ServerContext, store: PersistedQueryStore, params: GraphQLParams, hash: string): Promise<GraphQLParams> {
  if (typeof params.query === 'string') {
    if ((await sha256Hex(params.query)) !== hash) throw mismatch();
    return withQuery(params, params.query);
  }
  const caller = context.state?.caller;
  const partner = caller?.kind === 'partner' ? caller.partner : null;
  let query: string | null = null;
  if (partner) query = await publishedDocument(context.env, partner.id, hash).catch(() => null);
  // Found among the partner's own documents, the answer is this caller's: no response cache keeps it
  // (anyone else naming the hash would get PersistedQueryNotFound).
  if (query !== null) context.state.callersOwn = true;
  query ??= await store.lookup(hash, context);
  if (query === null) throw notFound();
  return withQuery(params, query);
}

/** Whether a result is an execution's (it passed validation and the limits): it has `data`, even null. */
const executed = (result: unknown) => typeof result === 'object' && result !== null && 'data' in result && (result as { data?: unknown }).data !== undefined;

export function persistedDocuments(store: PersistedQueryStore): Plugin<Record<string, unknown>, ServerContext> {
  /** APQ registrations (a query sent with its hash) by request, shared once they have executed. */
  const registrations = new WeakMap<Request, { hash: string; query: string }>();
  return {
    async onParams({ params, setParams, request, context }) {
      const named = namedDocument(params);
      const caller = context.state?.caller;
      if (caller?.kind === 'partner' && caller.partner.trustedDocumentsOnly) {
        setParams(await trustedOnly(context, caller.partner, params, named));
      } else if (named.documentId) {
        setParams(await byDocumentId(context, store, params, named.hash!));
      } else if (named.hash !== null && typeof params.query !== 'string') {
        // A hash alone: found here (this isolate's cache, then KV, with this request's binding and
        // state), it runs as its query; else yoga's APQ plugin answers PersistedQueryNotFound.
        const query = await store.lookup(named.hash, context);
        if (query !== null) setParams(withQuery(params, query));
        else if (named.prefixed) setParams(withApqHash(params, named.hash));
      } else if (named.hash !== null) {
        if (named.prefixed) setParams(withApqHash(params, named.hash));
        registrations.set(request, { hash: named.hash, query: params.query as string });
      }
    },
    onExecute({ args }) {
      const context = args.contextValue as unknown as ServerContext & { request: Request };
      const registration = registrations.get(context.request);
      if (!registration) return;
      return {
        async onExecuteDone({ result }) {
          if (!executed(result)) return;
          const sharing = store.share(context.env, registration.hash, registration.query);
          // In-process (no execution context), the answer waits for it.
          if (context.afterResponse) context.afterResponse(sharing);
          else await sharing;
        },
      };
    },
  };
}
