// The limits' refusals, as GraphQL errors with the contract's codes: QUERY_TOO_COMPLEX for a limit,
// BAD_USER_INPUT for a request the limits cannot price (bad variables, an unknown operation).
import { GraphQLError } from 'graphql';
import { REQUEST_ERROR_HTTP } from '../masking.js';

/**
 * Every refusal before execution (a limit, bad variables or arguments, an unknown operation)
 * answers as yoga answers a validation error: 400 under application/graphql-response+json, 200
 * under application/json (masking.ts REQUEST_ERROR_HTTP). Only a request that is not well formed
 * (`variables` not an object) or too large (413) answers its status under both.
 */
export const COST_HTTP = REQUEST_ERROR_HTTP;
export const REQUEST_HTTP = REQUEST_ERROR_HTTP;
export const MALFORMED_HTTP = { status: 400 };

export function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: COST_HTTP, ...extensions } });
}

export function badRequest(message: string, extensions: Record<string, unknown> = {}, from?: GraphQLError): GraphQLError {
  return new GraphQLError(message, { nodes: from?.nodes, extensions: { code: 'BAD_USER_INPUT', http: REQUEST_HTTP, ...extensions } });
}
