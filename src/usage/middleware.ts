// Counting, at the edge: the app's middleware that counts every request admission identified as a
// partner's (src/admission/index.ts sets `partner`, even when it then refuses), after the response,
// and the yoga plugin that says how a GraphQL request ended (answered, or refused by the query
// limits, or invalid) for it. Anonymous requests are not counted.
import type { Plugin } from 'graphql-yoga';
import type { Context, MiddlewareHandler } from 'hono';
import { keyKind } from '../admission/partners.js';
import { stillDegraded } from '../edge/degraded.js';
import type { AppEnv } from '../edge/env.js';
import { afterResponse } from '../edge/request-context.js';
import type { ServerContext } from '../graphql/context.js';
import { classify } from '../graphql/errors.js';
import { countRequest, holdsUnsent } from './counter.js';
import { type Channel, type Outcome, outcomeOf } from './outcomes.js';
import { queryNameOf } from './queries.js';

declare module '../edge/request-context.js' {
  interface RequestState {
    /** How a partner's GraphQL request ended, when GraphQL ran (set by `usageOutcome`). */
    graphqlOutcome?: Outcome;
  }
}

/** How a GraphQL result ended, from its errors: the query limits' refusals apart from other mistakes. */
export function graphqlOutcome(errors: readonly unknown[] | undefined): Outcome {
  if (!errors?.length) return 'answered';
  if (errors.every(isPersistedQueryMiss)) return 'persistedQueryMiss';
  const verdicts = errors.map((error) => classify(error));
  if (verdicts.some((v) => v.caller && v.code === 'QUERY_TOO_COMPLEX')) return 'queryRefused';
  if (verdicts.some((v) => !v.caller)) return 'failed';
  return 'invalidRequest';
}

/** A persisted query's hash the server does not know yet (Apollo's and urql's first step), as yoga raises it or as masked. */
function isPersistedQueryMiss(error: unknown): boolean {
  const extensions = (error as { extensions?: { code?: unknown; reason?: unknown } } | null)?.extensions;
  return extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' || extensions?.reason === 'PERSISTED_QUERY_NOT_FOUND';
}

/**
 * The yoga plugin: notes the parameters of a partner's GraphQL request as it sent them (unless the
 * response cache read them first) and how it ended, for the counting middleware.
 */
export const usageOutcome: Plugin = {
  onRequestParse({ serverContext }) {
    const { state } = serverContext as Partial<ServerContext>;
    return {
      onRequestParseDone({ requestParserResult }) {
        if (!state?.partner || state.graphqlParams !== undefined || Array.isArray(requestParserResult)) return;
        state.graphqlParams = requestParserResult;
      },
    };
  },
  onResultProcess({ result, serverContext }) {
    const { state } = serverContext as Partial<ServerContext>;
    if (!state?.partner || Array.isArray(result) || !('errors' in result || 'data' in result)) return;
    state.graphqlOutcome = graphqlOutcome((result as { errors?: readonly unknown[] }).errors);
  },
};

/** Without an execution context (an in-process call), background work runs on its own. */
const runUnwaited = (work: Promise<unknown>) => void work;

/**
 * The channel of a partner's request, from what the server knows: the route (the widget), how the
 * request was admitted, or, when it was refused before that, the key's kind. Never from a header
 * the caller chose: a page key's holder cannot make counts that read as the partner's servers'.
 */
export function channelOf(c: Context<AppEnv>): Channel {
  if (c.req.path.startsWith('/embed/')) return 'widget';
  const caller = c.var.state.caller;
  if (caller?.kind === 'partner') return caller.fromBrowser ? 'pages' : 'server';
  const partner = c.var.state.partner;
  return partner && keyKind(partner) === 'server' ? 'server' : 'pages';
}

/**
 * Middleware: counts each partner request once answered (the count is sent after the response).
 * While this isolate holds counts of the partner that the Durable Object did not take (a send
 * failed, src/usage/counter.ts), the answer says `usage` is degraded: its figures lag.
 */
export function usageCounting(): MiddlewareHandler<AppEnv> {
  return async function usageCounting(c, next) {
    await next();
    const { state } = c.var;
    const partner = state.partner;
    if (!partner) return;
    if (holdsUnsent(partner.id)) stillDegraded(state, 'usage');
    // The query, for a GraphQL request whose parameters were read (never its text or variables).
    const params = state.graphqlParams;
    const query = params === undefined ? undefined : await queryNameOf(params);
    countRequest(c.env, afterResponse(c) ?? runUnwaited, partner.id, channelOf(c), outcomeOf(c.res.status, state.graphqlOutcome), Date.now(), query, state);
  };
}
