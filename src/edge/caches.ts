// Every cache this Worker keeps in an isolate's memory, each bounded in bytes (src/data/byte-cache.ts).
// An isolate has 128 MB; the budgets below add up to under 20 MiB, and `npm run bench:heap` drives
// distinct maximal requests through all of them to show the heap levelling off.
import type { DocumentNode, Token } from 'graphql';
import { ByteCache, stringBytes } from '../data/byte-cache.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Each cache's budget and largest entry. */
export const CACHE_BUDGETS = {
  /** Parsed documents (yoga's parse cache, and its validation cache, keyed by the document). */
  documents: { maxBytes: 12 * MiB, maxEntryBytes: 1536 * KiB },
  /** Parse errors (a syntax error, a query over the token limit), keyed by the query text. */
  parseErrors: { maxBytes: 1 * MiB, maxEntryBytes: 32 * KiB },
  /** Automatic Persisted Queries: hash -> query text. */
  persistedQueries: { maxBytes: 2 * MiB, maxEntryBytes: 64 * KiB },
  /** The persisted queries' hashes known to be in the shared store (KV), never written again. */
  persistedStored: { maxBytes: 256 * KiB, maxEntryBytes: 1 * KiB },
  /** Partners' trusted documents (and hashes a partner did not publish), keyed by partner and hash. */
  trustedDocuments: { maxBytes: 1 * MiB, maxEntryBytes: 64 * KiB },
  /** Successful answers: GET (Accept and query string) and POST (Accept and body, raw and normalized). */
  responses: { maxBytes: 8 * MiB, maxEntryBytes: 512 * KiB },
  /** Partner records (and unknown keys), keyed by the key's SHA-256. */
  partners: { maxBytes: 256 * KiB, maxEntryBytes: 8 * KiB },
} as const;

/**
 * What a parsed document keeps alive: its AST, measured at up to ~560 bytes a token (node, location
 * and token objects; `npm run bench:heap` and bench/README figures), and its source text.
 */
export const AST_BYTES_PER_TOKEN = 600;

function tokenCount(document: DocumentNode): number | null {
  let token: Token | null | undefined = document.loc?.startToken;
  if (!token) return null;
  let n = 0;
  for (; token; token = token.next) n++;
  return n;
}

export function documentBytes(source: string, document: DocumentNode): number {
  // Without locations the token count is unknown: count the most a source of that length can hold.
  const tokens = tokenCount(document) ?? source.length;
  return stringBytes(source) + AST_BYTES_PER_TOKEN * tokens + 1024;
}

/** The caches of a GraphQL server (yoga instance). */
export function createServerCaches() {
  return {
    documents: new ByteCache<string, DocumentNode>({ ...CACHE_BUDGETS.documents, sizeOf: documentBytes }),
    // A parse error keeps its source (the query text) and a few small objects.
    parseErrors: new ByteCache<string, unknown>({ ...CACHE_BUDGETS.parseErrors, sizeOf: (source) => stringBytes(source) + 2 * KiB }),
    persistedQueries: new ByteCache<string, string>({
      ...CACHE_BUDGETS.persistedQueries,
      sizeOf: (hash, query) => stringBytes(hash) + stringBytes(query) + 128,
    }),
    persistedStored: new ByteCache<string, true>({ ...CACHE_BUDGETS.persistedStored, sizeOf: (hash) => stringBytes(hash) + 64 }),
  };
}

export type ServerCaches = ReturnType<typeof createServerCaches>;

/** The isolate's GraphQL caches: every GraphQL server of the isolate shares them (src/graphql/yoga.ts). */
export const graphqlCaches: ServerCaches = createServerCaches();
