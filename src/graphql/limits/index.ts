// Limits checked before anything executes, so no request can cost more than a Worker's CPU
// allows (10 ms on the free plan):
// - graphql-armor's plugins, for the query's shape: tokens (counted inside the parser, which
//   stops at the limit), aliases, directives and depth (introspection exempt). These depend on
//   the document alone, so they may be cached with it (yoga's validation cache);
// - per request, with its own variables (never cached): the operation is chosen, the variables
//   are coerced, every list argument is checked against its declared size (before any resolver
//   looks at an item), and the cost is computed (request-cost.ts, cost.ts: each field's price from the
//   schema, lists multiplying their selection by the most items they can hold or by `first`/`ids`);
// - while the response is built: its bytes and its errors (a response over 2 MiB is stopped and
//   refused; past 20 errors, one more says how many were not reported).
// Operations other than queries are refused (there are no mutations or subscriptions). Every
// refusal before execution answers 400 under application/graphql-response+json and 200 under
// application/json, as yoga answers its own validation errors.
// Fails closed: when the cost cannot be computed the request is refused, never let through.
// Each refusal names the limit and the query's figure; every response reports its cost in
// `extensions.cost` ({ requested, limit }), as Shopify's API does.
// The parts, each in its file: figures.ts (every limit's figure), shape.ts (graphql-armor),
// request-cost.ts (the per-request check), response-budget.ts (bytes and errors while executing),
// errors.ts (the refusals). This module is the yoga plugin that runs them, in order.
import { type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { grouped } from '../../resolvers/text.js';
import type { ServerContext } from '../context.js';
import { badRequest, MALFORMED_HTTP } from './errors.js';
import { LIMITS } from './figures.js';
import { checkCost } from './request-cost.js';
import { asksForIntrospection, GUARD, guardResolvers, jsonSizeOver, ResponseGuard } from './response-budget.js';
import { shapeLimits } from './shape.js';

export interface QueryCost {
  requested: number;
  limit: number;
}

/**
 * The cost of each request's operation, from this plugin's onExecute to its own onResultProcess
 * (yoga hands the latter the request, not the execution's context). Bookkeeping inside one plugin,
 * collected with the request; not a channel to anything else. (Not on the request's state: /mcp
 * runs several GraphQL requests within one, concurrently.)
 */
const costs = new WeakMap<object, QueryCost>();

const requestLimits: Plugin = {
  onParams({ params }) {
    // A request that is not well formed is refused as such (400 under every media type), before
    // yoga reads an operation name that is not a string as one it cannot find.
    if (params.operationName != null && typeof params.operationName !== 'string') {
      throw new GraphQLError("`operationName` must be a string: the name of one of the query's operations.", {
        extensions: { code: 'BAD_USER_INPUT', http: MALFORMED_HTTP },
      });
    }
    if (params.variables != null) {
      // Measured without recursion: a value nested 100,000 deep is measured like any other.
      // (Its size is at most the body's, 256 KiB: measured whole, to be named in the message.)
      const size = jsonSizeOver(params.variables);
      if (size > LIMITS.variablesBytes) {
        throw new GraphQLError(`The variables are ${grouped(size)} bytes; the limit is ${grouped(LIMITS.variablesBytes)}. Send less data.`, {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } },
        });
      }
    }
  },
  // Subscriptions go through onSubscribe, not onExecute: the same check (and refusal) there.
  onSubscribe({ args, setResultAndStopExecution }) {
    const context = args.contextValue as Partial<ServerContext> & { request?: object };
    const request = context.request;
    const verdict = checkCost(args.schema, args.document, args.operationName, args.variableValues, context.state);
    if (request && verdict.cost !== undefined) costs.set(request, { requested: verdict.cost, limit: LIMITS.cost });
    // No subscription is ever let through unpriced: there is no Subscription root, and were one added,
    // its results would need the response guard of onExecute first.
    setResultAndStopExecution({
      errors: 'errors' in verdict ? verdict.errors : [badRequest('Subscriptions are not supported. Send the operation as a query.')],
    });
  },
  onSchemaChange({ schema }) {
    guardResolvers(schema as GraphQLSchema);
  },
  onExecute({ args, setResultAndStopExecution, extendContext }) {
    const context = args.contextValue as Partial<ServerContext> & { request?: object };
    const request = context.request;
    const verdict = checkCost(args.schema, args.document, args.operationName, args.variableValues, context.state);
    if (request && verdict.cost !== undefined) costs.set(request, { requested: verdict.cost, limit: LIMITS.cost });
    if ('errors' in verdict) return setResultAndStopExecution({ errors: verdict.errors });
    guardResolvers(args.schema);
    const guard = new ResponseGuard(context.state);
    guard.uncounted = asksForIntrospection(args.document);
    extendContext({ [GUARD]: guard } as object);
    return {
      onExecuteDone({ result, setResult }) {
        if (!isExecutionResult(result)) return;
        const finished = guard.finish(result);
        if (finished) setResult(finished);
      },
    };
  },
  onResultProcess({ request, result, setResult }) {
    const cost = costs.get(request);
    if (!cost || Array.isArray(result) || !('errors' in result || 'data' in result)) return;
    setResult({ ...result, extensions: { ...(result as { extensions?: object }).extensions, cost } } as typeof result);
  },
};

const isExecutionResult = (result: unknown): result is ExecutionResult =>
  typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result) && ('data' in result || 'errors' in result);

export const queryLimits: Plugin[] = [...(shapeLimits as Plugin[]), requestLimits];
