// The partner CLI (scripts/partner-cli.mjs) as a partner's operator uses it, on a store in memory:
// --help on every command, a user's mistake as one line (exit 2, no stack trace), partners as
// accounts with page and server keys (add, list, rotate, revoke, origins, merge), and records
// written by the CLI before keys had kinds read and rewritten without loss. Run by `npm test`
// (node --test), as the CLI runs in Node, not in workerd.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { keyIdOf, program, run } from '../../scripts/partner-cli.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function memoryStore(entries = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    list: async () => [...map].map(([hash, record]) => ({ hash, record: structuredClone(record) })),
    put: async (hash, record) => void map.set(hash, structuredClone(record)),
  };
}

/** Runs the CLI; returns its exit code, what it printed and the store. */
async function cli(argv, store = memoryStore(), extra = {}) {
  const out = [];
  const err = [];
  const calls = [];
  let tick = Date.UTC(2026, 11, 7, 10, 0, 0);
  const code = await run(argv, {
    store,
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    now: () => {
      tick += 1000;
      return new Date(tick);
    },
    usage: async (partner, options) => calls.push({ partner, options }),
    publish: { hasPublished: async () => false, publish: async () => {} },
    ...extra,
  });
  return { code, out: out.join('\n'), err: err.join('\n'), store, calls };
}

const keysIn = (text) => [...text.matchAll(/^\s+(cg_[A-Za-z0-9_-]{32})$/gm)].map((m) => m[1]);

/** Every command and subcommand's words, from the program itself (a new command is covered when added). */
function commandPaths() {
  const paths = [];
  const walk = (command, prefix) => {
    for (const sub of command.commands) {
      paths.push([...prefix, sub.name()]);
      walk(sub, [...prefix, sub.name()]);
    }
  };
  walk(program({ store: memoryStore(), out() {}, err() {} }), []);
  return paths;
}

