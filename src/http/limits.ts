// Limits checked before anything executes, so no request can cost more than a Worker's CPU
// allows (10 ms on the free plan):
// - graphql-armor's plugins, for the query's shape: tokens (counted inside the parser, which
//   stops at the limit), aliases, directives and depth (introspection exempt). These depend on
//   the document alone, so they may be cached with it (yoga's validation cache);
// - per request, with its own variables (never cached): the operation is chosen, the variables
//   are coerced, every list argument is checked against its declared size (before any resolver
//   looks at an item), and the cost is computed (src/http/cost.ts: each field's price from the
//   schema, lists multiplying their selection by their expected size or by `first`/`ids`).
// Fails closed: when the cost cannot be computed the request is refused, never let through.
// Each refusal names the limit and the query's figure; every response reports its cost in
// `extensions.cost` ({ requested, limit }), as Shopify's API does.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { getOperationAST, getVariableValues, GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { introspectionPrices, ListTooLong, operationCost, type IntrospectionPrices } from './cost.js';
import { markShapeRefusal } from './errors.js';
import { currentRequestId, requestLabel } from './request-context.js';

export const LIMITS = {
  tokens: 2000,
  aliases: 30,
  directives: 20,
  depth: 12,
  /**
   * About 5-6 ms of CPU at the measured unit (one plain field, ~0.4 us: `npm run bench:prices`),
   * within the free plan's 10 ms. The heaviest useful query, the full-catalog matrix with every
   * pair's topic lists, costs ~11,400 (and measures ~5 ms).
   */
  cost: 15_000,
  /** Serialized `variables`, in bytes. */
  variablesBytes: 64 * 1024,
  /** A request body: real queries are a few KiB; this leaves room, not abuse. */
  bodyBytes: 256 * 1024,
} as const;

const refuse = [(_ctx: unknown, error: GraphQLError) => markShapeRefusal(error)];

// graphql-armor's plugins one by one (its umbrella package also bundles the protections we leave
// off). Field suggestions ("Did you mean …?") stay on: the schema is public, introspection is on.
const armor = [
  maxTokensPlugin({ n: LIMITS.tokens, onReject: refuse }),
  // Every alias counts, `__typename` ones too (graphql-armor exempts them by default): each is a
  // key and a value in the response, and 600 of them in a list of lists were 123 MB.
  maxAliasesPlugin({ n: LIMITS.aliases, allowList: [], onReject: refuse }),
  maxDirectivesPlugin({ n: LIMITS.directives, onReject: refuse }),
  maxDepthPlugin({ n: LIMITS.depth, ignoreIntrospection: true, onReject: refuse }),
];

export interface QueryCost {
  requested: number;
  limit: number;
}

/** The cost of each request's operation, for its response's extensions. */
const costs = new WeakMap<object, QueryCost>();

/**
 * HTTP statuses of refusals before execution, as yoga gives its own: a cost refusal like a
 * validation error (400 with application/graphql-response+json, 200 with application/json), bad
 * variables, arguments and operation names like yoga's executor (400).
 */
const COST_HTTP = { status: 400, spec: true };
const REQUEST_HTTP = { status: 400 };

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: COST_HTTP, ...extensions } });
}

function badRequest(message: string, extensions: Record<string, unknown> = {}, from?: GraphQLError): GraphQLError {
  return new GraphQLError(message, { nodes: from?.nodes, extensions: { code: 'BAD_USER_INPUT', http: REQUEST_HTTP, ...extensions } });
}

/** Introspection's prices, from the schema's own sizes (computed once per schema). */
const introspectionBySchema = new WeakMap<GraphQLSchema, IntrospectionPrices>();
/** What an introspection field costs: as much as a plain field (measured: bench/prices.mjs). */
export const INTROSPECTION_FIELD_PRICE = 1;

export type Admission = { cost: number } | { errors: GraphQLError[]; cost?: number };

