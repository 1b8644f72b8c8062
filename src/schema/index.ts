// src/schema: the GraphQL schema, built with Pothos. builder.ts is the builder alone (with its
// plugins: prices, argument validation, relay); each other file registers one area's types and
// their query fields, as thin adapters over src/resolvers (no computing here: a field names its
// arguments, its price and its description, and calls the domain). This file imports them all,
// then builds the schema once per isolate. The order of the imports is the order of the types in
// schema.graphql.
import { builder } from './builder.js';
import './node.js';
import './common.js';
import './provider.js';
import './role.js';
import './topic.js';
import './certification.js';
import './catalog.js';
import './comparison.js';
import './recommendation.js';

/**
 * Marked valid: graphql-js would otherwise validate the whole schema on the first request a fresh
 * isolate executes (several ms of its first answer). The schema is fixed by this code, so its
 * validity is checked once, by the tests (test/graphql/schema.test.ts), not by every isolate. (What
 * `assumeValid: true` sets, set here: Pothos does not pass the option on, and building the schema
 * a second time to pass it cost more at startup than it saved.)
 */
export const schema = builder.toSchema({ sortSchema: false });
schema.__validationErrors = [];
