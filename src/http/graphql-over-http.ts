// GraphQL over HTTP, the request side, as a yoga plugin: what a request must be before yoga runs
// it, checked inside yoga's own request parsing (onRequestParse), and yoga's bare refusals given a
// GraphQL body (onResponse). Every problem is a GraphQLError with BAD_USER_INPUT, the HTTP status
// it deserves and a message that says what to fix (src/http/refusals.ts words them all):
// - the body: at most LIMITS.bodyBytes (counted as it streams, chunked bodies included), UTF-8
//   (RFC 8259: refused whole rather than guessed at), valid JSON;
// - the media type, matched case-insensitively and with spaces around `;` (RFC 9110; yoga matches
//   exactly): JSON, form-encoded, a raw query (application/graphql), multipart; anything else 415;
// - JSON carried in parameters (GET, form-encoded POST): `variables` and `extensions` must parse;
// - HEAD is a GET without the body (RFC 9110): parsed as a GET.
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { LIMITS } from './limits.js';
import { REQUEST_PROBLEMS } from './refusals.js';

type Problem = { status: number; message: string };

function refused({ status, message }: Problem): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status } } });
}

function jsonParam(params: URLSearchParams, name: string): unknown {
  const value = params.get(name);
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw refused(REQUEST_PROBLEMS.paramNotJson(name));
  }
}

/** The parameters of a GET query string or a form-encoded body, as yoga reads them, with their JSON checked. */
function fromSearchParams(params: URLSearchParams): GraphQLParams {
  return {
    query: params.get('query') || undefined,
    operationName: params.get('operationName') || undefined,
    variables: jsonParam(params, 'variables') as GraphQLParams['variables'],
    extensions: jsonParam(params, 'extensions') as GraphQLParams['extensions'],
  };
}

/** The body's bytes, refused as soon as they are more than `max`. */
async function bodyBytes(request: Request, max: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > max) throw refused(REQUEST_PROBLEMS.bodyTooLarge(max));
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw refused(REQUEST_PROBLEMS.bodyTooLarge(max));
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw refused(REQUEST_PROBLEMS.notUtf8);
  }
}

/** A JSON body, parsed; refused with what is wrong when it is not JSON (yoga then checks its shape). */
function fromJson(text: string): GraphQLParams {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw refused(text.trim() === '' ? REQUEST_PROBLEMS.emptyBody : REQUEST_PROBLEMS.notJson);
  }
  if (body === null || typeof body !== 'object') {
    throw new GraphQLError(`POST body is expected to be object but received ${body === null ? 'null' : typeof body}`, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
  return body as GraphQLParams;
}

/** The media type, lowercased, without parameters. */
const mediaTypeOf = (request: Request) => (request.headers.get('content-type') ?? '').split(/[;,]/)[0]!.trim().toLowerCase();

type YogaParser = (request: Request) => GraphQLParams | GraphQLParams[] | Response | Promise<GraphQLParams | GraphQLParams[] | Response>;

async function parsePost(request: Request, yogaParser: YogaParser | undefined): Promise<GraphQLParams | GraphQLParams[] | Response> {
  const type = mediaTypeOf(request);
  const known = ['application/json', 'application/graphql+json', 'application/x-www-form-urlencoded', 'application/graphql', 'multipart/form-data'];
  if (!known.includes(type)) throw refused(REQUEST_PROBLEMS.unsupportedType(type));
  const bytes = await bodyBytes(request, LIMITS.bodyBytes);
  // Multipart bodies are yoga's to read (from the bytes already counted).
  if (type === 'multipart/form-data') {
    if (!yogaParser) throw refused(REQUEST_PROBLEMS.unsupportedType(type));
    return yogaParser(new Request(request.url, { method: 'POST', headers: request.headers, body: bytes as unknown as BodyInit }));
  }
  const text = utf8(bytes);
  if (type === 'application/x-www-form-urlencoded') return fromSearchParams(new URLSearchParams(text));
  if (type === 'application/graphql') return { query: text };
  // application/graphql+json is the draft's older name for the same JSON body.
  return fromJson(text);
}

/** yoga answers some refusals with a bare status and no body (406, 415): they get a GraphQL error. */
function withGraphQLBody(response: Response): Response | null {
  if ((response.status !== 406 && response.status !== 415) || response.headers.get('content-type')) return null;
  const { message } = response.status === 406 ? REQUEST_PROBLEMS.notAcceptable : REQUEST_PROBLEMS.unsupportedByYoga;
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }), {
    status: response.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export function graphqlOverHttp(): Plugin {
  return {
    onRequestParse({ request, url, requestParser, setRequestParser }) {
      if (request.method === 'GET' || request.method === 'HEAD') setRequestParser(() => fromSearchParams(url.searchParams));
      else if (request.method === 'POST') setRequestParser((r) => parsePost(r, requestParser));
    },
    onResponse({ response, setResponse }) {
      const replaced = withGraphQLBody(response);
      if (replaced) setResponse(replaced);
    },
  };
}
