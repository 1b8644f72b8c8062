// The one place that decides whose fault an error is. A caller's mistake is one of the cases
// listed here, answered with its contract code and a message that says what to fix; anything
// else is the server's: INTERNAL_SERVER_ERROR with nothing of it but the request id, logged once
// at error level with that id. Every error a response carries passes through `toResponseError`
// (yoga's masking for thrown and execution errors, and a last pass over every result).
import { GraphQLError } from 'graphql';
import { DomainError, ERROR_CODES, type ErrorCode } from '../resolvers/errors.js';
import { currentRequestId, requestLabel } from './request-context.js';

/** The longest message an error carries: messages may quote the caller's input, which is capped. */
export const MAX_MESSAGE_LENGTH = 1000;

/**
 * The caller's mistakes that yoga and graphql-js report with their own codes, mapped onto the
 * contract's; the original stays as `extensions.reason`. A code not listed here is not trusted.
 */
const PROTOCOL_CODES: Readonly<Record<string, ErrorCode>> = {
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
};

const VALIDATION_ABORTED =
  'Validation stopped: the query has too many errors, or selects the same field too many times to compare. Select each field once, and fix the errors a smaller query reports.';

/** yoga's message for an `operationName` that names no operation of the query (or none given for several). */
const OPERATION_UNKNOWN = 'Could not determine what operation to execute.';
const OPERATION_UNKNOWN_HINT = 'Pass as `operationName` the name of one of the query\'s operations (or none when it has only one).';

const SHAPE_LIMITS: Readonly<Record<string, string>> = { Token: 'tokens', Aliases: 'aliases', Directives: 'directives', 'Query depth': 'depth' };

/**
 * graphql-js's own shape limit (MaxIntrospectionDepthRule: `fields`, `interfaces`,
 * `possibleTypes` or `inputFields` nested 3 deep under introspection), recognised by its message,
 * which graphql-js gives no code (test/limits.test.ts pins it).
 */
const INTROSPECTION_DEPTH_MESSAGE = 'Maximum introspection depth exceeded';
const INTROSPECTION_DEPTH_MAX = 3;

/**
 * How every refusal before execution answers over HTTP, as the GraphQL-over-HTTP spec and yoga
 * have it for request errors: 400 under application/graphql-response+json, 200 under
 * application/json (`spec`: the status applies to the former only).
 */
export const REQUEST_ERROR_HTTP = { status: 400, spec: true } as const;

/** Errors raised by graphql-armor's shape limits, recognised by identity. */
const shapeRefusals = new WeakSet<object>();
export function markShapeRefusal(error: GraphQLError): void {
  shapeRefusals.add(error);
}

/** Errors already in their final form (this module made them, or checked them): passed through. */
const final = new WeakSet<object>();
/** Originals already logged, so an error passing twice is logged once. */
const logged = new WeakSet<object>();

export type Verdict = { caller: true; code: ErrorCode; reason?: string } | { caller: false };

const isContractCode = (code: unknown): code is ErrorCode => typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

/** Whose fault an error is, and its contract code when it is the caller's. */
export function classify(error: unknown): Verdict {
  if (error instanceof DomainError) return error.code === 'INTERNAL_SERVER_ERROR' ? { caller: false } : { caller: true, code: error.code };
  if (!(error instanceof GraphQLError)) return { caller: false };
  if (shapeRefusals.has(error)) return { caller: true, code: 'QUERY_TOO_COMPLEX' };
  if (error.message === INTROSPECTION_DEPTH_MESSAGE && error.originalError == null) return { caller: true, code: 'QUERY_TOO_COMPLEX', reason: 'introspectionDepth' };
  const original = error.originalError;
  // A wrapped error is judged by what it wraps: a resolver's DomainError, or anything it threw.
  if (original != null && original !== error) return classify(original);
  const code = error.extensions?.code;
  if (isContractCode(code)) return code === 'INTERNAL_SERVER_ERROR' ? { caller: false } : { caller: true, code };
  if (typeof code === 'string' && PROTOCOL_CODES[code]) return { caller: true, code: PROTOCOL_CODES[code]!, reason: code };
  // Anything else (graphql-js's "Abstract type must resolve", "Expected Iterable", "Cannot return
  // null for non-nullable field", a Pothos error at run time...) is the server's.
  return { caller: false };
}

/** Extension values the caller may have sent are capped too: strings, and lists of them. */
const MAX_EXTENSION_STRING = 200;
const MAX_EXTENSION_ITEMS = 100;
function cappedValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > MAX_EXTENSION_STRING ? `${value.slice(0, MAX_EXTENSION_STRING)}…` : value;
  if (depth > 2 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, MAX_EXTENSION_ITEMS).map((v) => cappedValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cappedValue(v, depth + 1)]));
}
function cappedExtensions(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http, ...rest } = extensions;
  return { ...(cappedValue(rest) as Record<string, unknown>), ...(http ? { http } : {}) };
}

function capped(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  return `${message.slice(0, MAX_MESSAGE_LENGTH)}… (cut: the message was ${message.length.toLocaleString('en-US')} characters)`;
}

