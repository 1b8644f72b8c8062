// Every GraphQL document the product sends itself, known at build time: the overlap explorer's
// (src/explore/queries.ts), the GraphiQL tabs' (src/graphiql/examples.ts), the MCP tools' and
// resources' (src/mcp/documents.ts), and the typed client's trusted documents, the ones a partner
// publishes (examples/typed-client/gql/persisted-documents.json). The widget sends none: it
// renders from the domain (src/resolvers) directly.
import trusted from '../../examples/typed-client/gql/persisted-documents.json';
import { MATRIX_QUERY, PAIR_QUERY } from '../../src/explore/queries.js';
import { DEFAULT_QUERY, EXAMPLE_QUERIES } from '../../src/graphiql/examples.js';
import { DOCUMENTS } from '../../src/mcp/documents.js';

export interface KnownDocument {
  /** Where it comes from, and its operation's name. */
  name: string;
  query: string;
}

const operationName = (query: string) => /^query\s+(\w+)/m.exec(query)?.[1] ?? '(anonymous)';

export const KNOWN_DOCUMENTS: readonly KnownDocument[] = [
  { name: 'explore ExplorerMatrix', query: MATRIX_QUERY },
  { name: 'explore ExplorerPair', query: PAIR_QUERY },
  { name: `graphiql ${operationName(DEFAULT_QUERY)}`, query: DEFAULT_QUERY },
  ...EXAMPLE_QUERIES.map((query) => ({ name: `graphiql ${operationName(query)}`, query })),
  ...Object.values(DOCUMENTS).map((query) => ({ name: `mcp ${operationName(query)}`, query })),
  ...Object.values(trusted as Record<string, string>).map((query) => ({ name: `trusted ${operationName(query)}`, query })),
];

const texts = new Set(KNOWN_DOCUMENTS.map((d) => d.query));
export const isKnownDocument = (query: string): boolean => texts.has(query);
