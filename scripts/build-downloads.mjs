// Builds the downloads (public/data/*.csv|json, and their `_headers` rules) and the index pages
// (public/_index/: GET / and GET /data) from the API's own
// answers: the Worker is bundled as wrangler bundles it, loaded in this process, and asked GraphQL
// GETs on /graphql like any client. Called by copy-graphiql-assets.mjs (`npm run assets`).

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkerInProcess } from '../bench/in-process.mjs';
import { importBundled } from './import-bundled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildDownloadAssets() {
  const { buildDownloads, headersFile } = await importBundled(join(root, 'src/downloads/build.ts'));
  const { worker, env, ctx } = await loadWorkerInProcess();
  const query = async (document, variables) => {
    const url = new URL('http://localhost/graphql');
    url.searchParams.set('query', document);
    if (variables) url.searchParams.set('variables', JSON.stringify(variables));
    const res = await worker.fetch(new Request(url, { headers: { accept: 'application/graphql-response+json' } }), env, ctx);
    const body = await res.json();
    if (res.status !== 200 || body.errors?.length) throw new Error(`the API refused a download's query: ${JSON.stringify(body.errors ?? res.status)}`);
    return body.data;
  };
  const { catalog, files } = await buildDownloads(query);
  const out = join(root, 'public', 'data');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of files) writeFileSync(join(out, f.file), f.body);
  writeFileSync(join(root, 'public', '_headers'), headersFile(catalog, files));
  // The index pages (GET / and GET /data), from the API's answers and the files' sizes.
  const { indexFiles, INDEX_QUERY } = await importBundled(join(root, 'src/home/pages.ts'));
  const facts = { ...(await query(INDEX_QUERY)), files: files.map((f) => ({ file: f.file, bytes: Buffer.byteLength(f.body) })) };
  const order = [
    'overlap.csv',
    'overlap.json',
    'overlap-matrix.csv',
    'certifications.csv',
    'certifications.json',
    'certification-topics.csv',
    'certification-topics.json',
  ];
  facts.files.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  rmSync(join(root, 'public', '_index'), { recursive: true, force: true });
  for (const f of indexFiles(facts)) {
    mkdirSync(dirname(join(root, 'public', f.path)), { recursive: true });
    writeFileSync(join(root, 'public', f.path), f.body);
  }
  return { catalog, files };
}