/** graphql-armor's refusal as QUERY_TOO_COMPLEX, naming the limit and the query's own figure. */
function shapeRefusal(error: GraphQLError): GraphQLError {
  const text = error.message.replace(/^Syntax Error: /, '');
  const match = /^(Token|Aliases|Directives|Query depth) limit of (\d+) exceeded(?:, found (\d+))?/.exec(text);
  const extensions: Record<string, unknown> = { code: 'QUERY_TOO_COMPLEX' };
  if (match) {
    extensions.limit = SHAPE_LIMITS[match[1]!];
    extensions.max = Number(match[2]);
    if (match[3]) extensions.requested = Number(match[3]);
  }
  // Refused before execution, whatever the limit and whether the refusal was cached with the document.
  extensions.http = REQUEST_ERROR_HTTP;
  return new GraphQLError(capped(`Query too complex: ${text}`), { nodes: error.nodes, source: error.source, positions: error.positions, extensions });
}

function logInternal(error: unknown): void {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (typeof original === 'object' && original !== null) {
    if (logged.has(original)) return;
    logged.add(original);
  }
  const path = error instanceof GraphQLError && error.path ? ` at ${error.path.join('.')}` : '';
  const detail = original instanceof Error ? (original.stack ?? `${original.name}: ${original.message}`) : String(original);
  console.error(`[certgraph] ${requestLabel()}: unexpected error${path}: ${detail}`);
}

/**
 * The error as the caller sees it. Idempotent: an error already in its final form is returned as
 * is (so yoga, which logs every error its masking changes, logs nothing twice).
 */
export function toResponseError(error: unknown, fallbackMessage = 'Unexpected error.'): GraphQLError {
  if (typeof error === 'object' && error !== null && final.has(error)) return error as GraphQLError;
  const gql = error instanceof GraphQLError ? error : undefined;
  const location = { nodes: gql?.nodes, source: gql?.source, positions: gql?.positions, path: gql?.path };
  const verdict = classify(error);
  let out: GraphQLError;
  if (verdict.caller) {
    const domain = error instanceof DomainError ? error : gql?.originalError instanceof DomainError ? gql.originalError : undefined;
    const shape = gql && (shapeRefusals.has(gql) ? gql : gql.originalError instanceof GraphQLError && shapeRefusals.has(gql.originalError) ? gql.originalError : undefined);
    if (shape) out = shapeRefusal(shape);
    else if (verdict.reason === 'introspectionDepth')
      out = new GraphQLError(
        `Query too complex: introspection nests \`fields\`, \`interfaces\`, \`possibleTypes\` or \`inputFields\` more than ${INTROSPECTION_DEPTH_MAX} deep. Ask for the nested types by name with \`__type(name:)\`.`,
        { ...location, extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'introspectionDepth', max: INTROSPECTION_DEPTH_MAX, http: REQUEST_ERROR_HTTP } },
      );
    else if (domain) out = new GraphQLError(capped(domain.message), { ...location, extensions: cappedExtensions({ code: domain.code, ...domain.details }) });
    else {
      const { code: _code, originalError: _internal, stack: _stack, ...extensions } = (gql?.extensions ?? {}) as Record<string, unknown>;
      // graphql-js stops validating after 100 errors, or when one field is selected so many times
      // that comparing the selections would take too long; its message says neither.
      const message =
        gql!.message === 'Validation aborted.' ? VALIDATION_ABORTED
        : gql!.message === OPERATION_UNKNOWN ? `${OPERATION_UNKNOWN} ${OPERATION_UNKNOWN_HINT}`
        : gql!.message;
      // yoga's request errors before execution answer as every other refusal does (a 405 keeps its own status).
      // (A malformed request, yoga's BAD_REQUEST, keeps 400 under both media types.)
      if ((extensions.http as { status?: number } | undefined)?.status === 400 && verdict.reason === 'OPERATION_RESOLUTION_FAILURE') extensions.http = REQUEST_ERROR_HTTP;
      const unchanged = gql!.extensions?.code === verdict.code && _internal === undefined && _stack === undefined && message === gql!.message && message.length <= MAX_MESSAGE_LENGTH;
      out = unchanged
        ? gql!
        : new GraphQLError(capped(message), { ...location, extensions: cappedExtensions({ ...extensions, code: verdict.code, ...(verdict.reason ? { reason: verdict.reason } : {}) }) });
    }
  } else {
    const requestId = currentRequestId();
    logInternal(error);
    out = new GraphQLError(requestId ? `${fallbackMessage} Quote request id ${requestId} if you report it.` : fallbackMessage, {
      path: gql?.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    });
  }
  final.add(out);
  return out;
}

/** Whether an error (or every error of a log call) is the caller's: such log lines go to debug. */
export function isCallersMistake(error: unknown): boolean {
  if (typeof error === 'object' && error !== null && final.has(error)) {
    return (error as GraphQLError).extensions?.code !== 'INTERNAL_SERVER_ERROR';
  }
  return classify(error).caller;
}

/** Whether this module has already logged the error (yoga logs the originals it masks: once is enough). */
export function alreadyLogged(error: unknown): boolean {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  return typeof original === 'object' && original !== null && logged.has(original);
}
