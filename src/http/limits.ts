// Limits checked before anything executes, so no request can cost more than a Worker's CPU
// allows (10 ms on the free plan):
// - graphql-armor's plugins, for the query's shape: tokens (counted inside the parser, which stops at the
//   limit), aliases, directives and depth (introspection exempt);
// - the schema's own cost (Pothos complexity plugin: each field's cost and list multipliers, set
//   per field in src/schema and scaled by arguments such as `first`), checked once standard
//   validation has passed. Armor's cost limit only sees the query's shape: it would price a
//   lookup and the 300 pairs of the overlap matrix alike.
// Each refusal is QUERY_TOO_COMPLEX naming the limit and the query's figure; every response
// reports its cost in `extensions.cost` ({ requested, limit }), as Shopify's API does.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const LIMITS = {
  tokens: 2000,
  aliases: 30,
  directives: 20,
  depth: 12,
  /** Calibrated on the benchmark: the full-catalog matrix with every pair's topic lists costs ~7,800. */
  cost: 10_000,
  /** Serialized `variables`, in bytes. */
  variablesBytes: 64 * 1024,
  /** A request body: real queries are a few KiB; this leaves room, not abuse. */
  bodyBytes: 256 * 1024,
} as const;

/** Errors raised by the shape limits, recognised by identity when they are masked. */
const shapeRefusals = new WeakSet<GraphQLError>();
const refuse = [(_ctx: unknown, error: GraphQLError) => void shapeRefusals.add(error)];

export function isShapeRefusal(error: unknown): boolean {
  return error instanceof GraphQLError && (shapeRefusals.has(error) || (error.originalError instanceof GraphQLError && shapeRefusals.has(error.originalError)));
}

// graphql-armor's plugins one by one (its umbrella package also bundles the protections we leave
// off). Field suggestions ("Did you mean …?") stay on: the schema is public, introspection is on.
const armor = [
  maxTokensPlugin({ n: LIMITS.tokens, onReject: refuse }),
  maxAliasesPlugin({ n: LIMITS.aliases, onReject: refuse }),
  maxDirectivesPlugin({ n: LIMITS.directives, onReject: refuse }),
  maxDepthPlugin({ n: LIMITS.depth, ignoreIntrospection: true, onReject: refuse }),
];

export interface QueryCost {
  requested: number;
  limit: number;
}

/** The cost of each request's operation, for its response's extensions. */
const costs = new WeakMap<object, QueryCost>();

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions } });
}

/** The operation the request runs: the named one, or the only one. */
function operationOnly(document: DocumentNode, operationName: string | undefined): DocumentNode {
  if (!operationName) return document;
  return {
    ...document,
    definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d.name?.value === operationName),
  };
}

const costLimit: Plugin = {
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
  onValidate({ params, context }) {
    return ({ valid, setResult }) => {
      if (!valid) return;
      const { request, params: requestParams } = context as { request: object; params: { operationName?: string; variables?: Record<string, unknown> } };
      let requested: number;
      try {
        requested = complexityFromQuery(operationOnly(params.documentAST, requestParams.operationName), {
          schema: params.schema,
          variables: requestParams.variables ?? {},
        }).complexity;
      } catch {
        // Bad variables and the like: execution reports them in its own words.
        return;
      }
      costs.set(request, { requested, limit: LIMITS.cost });
      if (requested > LIMITS.cost) {
        setResult([
          tooComplex(
            `Query cost ${requested.toLocaleString('en-US')} exceeds the limit of ${LIMITS.cost.toLocaleString('en-US')}. ` +
              'Each field costs 1, and a list multiplies the cost of what is selected inside it by its expected size: select fewer nested lists, or ask for fewer items.',
            { limit: 'cost', requested, max: LIMITS.cost },
          ),
        ]);
      }
    };
  },
  onResultProcess({ request, result, setResult }) {
    const cost = costs.get(request);
    if (!cost || Array.isArray(result) || !('errors' in result || 'data' in result)) return;
    setResult({ ...result, extensions: { ...(result as { extensions?: object }).extensions, cost } } as typeof result);
  },
};

export const queryLimits: Plugin[] = [...(armor as Plugin[]), costLimit];
