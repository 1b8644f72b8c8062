// The partner CLI's commands (`npm run partner -- --help`), on commander. A partner is an account
// (id `ptn_…`, name, tier) with any number of keys; each key is a page key (used in web pages,
// valid from its origins) or a server key (kept secret, for calls without an Origin). Every key
// is a record in the PARTNERS KV namespace under the SHA-256 of the key, repeating the account's
// fields (src/admission/partners.ts); a key's id (`key_…`) is the first 10 hex digits of that hash, so
// records written before keys had ids have one too. `run` takes the store it acts on, so the tests
// drive the same commands on a store in memory (test/cli/partner-cli.test.mjs); scripts/partner.mjs
// runs them on wrangler's KV.
import { createHash, randomBytes } from 'node:crypto';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';

export const TIERS = ['standard', 'high'];
const NAME = 'npm run partner --';

/** A user's mistake: printed as one line with a hint, exit code 2, never a stack trace. */
export class UsageError extends Error {}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
export const keyIdOf = (hash) => `key_${hash.slice(0, 10)}`;
export const kindOf = (record) => record.kind ?? (record.allowServer ? 'server' : 'page');

/** `--origin` values as origins (scheme://host[:port]), or a UsageError saying what to give. */
function parseOrigin(value, previous = []) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`${value} is not a URL; give scheme and host, like https://acme.example`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.origin !== value.replace(/\/$/, '').toLowerCase()) {
    throw new InvalidArgumentError(`${value} must be an origin (scheme://host[:port]) with no path, like https://acme.example`);
  }
  return [...new Set([...previous, url.origin])];
}

function parseDays(value) {
  const days = Number(value);
  if (!/^\d{1,2}$/.test(value) || days < 1 || days > 90) throw new InvalidArgumentError('give a whole number of days from 1 to 90');
  return days;
}

function parseTop(value) {
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 10) throw new InvalidArgumentError('give a whole number of queries from 1 to 10');
  return Number(value);
}

/** The partners in the store: each with its keys, oldest first. */
export async function partners(store) {
  const byId = new Map();
  for (const { hash, record } of await store.list()) {
    if (!record || typeof record.id !== 'string') continue;
    const partner = byId.get(record.id) ?? { id: record.id, name: record.name, tier: record.tier, createdAt: record.createdAt, keys: [] };
    partner.keys.push({ hash, keyId: keyIdOf(hash), kind: kindOf(record), record });
    if (record.createdAt < partner.createdAt) partner.createdAt = record.createdAt;
    byId.set(record.id, partner);
  }
  const all = [...byId.values()];
  for (const p of all) p.keys.sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt));
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The partner named by its id or name (any case); a UsageError naming the ids when a name is shared. */
export async function partnerNamed(store, nameOrId) {
  const all = await partners(store);
  const byId = all.find((p) => p.id === nameOrId);
  if (byId) return byId;
  const named = all.filter((p) => p.name.toLowerCase() === nameOrId.toLowerCase());
  if (named.length === 1) return named[0];
  if (named.length === 0) throw new UsageError(`no partner ${nameOrId} (see \`${NAME} list\`)`);
  const ids = named.map((p) => `${p.id} (${p.keys.length} key${p.keys.length === 1 ? '' : 's'}, since ${p.createdAt.slice(0, 10)})`).join(', ');
  throw new UsageError(
    `${named.length} partners are named ${nameOrId}: ${ids}. Give the id, or make them one partner: \`${NAME} merge ${named[1].id} --into ${named[0].id}\``,
  );
}

function keyOf(partner, keyId) {
  const key = partner.keys.find((k) => k.keyId === keyId);
  if (!key) throw new UsageError(`${partner.name} has no key ${keyId}; its keys: ${partner.keys.map((k) => k.keyId).join(', ') || 'none'}`);
  return key;
}

/** A new key's record, for `partner`'s account. */
function newKey(partner, { kind, origins = [], label }, now) {
  const key = `cg_${randomBytes(24).toString('base64url')}`;
  const hash = sha256(key);
  const record = {
    id: partner.id,
    name: partner.name,
    tier: partner.tier,
    origins: kind === 'page' ? origins : [],
    createdAt: now().toISOString(),
    revokedAt: null,
    kind,
    // Read by Workers deployed before keys had a kind.
    allowServer: kind === 'server',
    ...(label ? { label } : {}),
    ...(partner.trustedDocumentsOnly ? { trustedDocumentsOnly: true } : {}),
    ...(partner.formerIds?.length ? { formerIds: partner.formerIds } : {}),
  };
  return { key, hash, record };
}

