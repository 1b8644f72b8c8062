// Manage partners and their keys in the PARTNERS KV namespace: `npm run partner -- --help`.
// The commands are in scripts/partner-cli.mjs; this file gives them wrangler's KV (local by default,
// the state `npm start` uses in .wrangler/; the deployed namespace with --remote), the usage report
// (scripts/partner-usage.mjs) and trusted documents' publishing (scripts/partner-publish.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './partner-cli.mjs';
import { publisher } from './partner-publish.mjs';
import { printUsage } from './partner-usage.mjs';

const remote = process.argv.includes('--remote');
const where = remote ? '--remote' : '--local';

function wrangler(args, { json = false } = {}) {
  const out = execFileSync('npx', ['wrangler', ...args], {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The JSON starts a line (wrangler may print a warning line before it, with brackets in it).
  return json ? JSON.parse(out.slice(out.search(/^[[{]/m))) : out;
}

/** Writes a value through a file, so the JSON is not mangled by a shell. */
function withFile(name, text, use) {
  const dir = mkdtempSync(join(tmpdir(), 'certgraph-partner-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, text);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kv = {
  list: (binding, prefix) => wrangler(['kv', 'key', 'list', '--binding', binding, ...(prefix ? ['--prefix', prefix] : []), where], { json: true }),
  get: (binding, key) => wrangler(['kv', 'key', 'get', '--binding', binding, key, where, '--text']),
  put: (binding, key, text) => withFile('value', text, (file) => wrangler(['kv', 'key', 'put', '--binding', binding, key, '--path', file, where])),
  /** Values of many keys in one wrangler run per 100 keys ({ key: { value } }). */
  bulkGet: (binding, keys) => {
    const values = {};
    for (let i = 0; i < keys.length; i += 100) {
      const chunk = keys.slice(i, i + 100);
      Object.assign(
        values,
        withFile('keys.json', JSON.stringify(chunk), (file) => wrangler(['kv', 'bulk', 'get', file, '--binding', binding, where], { json: true })),
      );
    }
    return values;
  },
  bulkPut: (binding, entries) => withFile('bulk.json', JSON.stringify(entries), (file) => wrangler(['kv', 'bulk', 'put', file, '--binding', binding, where])),
};

/** Every key's value: one `kv bulk get` (each wrangler run costs seconds), or a `kv key get` per key if it fails (an open beta command). */
function valuesOf(names) {
  try {
    const values = kv.bulkGet('PARTNERS', names);
    return (name) => values[name]?.value ?? null;
  } catch {
    return (name) => kv.get('PARTNERS', name);
  }
}

const store = {
  async list() {
    const names = kv.list('PARTNERS').map(({ name }) => name);
    const recordText = names.length ? valuesOf(names) : () => null;
    return names.map((name) => {
      try {
        return { hash: name, record: JSON.parse(recordText(name)) };
      } catch {
        return { hash: name, record: null };
      }
    });
  },
  async put(hash, record) {
    kv.put('PARTNERS', hash, JSON.stringify(record));
  },
};

const out = (line) => console.log(line);
const err = (line) => console.error(line);
try {
  process.exitCode = await run(process.argv.slice(2), {
    store,
    out,
    err,
    usage: (partner, options) => printUsage(partner, { ...options, remote }),
    publish: publisher({ kv, out, err }),
  });
} catch (error) {
  // Not a user's mistake: wrangler failed, or the store is unreadable. One line, and what to try.
  const detail = error.stderr?.toString().trim().split('\n').slice(-3).join('\n') || error.message;
  console.error(
    `partner: ${detail}\n(wrangler could not reach the ${remote ? 'deployed' : 'local'} namespace${remote ? ': are you logged in (npx wrangler login)?' : ''})`,
  );
  process.exitCode = 1;
}
