// Errors as the caller sees them. The classifier (src/graphql/errors.ts) decides whose fault an
// error is; this module writes the answer: a caller's mistake keeps its message (capped) with its
// contract code and details; anything else is INTERNAL_SERVER_ERROR with nothing of it but the
// request id, logged once at error level with that id (src/edge/log.ts; input it echoes is cut by
// src/edge/echo.ts). Every error a GraphQL response carries
// passes through `toResponseError` (yoga's masking, and a last pass over every result). The request
// id comes from the request's state, which every caller passes (yoga's maskError, called with the
// error alone, passes the state its callbacks see: src/graphql/yoga.ts).
import { GraphQLError } from 'graphql';
import { capped, clipEchoes, MAX_MESSAGE_LENGTH } from '../edge/echo.js';
import { internalMessage, type LogState, logInternal } from '../edge/log.js';
import { classify, INTROSPECTION_DEPTH_REASON, type Verdict } from './errors.js';

const VALIDATION_ABORTED =
  'Validation stopped: the query has too many errors, or selects the same field too many times to compare. Select each field once, and fix the errors a smaller query reports.';

/** yoga's message for an `operationName` that names no operation of the query (or none given for several). */
const OPERATION_UNKNOWN = 'Could not determine what operation to execute.';
const OPERATION_UNKNOWN_HINT = "Pass as `operationName` the name of one of the query's operations (or none when it has only one).";

/** The most `fields`, `interfaces`, `possibleTypes` or `inputFields` graphql-js nests under introspection. */
const INTROSPECTION_DEPTH_MAX = 3;

/**
 * How every refusal before execution answers over HTTP, as the GraphQL-over-HTTP spec and yoga
 * have it for request errors: 400 under application/graphql-response+json, 200 under
 * application/json (`spec`: the status applies to the former only).
 */
export const REQUEST_ERROR_HTTP = { status: 400, spec: true } as const;

/** Errors already in their final form (this module made them, or checked them): passed through. */
const final = new WeakSet<object>();

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

/**
 * A request the server cannot serve right now because a store failed (already logged, and named in
 * X-Certgraph-Degraded): 503 with Retry-After, `reason` stable for clients, and the request id.
 * In its final form: masking passes it through as is.
 */
export function unavailableError(message: string, reason: string, retryAfterSeconds: number, state: LogState | undefined): GraphQLError {
  const { message: text, requestId } = internalMessage(message, state);
  const http = { status: 503, headers: { 'retry-after': String(retryAfterSeconds) } };
  const out = new GraphQLError(text, { extensions: { code: 'INTERNAL_SERVER_ERROR', reason, ...(requestId ? { requestId } : {}), http } });
  final.add(out);
  return out;
}

/** Where an error happened, kept on the error that replaces it. */
const whereOf = (gql: GraphQLError | undefined) => ({ nodes: gql?.nodes, source: gql?.source, positions: gql?.positions, path: gql?.path });

/** graphql-js's introspection depth refusal, in the terms of the API's other shape limits. */
function introspectionDepthError(gql: GraphQLError): GraphQLError {
  return new GraphQLError(
    `Query too complex: introspection nests \`fields\`, \`interfaces\`, \`possibleTypes\` or \`inputFields\` more than ${INTROSPECTION_DEPTH_MAX} deep. Ask for the nested types by name with \`__type(name:)\`.`,
    { ...whereOf(gql), extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'introspectionDepth', max: INTROSPECTION_DEPTH_MAX, http: REQUEST_ERROR_HTTP } },
  );
}

/** graphql-js's and yoga's messages that do not say what to fix, with what does. */
function protocolMessage(message: string): string {
  // graphql-js stops validating after 100 errors, or when one field is selected so many times
  // that comparing the selections would take too long; its message says neither.
  if (message === 'Validation aborted.') return VALIDATION_ABORTED;
  if (message === OPERATION_UNKNOWN) return `${OPERATION_UNKNOWN} ${OPERATION_UNKNOWN_HINT}`;
  return message;
}

/** A caller's mistake, as graphql-js or yoga reported it (no DomainError behind it). */
function protocolError(gql: GraphQLError, verdict: Extract<Verdict, { caller: true }>): GraphQLError {
  if (verdict.reason === INTROSPECTION_DEPTH_REASON) return introspectionDepthError(gql);
  const { code: _code, originalError: internal, stack, ...extensions } = gql.extensions as Record<string, unknown>;
  const message = clipEchoes(protocolMessage(gql.message));
  // yoga's request errors before execution answer as every other refusal does (a 405 keeps its own
  // status; a malformed request, yoga's BAD_REQUEST, keeps 400 under both media types).
  if ((extensions.http as { status?: number } | undefined)?.status === 400 && verdict.reason === 'OPERATION_RESOLUTION_FAILURE') {
    extensions.http = REQUEST_ERROR_HTTP;
  }
  const unchanged =
    gql.extensions.code === verdict.code &&
    internal === undefined &&
    stack === undefined &&
    message === gql.message &&
    message.length <= MAX_MESSAGE_LENGTH &&
    extensions.http === gql.extensions.http;
  if (unchanged) return gql;
  return new GraphQLError(capped(message), {
    ...whereOf(gql),
    extensions: cappedExtensions({ ...extensions, code: verdict.code, ...(verdict.reason ? { reason: verdict.reason } : {}) }),
  });
}

function callersError(error: unknown, verdict: Extract<Verdict, { caller: true }>): GraphQLError {
  const gql = error instanceof GraphQLError ? error : undefined;
  if (verdict.domain) {
    const { domain } = verdict;
    const http = gql?.extensions?.http;
    return new GraphQLError(capped(clipEchoes(domain.message)), {
      ...whereOf(gql),
      // A refusal's own status (details.http) wins over the one the library gave its error.
      extensions: cappedExtensions({ code: domain.code, ...(http ? { http } : {}), ...domain.details }),
    });
  }
  return protocolError(gql!, verdict);
}

/**
 * The error as the caller sees it. Idempotent: an error already in its final form is returned as
 * is (so yoga, which logs every error its masking changes, logs nothing twice).
 */
export function toResponseError(error: unknown, state: LogState | undefined, fallbackMessage = 'Unexpected error.'): GraphQLError {
  if (typeof error === 'object' && error !== null && final.has(error)) return error as GraphQLError;
  const verdict = classify(error);
  let out: GraphQLError;
  if (verdict.caller) out = callersError(error, verdict);
  else {
    logInternal(error, state);
    const { message, requestId } = internalMessage(fallbackMessage, state);
    out = new GraphQLError(message, {
      path: error instanceof GraphQLError ? error.path : undefined,
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