function describeKey({ keyId, kind, record }) {
  const where = kind === 'page' ? `origins ${record.origins.join(', ') || '(none)'}` : 'no Origin needed';
  const legacy = kind === 'server' && record.origins.length ? `, also from ${record.origins.join(', ')}` : '';
  const label = record.label ? `  "${record.label}"` : '';
  const state = record.revokedAt ? `REVOKED ${record.revokedAt.slice(0, 10)}` : 'active';
  return `${keyId}  ${kind.padEnd(6)}  ${state.padEnd(18)}  created ${record.createdAt.slice(0, 10)}  ${where}${legacy}${label}`;
}

function printNewKey(out, { key, hash, record }) {
  const what =
    record.kind === 'page'
      ? `Page key ${keyIdOf(hash)} for ${record.origins.join(', ')}`
      : `Server key ${keyIdOf(hash)} (keep it secret: for your servers, calls without an Origin)`;
  out(`${what}; shown once, only its SHA-256 is stored:\n  ${key}`);
}

function keySpecs(options) {
  const specs = [];
  if (options.origin?.length) specs.push({ kind: 'page', origins: options.origin, label: options.label });
  if (options.server) specs.push({ kind: 'server', label: options.label });
  if (!specs.length) throw new UsageError('give --origin URL (a page key), --server (a server key), or both');
  return specs;
}

/** Rewrites every key record of a partner with `change` applied. */
async function updateAll(store, partner, change) {
  for (const key of partner.keys) await store.put(key.hash, { ...key.record, ...change(key.record) });
}

const LAG = 'within 30 s on a running Worker, and KV propagation';

