// The one classifier: whose fault any error is, and its contract code when it is the caller's.
// It sits at the GraphQL edge because it knows the shapes of the libraries there (graphql-js's and
// yoga's codes, graphql-armor's rejections); the domain (src/resolvers/errors.ts) only throws
// DomainErrors. Masking and logging (src/graphql/masking.ts), the query limits, the edge's
// refusals (src/admission/refusals.ts), usage counting and the widget all ask `classify`; nothing
// else decides. Errors are recognised by their shape, and errors they wrap by what they wrap.
import { DomainError, ERROR_CODES, type ErrorCode } from '../resolvers/errors.js';

/**
 * The callers' mistakes that yoga and graphql-js report with their own codes, mapped onto the
 * contract's; the original stays as `extensions.reason`. A code not listed here is not trusted.
 */
export const PROTOCOL_CODES: Readonly<Record<string, ErrorCode>> = {
  // yoga: the request (body, parameters, method) is malformed.
  BAD_REQUEST: 'BAD_USER_INPUT',
  REQUEST_ENTITY_TOO_LARGE: 'BAD_USER_INPUT',
  // graphql-js through yoga: syntax and validation errors.
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  // A mutation by GET (there are no mutations) or an operation that cannot be chosen.
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  // Automatic Persisted Queries.
  PERSISTED_QUERY_NOT_FOUND: 'NOT_FOUND',
  PERSISTED_QUERY_MISMATCH: 'BAD_USER_INPUT',
  // A partner's trusted-only key and a document it did not publish (src/graphql/persisted-documents.ts).
  PERSISTED_QUERY_NOT_ALLOWED: 'FORBIDDEN',
};

/**
 * Errors raised by a library for a caller's mistake, tagged where the library reports them (its
 * own callback: graphql-armor's onReject) with the DomainError that says what it means.
 */
const tags = new WeakMap<object, DomainError>();
export function tagAsCallersMistake(error: object, meaning: DomainError): void {
  tags.set(error, meaning);
}

/**
 * graphql-js's own shape limit (MaxIntrospectionDepthRule: `fields`, `interfaces`,
 * `possibleTypes` or `inputFields` nested 3 deep under introspection), recognised by its message,
 * which graphql-js gives no code (test/graphql/limits.test.ts pins it). `reason` names it for the masking.
 */
const INTROSPECTION_DEPTH_MESSAGE = 'Maximum introspection depth exceeded';
export const INTROSPECTION_DEPTH_REASON = 'introspectionDepth';

export type Verdict = { caller: true; code: ErrorCode; reason?: string; domain?: DomainError } | { caller: false };

const SERVERS: Verdict = { caller: false };

const isContractCode = (code: unknown): code is ErrorCode => typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

/** A graphql-js GraphQLError, by its shape (an error of another copy of graphql-js is one too). */
function isGraphQLError(error: object): error is Error & { extensions?: { code?: unknown } } {
  return error instanceof Error && error.name === 'GraphQLError';
}

/**
 * Whose fault an error is, and its contract code when it is the caller's. A caller's mistake is
 * one of a listed set of cases: a DomainError (or an error tagged with one), or a GraphQLError
 * with a contract code or a listed protocol code. An error that wraps another (GraphQLError's
 * `originalError`, an HTTPException's `cause`) is judged by what it wraps. Anything else
 * (graphql-js's "Abstract type must resolve", a TypeError, a Pothos error at run time...) is the
 * server's.
 */
export function classify(error: unknown): Verdict {
  if (error instanceof DomainError) return error.code === 'INTERNAL_SERVER_ERROR' ? SERVERS : { caller: true, code: error.code, domain: error };
  if (typeof error !== 'object' || error === null) return SERVERS;
  const tag = tags.get(error);
  if (tag) return classify(tag);
  const { originalError, cause } = error as { originalError?: unknown; cause?: unknown };
  const wrapped = originalError ?? cause;
  if (wrapped != null && wrapped !== error) return classify(wrapped);
  if (!isGraphQLError(error)) return SERVERS;
  if (error.message === INTROSPECTION_DEPTH_MESSAGE) return { caller: true, code: 'QUERY_TOO_COMPLEX', reason: INTROSPECTION_DEPTH_REASON };
  const code = error.extensions?.code;
  if (isContractCode(code)) return code === 'INTERNAL_SERVER_ERROR' ? SERVERS : { caller: true, code };
  if (typeof code === 'string' && PROTOCOL_CODES[code]) return { caller: true, code: PROTOCOL_CODES[code], reason: code };
  return SERVERS;
}
