// One classifier (classify in src/graphql/errors.ts): a caller's mistake is one of a listed set of cases and
// keeps its message with a contract code; anything else is the server's, reported as
// INTERNAL_SERVER_ERROR with the request id and logged once at error level with that id.
import {
  execute,
  GraphQLError,
  GraphQLID,
  GraphQLInt,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  validate,
} from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import readme from '../../docs/frontend.md?raw';
import { MAX_ECHO, MAX_MESSAGE_LENGTH } from '../../src/edge/echo.js';
import { classify, PROTOCOL_CODES } from '../../src/graphql/errors.js';
import { toResponseError } from '../../src/graphql/masking.js';
import { createGraphQLServer } from '../../src/graphql/yoga.js';
import { badInput, DomainError, notFound } from '../../src/resolvers/errors.js';
import { schema as certgraph } from '../../src/schema/index.js';
import { bodyOf, firstError, type GraphQLResponse, inRequest, serverContext } from '../helpers.js';

/** A schema with the server bugs graphql-js and Pothos report at run time, one field each. */
const Node = new GraphQLInterfaceType({ name: 'Node', fields: { id: { type: GraphQLID } } });
const Thing = new GraphQLObjectType({ name: 'Thing', interfaces: [Node], fields: { id: { type: GraphQLID } } });
const broken = new GraphQLSchema({
  types: [Thing],
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      ok: { type: GraphQLString, resolve: () => 'fine', extensions: { complexity: 1 } },
      abstract: { type: Node, resolve: () => ({ id: '1' }), extensions: { complexity: 1 } },
      iterable: { type: new GraphQLList(GraphQLString), resolve: () => 42, extensions: { complexity: 1 } },
      nonNull: { type: new GraphQLNonNull(GraphQLString), resolve: () => null, extensions: { complexity: 1 } },
      serialize: { type: GraphQLInt, resolve: () => 'not a number', extensions: { complexity: 1 } },
      pothos: {
        type: GraphQLString,
        resolve: () => {
          const e = new Error('Invalid global ID: zzz');
          e.name = 'PothosValidationError';
          throw e;
        },
        extensions: { complexity: 1 },
      },
      typeError: { type: GraphQLString, resolve: () => (null as unknown as { x: string }).x, extensions: { complexity: 1 } },
      domain: {
        type: GraphQLString,
        resolve: () => {
          throw badInput('`x` must be positive; got -1.', { argument: 'x' });
        },
        extensions: { complexity: 1 },
      },
      missing: {
        type: GraphQLString,
        resolve: () => {
          throw notFound('No such thing.');
        },
        extensions: { complexity: 1 },
      },
      graphqlErrorFromResolver: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('thrown by a resolver without a code');
        },
        extensions: { complexity: 1 },
      },
    },
  }),
});
const SERVER_BUGS = ['abstract', 'iterable', 'nonNull', 'serialize', 'pothos', 'typeError', 'graphqlErrorFromResolver'];

afterEach(() => vi.restoreAllMocks());

/** Console lines at error level during `fn`. */
async function errorLines(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const lines: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  await fn();
  return lines;
}

describe("what graphql-js and Pothos report at run time is the server's, never the caller's", () => {
  it.each(SERVER_BUGS)('%s: INTERNAL_SERVER_ERROR with the request id, logged at error level with it', async (field) => {
    const result = await execute({ schema: broken, document: parse(field === 'abstract' ? '{ abstract { __typename } }' : `{ ${field} }`) });
    const error = result.errors![0]!;
    expect(classify(error)).toEqual({ caller: false });
    let masked: GraphQLError | undefined;
    const lines = await errorLines(() => (masked = toResponseError(error, { id: `req-${field}`, ray: undefined })));
    expect(masked!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: `req-${field}` });
    expect(masked!.message).toBe(`Unexpected error. Quote request id req-${field} if you report it.`);
    expect(masked!.path).toEqual([field]);
    expect(lines.join('\n')).toContain(`req-${field}`);
    // Logged once, however many times the error passes.
    const again = await errorLines(() => toResponseError(error, { id: `req-${field}`, ray: undefined }));
    expect(again).toEqual([]);
  });

  it("end to end through yoga: a server bug is INTERNAL_SERVER_ERROR with the response's request id; the other fields are served", async () => {
    const server = createGraphQLServer({ schema: broken });
    for (const field of SERVER_BUGS) {
      const query = `{ ok ${field === 'abstract' ? 'abstract { __typename }' : field} }`;
      let body: GraphQLResponse<{ ok: string }> = {};
      const lines = await errorLines(async () => {
        const res = await inRequest(`e2e-${field}`, () =>
          server.fetch(
            new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }),
            serverContext(`e2e-${field}`),
          ),
        );
        body = await bodyOf<{ ok: string }>(res);
      });
      expect(body.errors, field).toHaveLength(1);
      expect(firstError(body).extensions, field).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: `e2e-${field}` });
      expect(JSON.stringify(body), field).not.toMatch(
        /Abstract type|Expected Iterable|Cannot return null|Int cannot represent|Invalid global ID|Cannot read|without a code/,
      );
      // A null in a non-null field nulls its parent (here, data); otherwise the other fields are served.
      if (field !== 'nonNull') expect(body.data!.ok).toBe('fine');
      expect(
        lines.some((l) => l.includes(`e2e-${field}`)),
        `${field}: ${lines.join(' | ')}`,
      ).toBe(true);
    }
  });
});