describe('help and mistakes', () => {
  it('--help works on the program and on every command, exit 0, printing its usage', async () => {
    const paths = [[], ...commandPaths()];
    assert.ok(paths.length >= 14, `commands found: ${paths.map((p) => p.join(' ')).join(', ')}`);
    for (const path of paths) {
      const { code, out, err } = await cli([...path, '--help']);
      assert.equal(code, 0, `${path.join(' ')} --help: ${err}`);
      assert.match(out, /^Usage: npm run partner -- /, path.join(' '));
    }
  });

  const mistakes = [
    [['--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['add', 'ACME'], /give --origin URL \(a page key\), --server \(a server key\), or both/],
    [['add', '--server'], /add needs the partner's name/],
    [['add', 'ACME', '--origin', 'acme.example'], /acme\.example is not a URL/],
    [['add', 'ACME', '--origin', 'https://acme.example/shop'], /must be an origin \(scheme:\/\/host\[:port\]\) with no path/],
    [['add', 'ACME', '--server', '--tier', 'gold'], /Allowed choices are standard, high/],
    [['key', 'add'], /missing required argument 'partner'/],
    [['key', 'revoke', 'NOPE', 'key_1'], /no partner NOPE/],
    [['tier', 'X', 'medium'], /Allowed choices are standard, high/],
    [['usage', 'X', '--days', '365'], /from 1 to 90/],
    [['merge', 'ptn_a'], /required option '--into <partner>' not specified/],
    [['trusted-only', 'X', 'maybe'], /Allowed choices are on, off/],
  ];
  for (const [argv, message] of mistakes) {
    it(`${argv.join(' ')}: exit 2, one line saying what to fix, no stack trace`, async () => {
      const { code, err } = await cli(argv);
      assert.equal(code, 2);
      assert.match(err, message);
      assert.doesNotMatch(err, /\n\s+at /);
      assert.doesNotMatch(err, /ERR_PARSE_ARGS/);
    });
  }
});

describe('partners as accounts with keys', () => {
  it('add makes one partner with a page key and a server key; each key printed once, stored by its SHA-256', async () => {
    const { code, out, store } = await cli(['add', 'ACME', '--origin', 'https://acme.example', '--origin', 'https://www.acme.example', '--server']);
    assert.equal(code, 0);
    const [pageKey, serverKey] = keysIn(out);
    assert.ok(pageKey && serverKey);
    const page = store.map.get(sha256(pageKey));
    const server = store.map.get(sha256(serverKey));
    assert.equal(page.id, server.id);
    assert.match(page.id, /^ptn_[0-9a-f]{10}$/);
    assert.deepEqual([page.kind, page.origins, page.allowServer], ['page', ['https://acme.example', 'https://www.acme.example'], false]);
    assert.deepEqual([server.kind, server.origins, server.allowServer], ['server', [], true]);
    assert.ok(![...store.map.keys()].includes(pageKey));
    assert.match(out, new RegExp(`Page key ${keyIdOf(sha256(pageKey))} for https://acme.example, https://www.acme.example`));
  });

  it('a second add under the same name (any case) is refused and says how to add a key instead', async () => {
    const { store } = await cli(['add', 'ACME', '--origin', 'https://acme.example']);
    const again = await cli(['add', 'acme', '--server'], store);
    assert.equal(again.code, 2);
    assert.match(again.err, /ACME already exists \(ptn_[0-9a-f]+\): add a key to it with `npm run partner -- key add ACME --server`/);
    assert.equal(store.map.size, 1);
  });

  it('key add, by name or id, adds to the same partner; list shows each key with its kind and state', async () => {
    const { store } = await cli(['add', 'ACME', '--origin', 'https://acme.example']);
    const id = [...store.map.values()][0].id;
    const server = await cli(['key', 'add', 'ACME', '--server', '--label', 'nightly sync'], store);
    assert.equal(server.code, 0, server.err);
    const page = await cli(['key', 'add', id, '--origin', 'https://shop.acme.example'], store);
    assert.equal(page.code, 0, page.err);
    assert.deepEqual(new Set([...store.map.values()].map((r) => r.id)), new Set([id]));
    const { out } = await cli(['list'], store);
    assert.match(out, new RegExp(`^${id}  ACME  tier standard  3 keys \\(3 active\\)$`, 'm'));
    assert.match(out, /^ {2}key_[0-9a-f]{10} {2}server {2}active .*no Origin needed {2}"nightly sync"$/m);
    assert.equal(out.match(/^ {2}key_[0-9a-f]{10} {2}page /gm).length, 2);
    assert.doesNotMatch(out, /cg_/);
  });

  it('rotate replaces a key (same kind, origins) and revokes the old one, or keeps it with --keep-old; revoke and origins act on one key', async () => {
    const { store, out } = await cli(['add', 'ACME', '--origin', 'https://acme.example']);
    const oldHash = sha256(keysIn(out)[0]);
    const oldId = keyIdOf(oldHash);
    const rotated = await cli(['key', 'rotate', 'ACME', oldId], store);
    assert.equal(rotated.code, 0, rotated.err);
    const newHash = sha256(keysIn(rotated.out)[0]);
    assert.ok(store.map.get(oldHash).revokedAt);
    assert.deepEqual(store.map.get(newHash).origins, ['https://acme.example']);
    assert.equal(store.map.get(newHash).revokedAt, null);
    const kept = await cli(['key', 'rotate', 'ACME', keyIdOf(newHash), '--keep-old'], store);
    assert.equal(store.map.get(newHash).revokedAt, null);
    assert.match(kept.out, /stays valid/);
    const origins = await cli(['key', 'origins', 'ACME', keyIdOf(newHash), '--add', 'http://localhost:3000', '--remove', 'https://acme.example'], store);
    assert.equal(origins.code, 0, origins.err);
    assert.deepEqual(store.map.get(newHash).origins, ['http://localhost:3000']);
    await cli(['key', 'revoke', 'ACME', keyIdOf(newHash)], store);
    assert.ok(store.map.get(newHash).revokedAt);
    await cli(['revoke', 'ACME'], store);
    assert.ok([...store.map.values()].every((r) => r.revokedAt));
    const unknown = await cli(['key', 'revoke', 'ACME', 'key_0000000000'], store);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /ACME has no key key_0000000000; its keys: key_/);
  });

  it('tier and trusted-only apply to every key of the partner', async () => {
    const { store } = await cli(['add', 'ACME', '--origin', 'https://acme.example', '--server']);
    await cli(['tier', 'ACME', 'high'], store);
    assert.deepEqual(
      [...store.map.values()].map((r) => r.tier),
      ['high', 'high'],
    );
    const refused = await cli(['trusted-only', 'ACME', 'on'], store);
    assert.match(refused.err, /has published no documents/);
    const on = await cli(['trusted-only', 'ACME', 'on'], store, { publish: { hasPublished: async () => true } });
    assert.equal(on.code, 0, on.err);
    assert.ok([...store.map.values()].every((r) => r.trustedDocumentsOnly === true));
  });

  it('usage names the partner by name, for all its keys, 30 days by default', async () => {
    const { store } = await cli(['add', 'ACME', '--origin', 'https://acme.example', '--server']);
    const { calls } = await cli(['usage', 'acme'], store);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].partner.name, 'ACME');
    assert.equal(calls[0].partner.keys.length, 2);
    assert.deepEqual(calls[0].options, { days: 30, top: 3, csv: false, remote: false });
    assert.equal((await cli(['usage', 'ACME', '--days', '7', '--csv'], store)).calls[0].options.csv, true);
  });
});

