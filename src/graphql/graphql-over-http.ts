// GraphQL over HTTP, the request side, as a yoga plugin: what a request must be before yoga runs
// it, checked inside yoga's own request parsing (onRequestParse), and yoga's bare refusals given a
// GraphQL body (onResponse). Every problem is a GraphQLError with BAD_USER_INPUT, the HTTP status
// it deserves and a message that says what to fix (src/admission/refusals.ts words them all):
// - the body: at most LIMITS.bodyBytes (counted as it streams, chunked bodies included), UTF-8
//   (RFC 8259: refused whole rather than guessed at), valid JSON;
// - the media type, matched case-insensitively and with spaces around `;` (RFC 9110; yoga matches
//   exactly): JSON, form-encoded, a raw query (application/graphql), multipart; anything else 415;
// - JSON carried in parameters (GET, form-encoded POST): `variables` and `extensions` must parse;
// - HEAD is a GET without the body (RFC 9110): parsed as a GET.
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { graphqlRefusal, REQUEST_PROBLEMS, Refusal } from '../admission/refusals.js';
import { LIMITS } from './limits/figures.js';

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
function fromSearchParams(params: URLSearchParams): GraphQLParams & { documentId?: string } {
  return {
    query: params.get('query') || undefined,
    // GraphQL over HTTP's persisted documents (src/graphql/persisted-documents.ts).
    documentId: params.get('documentId') || undefined,
    operationName: params.get('operationName') || undefined,
    variables: jsonParam(params, 'variables') as GraphQLParams['variables'],
    extensions: jsonParam(params, 'extensions') as GraphQLParams['extensions'],
  };
}

/**
 * A body's bytes, read until there are more than `max`: then `over`, with what was read (still more
 * than `max`, so a reader of those bytes refuses them too) and the rest left unread.
 */
export async function readUpTo(request: Request, max: number): Promise<{ bytes: Uint8Array; over: boolean }> {
  if (!request.body) return { bytes: new Uint8Array(), over: false };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      break;
    }
  }
  return { bytes: chunks.length === 1 ? chunks[0]! : new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer()), over: total > max };
}

/** The body's bytes, refused as soon as they are more than `max`. */
async function bodyBytes(request: Request, max: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > max) throw refused(REQUEST_PROBLEMS.bodyTooLarge(max));
  const { bytes, over } = await readUpTo(request, max);
  if (over) throw refused(REQUEST_PROBLEMS.bodyTooLarge(max));
  return bytes;
}

/** UTF-8, strictly (RFC 8259): a byte sequence that is not UTF-8 throws rather than being guessed at. */
export const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bodies already read and decoded before yoga (the POST cache reads them for its keys,
 * src/graphql/post-key.ts), by the request handed on to yoga: read once, not twice.
 */
export const bodiesRead = new WeakMap<Request, string>();

function utf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw refused(REQUEST_PROBLEMS.notUtf8);
  }
}

/** A JSON body, parsed: refused with what is wrong when it is not JSON, or not an object (yoga then checks its members). */
function fromJson(text: string): GraphQLParams {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw refused(text.trim() === '' ? REQUEST_PROBLEMS.emptyBody : REQUEST_PROBLEMS.notJson);
  }
  if (typeof body !== 'object' || body === null) throw refused(REQUEST_PROBLEMS.notAnObject);
  // An empty operationName names no operation, as in a query string (fromSearchParams).
  if ((body as GraphQLParams).operationName === '') (body as GraphQLParams).operationName = undefined;
  return body as GraphQLParams;
}

/** How each media type's body becomes GraphQL parameters (multipart bodies are yoga's to read). */
const PARSERS: Record<string, (text: string) => GraphQLParams> = {
  'application/json': fromJson,
  // The draft's older name for the same JSON body.
  'application/graphql+json': fromJson,
  'application/x-www-form-urlencoded': (text) => fromSearchParams(new URLSearchParams(text)),
  'application/graphql': (query) => ({ query }),
};
const MULTIPART = 'multipart/form-data';

/** The media type, lowercased, without parameters. */
export const mediaTypeOf = (request: Request) => (request.headers.get('content-type') ?? '').split(/[;,]/)[0]!.trim().toLowerCase();

type YogaParser = (request: Request) => GraphQLParams | GraphQLParams[] | Response | Promise<GraphQLParams | GraphQLParams[] | Response>;

async function parsePost(request: Request, yogaParser: YogaParser | undefined): Promise<GraphQLParams | GraphQLParams[] | Response> {
  const type = mediaTypeOf(request);
  const parse = Object.hasOwn(PARSERS, type) ? PARSERS[type] : undefined;
  if (!parse && !(type === MULTIPART && yogaParser)) throw refused(REQUEST_PROBLEMS.unsupportedType(type));
  const read = bodiesRead.get(request);
  if (parse && read !== undefined) return parse(read);
  const bytes = await bodyBytes(request, LIMITS.bodyBytes);
  // yoga reads a multipart body, from the bytes already counted.
  return parse ? parse(utf8(bytes)) : yogaParser!(new Request(request.url, { method: 'POST', headers: request.headers, body: bytes as unknown as BodyInit }));
}

/**
 * yoga answers an Accept it cannot serve with a bare 406 (no body): it gets a GraphQL error. (Its
 * bare 415 cannot happen: every GET, HEAD and POST gets a parser above; other methods never reach yoga.)
 */
function withGraphQLBody(response: Response): Response | null {
  if (response.status !== 406 || response.headers.get('content-type')) return null;
  return graphqlRefusal(new Refusal(406, 'BAD_USER_INPUT', REQUEST_PROBLEMS.notAcceptable.message));
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
