// Limits checked before anything executes, so no request can cost more than a Worker's CPU
// allows (10 ms on the free plan):
// - graphql-armor's plugins, for the query's shape: tokens (counted inside the parser, which
//   stops at the limit), aliases, directives and depth (introspection exempt). These depend on
//   the document alone, so they may be cached with it (yoga's validation cache);
// - per request, with its own variables (never cached): the operation is chosen, the variables
//   are coerced, every list argument is checked against its declared size (before any resolver
//   looks at an item), and the cost is computed (src/graphql/limits/cost.ts: each field's price from the
//   schema, lists multiplying their selection by the most items they can hold or by `first`/`ids`);
// - while the response is built: its bytes and its errors (a response over 2 MiB is stopped and
//   refused; past 20 errors, one more says how many were not reported).
// Operations other than queries are refused (there are no mutations or subscriptions). Every
// refusal before execution answers 400 under application/graphql-response+json and 200 under
// application/json, as yoga answers its own validation errors.
// Fails closed: when the cost cannot be computed the request is refused, never let through.
// Each refusal names the limit and the query's figure; every response reports its cost in
// `extensions.cost` ({ requested, limit }), as Shopify's API does.
import { maxAliasesPlugin, maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin, maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin, maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import {
  type ASTVisitor,
  BREAK,
  type DocumentNode,
  defaultFieldResolver,
  type ExecutionResult,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type ValidationContext,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { currentRequestId, requestLabel } from '../../edge/request-context.js';
import { classify, DomainError, tagAsCallersMistake } from '../../resolvers/errors.js';
import { REQUEST_ERROR_HTTP, toResponseError } from '../masking.js';
import { type IntrospectionPrices, introspectionPrices, ListTooLong, operationCost } from './cost.js';

export const LIMITS = {
  tokens: 2000,
  aliases: 30,
  directives: 20,
  depth: 12,
  /**
   * At most about 9-10 ms of CPU at the measured unit (one value of the response, ~0.6 us:
   * `npm run bench:prices`), within the free plan's 10 ms: a price is an upper bound. The heaviest
   * useful queries cost ~10,100 (the whole matrix with every pair's numbers, ~5 ms) and ~5,500
   * (GraphiQL's introspection, ~2.5 ms).
   */
  cost: 15_000,
  /**
   * A response, in bytes: a last line of defense behind the cost (which bounds the response: a
   * value per unit, and the catalog's longest value is ~400 bytes). Counted while the response is
   * built, and measured before it is sent; over it, the request is stopped and refused. The
   * largest useful answers are ~100 to 300 KB (the whole matrix's numbers, the introspection).
   */
  responseBytes: 2 * 1024 * 1024,
  /** Errors reported in one response; past it, one more error says how many were not reported. */
  errors: 20,
  /** Serialized `variables`, in bytes. */
  variablesBytes: 64 * 1024,
  /** A request body: real queries are a few KiB; this leaves room, not abuse. */
  bodyBytes: 256 * 1024,
} as const;

type ShapeLimit = 'tokens' | 'aliases' | 'directives' | 'depth';
type ArmorRule = (options: {
  n: number;
  ignoreIntrospection?: boolean;
  allowList?: string[];
  onAccept: ((ctx: unknown, details: { n: number }) => void)[];
}) => (context: ValidationContext) => ASTVisitor;

const SHAPE_WORDS: Record<ShapeLimit, string> = { tokens: 'Token', aliases: 'Aliases', directives: 'Directives', depth: 'Query depth' };

/**
 * The query's own figure for a limit it broke, as armor counts it: armor's rule run again on the
 * document with no limit, reporting through its own onAccept callback (armor's onReject carries
 * only an English message, which is not parsed).
 */
function figureOf(rule: ArmorRule, context: ValidationContext, ignoreIntrospection?: boolean): number | undefined {
  let figure: number | undefined;
  const onAccept = [
    (_ctx: unknown, { n }: { n: number }) => {
      figure = Math.max(figure ?? 0, n);
    },
  ];
  visit(context.getDocument(), rule({ n: Number.POSITIVE_INFINITY, ignoreIntrospection, allowList: [], onAccept })(context));
  return figure;
}

/** armor's onReject: the refusal tagged, in armor's own callback, with what it means for the caller. */
function tagRefusal(limit: ShapeLimit, rule?: ArmorRule, ignoreIntrospection?: boolean) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const requested = rule && context ? figureOf(rule, context, ignoreIntrospection) : undefined;
      const found = requested === undefined ? '.' : `, found ${requested}.`;
      const message = `Query too complex: ${SHAPE_WORDS[limit]} limit of ${LIMITS[limit]} exceeded${found}`;
      tagAsCallersMistake(
        error,
        new DomainError('QUERY_TOO_COMPLEX', message, {
          limit,
          max: LIMITS[limit],
          ...(requested === undefined ? {} : { requested }),
          // Refused before execution, whatever the limit and whether the refusal was cached with the document.
          http: REQUEST_ERROR_HTTP,
        }),
      );
    },
  ];
}