describe('records written before keys had kinds', () => {
  // Exactly what `npm run partner -- add` wrote until now (scripts/partner.mjs at a7e601f): one
  // record per key, a new partner id each time, `allowServer` for server access.
  const legacyServer = {
    id: 'ptn_0a1b2c3d4e',
    name: 'ACME',
    origins: ['https://acme.example'],
    tier: 'standard',
    createdAt: '2026-11-02T09:00:00.000Z',
    revokedAt: null,
    allowServer: true,
  };
  const legacyPage = { ...legacyServer, id: 'ptn_9f8e7d6c5b', createdAt: '2026-11-03T09:00:00.000Z', allowServer: false, trustedDocumentsOnly: true };
  const HASH_A = sha256('cg_legacy_key_a');
  const HASH_B = sha256('cg_legacy_key_b');

  it('are listed with a key id and a kind, and a change keeps every field they had', async () => {
    const store = memoryStore({ [HASH_A]: legacyServer });
    const { out } = await cli(['list'], store);
    assert.match(out, new RegExp(`^  ${keyIdOf(HASH_A)}  server  active .*no Origin needed, also from https://acme.example$`, 'm'));
    assert.match((await cli(['key', 'origins', 'ACME', keyIdOf(HASH_A), '--add', 'https://b.example'], store)).err, /is a server key/);
    await cli(['tier', 'ACME', 'high'], store);
    assert.deepEqual(store.map.get(HASH_A), { ...legacyServer, tier: 'high' });
    const added = await cli(['key', 'add', 'ACME', '--origin', 'https://acme.example'], store);
    assert.equal(added.code, 0, added.err);
    assert.equal(store.map.get(sha256(keysIn(added.out)[0])).id, legacyServer.id);
  });

  it('two partners of one name (what `add --server` used to make) are named by id, and merge into one, usage included', async () => {
    const store = memoryStore({ [HASH_A]: legacyServer, [HASH_B]: legacyPage });
    const ambiguous = await cli(['usage', 'ACME'], store);
    assert.equal(ambiguous.code, 2);
    assert.match(
      ambiguous.err,
      /2 partners are named ACME: ptn_0a1b2c3d4e \(1 key, since 2026-11-02\), ptn_9f8e7d6c5b .*merge ptn_9f8e7d6c5b --into ptn_0a1b2c3d4e/,
    );
    const merged = await cli(['merge', 'ptn_9f8e7d6c5b', '--into', 'ptn_0a1b2c3d4e'], store);
    assert.equal(merged.code, 0, merged.err);
    const b = store.map.get(HASH_B);
    assert.deepEqual(b, { ...legacyPage, id: 'ptn_0a1b2c3d4e', formerIds: ['ptn_9f8e7d6c5b'] });
    assert.deepEqual(store.map.get(HASH_A).formerIds, ['ptn_9f8e7d6c5b']);
    const { calls } = await cli(['usage', 'ACME'], store);
    assert.equal(calls[0].partner.keys.length, 2);
  });
});

