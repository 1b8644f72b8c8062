// certgraph's additions to the self-hosted GraphiQL, for people who do not write GraphQL: the
// docs/analyst.md's example queries open as tabs after the welcome query (each tab is named after its
// operation), and the Explorer panel (point-and-click query building, built into yoga's GraphiQL)
// opens on a first visit; GraphiQL then remembers whether the person keeps it open. Bundled by
// `npm run assets` into public/graphiql/extras.js (a browser script, not part of the Worker); the
// boot script (src/graphiql/page.ts) calls it before GraphiQL renders.
import { EXAMPLE_QUERIES } from './examples.js';

interface GraphiQLOptions {
  query: string;
  defaultTabs?: { query: string }[];
}

const g = globalThis as unknown as {
  certgraphGraphiQL?: (options: GraphiQLOptions) => void;
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
};

g.certgraphGraphiQL = (options) => {
  options.defaultTabs = [options.query, ...EXAMPLE_QUERIES].map((query) => ({ query }));
  try {
    if (!g.localStorage.getItem('certgraph:explorer-shown')) {
      g.localStorage.setItem('certgraph:explorer-shown', '1');
      g.localStorage.setItem('graphiql:visiblePlugin', 'GraphiQL Explorer');
    }
  } catch {
    // storage refused (private mode): GraphiQL opens as it would
  }
};