// graphql-armor's plugins one by one (its umbrella package also bundles the protections we leave
// off). Field suggestions ("Did you mean …?") stay on: the schema is public, introspection is on.
const armor = [
  maxTokensPlugin({ n: LIMITS.tokens, onReject: tagRefusal('tokens') }),
  // Every alias counts, `__typename` ones too (graphql-armor exempts them by default): each is a
  // key and a value in the response, and 600 of them in a list of lists were 123 MB.
  maxAliasesPlugin({ n: LIMITS.aliases, allowList: [], onReject: tagRefusal('aliases', maxAliasesRule as ArmorRule) }),
  maxDirectivesPlugin({ n: LIMITS.directives, onReject: tagRefusal('directives', maxDirectivesRule as ArmorRule) }),
  maxDepthPlugin({ n: LIMITS.depth, ignoreIntrospection: true, onReject: tagRefusal('depth', maxDepthRule as ArmorRule, true) }),
];

export interface QueryCost {
  requested: number;
  limit: number;
}

/** The cost of each request's operation, for its response's extensions. */
const costs = new WeakMap<object, QueryCost>();

/**
 * Every refusal before execution (a limit, bad variables or arguments, an unknown operation)
 * answers as yoga answers a validation error: 400 under application/graphql-response+json, 200
 * under application/json (masking.ts REQUEST_ERROR_HTTP). Only a request that is not well formed
 * (`variables` not an object) or too large (413) answers its status under both.
 */
const COST_HTTP = REQUEST_ERROR_HTTP;
const REQUEST_HTTP = REQUEST_ERROR_HTTP;
const MALFORMED_HTTP = { status: 400 };

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
    const known = admittedWithoutVariables(schema, document, operationName);
    if (known && (rawVariables == null || (typeof rawVariables === 'object' && !Array.isArray(rawVariables)))) return known;
    const verdict = check(schema, document, operationName, rawVariables);
    if (!('errors' in verdict)) rememberAdmitted(schema, document, operationName, verdict);
    return verdict;
  } catch (error) {
    return unpriceable(error);
  }
}

/**
 * Admissions of operations that declare no variables: their cost cannot depend on a request's
 * variables, so it is computed once per parsed document (which yoga's byte-bounded parse cache
 * keeps; the entries go with the documents). Only admissions are kept, never refusals.
 */
const admittedByDocument = new WeakMap<DocumentNode, Map<string, { schema: GraphQLSchema; verdict: Admission }>>();

function admittedWithoutVariables(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Admission | undefined {
  const known = admittedByDocument.get(document)?.get(operationName ?? '');
  return known?.schema === schema ? known.verdict : undefined;
}

function rememberAdmitted(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, verdict: Admission): void {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.variableDefinitions?.length) return;
  let byName = admittedByDocument.get(document);
  if (!byName) {
    byName = new Map();
    admittedByDocument.set(document, byName);
  }
  // A document names at most a few operations; a caller cycling through names cannot grow this past them.
  if (byName.size < 16) byName.set(operationName ?? '', { schema, verdict });
}

