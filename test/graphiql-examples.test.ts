// GraphiQL for people who do not write GraphQL: the README's example queries open as named tabs
// (one per query, named after its operation), the README shows exactly those queries, and each
// runs without errors against the Worker.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import readme from '../README.md?raw';
import { EXAMPLE_QUERIES } from '../src/graphiql-examples.js';
import { DEFAULT_QUERY } from '../src/graphiql.js';
import { gql, worker } from './helpers.js';

const readmeExamples = () => {
  const start = readme.indexOf('## Example queries');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
};

const operationName = (query: string) => {
  const op = parse(query).definitions[0];
  return op?.kind === 'OperationDefinition' ? op.name?.value : undefined;
};

describe('GraphiQL opens the README’s example queries as named tabs', () => {
  it('the README shows exactly the queries GraphiQL opens, in order', () => {
    expect(readmeExamples()).toEqual([...EXAMPLE_QUERIES]);
  });

  it('each example is one named operation, the names all different', () => {
    const names = EXAMPLE_QUERIES.map(operationName);
    expect(names.every((n) => n && /^[A-Z][A-Za-z]+$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(EXAMPLE_QUERIES.map((q) => [operationName(q)!, q]))('%s runs without errors', async (_name, query) => {
    const res = await gql(query);
    expect(res.errors).toBeUndefined();
    expect(Object.values(res.data ?? {}).every((v) => v !== null)).toBe(true);
  });

  it('the GraphiQL page opens on the welcome query and points its boot script at the examples, served by the Worker', async () => {
    const res = await worker('/graphql', { headers: { accept: 'text/html' } });
    const html = await res.text();
    const options = JSON.parse(/<script id="graphiql-options" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(options.graphiql.query).toBe(DEFAULT_QUERY);
    const examples = await worker(options.examplesUrl);
    expect(examples.status).toBe(200);
    expect(await examples.json()).toEqual([...EXAMPLE_QUERIES]);
    // The boot script makes them the tabs after the welcome query.
    const boot = await (await worker('/graphiql-boot.js')).text();
    expect(boot).toContain('defaultTabs = [options.graphiql.query, ...queries]');
  });
});
