// GET /: where a person or a script lands. A browser gets a small page that leads to each surface
// (GraphiQL, the explorer, the widget, the downloads, the docs); `Accept: application/json` gets
// the same list as JSON. Cached like any GET (render.ts).
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import { catalog } from '../data/catalog.js';
import type { AppEnv } from '../http/env.js';
import { GRAPHQL_PATH } from '../http/paths.js';
import { answerIndex, type IndexEntry, type IndexPage } from './render.js';

function surfaces(): IndexEntry[] {
  const role = catalog.roles[0]!;
  return [
    { href: GRAPHQL_PATH, title: 'GraphiQL', about: 'write and run queries, with example tabs, a point-and-click Explorer and the schema’s docs' },
    { href: '/explore', title: 'The overlap explorer', about: 'how much the certifications overlap, as a heatmap, a table and a pair view' },
    {
      href: `/embed/recommendations?currentRole=${role.slug}`,
      title: 'The widget',
      about: 'the recommendations partners embed in their pages (an <iframe>)',
    },
    { href: '/data', title: 'Downloads', about: 'the catalog and the overlap as CSV and JSON' },
  ];
}

const DOCS: IndexEntry[] = [
  { href: GRAPHQL_PATH, title: 'The API reference', about: 'every type and field, described: GraphiQL’s Docs panel (or introspection)' },
  { title: 'docs/analyst.md', about: 'for analysts: example queries, the explorer, the downloads, how recommendations rank (in the repository)' },
  { title: 'docs/frontend.md', about: 'for frontend teams: the schema’s promise, a typed client, limits and errors (in the repository)' },
  { title: 'docs/partner.md', about: 'for partners: keys, trusted documents, usage, the widget (in the repository)' },
];

function homePage(): IndexPage {
  const entries = surfaces();
  return {
    title: 'certgraph',
    intro: `Agile certifications compared and recommended: ${catalog.certifications.length} certifications from ${catalog.providers.length} providers (catalog ${catalog.version}, facts as of ${catalog.asOf}). The API answers GraphQL at ${GRAPHQL_PATH}.`,
    sections: [
      { heading: 'Surfaces', entries },
      { heading: 'Docs', entries: DOCS },
    ],
    json: {
      api: GRAPHQL_PATH,
      catalog: { version: catalog.version, asOf: catalog.asOf, certifications: catalog.certifications.length, providers: catalog.providers.length },
      surfaces: entries.map((e) => ({ url: e.href, name: e.title, about: e.about })),
      docs: DOCS.map((e) => (e.href ? { url: e.href, name: e.title, about: e.about } : { path: e.title, about: e.about })),
    },
  };
}

export function homeApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c: Context<AppEnv>) => answerIndex(c, homePage()));
  return app;
}
