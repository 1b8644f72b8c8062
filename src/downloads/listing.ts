// What /data holds: each download with what one row is, its size, and how to ask for the
// explorer's view of it. GET /data answers with this list (HTML or JSON, src/home/render.ts).
import type { Context } from 'hono';
import { catalog } from '../data/catalog.js';
import { answerIndex, type IndexPage } from '../home/render.js';
import type { AppEnv } from '../http/env.js';
import type { DatasetName } from './build.js';
import { VIEW_PARAMS } from './view.js';

export interface DownloadFileInfo {
  file: string;
  dataset: DatasetName;
  format: 'csv' | 'json';
  contentType: string;
  holds: string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

export const DOWNLOAD_FILES: readonly DownloadFileInfo[] = [
  { file: 'overlap.csv', dataset: 'overlap', format: 'csv', contentType: CSV, holds: 'one row per ordered pair (a, b): similarity and both coverages' },
  { file: 'overlap.json', dataset: 'overlap', format: 'json', contentType: JSON_TYPE, holds: 'the same rows, plus the square similarity matrix' },
  {
    file: 'overlap-matrix.csv',
    dataset: 'overlap-matrix',
    format: 'csv',
    contentType: CSV,
    holds: 'the square similarity matrix, one column per certification',
  },
  { file: 'certifications.csv', dataset: 'certifications', format: 'csv', contentType: CSV, holds: 'one row per certification: its facts, prices and sources' },
  { file: 'certifications.json', dataset: 'certifications', format: 'json', contentType: JSON_TYPE, holds: 'the same rows as JSON' },
  {
    file: 'certification-topics.csv',
    dataset: 'certification-topics',
    format: 'csv',
    contentType: CSV,
    holds: 'one row per certification and topic it covers, with the depth',
  },
  { file: 'certification-topics.json', dataset: 'certification-topics', format: 'json', contentType: JSON_TYPE, holds: 'the same rows as JSON' },
];

const sizeText = (bytes: number) => (bytes >= 10_000 ? `${Math.round(bytes / 1000)}\u00a0kB` : `${bytes}\u00a0bytes`);

/** The files' sizes, read once per isolate from the assets (they change only with a deploy). */
let sizes: Promise<Map<string, number>> | undefined;
function sizesOf(c: Context<AppEnv>): Promise<Map<string, number>> {
  sizes ??= Promise.all(
    DOWNLOAD_FILES.map(async (f) => {
      const res = await c.env.ASSETS.fetch(new Request(new URL(`/data/${f.file}`, c.req.url)));
      return [f.file, res.ok ? (await res.arrayBuffer()).byteLength : -1] as const;
    }),
  ).then((entries) => new Map(entries));
  return sizes;
}

export async function downloadsIndex(c: Context<AppEnv>): Promise<Response> {
  const bytes = await sizesOf(c);
  const provider = catalog.providers[0]!;
  const files = DOWNLOAD_FILES.filter((f) => (bytes.get(f.file) ?? -1) >= 0);
  if (files.length < DOWNLOAD_FILES.length) sizes = undefined; // a missing file: look again next time
  const page: IndexPage = {
    title: 'certgraph · downloads',
    intro:
      'The catalog and its overlap for spreadsheets (CSV) and notebooks (JSON), built from the API’s own answers. ' +
      `Add the explorer’s parameters (${VIEW_PARAMS.join(', ')}, as /explore takes them) to get the rows of that view, in its order. ` +
      'Columns are documented in docs/analyst.md (Data out).',
    sections: [
      {
        heading: 'Files',
        entries: files.map((f) => ({ href: `/data/${f.file}`, title: f.file, about: f.holds, facts: sizeText(bytes.get(f.file)!) })),
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
      files: files.map((f) => ({ url: `/data/${f.file}`, format: f.format, bytes: bytes.get(f.file), holds: f.holds })),
      viewParameters: VIEW_PARAMS,
      columns: 'docs/analyst.md#data-out',
    },
  };
  return answerIndex(c, page);
}