function unpriceable(error: unknown): Admission {
  // A server-side gap (a field without a price, a bug): refuse, and tell the operators.
  const requestId = currentRequestId();
  console.error(
    `[certgraph] ${requestLabel()}: the cost could not be computed, request refused: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
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

function check(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: unknown): Admission {
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
    return unpriceable(error);
  }
  if (cost > LIMITS.cost) {
    return {
      cost,
      errors: [
        tooComplex(
          `Query cost ${cost.toLocaleString('en-US')} exceeds the limit of ${LIMITS.cost.toLocaleString('en-US')}. ` +
            'Each field has a price (computed fields such as `overlapMatrix`, `compare`, `recommend` and `learningPath` cost more), and a list multiplies the cost of what is selected inside it by the most items it can hold: select fewer nested lists, fewer aliases, or ask for fewer items.',
          { limit: 'cost', requested: cost, max: LIMITS.cost },
        ),
      ],
    };
  }
  return { cost };
}

/**
 * The size of a value as JSON: what JSON.stringify writes, counting a string's characters (escapes
 * aside), without recursion (a value nested 100,000 deep is measured like any other) and given up
 * as soon as it passes `limit` (what is returned is then over `limit`, not the whole size).
 */
export function jsonSizeOver(value: unknown, limit = Infinity): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number') size += Number.isFinite(v) ? String(v).length : 4;
    else if (typeof v === 'boolean') size += v ? 4 : 5;
    else if (Array.isArray(v)) {
      size += 1 + Math.max(1, v.length);
      if (size > limit) return size;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v !== null && typeof v === 'object') {
      let keys = 0;
      for (const key in v) {
        if (!Object.hasOwn(v, key)) continue;
        keys++;
        size += key.length + 3;
        if (size > limit) return size;
        stack.push((v as Record<string, unknown>)[key]);
      }
      size += 1 + Math.max(1, keys);
    } else size += 4;
    if (size > limit) return size;
  }
  return size;
}

const GUARD = Symbol('certgraph.responseGuard');

/**
 * A list's inner list (a matrix's row), counted as the running count counts values: a string its
 * length and quotes, anything else 8; lists inside it likewise, without recursion.
 */
function nestedBytes(list: readonly unknown[]): number {
  let bytes = 0;
  const stack: (readonly unknown[])[] = [list];
  while (stack.length) {
    const items = stack.pop()!;
    bytes += 1 + items.length;
    for (const item of items) {
      if (typeof item === 'string') bytes += item.length + 2;
      else if (Array.isArray(item)) stack.push(item);
      else bytes += 8;
    }
  }
  return bytes;
}

const introspectionByDocument = new WeakMap<DocumentNode, boolean>();
/** Whether a document selects `__schema` or `__type` anywhere (its fragments included), once per parsed document. */
function asksForIntrospection(document: DocumentNode): boolean {
  let asks = introspectionByDocument.get(document);
  if (asks === undefined) {
    asks = false;
    visit(document, {
      Field(node) {
        if (node.name.value === '__schema' || node.name.value === '__type') {
          asks = true;
          return BREAK;
        }
        return undefined;
      },
    });
    introspectionByDocument.set(document, asks);
  }
  return asks;
}

/**
 * What one request's response has grown to while it executes: the bytes of its keys and values,
 * and the errors raised. Every field's resolver reports here (guardResolvers). Past the response
 * limit, every field stops: the request is refused with one error. Past the error limit, further
 * errors are made cheap (one shared, already located error) and left out of the response, which
 * says how many there were.
 */
class ResponseGuard {
  bytes = 0;
  errors = 0;
  omitted = 0;
  omittedCode: string | null = null;
  stopped = false;
  /**
   * Whether part of the response escapes the running count (introspection's fields, which resolve
   * outside the schema's types, or a list nested too deep to count): then the result is measured exactly.
   */
  uncounted = false;
  #stop: GraphQLError | null = null;
  #omittedError: GraphQLError | null = null;
  /**
   * Raised by every field once the response is over its limit (located: graphql-js reuses it).
   * Made when first needed: a GraphQLError captures a stack, a sixth of a lookup's time.
   */
  get stop(): GraphQLError {
    this.#stop ??= new GraphQLError('The response is over its size limit.', { path: [] });
    return this.#stop;
  }
  /** Stands for every error past the limit (located, so graphql-js reuses it as is). */
  get omittedError(): GraphQLError {
    this.#omittedError ??= new GraphQLError('An error past the limit of errors per response.', { path: [] });
    return this.#omittedError;
  }

  enter(info: GraphQLResolveInfo): void {
    if (this.stopped) throw this.stop;
    const key = info.path.key;
    this.bytes += typeof key === 'string' ? key.length + 4 : 1;
  }

  resolved(value: unknown): unknown {
    if (typeof value === 'string') this.bytes += value.length + 2;
    else if (Array.isArray(value)) {
      this.bytes += 1 + value.length;
      let copy: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item === 'string') this.bytes += item.length + 2;
        else if (Array.isArray(item)) this.bytes += nestedBytes(item);
        else if (item instanceof Error) {
          // An Error in a list nulls its own item (nodes(ids:)): an error like any other.
          const reported = this.failed(item);
          if (reported !== item) {
            copy ??= [...value];
            copy[i] = reported;
          }
        }
      }
      if (copy) value = copy;
    } else this.bytes += 8;
    if (this.bytes > LIMITS.responseBytes) {
      this.stopped = true;
      throw this.stop;
    }
    return value;
  }

  /** The error to raise for `error`: itself while under the limit, else the shared stand-in. */
  failed(error: unknown): unknown {
    if (error === this.stop || error === this.omittedError) return error;
    if (++this.errors <= LIMITS.errors) return error;
    this.omitted++;
    const verdict = classify(error);
    // A server bug is still logged (once per original), even when it is not reported.
    if (!verdict.caller) toResponseError(error);
    const code = verdict.caller ? verdict.code : 'INTERNAL_SERVER_ERROR';
    if (this.omittedCode === null || code === 'INTERNAL_SERVER_ERROR') this.omittedCode = code;
    return this.omittedError;
  }

  /** The result as sent: refused when over the size limit, errors past the limit summed up in one. */
  finish(result: ExecutionResult): ExecutionResult | null {
    // The running count is within a factor of 3 of the JSON's size (a number counts 8 where it
    // may print 24) when it saw every value: then, well under the limit, the exact walk is not needed.
    const counted = !this.uncounted && this.bytes * 3 < LIMITS.responseBytes;
    const size = this.stopped ? Infinity : counted ? this.bytes : jsonSizeOver(result.data, LIMITS.responseBytes);
    if (size > LIMITS.responseBytes) {
      return {
        errors: [
          tooComplex(
            `The response is over ${(LIMITS.responseBytes / 1024 / 1024).toLocaleString('en-US')} MiB, the most this API sends; it was stopped. ` +
              'Select fewer fields or fewer nested lists, or ask for fewer items.',
            { limit: 'responseBytes', max: LIMITS.responseBytes },
          ),
        ],
      };
    }
    if (!this.omitted) return null;
    const reported = (result.errors ?? []).filter((e) => e !== this.omittedError && e !== this.stop);
    const requestId = this.omittedCode === 'INTERNAL_SERVER_ERROR' ? currentRequestId() : undefined;
    const summary = new GraphQLError(
      `${this.omitted.toLocaleString('en-US')} more error${this.omitted === 1 ? ' was' : 's were'} not reported: a response reports at most ${LIMITS.errors}. ` +
        'Fix the errors reported and send the query again.',
      { extensions: { code: this.omittedCode ?? 'BAD_USER_INPUT', omitted: this.omitted, ...(requestId ? { requestId } : {}) } },
    );
    return { ...result, errors: [...reported, summary] };
  }
}

/** Schemas whose resolvers report to the response guard (each field wrapped once). */
const guardedSchemas = new WeakSet<GraphQLSchema>();

/**
 * Makes every field of the schema report to its request's response guard, when it has one.
 * (A counter and a try/catch per field: envelop's on-resolve plugin would wrap each call in
 * promises and objects, at several times the cost of the field itself.)
 */
function guardResolvers(schema: GraphQLSchema): void {
  if (guardedSchemas.has(schema)) return;
  guardedSchemas.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const guard = (context as { [GUARD]?: ResponseGuard } | null)?.[GUARD];
        if (!guard) return resolve(source, args, context, info);
        guard.enter(info);
        let value: unknown;
        try {
          value = resolve(source, args, context, info);
        } catch (error) {
          throw guard.failed(error);
        }
        if (value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function') {
          return (value as PromiseLike<unknown>).then(
            (v) => guard.resolved(v),
            (error: unknown) => {
              throw guard.failed(error);
            },
          );
        }
        return guard.resolved(value);
      };
    }
  }
}

const admission: Plugin = {
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
        throw new GraphQLError(
          `The variables are ${size.toLocaleString('en-US')} bytes; the limit is ${LIMITS.variablesBytes.toLocaleString('en-US')}. Send less data.`,
          { extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } } },
        );
      }
    }
  },
  // Subscriptions go through onSubscribe, not onExecute: the same admission (and refusal) there.
  onSubscribe({ args, setResultAndStopExecution }) {
    const request = (args.contextValue as { request?: object }).request;
    const verdict = admit(args.schema, args.document, args.operationName, args.variableValues);
    if (request && verdict.cost !== undefined) costs.set(request, { requested: verdict.cost, limit: LIMITS.cost });
    // No subscription is ever admitted unpriced: there is no Subscription root, and were one added,
    // its results would need the response guard of onExecute first.
    setResultAndStopExecution({
      errors: 'errors' in verdict ? verdict.errors : [badRequest('Subscriptions are not supported. Send the operation as a query.')],
    });
  },
  onSchemaChange({ schema }) {
    guardResolvers(schema as GraphQLSchema);
  },
  onExecute({ args, setResultAndStopExecution, extendContext }) {
    const request = (args.contextValue as { request?: object }).request;
    const verdict = admit(args.schema, args.document, args.operationName, args.variableValues);
    if (request && verdict.cost !== undefined) costs.set(request, { requested: verdict.cost, limit: LIMITS.cost });
    if ('errors' in verdict) return setResultAndStopExecution({ errors: verdict.errors });
    guardResolvers(args.schema);
    const guard = new ResponseGuard();
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

export const queryLimits: Plugin[] = [...(armor as Plugin[]), admission];