/**
 * The per-request check: operation, variables, list sizes, cost. Returns the cost, or the errors
 * that refuse the request. Never throws: what it cannot decide, it refuses.
 */
export function admit(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: unknown): Admission {
  try {
    return check(schema, document, operationName, rawVariables);
  } catch (error) {
    return unpriceable(error);
  }
}

function unpriceable(error: unknown): Admission {
  // A server-side gap (a field without a price, a bug): refuse, and tell the operators.
  const requestId = currentRequestId();
  console.error(`[certgraph] ${requestLabel()}: the cost could not be computed, request refused: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return {
    errors: [
      tooComplex('The cost of this query could not be computed, so it was not run. Simplify the query; if it is a plain query, report it with the request id.', {
        limit: 'cost',
        ...(requestId ? { requestId } : {}),
      }),
    ],
  };
}

function check(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: unknown): Admission {
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    return {
      errors: [
        badRequest(
          operationName
            ? `Unknown operation named "${String(operationName).slice(0, 100)}". Pass the name of an operation in the query, or none when it has one.`
            : 'Must provide operation name if query contains multiple operations.',
        ),
      ],
    };
  }
  if (rawVariables != null && (typeof rawVariables !== 'object' || Array.isArray(rawVariables))) {
    return { errors: [badRequest('`variables` must be a JSON object.')] };
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], (rawVariables ?? {}) as Record<string, unknown>, { maxErrors: 10 });
  if (coerced.errors) {
    return { errors: coerced.errors.map((e) => badRequest(e.message, {}, e)) };
  }
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  let introspection = introspectionBySchema.get(schema);
  if (!introspection) introspectionBySchema.set(schema, (introspection = introspectionPrices(schema, INTROSPECTION_FIELD_PRICE)));
  let cost: number;
  try {
    cost = operationCost({ schema, operation, fragments, variables: coerced.coerced, introspection });
  } catch (error) {
    if (error instanceof ListTooLong) {
      return { errors: [badRequest(error.message, { argument: error.argument, max: error.max, requested: error.size })] };
    }
    if (error instanceof GraphQLError) return { errors: [badRequest(error.message, {}, error)] };
    return unpriceable(error);
  }
  if (cost > LIMITS.cost) {
    return {
      cost,
      errors: [
        tooComplex(
          `Query cost ${cost.toLocaleString('en-US')} exceeds the limit of ${LIMITS.cost.toLocaleString('en-US')}. ` +
            'Each field has a price (computed fields such as `overlapMatrix`, `compare`, `recommend` and `learningPath` cost more), and a list multiplies the cost of what is selected inside it by its expected size: select fewer nested lists, fewer aliases, or ask for fewer items.',
          { limit: 'cost', requested: cost, max: LIMITS.cost },
        ),
      ],
    };
  }
  return { cost };
}

const admission: Plugin = {
  onParams({ params }) {
    if (params.variables != null) {
      const size = JSON.stringify(params.variables).length;
      if (size > LIMITS.variablesBytes) {
        throw new GraphQLError(
          `The variables are ${size.toLocaleString('en-US')} bytes; the limit is ${LIMITS.variablesBytes.toLocaleString('en-US')}. Send less data.`,
          { extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } } },
        );
      }
    }
  },
  onExecute({ args, setResultAndStopExecution }) {
    const request = (args.contextValue as { request?: object }).request;
    const verdict = admit(args.schema, args.document, args.operationName, args.variableValues);
    if (request && verdict.cost !== undefined) costs.set(request, { requested: verdict.cost, limit: LIMITS.cost });
    if ('errors' in verdict) setResultAndStopExecution({ errors: verdict.errors });
  },
  onResultProcess({ request, result, setResult }) {
    const cost = costs.get(request);
    if (!cost || Array.isArray(result) || !('errors' in result || 'data' in result)) return;
    setResult({ ...result, extensions: { ...(result as { extensions?: object }).extensions, cost } } as typeof result);
  },
};

export const queryLimits: Plugin[] = [...(armor as Plugin[]), admission];
