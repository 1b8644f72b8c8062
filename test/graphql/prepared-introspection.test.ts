// Introspection answered by the build (src/graphql/prepared-introspection.ts): each document of the
// generated module is answered without executing, with exactly what executing it gives (the same
// document with one more root field is not one of them, so it executes: its __schema is compared);
// the printed form decides (whitespace, commas, comments), the operation name must be the
// document's own, and anything before execution (the cost) still runs.
import { stripIgnoredCharacters } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documents } from '../../src/graphql/generated/introspection.mjs';
import { countedApp, type GraphQLResponse, settledFetch } from '../helpers.js';

type Answer = GraphQLResponse<{ __schema: unknown; __typename?: string }>;

async function post(app: ReturnType<typeof countedApp>['app'], body: object): Promise<{ status: number; answer: Answer }> {
  const request = new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  const { res, body: bytes } = await settledFetch(app, request);
  return { status: res.status, answer: JSON.parse(new TextDecoder().decode(bytes)) as Answer };
}

describe('introspection answered by the build', () => {
  for (const [name, query] of Object.entries(documents)) {
    it(`${name}: the answer executing it gives, without executing it`, async () => {
      const { app, executions } = countedApp();
      const prepared = await post(app, { query });
      expect(prepared.status).toBe(200);
      expect(executions.count).toBe(0);
      expect(prepared.answer.errors).toBeUndefined();
      expect(prepared.answer.extensions?.cost?.requested).toBeGreaterThan(0);
      // One more root field: another document, executed.
      const live = await post(app, { query: query.replace(/\{\s*__schema/, '{ __typename __schema') });
      expect(executions.count).toBe(1);
      expect(live.answer.data?.__typename).toBe('Query');
      expect(prepared.answer.data?.__schema).toEqual(live.answer.data?.__schema);
    });
  }

  it('matches the printed form: whitespace, commas and comments do not matter', async () => {
    const { app, executions } = countedApp();
    const variants = [
      stripIgnoredCharacters(documents.default),
      `# a comment\n${documents.default.replaceAll('\n', ',\n')}`,
      documents.graphiql.replaceAll('{', ' { '),
    ];
    for (const query of variants) {
      const { status, answer } = await post(app, { query, variables: { unused: 1 } });
      expect(status).toBe(200);
      expect(answer.data?.__schema).toBeTruthy();
    }
    expect(executions.count).toBe(0);
  });

  it('with its own operation name, or none; another name is executed (and refused) as before', async () => {
    const { app, executions } = countedApp();
    expect((await post(app, { query: documents.everything, operationName: 'IntrospectionQuery' })).answer.data?.__schema).toBeTruthy();
    expect(executions.count).toBe(0);
    const other = await post(app, { query: documents.everything, operationName: 'Other' });
    expect(other.answer.data ?? null).toBeNull();
    expect(other.answer.errors?.[0]?.message).toMatch(/operation/);
  });
});
