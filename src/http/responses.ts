// Errors answered before GraphQL runs (auth, origin, rate limits, body size) are still GraphQL
// responses: a JSON body with `errors`, each with a contract code, so every client can read them.
import type { ErrorCode } from '../resolvers/errors.js';

export function graphqlError(
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}
