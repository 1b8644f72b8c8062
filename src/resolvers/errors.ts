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

/**
 * The DomainError an error is, or wraps as its `cause` (a refusal, an HTTPException), or null: how
 * the domain recognises its own errors whoever rethrew them. Whose fault any other error is (the
 * libraries' shapes) is the GraphQL edge's to decide (`classify`, src/graphql/errors.ts).
 */
export function domainErrorOf(error: unknown): DomainError | null {
  let current: unknown = error;
  // A few levels at most: a cause chain is short, and a cycle must not loop.
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    if (current instanceof DomainError) return current;
    const { cause } = current as { cause?: unknown };
    if (cause === current) return null;
    current = cause;
  }
  return null;
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
