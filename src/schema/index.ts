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

export const schema = builder.toSchema({ sortSchema: false });
