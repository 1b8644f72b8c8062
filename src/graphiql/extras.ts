// certgraph's additions to the self-hosted GraphiQL, for people who do not write GraphQL: the
// welcome query and docs/analyst.md's examples open as tabs (each named after its operation),
// the Explorer panel (point-and-click query building, built into yoga's GraphiQL) opens on a
// first visit on a wide enough screen, and the panels are sized so the editor shows whole lines. GraphiQL then remembers
// what the person changes. Bundled by `npm run assets` into public/graphiql/extras.js (a browser
// script, not part of the Worker); the boot script (src/graphiql/page.ts) calls it before
// GraphiQL renders.
import { EXAMPLE_QUERIES } from './examples.js';

interface GraphiQLOptions {
  query: string;
  defaultTabs?: { query: string }[];
}

const g = globalThis as unknown as {
  certgraphGraphiQL?: (options: GraphiQLOptions) => void;
  innerWidth?: number;
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
};

/**
 * GraphiQL's first sizes, as its drag bars store them (first part's width over the second's),
 * used until the person drags a bar. GraphiQL's defaults (the Explorer a quarter of the width, the
 * editor and the result halves of the rest) leave the editor about 40 columns at 1440 px; these
 * give it the examples' longest line (EXAMPLE_LINE_MAX) and the result the rest.
 */
export const PANEL_SIZES: Readonly<Record<string, string>> = {
  'graphiql:docExplorerFlex': '0.22', // the Explorer (or Docs) panel : the editors and result
  'graphiql:editorFlex': '2.8', // the query editor : the result
};

/** The narrowest window in which the Explorer panel opens by itself on a first visit, in CSS px. */
export const EXPLORER_MIN_WIDTH = 1000;

g.certgraphGraphiQL = (options) => {
  options.defaultTabs = [options.query, ...EXAMPLE_QUERIES].map((query) => ({ query }));
  try {
    // On a narrow screen (a phone) the panel would leave the editor and the tabs no room.
    if (!g.localStorage.getItem('certgraph:explorer-shown') && (g.innerWidth ?? 0) >= EXPLORER_MIN_WIDTH) {
      g.localStorage.setItem('certgraph:explorer-shown', '1');
      g.localStorage.setItem('graphiql:visiblePlugin', 'GraphiQL Explorer');
    }
    for (const [key, value] of Object.entries(PANEL_SIZES)) if (g.localStorage.getItem(key) === null) g.localStorage.setItem(key, value);
  } catch {
    // storage refused (private mode): GraphiQL opens as it would
  }
};
