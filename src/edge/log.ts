// The server's own errors: logged once, at error level, with the request id; the caller sees a
// generic message with that id and nothing of the error. Whose fault an error is, is decided
// elsewhere (the classifier); this module only writes the log line and the generic message. The
// request id comes from the request's state, which every caller passes.
import { GraphQLError } from 'graphql';
import { type RequestState, requestLabel } from './request-context.js';

/** What the log line and the message need of the request's state. */
export type LogState = Pick<RequestState, 'id' | 'ray'>;

/** Originals already logged, so an error passing twice is logged once. */
const logged = new WeakSet<object>();

const originalOf = (error: unknown) => (error instanceof GraphQLError && error.originalError ? error.originalError : error);

/** Logs a server-side error once, at error level, with the request id. */
export function logInternal(error: unknown, state: LogState | undefined): void {
  const original = originalOf(error);
  if (typeof original === 'object' && original !== null) {
    if (logged.has(original)) return;
    logged.add(original);
  }
  const path = error instanceof GraphQLError && error.path ? ` at ${error.path.join('.')}` : '';
  const detail = original instanceof Error ? (original.stack ?? `${original.name}: ${original.message}`) : String(original);
  console.error(`[certgraph] ${requestLabel(state)}: unexpected error${path}: ${detail}`);
}

/** The server's error as the caller sees it: a generic message with the request id. */
export function internalMessage(
  fallbackMessage = 'Unexpected error.',
  state: LogState | undefined = undefined,
): { message: string; requestId: string | undefined } {
  const requestId = state?.id;
  return { message: requestId ? `${fallbackMessage} Quote request id ${requestId} if you report it.` : fallbackMessage, requestId };
}

/** Whether this module has already logged the error (yoga logs the originals it masks: once is enough). */
export function alreadyLogged(error: unknown): boolean {
  const original = originalOf(error);
  return typeof original === 'object' && original !== null && logged.has(original);
}
