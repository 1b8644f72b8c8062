// Introspection's prices are derived from the schema's own sizes (src/graphql/limits/cost.ts). For
// certgraph's schema the build derives them (`npm run schema:print` writes
// src/graphql/limits/introspection-prices.json, as it writes schema.graphql), so that no request
// pays for it. The file must be what the schema gives today: a field added without printing it
// again would price introspection from a stale table.
import { GraphQLSchema, getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { INTROSPECTION_FIELD_PRICE, introspectionPrices } from '../../src/graphql/limits/cost.js';
import built from '../../src/graphql/limits/introspection-prices.json';
import { checkCost } from '../../src/graphql/limits/request-cost.js';
import { schema } from '../../src/schema/index.js';
import { gql } from '../helpers.js';

describe("introspection's prices, computed by the build", () => {
  it('are the prices the schema gives (else: npm run schema:print)', () => {
    expect(built).toEqual(introspectionPrices(schema, INTROSPECTION_FIELD_PRICE));
  });

  it("price GraphiQL's introspection as prices derived from the schema would", async () => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true });
    // A copy of the schema (another object): its prices are derived from it on its first request.
    const copy = new GraphQLSchema(schema.toConfig());
    const derived = checkCost(copy, parse(query), undefined, {});
    expect(derived).toEqual({ cost: expect.any(Number) });
    const answered = await gql(query);
    expect(answered.errors).toBeUndefined();
    expect(answered.extensions?.cost?.requested).toBe((derived as { cost: number }).cost);
  });
});