describe("a caller's mistake is a listed case, answered with its code and not logged as an error", () => {
  const schemaErrors = () => ({
    syntax: (() => {
      try {
        parse('{ catalog { version }');
      } catch (e) {
        return Object.assign(e as GraphQLError, { extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } } });
      }
      throw new Error('no syntax error');
    })(),
    validation: Object.assign(validate(certgraph, parse('{ nope }'))[0]!, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
  });

  it('domain errors keep their code, message and details', () => {
    const e = new GraphQLError('x', {
      originalError: badInput('`first` must be between 0 and 100; got 500.', { argument: 'first' }),
      path: ['certifications'],
    });
    const out = toResponseError(e, undefined);
    expect(out.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(out.message).toBe('`first` must be between 0 and 100; got 500.');
    expect(toResponseError(new GraphQLError('y', { originalError: notFound('No certification "x".') }), undefined).extensions.code).toBe('NOT_FOUND');
  });

  it("syntax, validation and protocol errors map onto the contract, keeping yoga's code as the reason", () => {
    const { syntax, validation } = schemaErrors();
    expect(toResponseError(syntax, undefined).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    expect(toResponseError(validation, undefined).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    for (const [code, contract] of [
      ['BAD_REQUEST', 'BAD_USER_INPUT'],
      ['PERSISTED_QUERY_NOT_FOUND', 'NOT_FOUND'],
      ['PERSISTED_QUERY_MISMATCH', 'BAD_USER_INPUT'],
      ['PERSISTED_QUERY_NOT_ALLOWED', 'FORBIDDEN'],
      ['REQUEST_ENTITY_TOO_LARGE', 'BAD_USER_INPUT'],
    ]) {
      expect(toResponseError(new GraphQLError('m', { extensions: { code } }), undefined).extensions).toMatchObject({ code: contract, reason: code });
    }
  });

  it("the README's table of reasons is PROTOCOL_CODES, row for row", () => {
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| `([A-Z_]+)` \| .+ \|$/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(PROTOCOL_CODES);
  });

  it("an unlisted code, or none, is the server's", () => {
    for (const e of [
      new GraphQLError('m', { extensions: { code: 'SOMETHING_ELSE' } }),
      new GraphQLError('m'),
      new GraphQLError('m', { path: ['x'] }),
      new Error('plain'),
      'a string',
      null,
    ]) {
      expect(classify(e)).toEqual({ caller: false });
    }
    expect(classify(new DomainError('INTERNAL_SERVER_ERROR', 'internal'))).toEqual({ caller: false });
  });

  it('messages are capped, whatever they quote: each piece of input cut to MAX_ECHO, the whole to MAX_MESSAGE_LENGTH', () => {
    const e = new GraphQLError(`Variable "$x" got invalid value "${'z'.repeat(60_000)}"`, { extensions: { code: 'BAD_USER_INPUT' } });
    const out = toResponseError(e, undefined);
    expect(out.message).toBe(`Variable "$x" got invalid value "${'z'.repeat(MAX_ECHO)}…"`);
    // Many short pieces, each within MAX_ECHO: the whole is still capped.
    const many = new GraphQLError(`Unknown values: ${Array.from({ length: 3000 }, (_, i) => `"v${i}"`).join(', ')}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const cut = toResponseError(many, undefined);
    expect(cut.message.length).toBeLessThan(MAX_MESSAGE_LENGTH + 100);
    expect(cut.message).toMatch(/cut: the message was [\d,]+ characters/);
  });

  it("callers' mistakes through the Worker are not logged at error level", async () => {
    const server = createGraphQLServer();
    const lines = await errorLines(async () => {
      for (const query of [
        '{ catalog { version }',
        '{ nope }',
        'query($n: Int) { certifications(first: $n) { totalCount } }',
        '{ certifications(first: 500) { totalCount } }',
        '{ node(id: "!") { id } }',
        '{ compare(certifications: ["psm-i"]) { summary } }',
      ]) {
        const res = await server.fetch(
          new Request('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables: { n: 'ten' } }),
          }),
          serverContext(),
        );
        expect(firstError(await bodyOf(res)).extensions.code, query).not.toBe('INTERNAL_SERVER_ERROR');
      }
    });
    // (A `degraded:` line is another file's background usage send, whose Durable Object the shared
    // workerd may reset between files: not this server's error.)
    expect(lines.filter((l) => !l.includes('] request') || !l.includes('degraded:'))).toEqual([]);
  });
});
