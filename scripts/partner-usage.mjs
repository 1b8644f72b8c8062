// `npm run partner -- usage NAME|ID [--days N] [--top N] [--csv] [--remote]`: a partner's usage across all its
// keys, from the counters the Worker keeps in its Durable Object (binding USAGE, class
// PartnerUsage; one object per partner id, and one per id merged into it).
// - Local (default): read straight from wrangler's local state, the SQLite file of each object
//   under .wrangler/state/v3/do/certgraph-PartnerUsage/ that `npm start` writes (works offline,
//   with or without `npm start` running). Each object records the partner id it counts for.
// - --remote: Durable Objects cannot be read from outside their Worker, so the CLI asks the
//   deployed Worker: GET $CERTGRAPH_URL/operator/usage?partner=ID with the operator token
//   ($CERTGRAPH_OPERATOR_TOKEN, the Worker's secret USAGE_OPERATOR_TOKEN).
// Either way the report is computed and printed by src/usage (format.ts, report.ts), as
// GET /partner/usage computes it for a partner's own server key.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { importBundled } from './import-bundled.mjs';
import { UsageError } from './partner-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOCAL_STATE = join(root, '.wrangler/state/v3/do/certgraph-PartnerUsage');

const NO_QUERIES = { since: null, kept: [], other: [] };

/**
 * The query counts of an object's SQLite file. A store the Worker has not opened since queries were
 * counted (schema version 1: no `queries` table) has none: `since` null, its counts read as they are.
 */
function queriesIn(db) {
  const tables = new Set(
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name),
  );
  if (!tables.has('queries')) return NO_QUERIES;
  const since = db.prepare("SELECT value FROM meta WHERE key = 'queriesSince'").get();
  return {
    since: since ? Number(since.value) : null,
    kept: db.prepare('SELECT day, operation, document, n FROM queries').all(),
    other: tables.has('query_other') ? db.prepare('SELECT day, n FROM query_other').all() : [],
  };
}

/** The counters and query counts of `partnerId` in wrangler's local state (none when it has none yet). */
export function localCounters(partnerId, dir = LOCAL_STATE) {
  if (!existsSync(dir)) return { rows: [], queries: NO_QUERIES };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sqlite'))) {
    const db = new DatabaseSync(join(dir, file), { readOnly: true });
    try {
      const meta = db.prepare("SELECT value FROM meta WHERE key = 'partner'").get();
      if (meta?.value === partnerId) return { rows: db.prepare('SELECT period, start, channel, outcome, n FROM counts').all(), queries: queriesIn(db) };
    } catch {
      // Not one of ours (or not yet initialised): skip it.
    } finally {
      db.close();
    }
  }
  return { rows: [], queries: NO_QUERIES };
}

/** The counters of `partnerId` in wrangler's local state ([] when it has none yet). */
export const localRows = (partnerId, dir = LOCAL_STATE) => localCounters(partnerId, dir).rows;

/** The counters and query counts of `partnerId` from the deployed Worker (the operator route; a Worker older than query counts sends none). */
async function remoteCounters(partnerId, { url = process.env.CERTGRAPH_URL, token = process.env.CERTGRAPH_OPERATOR_TOKEN } = {}) {
  if (!url || !token)
    throw new UsageError('--remote needs CERTGRAPH_URL (the deployed Worker, https://…) and CERTGRAPH_OPERATOR_TOKEN (its USAGE_OPERATOR_TOKEN secret)');
  const res = await fetch(new URL(`/operator/usage?partner=${encodeURIComponent(partnerId)}`, url), { headers: { authorization: `Bearer ${token}` } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new UsageError(`the Worker answered ${res.status}: ${body?.errors?.[0]?.message ?? res.statusText}`);
  return { rows: body.rows, queries: body.queries ?? NO_QUERIES };
}

/** Prints the usage of a partner (as scripts/partner-cli.mjs finds it: id, name, tier, keys). */
export async function printUsage(
  partner,
  { remote = false, days = 30, csv = false, top = 3, now = Date.now(), print = console.log, dir = LOCAL_STATE, format } = {},
) {
  // node:* left to Node: the report reads the enforced limits from src/admission/rate-limit.ts,
  // whose module graph reaches hono's context storage (node:async_hooks).
  const { usageText, usageCsvText } = format ?? (await importBundled(join(root, 'src/usage/format.ts'), { external: ['node:*'] }));
  const ids = [partner.id, ...(partner.keys?.[0]?.record.formerIds ?? [])];
  const rows = [];
  const queries = [];
  for (const id of ids) {
    const counters = remote ? await remoteCounters(id) : localCounters(id, dir);
    rows.push(...counters.rows);
    queries.push(counters.queries);
  }
  const revoked = partner.keys?.filter((k) => k.record.revokedAt).length ?? 0;
  if (csv) return print(usageCsvText(partner, rows, now, days, queries).trimEnd());
  print(`${partner.keys?.length ?? 0} key(s), ${revoked} revoked; every key's requests are counted here.`);
  print(usageText(partner, rows, now, days, queries, top).trimEnd());
}
