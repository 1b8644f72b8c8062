// Manage partner API keys in the PARTNERS KV namespace.
//   npm run partner -- add --name ACME --origin https://acme.example [--origin …] [--tier standard|high] [--server]
//   npm run partner -- list
//   npm run partner -- revoke ID
//   npm run partner -- usage NAME|ID   (requests, refusals and quota left: scripts/partner-usage.mjs)
// Add --remote to act on the deployed namespace; by default it is the local one `npm start` uses
// (wrangler's local state in .wrangler/). A key is printed once, at creation: only its SHA-256
// is stored.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { printUsage } from './partner-usage.mjs';

const TIERS = ['standard', 'high'];
const USAGE = `usage:
  npm run partner -- add --name NAME --origin https://site.example [--origin …] [--tier ${TIERS.join('|')}] [--server] [--remote]
  npm run partner -- list [--remote]
  npm run partner -- revoke ID [--remote]
  npm run partner -- usage NAME|ID [--remote]`;

function fail(message) {
  console.error(`partner: ${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    origin: { type: 'string', multiple: true },
    tier: { type: 'string', default: 'standard' },
    server: { type: 'boolean', default: false },
    remote: { type: 'boolean', default: false },
  },
});
const [command, ...rest] = positionals;
const where = values.remote ? '--remote' : '--local';

function wrangler(args, { json = false } = {}) {
  const out = execFileSync('npx', ['wrangler', ...args], {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return json ? JSON.parse(out.slice(out.search(/[[{]/))) : out;
}

function put(hash, record) {
  // Through a file, so the JSON is not mangled by a shell.
  const dir = mkdtempSync(join(tmpdir(), 'certgraph-partner-'));
  try {
    const file = join(dir, 'record.json');
    writeFileSync(file, JSON.stringify(record));
    wrangler(['kv', 'key', 'put', '--binding', 'PARTNERS', hash, '--path', file, where]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function records() {
  const keys = wrangler(['kv', 'key', 'list', '--binding', 'PARTNERS', where], { json: true });
  return keys.map(({ name }) => ({
    hash: name,
    record: JSON.parse(wrangler(['kv', 'key', 'get', '--binding', 'PARTNERS', name, where, '--text'])),
  }));
}

function checkOrigin(origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    fail(`--origin ${origin} is not a URL; give scheme and host, like https://acme.example`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
    fail(`--origin ${origin} must be an origin (scheme://host[:port]) with no path, like https://acme.example`);
  }
  return url.origin;
}

// Trusted documents (src/http/persisted-documents.ts):
//   npm run partner -- publish NAME_OR_ID FILE [--remote]     FILE: codegen's persisted-documents.json
//                                                             or Apollo's persisted-query manifest
//   npm run partner -- trusted-only NAME_OR_ID on|off [--remote]
// publish checks every document (hash, schema, query limits: scripts/partner-documents.ts) and
// writes all of them or none, under `trusted:<partner id>:<sha256>` in PERSISTED_QUERIES.
function partnerNamed(nameOrId) {
  if (!nameOrId) fail('name the partner (its ID or name; see list)');
  const found = records().filter(({ record }) => record.id === nameOrId || record.name === nameOrId);
  if (found.length !== 1) fail(found.length ? `${found.length} partners are named ${nameOrId}: give the ID` : `no partner ${nameOrId}`);
  return found[0];
}

function publishedHashes(partnerId) {
  const prefix = `trusted:${partnerId}:`;
  const keys = wrangler(['kv', 'key', 'list', '--binding', 'PERSISTED_QUERIES', '--prefix', prefix, where], { json: true });
  return keys.map(({ name }) => name.slice(prefix.length));
}

