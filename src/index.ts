// The Worker: builds the Hono app and the yoga server once per isolate and routes requests.
import { GraphQLError } from 'graphql';
import { createLogger, createYoga, type YogaLogger } from 'graphql-yoga';
import { Hono } from 'hono';
import { DomainError, ERROR_CODES, type ErrorCode } from './resolvers/errors.js';
import { schema } from './schema/index.js';
import { DEFAULT_QUERY, renderGraphiQLPage } from './graphiql.js';

export interface Env {
  /** Static assets (GraphiQL's files); see wrangler.toml. */
  ASSETS: Fetcher;
}

const GRAPHQL_PATH = '/graphql';

/**
 * Expected errors (DomainError) keep their message and stable code; GraphQL's own validation
 * errors keep theirs; anything else is masked as INTERNAL_SERVER_ERROR.
 */
function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    const gqlError = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(original.message, {
      nodes: gqlError?.nodes,
      source: gqlError?.source,
      positions: gqlError?.positions,
      path: gqlError?.path,
      extensions: { code: original.code, ...original.details },
    });
  }
  // Pothos rejects a malformed global ID before any resolver runs: the caller's mistake.
  if (original instanceof Error && original.name === 'PothosValidationError' && original.message.startsWith('Invalid global ID')) {
    return new GraphQLError(`${original.message}. Pass an \`id\` value returned by this API.`, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  // GraphQL's own errors (syntax, validation, variable coercion) are written for the caller;
  // they get the contract's code for a caller's mistake, keeping yoga's finer code as `reason`.
  if (error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError)) {
    // yoga attaches the underlying parser error in development; it is internal, so it goes.
    const { code, originalError: _internal, stack: _stack, ...extensions } = error.extensions ?? {};
    const known = typeof code === 'string' && ERROR_CODES.includes(code as ErrorCode);
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { ...extensions, code: known ? code : 'BAD_USER_INPUT', ...(code && !known ? { reason: code } : {}) },
    });
  }
  return new GraphQLError(message, {
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** A caller's mistake: a contract error, GraphQL's own request errors, or a malformed global ID. */
function isExpected(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const original = error.originalError;
  return (
    !original ||
    original instanceof DomainError ||
    original instanceof GraphQLError ||
    (original.name === 'PothosValidationError' && original.message.startsWith('Invalid global ID'))
  );
}

/** yoga logs every error it masks; expected ones are the caller's, so they go to debug. */
const base = createLogger('info');
const logger: YogaLogger = {
  debug: (...args) => base.debug(...args),
  info: (...args) => base.info(...args),
  warn: (...args) => base.warn(...args),
  error: (...args) => (args.every(isExpected) ? base.debug(...args) : base.error(...args)),
};

export const yoga = createYoga<{ env: Env }>({
  schema,
  graphqlEndpoint: GRAPHQL_PATH,
  landingPage: false,
  logging: logger,
  maskedErrors: { maskError, errorMessage: 'Unexpected error.' },
  graphiql: { title: 'certgraph · GraphiQL', defaultQuery: DEFAULT_QUERY },
  renderGraphiQL: (options) =>
    renderGraphiQLPage({
      title: options?.title ?? 'certgraph',
      endpoint: GRAPHQL_PATH,
      defaultQuery: options?.defaultQuery ?? DEFAULT_QUERY,
    }),
});

const app = new Hono<{ Bindings: Env }>();

app.get('/', (c) => c.redirect(GRAPHQL_PATH));
// Deployed, the platform serves /graphiql/* from static assets before the Worker runs; this
// route serves them through the ASSETS binding wherever the Worker is called directly (tests).
app.get('/graphiql/*', (c) => c.env.ASSETS.fetch(c.req.raw));
app.on(['GET', 'POST', 'OPTIONS'], GRAPHQL_PATH, (c) =>
  // workers-types' Request/Response and yoga's fetch-API ones are the same objects typed twice.
  yoga.fetch(c.req.raw as never, { env: c.env }) as Promise<Response>,
);
app.notFound((c) =>
  c.json({ errors: [{ message: `No route for ${c.req.method} ${new URL(c.req.url).pathname}. The API is at ${GRAPHQL_PATH}.`, extensions: { code: 'NOT_FOUND' } }] }, 404),
);

export default app;
