// The GraphQL server: yoga over the Pothos schema, with Automatic Persisted Queries, error
// masking that keeps the contract's codes, and quiet logs for callers' mistakes. Built once per
// isolate. (GET responses are cached in front of yoga: src/http/response-cache.ts.)
import { useAPQ } from '@graphql-yoga/plugin-apq';
import type { GraphQLSchema } from 'graphql';
import { createLogger, createYoga, type Plugin, type YogaLogger } from 'graphql-yoga';
import { schema } from '../schema/index.js';
import { DEFAULT_QUERY, renderGraphiQLPage } from '../graphiql.js';
import type { Env } from './env.js';
import { createServerCaches } from './caches.js';
import { alreadyLogged, isCallersMistake, toResponseError } from './errors.js';
import { queryLimits } from './limits.js';
import { requestLabel } from './request-context.js';

export const GRAPHQL_PATH = '/graphql';

/**
 * Every error yoga masks (thrown, or in an execution result) goes through the one classifier
 * (src/http/errors.ts): the caller's mistakes keep their message with a contract code; anything
 * else becomes INTERNAL_SERVER_ERROR with the request id, logged at error level.
 */
export function maskError(error: unknown, message: string): Error {
  return toResponseError(error, message);
}

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
 * yoga logs the original of every error its masking changed. The classifier has logged the
 * server's own errors already (at error level, with the request id); callers' mistakes go to debug.
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

/** How many operations this isolate has executed: lets tests and benchmarks see cache hits skip execution. */
export const executionStats = { executions: 0 };
const countExecutions: Plugin = {
  onExecute() {
    executionStats.executions++;
  },
};

/**
 * The GraphQL server over a schema, with its own caches (each bounded in bytes). The Worker uses
 * one, over the certgraph schema; tests build others (a deliberately broken schema, for the
 * error classifier).
 */
export function createGraphQLServer(graphqlSchema: GraphQLSchema = schema) {
  const caches = createServerCaches();
  const server = createYoga<{ env: Env }>({
    schema: graphqlSchema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    logging: logger,
    // CORS is Hono's job (src/app.ts); yoga would echo any origin.
    cors: false,
    maskedErrors: { maskError, errorMessage: 'Unexpected error.' },
    graphiql: { title: 'certgraph · GraphiQL', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL: (options) =>
      renderGraphiQLPage({
        title: options?.title ?? 'certgraph',
        endpoint: GRAPHQL_PATH,
        defaultQuery: options?.defaultQuery ?? DEFAULT_QUERY,
      }),
    // One operation per request: batching stays off (yoga's default), said here so it stays so.
    batching: false,
    // Parsed documents and parse errors, bounded in bytes; validation results are kept per
    // document (so they go with it). Only shape limits are decided in validation: the cost,
    // which depends on variables, is checked per request (src/http/limits.ts).
    parserAndValidationCache: { documentCache: caches.documents, errorCache: caches.parseErrors, validationCache: true },
    plugins: [
      ...queryLimits,
      // Apollo/urql's Automatic Persisted Queries; a miss answers 200 with PersistedQueryNotFound,
      // as Apollo Server does. The store is per isolate, bounded in bytes, without expiry (an entry
      // in use stays; the least recently used goes first): a KV store would let anyone cause writes
      // with random queries. A query too large to keep is simply run each time it is sent.
      useAPQ({ store: caches.persistedQueries, responseConfig: { forceStatusCodeOk: true } }),
      countExecutions,
      contractCodes,
    ],
  });
  return Object.assign(server, { caches });
}

export const yoga = createGraphQLServer();