async function publish([nameOrId, file]) {
  if (!file) fail('publish needs the partner and a manifest FILE');
  const { readFileSync } = await import('node:fs');
  const { importBundled, WORKERD_BUILD } = await import('./import-bundled.mjs');
  // Bundled as wrangler bundles the Worker (its parser, validation and limits are the Worker's own).
  const core = await importBundled(new URL('partner-documents.ts', import.meta.url).pathname, WORKERD_BUILD);
  let entries;
  try {
    entries = core.readManifest(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    fail(`${file}: ${error.message}`);
  }
  const { record } = partnerNamed(nameOrId);
  const checked = await core.checkDocuments(entries);
  for (const { id, problems: why } of checked.problems) console.error(`refused ${id.slice(0, 80)}:\n  ${why.join('\n  ')}`);
  let bulk;
  try {
    bulk = core.kvEntries(record.id, checked);
  } catch (error) {
    fail(error.message);
  }
  const dir = mkdtempSync(join(tmpdir(), 'certgraph-publish-'));
  try {
    writeFileSync(join(dir, 'bulk.json'), JSON.stringify(bulk));
    wrangler(['kv', 'bulk', 'put', join(dir, 'bulk.json'), '--binding', 'PERSISTED_QUERIES', where]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Published ${checked.documents.length} documents for ${record.name} (${record.id}):`);
  for (const d of checked.documents) {
    const costs = d.operations.map((o) => `${o.name} cost ${o.cost ?? 'per request (needs variables)'}`).join(', ');
    console.log(`  sha256:${d.hash}  ${costs}`);
  }
  console.log(
    record.trustedDocumentsOnly
      ? 'Trusted documents only is on for this key.'
      : `Turn on trusted documents only with: npm run partner -- trusted-only ${record.id} on`,
  );
}

function trustedOnly([nameOrId, state]) {
  if (!['on', 'off'].includes(state)) fail('trusted-only needs the partner and on|off');
  const { hash, record } = partnerNamed(nameOrId);
  const on = state === 'on';
  if (on && publishedHashes(record.id).length === 0)
    fail(`${record.name} has published no documents: publish them first, or every call with its key is refused`);
  put(hash, { ...record, trustedDocumentsOnly: on });
  console.log(`Trusted documents only is ${state} for ${record.name} (${record.id}) (within 30 s on a running Worker, and KV's propagation).`);
}

if (command === 'add') {
  if (!values.name?.trim()) fail('add needs --name');
  if (!values.origin?.length) fail('add needs at least one --origin');
  if (!TIERS.includes(values.tier)) fail(`--tier must be one of ${TIERS.join(', ')}`);
  const key = `cg_${randomBytes(24).toString('base64url')}`;
  const hash = createHash('sha256').update(key).digest('hex');
  const record = {
    id: `ptn_${randomBytes(5).toString('hex')}`,
    name: values.name.trim(),
    origins: [...new Set(values.origin.map(checkOrigin))],
    tier: values.tier,
    createdAt: new Date().toISOString(),
    revokedAt: null,
    allowServer: values.server,
  };
  put(hash, record);
  console.log(
    `Added partner ${record.name} (${record.id}), tier ${record.tier}, origins ${record.origins.join(', ')}${record.allowServer ? ', server access' : ''}.`,
  );
  console.log(`API key (shown once; only its SHA-256 is stored):\n${key}`);
} else if (command === 'list') {
  const all = records();
  if (!all.length) console.log('No partners.');
  for (const { record: r } of all.sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt))) {
    console.log(`${r.id}  ${r.name}  tier=${r.tier}  origins=${r.origins.join(',')}  created=${r.createdAt}${r.revokedAt ? `  REVOKED ${r.revokedAt}` : ''}`);
  }
} else if (command === 'revoke') {
  const id = rest[0];
  if (!id) fail('revoke needs the partner ID (see list)');
  const found = records().find(({ record }) => record.id === id);
  if (!found) fail(`no partner ${id}`);
  if (found.record.revokedAt) {
    console.log(`${id} was already revoked on ${found.record.revokedAt}.`);
  } else {
    put(found.hash, { ...found.record, revokedAt: new Date().toISOString() });
    console.log(`Revoked ${found.record.name} (${id}); its key is refused from now on (within 30 s on a running Worker).`);
  }
} else if (command === 'usage') {
  const problem = await printUsage(partnerNamed(rest[0]).record, { remote: values.remote });
  if (problem) fail(problem);
} else if (command === 'publish') {
  await publish(rest);
} else if (command === 'trusted-only') {
  trustedOnly(rest);
} else {
  fail(command ? `unknown command ${command}` : 'no command');
}
