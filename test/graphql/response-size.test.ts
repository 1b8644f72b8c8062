// The response limit (2 MiB) holds for values the running count does not see. Resolvers report
// what they return while the response is built; a list's inner lists and introspection's fields
// (resolved outside the schema's types) escape that count, so a response holding either is
// measured exactly before it is sent. Shown on schemas made for the purpose: certgraph's own
// cannot produce such a response within its cost limit today, but a growing schema could.
import { GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/graphql/limits/figures.js';
import { createGraphQLServer } from '../../src/graphql/yoga.js';
import { serverContext } from '../helpers.js';

const HUGE = 'x'.repeat(1024);

function schemaWith(description: string) {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      description,
      fields: {
        // A grid of `n` rows of `n` cells: n + 1 values in the running count, n² in the response.
        grid: {
          type: new GraphQLList(new GraphQLList(GraphQLString)),
          extensions: { complexity: 1 },
          args: {},
          resolve: () => Array.from({ length: 64 }, () => Array.from({ length: 64 }, () => HUGE)),
        },
        small: { type: GraphQLString, extensions: { complexity: 1 }, resolve: () => 'ok' },
      },
    }),
  });
}

async function ask(schema: GraphQLSchema, query: string) {
  const server = createGraphQLServer({ schema });
  const res = await server.fetch(
    new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }),
    serverContext(),
  );
  const text = await res.text();
  return { text, body: JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string; limit?: string } }[] } };
}

describe('the response limit holds for values the running count does not see', () => {
  it('a list of lists (64 x 64 strings of 1 KiB: 4 MiB) is refused, never sent', async () => {
    const { text, body } = await ask(schemaWith('q'), '{ grid }');
    expect(text.length).toBeLessThan(LIMITS.responseBytes);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'responseBytes' });
  });

  it('introspection answers (a 1 MiB description asked for 3 times: 3 MiB) are refused, never sent', async () => {
    const { text, body } = await ask(
      schemaWith('d'.repeat(1024 * 1024)),
      '{ a: __schema { queryType { description } } b: __schema { queryType { description } } c: __type(name: "Query") { description } }',
    );
    expect(text.length).toBeLessThan(LIMITS.responseBytes);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'responseBytes' });
  });

  it('and a small answer of the same schemas is sent as it is', async () => {
    expect((await ask(schemaWith('q'), '{ small }')).body.data).toEqual({ small: 'ok' });
    expect((await ask(schemaWith('d'.repeat(100)), '{ __type(name: "Query") { description } }')).body.data).toEqual({
      __type: { description: 'd'.repeat(100) },
    });
  });
});
