// Errors the domain logic raises. They carry the contract's stable codes; the HTTP layer turns
// them into GraphQL errors with `extensions.code`. No GraphQL import here (architecture rule).

/** The error codes of the public contract. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR';

export const ERROR_CODES: readonly ErrorCode[] = [
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL_SERVER_ERROR',
];

/** An expected error: its message is written for the caller and says what to fix. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra, machine-readable detail (the argument at fault, the allowed values...). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function badInput(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('BAD_USER_INPUT', message, details);
}

export function notFound(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('NOT_FOUND', message, details);
}
