// The schema-only part of a first request, done before one arrives. A fresh isolate's first
// request runs graphql-js's parser and validation rules, graphql-armor's and the query limits'
// checks for the first time: V8 compiles each of those functions on its first call, which is most
// of what a first answer costs above a warm one (`npm run bench:startup`). None of it needs the
// catalog, so it can be done while the first request waits for the catalog's asset
// (src/admission/catalog-loading.ts): CPU spent in the time the request would spend waiting on I/O.
// Nothing here is a request: the server's own parse and validate (yoga's, with its plugins' hooks
// and caches) and the cost check are called on one small document in the shape callers send (a
// variable, a fragment, nested selections). Nothing executes: execution needs the catalog.
// Measured in thread CPU time, the asset answered after 5 ms (`npm run bench:startup`, section 7,
// beside a bundle whose warm-up does nothing): the preparation costs ~10 ms of a cold isolate's
// CPU and takes ~6 ms (a lookup) and ~5 ms (a recommendation) off what the request still does once
// the asset has arrived. So the first answer comes sooner when the asset's fetch lasts more than
// ~4 ms (by up to those 5-6 ms from ~10 ms on), and ~4 ms later when it is instant. A document
// without a variable or a fragment cost ~7 ms and saved less (~4.5 ms, and nothing for a
// recommendation); a large one (a list, a comparison, recommendations) took 20-25 ms: not kept.
import type { GraphQLSchema } from 'graphql';
import { checkCost } from './limits/request-cost.js';
import { asksForIntrospection } from './limits/response-budget.js';

/** A lookup in the shape callers send: what the preparation parses, validates and prices. */
export const PREPARED_DOCUMENT = /* GraphQL */ `query Prepare($slug: String!) { certification(slug: $slug) { ...Certification topics { depth topic { slug } } } }
fragment Certification on Certification { slug name cost { amountUsd } }`;

/** Its variables, as a caller sends them. */
export const PREPARED_VARIABLES = { slug: 'psm-i' };

/** The parts of yoga's server the preparation calls: its enveloped parse and validate. */
export interface Preparable {
  getEnveloped(context: object): {
    schema: GraphQLSchema;
    parse(source: string): unknown;
    validate(schema: GraphQLSchema, document: unknown): readonly unknown[];
  };
}

/**
 * Parses and validates the prepared document through the server's own envelop (its parse and
 * validation caches, graphql-armor's hooks), then prices it. Returns whether it went through
 * (a test holds it to true: a document the schema no longer accepts would prepare little).
 */
export function prepareSchemaWork(server: Preparable): boolean {
  const { schema, parse, validate } = server.getEnveloped({});
  const document = parse(PREPARED_DOCUMENT) as Parameters<typeof asksForIntrospection>[0];
  if (validate(schema, document).length) return false;
  asksForIntrospection(document);
  return !('errors' in checkCost(schema, document, 'Prepare', PREPARED_VARIABLES));
}
