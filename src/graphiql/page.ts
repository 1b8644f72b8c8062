// GraphiQL's page and boot script, written to static assets by `npm run assets`
// (scripts/copy-graphiql-assets.mjs: public/graphiql/page.html, public/graphiql-boot.js): they are
// the same for every request, so they are not in the Worker's bundle. The page points at the
// prebuilt files the same script copies to public/graphiql/<version>/. Nothing loads from a CDN,
// so it works offline and behind networks that block CDNs.
import { version as graphiqlVersion } from '@graphql-yoga/graphiql/package.json';
import { DEFAULT_QUERY } from './examples.js';
import { GRAPHIQL_BOOT_PATH, GRAPHQL_PATH } from './paths.js';

export const GRAPHIQL_VERSION: string = graphiqlVersion;
export const GRAPHIQL_ASSET_BASE = `/graphiql/${GRAPHIQL_VERSION}`;
/** certgraph's additions to GraphiQL (src/graphiql/extras.ts), a static asset built by `npm run assets`. */
export const GRAPHIQL_EXTRAS_PATH = '/graphiql/extras.js';

/** The welcome query, GraphiQL's first tab (src/graphiql/examples.ts, beside the other tabs). */
export { DEFAULT_QUERY } from './examples.js';

export interface GraphiQLPageOptions {
  title: string;
  endpoint: string;
  defaultQuery: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * Served at /graphiql-boot.js: the page's only script of ours, so the CSP needs no inline script.
 * It lets the extras (GRAPHIQL_EXTRAS_PATH: example tabs, the Explorer panel) adjust the options.
 */
export const GRAPHIQL_BOOT_SCRIPT = `// Starts GraphiQL with the options the page carries (a JSON data block, not a script).
const options = JSON.parse(document.getElementById('graphiql-options').textContent);
const workers = {};
function prepareWorkers() {
  // Monaco's workers are fetched from this Worker and started from blob: URLs.
  return Promise.all(Object.entries(options.workerUrls).map(async ([label, url]) => {
    const text = await (await fetch(url)).text();
    workers[label] = URL.createObjectURL(new Blob([text], { type: 'application/javascript' }));
  }));
}
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => workers[label] };
Promise.allSettled([prepareWorkers(), self.certgraphGraphiQL?.(options.graphiql)]).finally(() => YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options.graphiql));
`;

// Same page as yoga's own renderer, with the asset URLs pointing at this Worker and no inline
// script: the options travel as a JSON data block that the boot script reads.
export function renderGraphiQLPage({ title, endpoint, defaultQuery }: GraphiQLPageOptions): string {
  const base = GRAPHIQL_ASSET_BASE;
  // yoga's GraphiQL build opens with `query` (its `defaultQuery` only seeds new tabs); the extras
  // add docs/analyst.md's examples as further tabs.
  const graphiql = { title, endpoint, query: defaultQuery, defaultQuery, headerEditorEnabled: true, shouldPersistHeaders: false };
  const workerUrls = {
    editorWorkerService: `${base}/monacoeditorwork/editor.worker.bundle.js`,
    json: `${base}/monacoeditorwork/json.worker.bundle.js`,
    graphql: `${base}/monacoeditorwork/graphql.worker..bundle.js`,
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}/graphiql.css"></head>
<body id="body" class="no-focus-outline"><noscript>GraphiQL needs JavaScript. The API itself answers POST ${escapeHtml(endpoint)} with any GraphQL client.</noscript><div id="root">Loading ${escapeHtml(title)}…</div>
<script id="graphiql-options" type="application/json">${scriptJson({ graphiql, workerUrls })}</script>
<script src="${base}/yoga-graphiql.umd.js"></script>
<script src="${GRAPHIQL_EXTRAS_PATH}"></script>
<script src="${GRAPHIQL_BOOT_PATH}"></script>
</body></html>`;
}

/** The page as served at /graphql to a browser (the endpoint is the API's own path). */
export function graphiqlPage(): string {
  return renderGraphiQLPage({ title: 'certgraph · GraphiQL', endpoint: GRAPHQL_PATH, defaultQuery: DEFAULT_QUERY });
}
