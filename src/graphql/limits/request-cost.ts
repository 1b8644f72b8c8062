// The per-request check, with the request's own variables (never cached with the document): the
// operation is chosen (queries only: there are no mutations or subscriptions), the variables are
// coerced, every list argument is checked against its declared size (before any resolver looks at
// an item), and the cost is computed (cost.ts: each field's price from the schema, lists
// multiplying their selection by the most items they can hold or by `first`/`ids`).
// Fails closed: when the cost cannot be computed the request is refused, never let through.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { type RequestState, requestLabel } from '../../edge/request-context.js';
import { grouped } from '../../resolvers/text.js';
import { INTROSPECTION_FIELD_PRICE, type IntrospectionPrices, introspectionPrices, ListTooLong, operationCost } from './cost.js';
import { badRequest, MALFORMED_HTTP, tooComplex } from './errors.js';
import { LIMITS } from './figures.js';
import built from './introspection-prices.json';

export { INTROSPECTION_FIELD_PRICE };

/**
 * Introspection's prices, from the schema's own sizes: computed once per schema on its first
 * request, or, for certgraph's, computed by the build (`builtIntrospectionPrices`).
 */
const introspectionBySchema = new WeakMap<GraphQLSchema, IntrospectionPrices>();

/**
 * certgraph's introspection prices, as `npm run schema:print` computed them from its schema into
 * introspection-prices.json (as it prints schema.graphql), so that no request derives them
 * (~1 ms of a fresh isolate's first request, whatever it asks). `schema` must be the schema they
 * were computed from: the server that serves certgraph's schema says so (src/graphql/yoga.ts);
 * test/graphql/introspection-prices.test.ts holds the file to what the schema gives.
 */
export function builtIntrospectionPrices(schema: GraphQLSchema): void {
  introspectionBySchema.set(schema, built);
}

export type CostVerdict = { cost: number } | { errors: GraphQLError[]; cost?: number };

/**
 * The per-request check: operation, variables, list sizes, cost. Returns the cost, or the errors
 * that refuse the request. Never throws: what it cannot decide, it refuses.
 */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: unknown,
  /** The request's state (its id goes in the refusal and the log line when the cost cannot be computed). */
  state?: RequestState,
): CostVerdict {
  try {
    const known = knownVerdict(schema, document, operationName);
    if (known && (rawVariables == null || (typeof rawVariables === 'object' && !Array.isArray(rawVariables)))) return known;
    const verdict = check(schema, document, operationName, rawVariables, state);
    if (!('errors' in verdict)) rememberVerdict(schema, document, operationName, verdict);
    return verdict;
  } catch (error) {
    return unpriceable(error, state);
  }
}

/**
 * Verdicts for operations that declare no variables: their cost cannot depend on a request's
 * variables, so it is computed once per parsed document (which yoga's byte-bounded parse cache
 * keeps; the entries go with the documents). Only requests let through are kept, never refusals.
 */
const verdictByDocument = new WeakMap<DocumentNode, Map<string, { schema: GraphQLSchema; verdict: CostVerdict }>>();

function knownVerdict(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CostVerdict | undefined {
  const known = verdictByDocument.get(document)?.get(operationName ?? '');
  return known?.schema === schema ? known.verdict : undefined;
}

function rememberVerdict(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, verdict: CostVerdict): void {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.variableDefinitions?.length) return;
  let byName = verdictByDocument.get(document);
  if (!byName) {
    byName = new Map();
    verdictByDocument.set(document, byName);
  }
  // A document names at most a few operations; a caller cycling through names cannot grow this past them.
  if (byName.size < 16) byName.set(operationName ?? '', { schema, verdict });
}

function unpriceable(error: unknown, state: RequestState | undefined): CostVerdict {
  // A server-side gap (a field without a price, a bug): refuse, and tell the operators.
  const requestId = state?.id;
  console.error(
    `[certgraph] ${requestLabel(state)}: the cost could not be computed, request refused: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return {
    errors: [
      tooComplex(
        'The cost of this query could not be computed, so it was not run. Simplify the query; if it is a plain query, report it with the request id.',
        {
          limit: 'cost',
          ...(requestId ? { requestId } : {}),
        },
      ),
    ],
  };
}

/** The operation to run, or the errors that refuse it: none by that name, or not a query. */
function chooseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | { errors: GraphQLError[] } {
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
  // Only the operations the schema has a root for: queries (no mutations, no subscriptions). A
  // caller's mistake, said before anything runs; priced like any other if a root is ever added.
  if (!schema.getRootType(operation.operation)) {
    return {
      errors: [
        badRequest(
          `This API has no ${operation.operation === 'mutation' ? 'mutations' : 'subscriptions'}: it is read-only, and answers queries (\`query { … }\` or \`{ … }\`). Send the operation as a query.`,
          { operation: operation.operation },
        ),
      ],
    };
  }
  return operation;
}

function check(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: unknown,
  state: RequestState | undefined,
): CostVerdict {
  const operation = chooseOperation(schema, document, operationName);
  if ('errors' in operation) return operation;
  if (rawVariables != null && (typeof rawVariables !== 'object' || Array.isArray(rawVariables))) {
    return { errors: [badRequest('`variables` must be a JSON object.', { http: MALFORMED_HTTP })] };
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], (rawVariables ?? {}) as Record<string, unknown>, { maxErrors: 10 });
  if (coerced.errors) {
    return { errors: coerced.errors.map((e) => badRequest(e.message, {}, e)) };
  }
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  let introspection = introspectionBySchema.get(schema);
  if (!introspection) {
    introspection = introspectionPrices(schema, INTROSPECTION_FIELD_PRICE);
    introspectionBySchema.set(schema, introspection);
  }
  let cost: number;
  try {
    cost = operationCost({ schema, operation, fragments, variables: coerced.coerced, introspection });
  } catch (error) {
    if (error instanceof ListTooLong) {
      return { errors: [badRequest(error.message, { argument: error.argument, max: error.max, requested: error.size })] };
    }
    if (error instanceof GraphQLError) return { errors: [badRequest(error.message, {}, error)] };
    return unpriceable(error, state);
  }
  if (cost > LIMITS.cost) {
    return {
      cost,
      errors: [
        tooComplex(
          `Query cost ${grouped(cost)} exceeds the limit of ${grouped(LIMITS.cost)}. ` +
            'Each field has a price (computed fields such as `overlapMatrix`, `compare`, `recommend` and `learningPath` cost more), and a list multiplies the cost of what is selected inside it by the most items it can hold: select fewer nested lists, fewer aliases, or ask for fewer items.',
          { limit: 'cost', requested: cost, max: LIMITS.cost },
        ),
      ],
    };
  }
  return { cost };
}
