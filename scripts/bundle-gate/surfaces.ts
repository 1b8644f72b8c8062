// Which modules belong to a surface other than /graphql: all of the widget's, the explorer's, the
// downloads' and the index page's folders, GraphiQL's but its path constants (src/app.ts routes by them), and the
// usage reports (the usage counting every request passes through is /graphql's too). None of them
// may be evaluated by a new isolate or by answering /graphql (test/edge/surfaces-on-demand.test.ts on
// the sources, scripts/bundle-gate on the deployable bundle).
export const OTHER_SURFACE = /^src\/(widget|explore|downloads|home)\/|^src\/graphiql\/(?!paths\.ts$)|^src\/usage\/(endpoint|report|format|module|kit)\.ts$/;

/**
 * A surface built into an ES module of its own (`npm run assets`, scripts/build-surfaces.mjs),
 * uploaded beside the Worker's main module (wrangler.toml `find_additional_modules`) and imported
 * by src/app.ts on the surface's first request: its code is not in the main module at all.
 */
export interface SurfaceModule {
  /** Its name in messages. */
  name: string;
  /** The module's source entry: its exports are the surface's factories. */
  entry: string;
  /** The built module, as src/app.ts imports it (`./<path under src/>`). */
  out: string;
  /** The sources that are this surface's own: in its module only, never in the main module. */
  owns: RegExp;
  /**
   * The project's sources outside `owns` that its module may hold a copy of. A copy is a second
   * instance: only modules with no state that must be one per isolate (caches, rate limits, the
   * request's store) and no class another module checks with `instanceof` may be copied. The rest
   * (Hono, admission, the colo cache, the memoized domain, `classify`, `Refusal`) the main module
   * hands to the surface's factory (its kit: src/<surface>/kit.ts).
   */
  copies: RegExp;
  /** The packages its module may hold (none: the kit brings Hono). */
  packages: RegExp;
}

/**
 * Pure helpers any surface module may copy: words, constants, hashing, stateless HTTP helpers. Not
 * the domain's errors, profile checks or catalog filters: they make DomainErrors, whose class must
 * be the one `classify` and the onError check (the kits hand those functions in).
 */
const STATELESS =
  /^src\/(resolvers\/(wording|text|facts|overlap)|edge\/(assets|http-cache|digest|echo|security-headers|degraded)|data\/byte-cache|graphql\/(paths|limits\/figures)|admission\/enforced-limits)\.ts$/;

export const SURFACE_MODULES: SurfaceModule[] = [
  {
    // The protocol (the official SDK, zod, the tools): it reaches the API through the engine it is handed (src/mcp/index.ts).
    name: 'MCP server',
    entry: 'src/mcp/server.ts',
    out: 'src/mcp/generated/server.mjs',
    owns: /^src\/mcp\/(?!index\.ts$|engine\.ts$)/,
    copies: /^$/,
    packages: /./,
  },
  {
    // One module: the downloads filter and order rows with the explorer's own model, which is kept once.
    name: 'explorer and downloads',
    entry: 'src/explore/module.ts',
    out: 'src/explore/generated/explore.mjs',
    owns: /^src\/(explore|downloads)\/(?!client\/)/,
    copies: new RegExp(`${STATELESS.source}|^src/home/serve\\.ts$`),
    packages: /^$/,
  },
  {
    name: 'widget',
    entry: 'src/widget/module.ts',
    out: 'src/widget/generated/widget.mjs',
    owns: /^src\/widget\//,
    copies: STATELESS,
    packages: /^$/,
  },
  {
    name: 'usage reports',
    entry: 'src/usage/module.ts',
    out: 'src/usage/generated/usage.mjs',
    owns: /^src\/usage\/(endpoint|report|format|module)\.ts$/,
    copies: new RegExp(`${STATELESS.source}|^src/usage/outcomes\\.ts$`),
    packages: /^$/,
  },
  {
    // Its paths stay in the main module too: src/app.ts routes by them.
    name: 'GraphiQL',
    entry: 'src/graphiql/module.ts',
    out: 'src/graphiql/generated/graphiql.mjs',
    owns: /^src\/graphiql\/(?!paths\.ts$)/,
    copies: new RegExp(`${STATELESS.source}|^src/graphiql/paths\\.ts$`),
    packages: /^$/,
  },
  {
    name: 'index page',
    entry: 'src/home/module.ts',
    out: 'src/home/generated/home.mjs',
    owns: /^src\/home\//,
    copies: STATELESS,
    packages: /^$/,
  },
];