/** The program, acting on `store` and writing through `out`/`err`. */
export function program({ store, out, err, now = () => new Date(), usage, publish }) {
  const cli = new Command(NAME)
    .description('Manage certgraph partners: accounts with page keys and server keys, their usage and trusted documents.')
    .addOption(new Option('--remote', 'act on the deployed namespace (default: the local one `npm start` uses)'))
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => out(s.replace(/\n$/, '')), writeErr: (s) => err(s.replace(/\n$/, '')) })
    .exitOverride();

  cli
    .command('add')
    .description('create a partner with its first key(s): a page key with --origin, a server key with --server, or both')
    .argument('[name]', "the partner's name (or --name)")
    .option('--name <name>', "the partner's name")
    .option('--origin <url>', 'an origin whose pages use the page key (repeat for more)', parseOrigin)
    .option('--server', 'also (or only) a server key')
    .addOption(new Option('--tier <tier>', 'rate-limit tier of the server keys').choices(TIERS).default('standard'))
    .option('--label <text>', 'a note for the key(s), shown by list')
    .action(async (positional, options) => {
      const name = (positional ?? options.name ?? '').trim();
      if (!name) throw new UsageError("add needs the partner's name: `add ACME --origin https://acme.example`");
      const specs = keySpecs(options);
      const taken = (await partners(store)).find((p) => p.name.toLowerCase() === name.toLowerCase());
      if (taken) {
        const flags = specs.map((s) => (s.kind === 'page' ? s.origins.map((o) => `--origin ${o}`).join(' ') : '--server')).join(' ');
        throw new UsageError(`${taken.name} already exists (${taken.id}): add a key to it with \`${NAME} key add ${taken.name} ${flags}\``);
      }
      const partner = { id: `ptn_${randomBytes(5).toString('hex')}`, name, tier: options.tier };
      out(`Added partner ${name} (${partner.id}), tier ${partner.tier}.`);
      for (const spec of specs) {
        const made = newKey(partner, spec, now);
        await store.put(made.hash, made.record);
        printNewKey(out, made);
      }
    });

  cli
    .command('list')
    .description('partners and their keys (id, kind, state, origins)')
    .argument('[partner]', 'only this partner (name or id)')
    .option('--json', "as JSON (never a key: only ids and hashes' prefixes)")
    .action(async (nameOrId, options) => {
      const shown = nameOrId ? [await partnerNamed(store, nameOrId)] : await partners(store);
      if (options.json) {
        out(
          JSON.stringify(
            shown.map(({ keys, ...p }) => ({ ...p, keys: keys.map(({ keyId, kind, record }) => ({ keyId, kind, ...record })) })),
            null,
            2,
          ),
        );
        return;
      }
      if (!shown.length) out(`No partners. Add one: ${NAME} add ACME --origin https://acme.example --server`);
      for (const p of shown) {
        const active = p.keys.filter((k) => !k.record.revokedAt).length;
        out(`${p.id}  ${p.name}  tier ${p.tier}  ${p.keys.length} key${p.keys.length === 1 ? '' : 's'} (${active} active)`);
        for (const key of p.keys) out(`  ${describeKey(key)}`);
      }
    });

  const key = cli.command('key').description("a partner's keys: add, rotate, revoke, origins");
  key
    .command('add')
    .description('add a page key (--origin) or a server key (--server) to a partner')
    .argument('<partner>', 'name or id')
    .option('--origin <url>', 'an origin whose pages use the key (repeat for more)', parseOrigin)
    .option('--server', 'a server key')
    .option('--label <text>', 'a note for the key, shown by list')
    .action(async (nameOrId, options) => {
      const partner = await partnerNamed(store, nameOrId);
      const first = partner.keys[0]?.record ?? {};
      for (const spec of keySpecs(options)) {
        const made = newKey({ ...partner, trustedDocumentsOnly: first.trustedDocumentsOnly, formerIds: first.formerIds }, spec, now);
        await store.put(made.hash, made.record);
        out(`Added to ${partner.name} (${partner.id}).`);
        printNewKey(out, made);
      }
    });
  key
    .command('rotate')
    .description('replace a key with a new one of the same kind and origins; the old one is revoked unless --keep-old')
    .argument('<partner>', 'name or id')
    .argument('<key-id>', "the key's id (see list)")
    .option('--keep-old', 'leave the old key valid (revoke it later with key revoke)')
    .action(async (nameOrId, keyId, options) => {
      const partner = await partnerNamed(store, nameOrId);
      const old = keyOf(partner, keyId);
      const made = newKey(
        { ...partner, trustedDocumentsOnly: old.record.trustedDocumentsOnly, formerIds: old.record.formerIds },
        { kind: old.kind, origins: old.record.origins, label: old.record.label },
        now,
      );
      await store.put(made.hash, made.record);
      printNewKey(out, made);
      if (options.keepOld) out(`${keyId} stays valid: revoke it once the new key is in place (\`${NAME} key revoke ${partner.id} ${keyId}\`).`);
      else {
        if (!old.record.revokedAt) await store.put(old.hash, { ...old.record, revokedAt: now().toISOString() });
        out(`Revoked ${keyId} (${LAG}).`);
      }
    });
  key
    .command('revoke')
    .description('revoke one key: it is refused (401), never treated as anonymous')
    .argument('<partner>', 'name or id')
    .argument('<key-id>', "the key's id (see list)")
    .action(async (nameOrId, keyId) => {
      const partner = await partnerNamed(store, nameOrId);
      const k = keyOf(partner, keyId);
      if (k.record.revokedAt) return out(`${keyId} was already revoked on ${k.record.revokedAt}.`);
      await store.put(k.hash, { ...k.record, revokedAt: now().toISOString() });
      out(`Revoked ${keyId} of ${partner.name} (${LAG}).`);
    });
  key
    .command('origins')
    .description('add or remove origins of a page key')
    .argument('<partner>', 'name or id')
    .argument('<key-id>', "the key's id (see list)")
    .option('--add <url>', 'an origin to add (repeatable)', parseOrigin)
    .option('--remove <url>', 'an origin to remove (repeatable)', parseOrigin)
    .action(async (nameOrId, keyId, options) => {
      const partner = await partnerNamed(store, nameOrId);
      const k = keyOf(partner, keyId);
      if (k.kind !== 'page')
        throw new UsageError(`${keyId} is a server key: it needs no origin (add a page key with \`${NAME} key add ${partner.name} --origin URL\`)`);
      if (!options.add && !options.remove) throw new UsageError('give --add URL or --remove URL');
      const origins = [...new Set([...k.record.origins, ...(options.add ?? [])])].filter((o) => !(options.remove ?? []).includes(o));
      await store.put(k.hash, { ...k.record, origins });
      out(`${keyId} of ${partner.name}: origins ${origins.join(', ') || '(none: valid nowhere)'} (${LAG}).`);
    });

  cli
    .command('revoke')
    .description('revoke every key of a partner')
    .argument('<partner>', 'name or id')
    .action(async (nameOrId) => {
      const partner = await partnerNamed(store, nameOrId);
      const stamp = now().toISOString();
      await updateAll(store, partner, (r) => ({ revokedAt: r.revokedAt ?? stamp }));
      out(`Revoked every key of ${partner.name} (${partner.id}): ${partner.keys.map((k) => k.keyId).join(', ')} (${LAG}).`);
    });

  cli
    .command('tier')
    .description("set a partner's rate-limit tier (all its server keys)")
    .argument('<partner>', 'name or id')
    .addArgument(new Argument('<tier>', TIERS.join(' or ')).choices(TIERS))
    .action(async (nameOrId, tier) => {
      const partner = await partnerNamed(store, nameOrId);
      await updateAll(store, partner, () => ({ tier }));
      out(`${partner.name} (${partner.id}) is on the ${tier} tier (${LAG}).`);
    });

  cli
    .command('merge')
    .description('make two partners one: the keys of <from> move to --into, with its usage')
    .argument('<from>', 'the partner to fold in (id)')
    .requiredOption('--into <partner>', 'the partner that stays (name or id)')
    .action(async (fromId, options) => {
      const from = await partnerNamed(store, fromId);
      const into = await partnerNamed(store, options.into);
      if (from.id === into.id) throw new UsageError('a partner cannot be merged into itself');
      const formerIds = [...new Set([...(into.keys[0]?.record.formerIds ?? []), from.id, ...(from.keys[0]?.record.formerIds ?? [])])];
      await updateAll(store, into, () => ({ formerIds }));
      await updateAll(store, from, () => ({ id: into.id, name: into.name, tier: into.tier, formerIds }));
      out(`Merged ${from.id} into ${into.name} (${into.id}): ${from.keys.length} key(s) moved; ${from.id}'s usage is counted as ${into.id}'s.`);
    });

  cli
    .command('usage')
    .description("requests, refusals by reason and top queries per day, with a chart, for all of a partner's keys")
    .argument('<partner>', 'name or id')
    .option('--days <n>', 'days to list (1 to 90)', parseDays, 30)
    .option('--top <n>', "each day's top queries shown (1 to 10)", parseTop, 3)
    .option('--csv', 'one CSV row per day instead of the table (with the top 10 queries)')
    .action(async (nameOrId, options) => {
      const partner = await partnerNamed(store, nameOrId);
      await usage(partner, { days: options.days, top: options.top, csv: options.csv === true, remote: cli.opts().remote === true });
    });

  cli
    .command('publish')
    .description("publish a partner's trusted documents (codegen's persisted-documents.json or an Apollo manifest)")
    .argument('<partner>', 'name or id')
    .argument('<file>', 'the manifest')
    .action(async (nameOrId, file) => publish.publish(await partnerNamed(store, nameOrId), file));

  cli
    .command('trusted-only')
    .description("let a partner's keys run only its published documents")
    .argument('<partner>', 'name or id')
    .addArgument(new Argument('<state>', 'on or off').choices(['on', 'off']))
    .action(async (nameOrId, state) => {
      const partner = await partnerNamed(store, nameOrId);
      const on = state === 'on';
      if (on && !(await publish.hasPublished(partner.id)))
        throw new UsageError(`${partner.name} has published no documents: publish them first, or every call with its keys is refused`);
      await updateAll(store, partner, () => ({ trustedDocumentsOnly: on }));
      out(`Trusted documents only is ${state} for ${partner.name} (${partner.id}) (${LAG}).`);
    });

  return cli;
}

/** Runs the CLI on `argv` (without node and the script); returns the exit code. */
export async function run(argv, io) {
  const cli = program(io);
  try {
    if (!argv.length) {
      cli.outputHelp();
      return 2;
    }
    await cli.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.err(`partner: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
