// The GraphQL server: yoga over the Pothos schema, with its plugins in the order a request meets
// them: GraphQL over HTTP (src/graphql/graphql-over-http.ts), the query limits (src/graphql/limits/index.ts),
// Automatic Persisted Queries, the contract's error codes on every error (src/graphql/masking.ts),
// and last the record of the final result, which the response cache reads (`resultRecord`).
// The Worker builds one per isolate (src/app.ts); `plugins` adds more (tracing, metrics, a test
// that counts executions). GET answers are cached in front of yoga (src/graphql/response-cache.ts).
import { useAPQ } from '@graphql-yoga/plugin-apq';
import type { GraphQLSchema } from 'graphql';
import { createLogger, createYoga, type Plugin, processRegularResult, type YogaLogger } from 'graphql-yoga';
import { whileTheCatalogLoads } from '../admission/catalog-loading.js';
import { graphqlCaches, type ServerCaches } from '../edge/caches.js';
import { alreadyLogged } from '../edge/log.js';
import { requestLabel, stateForYogaCallbacks } from '../edge/request-context.js';
import { schema as certgraphSchema } from '../schema/index.js';
import type { ServerContext } from './context.js';
import { graphqlOverHttp } from './graphql-over-http.js';
import { queryLimits } from './limits/index.js';
import { builtIntrospectionPrices } from './limits/request-cost.js';
import { isCallersMistake, toResponseError } from './masking.js';
import { GRAPHQL_PATH } from './paths.js';
import { persistedDocuments } from './persisted-documents.js';
import { PersistedQueryStore } from './persisted-queries.js';
import { prepareSchemaWork } from './warm-up.js';

export { GRAPHQL_PATH };

/**
 * Every error yoga masks (thrown, or in an execution result) goes through the one classifier:
 * the caller's mistakes keep their message with a contract code; anything else becomes
 * INTERNAL_SERVER_ERROR with the request id, logged at error level. yoga calls it with the error
 * alone: the request's state is the one its callbacks see (src/edge/request-context.ts).
 */
export const maskError = (error: unknown, message: string): Error => toResponseError(error, stateForYogaCallbacks(), message);

/** Validation errors are returned, not thrown, so they miss maskError: every result gets this pass. */
const contractCodes: Plugin<object, ServerContext> = {
  onResultProcess({ result, setResult, serverContext }) {
    if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
    const errors = result.errors.map((e) => toResponseError(e, serverContext.state));
    if (errors.every((e, i) => e === result.errors![i])) return;
    setResult({ ...result, errors } as typeof result);
  },
};

/** What yoga's final result was, as the response cache needs it (src/graphql/response-cache.ts). */
export interface GraphQLResultRecord {
  /**
   * The answer is one result written as one JSON document (yoga's regular processor): not a stream
   * of increments, not a batch, not framed as server-sent events or multipart.
   */
  readonly oneJsonDocument: boolean;
  /** The contract code (`extensions.code`) of each error, in order, null for one without; empty: no errors. */
  readonly errorCodes: readonly (string | null)[];
}

declare module '../edge/request-context.js' {
  interface RequestState {
    /**
     * yoga's final result, once every plugin has changed it (set by `resultRecord` below, the last
     * plugin to see it). The response cache keeps an answer only when this says one JSON document
     * without errors; absent (yoga answered without a result: a 405, a refusal before parsing, a
     * path that did not run the plugin), nothing is kept. In /mcp the inner requests share the
     * state: the last one's record stays, and nothing there reads it.
     */
    graphqlResult?: GraphQLResultRecord;
  }
}

const codeOf = (error: unknown): string | null => {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' ? code : null;
};

/** The record of a result (yoga's onResultProcess `result`: one, a batch, or an async iterable) and how it is written. */
export function recordOf(result: unknown, processor: unknown): GraphQLResultRecord {
  if (result === null || typeof result !== 'object' || Array.isArray(result) || Symbol.asyncIterator in result) {
    return { oneJsonDocument: false, errorCodes: [] };
  }
  const errors = (result as { errors?: readonly unknown[] }).errors;
  return { oneJsonDocument: processor === processRegularResult, errorCodes: Array.isArray(errors) ? errors.map(codeOf) : [] };
}

/**
 * Last of all the plugins (yoga runs onResultProcess hooks in order, each seeing the result the
 * ones before it set, and the processor its own plugin chose first): records on the request state
 * what the answer is, so that the response cache decides from it rather than parsing yoga's body.
 */
const resultRecord: Plugin<object, ServerContext> = {
  onResultProcess({ result, resultProcessor, serverContext }) {
    if (serverContext.state) serverContext.state.graphqlResult = recordOf(result, resultProcessor);
  },
};

/**
 * yoga logs the original of every error its masking changed. The masking has logged the server's
 * own errors already (at error level, with the request id); callers' mistakes go to debug. yoga
 * calls its logger with the error alone: the request id is the state its callbacks see.
 */
const base = createLogger('info');
const logger: YogaLogger = {
  debug: (...args) => base.debug(...args),
  info: (...args) => base.info(...args),
  warn: (...args) => base.warn(...args),
  error: (...args) => {
    if (args.every((a) => isCallersMistake(a) || alreadyLogged(a))) return base.debug(...args);
    base.error(`${requestLabel(stateForYogaCallbacks())}:`, ...args);
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
  // Introspection's prices for certgraph's schema were computed by the build, not on a first request.
  if (schema === certgraphSchema) builtIntrospectionPrices(schema);
  const server = createYoga<ServerContext>({
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
      // Last: what the result became, for the response cache (src/graphql/response-cache.ts).
      resultRecord,
    ],
  });
  // The schema's share of the first request, done while it waits for the catalog (src/graphql/warm-up.ts).
  whileTheCatalogLoads('graphql', () => prepareSchemaWork(server));
  return server;
}

export type GraphQLServer = ReturnType<typeof createGraphQLServer>;
