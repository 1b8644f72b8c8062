// The response's budget while it is built: its bytes (a response over LIMITS.responseBytes is
// stopped and refused) and its errors (past LIMITS.errors, one more says how many were not
// reported). Every field's resolver reports to its request's guard.
import {
  BREAK,
  type DocumentNode,
  defaultFieldResolver,
  type ExecutionResult,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isObjectType,
  visit,
} from 'graphql';
import type { RequestState } from '../../edge/request-context.js';
import { grouped } from '../../resolvers/text.js';
import { classify } from '../errors.js';
import { toResponseError } from '../masking.js';
import { tooComplex } from './errors.js';
import { LIMITS } from './figures.js';

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

export const GUARD = Symbol('certgraph.responseGuard');

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
export function asksForIntrospection(document: DocumentNode): boolean {
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
export class ResponseGuard {
  constructor(
    /** The request's state: its id goes on a server error's summary and log line. */
    private readonly state?: RequestState,
  ) {}

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
    if (!verdict.caller) toResponseError(error, this.state);
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
            `The response is over ${grouped(LIMITS.responseBytes / 1024 / 1024)} MiB, the most this API sends; it was stopped. ` +
              'Select fewer fields or fewer nested lists, or ask for fewer items.',
            { limit: 'responseBytes', max: LIMITS.responseBytes },
          ),
        ],
      };
    }
    if (!this.omitted) return null;
    const reported = (result.errors ?? []).filter((e) => e !== this.omittedError && e !== this.stop);
    const requestId = this.omittedCode === 'INTERNAL_SERVER_ERROR' ? this.state?.id : undefined;
    const summary = new GraphQLError(
      `${grouped(this.omitted)} more error${this.omitted === 1 ? ' was' : 's were'} not reported: a response reports at most ${LIMITS.errors}. ` +
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
export function guardResolvers(schema: GraphQLSchema): void {
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