describe("usage as the CLI prints it, from wrangler's local state", () => {
  // The Durable Objects' SQLite files, as the Worker writes them under .wrangler/state/v3/do/.
  const V1 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE counts (
  period TEXT NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (period, start, channel, outcome)
) WITHOUT ROWID;`;
  const NOW = Date.UTC(2026, 11, 7, 16, 30);
  const TODAY = Date.UTC(2026, 11, 7);
  const DAY = 86_400_000;

  async function stateDir() {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { DatabaseSync } = await import('node:sqlite');
    const dir = mkdtempSync(join(tmpdir(), 'certgraph-usage-'));
    // A store written before queries were counted (schema 1): never opened by the Worker since.
    const old = new DatabaseSync(join(dir, 'aaaa.sqlite'));
    old.exec(V1);
    old.prepare('INSERT INTO meta VALUES (?, ?)').run('partner', 'ptn_old');
    old.prepare('INSERT INTO counts VALUES (?, ?, ?, ?, ?)').run('day', TODAY - DAY, 'server', 'answered', 41);
    old.prepare('INSERT INTO counts VALUES (?, ?, ?, ?, ?)').run('day', TODAY - DAY, 'widget', 'originRefused', 2);
    old.close();
    // A store of today's schema, with queries counted since yesterday.
    const now = new DatabaseSync(join(dir, 'bbbb.sqlite'));
    now.exec(`${V1}
CREATE TABLE queries (day INTEGER NOT NULL, operation TEXT NOT NULL, document TEXT NOT NULL, n INTEGER NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (day, operation, document)) WITHOUT ROWID;
CREATE TABLE query_other (day INTEGER PRIMARY KEY, n INTEGER NOT NULL);`);
    now.prepare('INSERT INTO meta VALUES (?, ?)').run('partner', 'ptn_new');
    now.prepare('INSERT INTO meta VALUES (?, ?)').run('schema', '2');
    now.prepare('INSERT INTO meta VALUES (?, ?)').run('queriesSince', String(TODAY - DAY / 2));
    now.prepare('INSERT INTO counts VALUES (?, ?, ?, ?, ?)').run('day', TODAY, 'server', 'answered', 12);
    now.prepare('INSERT INTO counts VALUES (?, ?, ?, ?, ?)').run('day', TODAY, 'widget', 'answered', 3);
    now.prepare('INSERT INTO queries VALUES (?, ?, ?, ?, ?)').run(TODAY, 'CompareCerts', '3f9a1c0b2e4d', 7, NOW);
    now.prepare('INSERT INTO queries VALUES (?, ?, ?, ?, ?)').run(TODAY, 'CertificationDetails', 'aa11bb22cc33', 4, NOW);
    now.prepare('INSERT INTO query_other VALUES (?, ?)').run(TODAY, 1);
    now.close();
    return dir;
  }

  async function printed(id, options) {
    const { printUsage } = await import('../../scripts/partner-usage.mjs');
    const lines = [];
    await printUsage({ id, name: 'ACME', tier: 'standard', keys: [] }, { now: NOW, days: 3, print: (s) => lines.push(s), ...options });
    return lines.join('\n');
  }

  it('reads a store of the first schema without loss: its counts as they are, its days without query counts', async () => {
    const dir = await stateDir();
    const text = await printed('ptn_old', { dir });
    assert.match(text, /^2026-12-06 +43 +41 +0 +2 +0 +0 +0 +0 +41 +0 +2 /m);
    assert.match(text, /\(queries were not counted before this version: 1 day\(s\) with requests have none\)/);
    const csv = await printed('ptn_old', { dir, csv: true });
    assert.match(csv, /^2026-12-06,43,41,0,2,0,0,0,0,41,0,2,0,,,$/m);
  });

  it("prints each day's top queries under the table (--top), and the CSV has the top 10", async () => {
    const dir = await stateDir();
    const text = await printed('ptn_new', { dir, top: 1 });
    assert.match(text, /^Top queries by day/m);
    assert.match(text, /^2026-12-07 +12 +CompareCerts 3f9a1c0b2e4d 7 · other 5$/m);
    const csv = await printed('ptn_new', { dir, csv: true });
    assert.match(csv, /^2026-12-07,15,15,0,0,0,0,0,0,12,0,3,0,12,CompareCerts 3f9a1c0b2e4d=7; CertificationDetails aa11bb22cc33=4,1$/m);
    assert.match(csv, /^2026-12-06,0,0,0,0,0,0,0,0,0,0,0,0,0,,0$/m);
  });
});
