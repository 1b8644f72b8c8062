// GraphiQL's tabs for the browser test (test/browser/graphiql.browser.ts runs in Node, outside vitest).
export { DEFAULT_QUERY, EXAMPLE_LINE_MAX, EXAMPLE_QUERIES } from '../../src/graphiql/examples.ts';
