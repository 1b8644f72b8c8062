// The server's own errors: logged once, at error level, with the request id; the caller sees a
// generic message with that id and nothing of the error. Whose fault an error is, is decided
// elsewhere (the classifier); this module only writes the log line and the generic message.
import { GraphQLError } from 'graphql';
import { currentRequestId, requestLabel } from './request-context.js';

/** Originals already logged, so an error passing twice is logged once. */
const logged = new WeakSet<object>();

const originalOf = (error: unknown) => (error instanceof GraphQLError && error.originalError ? error.originalError : error);

/** Logs a server-side error once, at error level, with the request id. */
export function logInternal(error: unknown): void {
  const original = originalOf(error);
  if (typeof original === 'object' && original !== null) {
    if (logged.has(original)) return;
    logged.add(original);
  }
  const path = error instanceof GraphQLError && error.path ? ` at ${error.path.join('.')}` : '';
  const detail = original instanceof Error ? (original.stack ?? `${original.name}: ${original.message}`) : String(original);
  console.error(`[certgraph] ${requestLabel()}: unexpected error${path}: ${detail}`);
}

/** The server's error as the caller sees it: a generic message with the request id. */
export function internalMessage(fallbackMessage = 'Unexpected error.'): { message: string; requestId: string | undefined } {
  const requestId = currentRequestId();
  return { message: requestId ? `${fallbackMessage} Quote request id ${requestId} if you report it.` : fallbackMessage, requestId };
}

/** Whether this module has already logged the error (yoga logs the originals it masks: once is enough). */
export function alreadyLogged(error: unknown): boolean {
  const original = originalOf(error);
  return typeof original === 'object' && original !== null && logged.has(original);
}
