// The index pages' content: GET / leads to each surface (GraphiQL, the explorer, the widget, the
// downloads, the docs); GET /data lists the downloads with their sizes and what each holds.
// Rendered by `npm run assets` (scripts/build-downloads.mjs) from the API's answers and the built
// files, into public/_index/ (serve.ts serves them): no count or name here is written by hand.
import { VIEW_PARAMS } from '../downloads/view.js';
import { GRAPHQL_PATH } from '../graphql/paths.js';
import { type IndexEntry, type IndexPage, renderIndexHtml } from './render.js';
import { INDEX_ASSETS } from './serve.js';

/** What the pages say, from the API (`INDEX_QUERY`) and the downloads as built. */
export interface IndexFacts {
  catalog: { version: string; asOf: string; certificationCount: number; providerCount: number };
  providers: { slug: string; name: string }[];
  roles: { slug: string }[];
  /** Each download's file name and size in bytes, in the order they are listed. */
  files: { file: string; bytes: number }[];
}

export const INDEX_QUERY = /* GraphQL */ `query IndexPages {
  catalog { version asOf certificationCount providerCount }
  providers { slug name }
  roles { slug }
}`;

/** What one row of each download is (docs/analyst.md, "Data out", has the columns). */
export const FILE_HOLDS: Readonly<Record<string, string>> = {
  'overlap.csv': 'one row per ordered pair (a, b): similarity and both coverages',
  'overlap.json': 'the same rows, plus the square similarity matrix',
  'overlap-matrix.csv': 'the square similarity matrix, one column per certification',
  'certifications.csv': 'one row per certification: its facts, prices and sources',
  'certifications.json': 'the same rows as JSON',
  'certification-topics.csv': 'one row per certification and topic it covers, with the depth',
  'certification-topics.json': 'the same rows as JSON',
};

const DOCS: IndexEntry[] = [
  { href: GRAPHQL_PATH, title: 'The API reference', about: 'every type and field, described: GraphiQL’s Docs panel (or introspection)' },
  { title: 'docs/analyst.md', about: 'for analysts: example queries, the explorer, the downloads, how recommendations rank (in the repository)' },
  { title: 'docs/frontend.md', about: 'for frontend teams: the schema’s promise, a typed client, limits and errors (in the repository)' },
  { title: 'docs/partner.md', about: 'for partners: keys, trusted documents, usage, the widget (in the repository)' },
];

export function homePage(facts: IndexFacts): IndexPage {
  const { catalog } = facts;
  const surfaces: IndexEntry[] = [
    { href: GRAPHQL_PATH, title: 'GraphiQL', about: 'write and run queries, with example tabs, a point-and-click Explorer and the schema’s docs' },
    { href: '/explore', title: 'The overlap explorer', about: 'how much the certifications overlap, as a heatmap, a table and a pair view' },
    {
      href: `/embed/recommendations?currentRole=${facts.roles[0]!.slug}`,
      title: 'The widget',
      about: 'the recommendations partners embed in their pages (an <iframe>)',
    },
    { href: '/data', title: 'Downloads', about: 'the catalog and the overlap as CSV and JSON' },
  ];
  const item = (e: IndexEntry) => (e.href ? { url: e.href, name: e.title, about: e.about } : { path: e.title, about: e.about });
  return {
    title: 'certgraph',
    intro: `Agile certifications compared and recommended: ${catalog.certificationCount} certifications from ${catalog.providerCount} providers (catalog ${catalog.version}, facts as of ${catalog.asOf}). The API answers GraphQL at ${GRAPHQL_PATH}.`,
    sections: [
      { heading: 'Surfaces', entries: surfaces },
      { heading: 'Docs', entries: DOCS },
    ],
    json: {
      api: GRAPHQL_PATH,
      catalog,
      surfaces: surfaces.map(item),
      docs: DOCS.map(item),
    },
  };
}

const sizeText = (bytes: number) => (bytes >= 10_000 ? `${Math.round(bytes / 1000)}\u00a0kB` : `${bytes}\u00a0bytes`);

export function downloadsPage(facts: IndexFacts): IndexPage {
  const provider = facts.providers[0]!;
  const holds = (file: string) => FILE_HOLDS[file] ?? '';
  return {
    title: 'certgraph · downloads',
    intro:
      `The catalog (${facts.catalog.version}) and its overlap for spreadsheets (CSV) and notebooks (JSON), built from the API’s own answers. ` +
      `Add the explorer’s parameters (${VIEW_PARAMS.join(', ')}, as /explore takes them) to get the rows of that view, in its order. ` +
      'Columns are documented in docs/analyst.md (Data out).',
    sections: [
      {
        heading: 'Files',
        entries: facts.files.map((f) => ({ href: `/data/${f.file}`, title: f.file, about: holds(f.file), facts: sizeText(f.bytes) })),
      },
      {
        heading: 'The explorer’s view',
        entries: [
          {
            href: `/data/overlap.csv?provider=${provider.slug}`,
            title: `/data/overlap.csv?provider=${provider.slug}`,
            about: `${provider.name}’s pairs, in the heatmap’s order`,
          },
          { href: '/explore', title: '/explore', about: 'the overlap explorer, whose download links carry the view' },
        ],
      },
    ],
    json: {
      catalog: { version: facts.catalog.version, asOf: facts.catalog.asOf },
      files: facts.files.map((f) => ({ url: `/data/${f.file}`, format: f.file.split('.').pop(), bytes: f.bytes, holds: holds(f.file) })),
      viewParameters: VIEW_PARAMS,
      columns: 'docs/analyst.md#data-out',
    },
  };
}

/** The files public/_index/ holds: each page as HTML and as JSON. */
export function indexFiles(facts: IndexFacts): { path: string; body: string }[] {
  return (
    [
      ['home', homePage(facts)],
      ['data', downloadsPage(facts)],
    ] as const
  ).flatMap(([name, page]) => [
    { path: `${INDEX_ASSETS}/${name}.html`, body: renderIndexHtml(page) },
    { path: `${INDEX_ASSETS}/${name}.json`, body: JSON.stringify(page.json) },
  ]);
}
