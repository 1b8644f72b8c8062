// The GraphQL server: yoga over the Pothos schema, with Automatic Persisted Queries, error
// masking that keeps the contract's codes, and quiet logs for callers' mistakes. Built once per
// isolate. (GET responses are cached in front of yoga: src/http/response-cache.ts.)
import { useAPQ } from '@graphql-yoga/plugin-apq';
import { GraphQLError } from 'graphql';
import { createLogger, createYoga, type Plugin, type YogaLogger } from 'graphql-yoga';
import { DomainError, ERROR_CODES, type ErrorCode } from '../resolvers/errors.js';
import { schema } from '../schema/index.js';
import { DEFAULT_QUERY, renderGraphiQLPage } from '../graphiql.js';
import type { Env } from './env.js';
import { isShapeRefusal, queryLimits } from './limits.js';
import { currentRequestId } from './request-context.js';

export const GRAPHQL_PATH = '/graphql';

/** Protocol error codes (yoga, APQ) mapped onto the contract's codes; the original stays as `reason`. */
const PROTOCOL_CODES: Record<string, ErrorCode> = {
  PERSISTED_QUERY_NOT_FOUND: 'NOT_FOUND',
};

const SHAPE_LIMITS: Record<string, string> = { Token: 'tokens', Aliases: 'aliases', Directives: 'directives', 'Query depth': 'depth' };

/** graphql-armor's refusal, as QUERY_TOO_COMPLEX naming the limit and the query's figure. */
function shapeRefusal(error: GraphQLError): GraphQLError {
  const text = error.message.replace(/^Syntax Error: /, '');
  const match = /^(Token|Aliases|Directives|Query depth) limit of (\d+) exceeded(?:, found (\d+))?/.exec(text);
  const extensions: Record<string, unknown> = { code: 'QUERY_TOO_COMPLEX' };
  if (match) {
    extensions.limit = SHAPE_LIMITS[match[1]!];
    extensions.max = Number(match[2]);
    if (match[3]) extensions.requested = Number(match[3]);
  }
  return new GraphQLError(`Query too complex: ${text}`, { nodes: error.nodes, source: error.source, positions: error.positions, extensions });
}

/**
 * GraphQL's own request errors (syntax, validation, variables, protocol) are written for the
 * caller; they keep their message and get a contract code, yoga's finer code staying as `reason`.
 * yoga's development-only `originalError` extension is internal, so it goes.
 */
function withContractCode(error: GraphQLError): GraphQLError {
  const { code, originalError: _internal, stack: _stack, ...extensions } = error.extensions ?? {};
  const known = typeof code === 'string' && ERROR_CODES.includes(code as ErrorCode);
  if (known && _internal === undefined && _stack === undefined) return error;
  const mapped = typeof code === 'string' ? PROTOCOL_CODES[code] : undefined;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...extensions, code: known ? code : (mapped ?? 'BAD_USER_INPUT'), ...(code && !known ? { reason: code } : {}) },
  });
}

/** Validation errors are returned, not thrown, so they miss maskError: every result gets this pass. */
const contractCodes: Plugin = {
  onResultProcess({ result, setResult }) {
    if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
    setResult({ ...result, errors: result.errors.map((e) => (e instanceof GraphQLError ? withContractCode(e) : e)) } as typeof result);
  },
};

function isPothosInvalidId(error: unknown): error is Error {
  return error instanceof Error && error.name === 'PothosValidationError' && error.message.startsWith('Invalid global ID');
}

/**
 * Expected errors (DomainError) keep their message and stable code; GraphQL's own request errors
 * keep their message and get a contract code; anything else is masked as INTERNAL_SERVER_ERROR.
 */
export function maskError(error: unknown, message: string): Error {
  const gqlError = error instanceof GraphQLError ? error : undefined;
  const original = gqlError ? gqlError.originalError : error;
  const location = { nodes: gqlError?.nodes, source: gqlError?.source, positions: gqlError?.positions, path: gqlError?.path };
  if (gqlError && isShapeRefusal(gqlError)) return shapeRefusal(gqlError.originalError instanceof GraphQLError ? gqlError.originalError : gqlError);
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, { ...location, extensions: { code: original.code, ...original.details } });
  }
  // Pothos rejects a malformed global ID before any resolver runs: the caller's mistake.
  if (isPothosInvalidId(original)) {
    return new GraphQLError(`${original.message}. Pass an \`id\` value returned by this API.`, {
      path: gqlError?.path,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (gqlError && (!gqlError.originalError || gqlError.originalError instanceof GraphQLError)) return withContractCode(gqlError);
  // Unexpected: nothing of it reaches the caller but a request id, which is in the log line too.
  const requestId = currentRequestId();
  return new GraphQLError(requestId ? `${message} Quote request id ${requestId} if you report it.` : message, {
    path: gqlError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  });
}

/** A caller's mistake: a contract error, GraphQL's own request errors, or a malformed global ID. */
function isExpected(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const original = error.originalError;
  return !original || original instanceof DomainError || original instanceof GraphQLError || isPothosInvalidId(original) || isShapeRefusal(error);
}

/** yoga logs every error it masks; expected ones are the caller's, so they go to debug. */
const base = createLogger('info');
const logger: YogaLogger = {
  debug: (...args) => base.debug(...args),
  info: (...args) => base.info(...args),
  warn: (...args) => base.warn(...args),
  error: (...args) => (args.every(isExpected) ? base.debug(...args) : base.error(`request ${currentRequestId() ?? '-'}:`, ...args)),
};

/** How many operations this isolate has executed: lets tests and benchmarks see cache hits skip execution. */
export const executionStats = { executions: 0 };
const countExecutions: Plugin = {
  onExecute() {
    executionStats.executions++;
  },
};

export const yoga = createYoga<{ env: Env }>({
  schema,
  graphqlEndpoint: GRAPHQL_PATH,
  landingPage: false,
  logging: logger,
  // CORS is Hono's job (src/index.ts); yoga would echo any origin.
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
  plugins: [
    ...queryLimits,
    // Apollo/urql's Automatic Persisted Queries; a miss answers 200 with PersistedQueryNotFound,
    // as Apollo Server does. The store is per isolate and bounded: a KV store would let anyone
    // cause writes with random queries.
    useAPQ({ responseConfig: { forceStatusCodeOk: true } }),
    countExecutions,
    contractCodes,
  ],
});
