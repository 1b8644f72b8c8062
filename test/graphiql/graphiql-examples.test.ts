// GraphiQL for people who do not write GraphQL: the README's example queries open as named tabs
// (one per query, named after its operation), the README shows exactly those queries, and each
// runs without errors against the Worker.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import readme from '../../docs/analyst.md?raw';
import { EXAMPLE_QUERIES } from '../../src/graphiql/examples.js';
import { DEFAULT_QUERY } from '../../src/graphiql/page.js';
import { gql, worker } from '../helpers.js';

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

  it('the GraphiQL page opens on the welcome query and loads the extras that add the examples as tabs', async () => {
    const res = await worker('/graphql', { headers: { accept: 'text/html' } });
    const html = await res.text();
    const options = JSON.parse(/<script id="graphiql-options" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(options.graphiql.query).toBe(DEFAULT_QUERY);
    const scripts = [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    expect(scripts.slice(1)).toEqual(['/graphiql/extras.js', '/graphiql-boot.js']); // the extras run before the boot script
    const extras = await worker('/graphiql/extras.js');
    expect(extras.status).toBe(200);
    const js = await extras.text();
    for (const query of EXAMPLE_QUERIES) expect(js).toContain(`query ${operationName(query)} {`);
    // What the extras do before GraphiQL renders: the welcome query first, then every example, as tabs.
    await import('../../src/graphiql/extras.js');
    const tabsOptions: { query: string; defaultTabs?: { query: string }[] } = { query: DEFAULT_QUERY };
    (globalThis as unknown as { certgraphGraphiQL: (o: typeof tabsOptions) => void }).certgraphGraphiQL(tabsOptions);
    expect(tabsOptions.defaultTabs!.map((t) => t.query)).toEqual([DEFAULT_QUERY, ...EXAMPLE_QUERIES]);
  });
});
