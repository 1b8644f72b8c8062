// The domain's errors: the contract's codes and the one error type the domain throws for a
// caller's mistake, with its message written for the caller. Nothing here knows GraphQL, yoga or
// Hono: whose fault an error is, whatever raised it, is decided at the GraphQL edge
// (`classify`, src/graphql/errors.ts).
import { describeProblem, type InputProblem } from './wording.js';

/** The error codes of the public contract. */
export const ERROR_CODES = [
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected error: its message is written for the caller and says what to fix. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable detail (the argument at fault, the allowed values...): the error's extensions. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function badInput(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('BAD_USER_INPUT', message, details);
}

/** A problem with an input: its sentence is written from its details (src/resolvers/wording.ts). */
export function inputProblem(problem: InputProblem): DomainError {
  return new DomainError('BAD_USER_INPUT', describeProblem(problem), problem);
}

/** The problem a DomainError's details describe, when they describe one. */
export function problemOf(error: DomainError): InputProblem | null {
  return typeof error.details.problem === 'string' && typeof error.details.argument === 'string' ? (error.details as InputProblem) : null;
}

export function notFound(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('NOT_FOUND', message, details);
}
