// The GraphQL server: yoga over the Pothos schema, with its plugins in the order a request meets
// them: GraphQL over HTTP (src/graphql/graphql-over-http.ts), the query limits (src/graphql/limits/index.ts),
// Automatic Persisted Queries, and the contract's error codes on every error (src/graphql/masking.ts).
// The Worker builds one per isolate (src/app.ts); `plugins` adds more (tracing, metrics, a test
// that counts executions). GET answers are cached in front of yoga (src/graphql/response-cache.ts).
import { useAPQ } from '@graphql-yoga/plugin-apq';
import type { GraphQLSchema } from 'graphql';
import { createLogger, createYoga, type Plugin, type YogaLogger } from 'graphql-yoga';
import { graphqlCaches, type ServerCaches } from '../edge/caches.js';
import { alreadyLogged } from '../edge/log.js';
import { requestLabel } from '../edge/request-context.js';
import { schema as certgraphSchema } from '../schema/index.js';
import { graphqlOverHttp } from './graphql-over-http.js';
import { queryLimits } from './limits/index.js';
import { isCallersMistake, toResponseError } from './masking.js';
import { GRAPHQL_PATH } from './paths.js';
import { persistedDocuments, type ServerContext } from './persisted-documents.js';
import { PersistedQueryStore } from './persisted-queries.js';

export { GRAPHQL_PATH };

/**
 * Every error yoga masks (thrown, or in an execution result) goes through the one classifier:
 * the caller's mistakes keep their message with a contract code; anything else becomes
 * INTERNAL_SERVER_ERROR with the request id, logged at error level.
 */
export const maskError: (error: unknown, message: string) => Error = toResponseError;

/** Validation errors are returned, not thrown, so they miss maskError: every result gets this pass. */
const contractCodes: Plugin = {
  onResultProcess({ result, setResult }) {
    if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
    const errors = result.errors.map((e) => toResponseError(e));
    if (errors.every((e, i) => e === result.errors![i])) return;
    setResult({ ...result, errors } as typeof result);
  },
};

/**
 * yoga logs the original of every error its masking changed. The masking has logged the server's
 * own errors already (at error level, with the request id); callers' mistakes go to debug.
 */
const base = createLogger('info');
const logger: YogaLogger = {
  debug: (...args) => base.debug(...args),
  info: (...args) => base.info(...args),
  warn: (...args) => base.warn(...args),
  error: (...args) => {
    if (args.every((a) => isCallersMistake(a) || alreadyLogged(a))) return base.debug(...args);
    base.error(`${requestLabel()}:`, ...args);
  },
};

export interface GraphQLServerOptions {
  /** The schema served: certgraph's unless a test serves another (a broken one, for the classifier). */
  schema?: GraphQLSchema;
  /** Further yoga plugins, after certgraph's own. */
  plugins?: Plugin[];
  /** The parse, parse-error and APQ caches: the isolate's (each bounded in bytes) unless given. */
  caches?: ServerCaches;
}

export function createGraphQLServer({ schema = certgraphSchema, plugins = [], caches = graphqlCaches }: GraphQLServerOptions = {}) {
  const persistedQueries = new PersistedQueryStore(caches.persistedQueries, caches.persistedStored);
  return createYoga<ServerContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    logging: logger,
    // CORS is Hono's job (src/app.ts); yoga would echo any origin. GraphiQL is src/graphiql's.
    cors: false,
    graphiql: false,
    maskedErrors: { maskError, errorMessage: 'Unexpected error.' },
    // One operation per request: batching stays off (yoga's default), said here so it stays so.
    batching: false,
    // The body is limited by our own parser as it streams (src/graphql/graphql-over-http.ts, with the
    // contract's error); yoga's limit would pipe every body through a second stream and Request.
    maxRequestBodySize: false,
    // Parsed documents and parse errors, bounded in bytes; validation results are kept per
    // document (so they go with it). Only shape limits are decided in validation: the cost,
    // which depends on variables, is checked per request (src/graphql/limits/request-cost.ts).
    parserAndValidationCache: { documentCache: caches.documents, errorCache: caches.parseErrors, validationCache: true },
    plugins: [
      graphqlOverHttp(),
      ...queryLimits,
      // Partners' trusted documents, `documentId`, and sharing executed APQ registrations
      // (src/graphql/persisted-documents.ts): after the limits, before yoga's APQ plugin.
      persistedDocuments(persistedQueries),
      // Apollo/urql's Automatic Persisted Queries; a miss answers 200 with PersistedQueryNotFound,
      // as Apollo Server does. Two levels (src/graphql/persisted-queries.ts): the isolate's cache,
      // bounded in bytes, then KV, shared by every isolate, written only for executed queries.
      useAPQ({ store: persistedQueries, responseConfig: { forceStatusCodeOk: true } }),
      ...plugins,
      contractCodes,
    ],
  });
}

export type GraphQLServer = ReturnType<typeof createGraphQLServer>;
