// Where GraphiQL's files are served: the Worker's routes (src/graphiql/index.ts) and the assets
// script that writes them (scripts/copy-graphiql-assets.mjs) share these.

export { GRAPHQL_PATH } from '../graphql/paths.js';
/** The page, a static asset (Workers assets serve `page.html` at `/graphiql/page`). */
export const GRAPHIQL_PAGE_PATH = '/graphiql/page';
/** The page's only script of ours, so the CSP needs no inline script. */
export const GRAPHIQL_BOOT_PATH = '/graphiql-boot.js';
