// `npm run partner -- usage NAME|ID [--remote]`: a partner's usage, from the counters the Worker
// keeps in its Durable Object (binding USAGE, class PartnerUsage; one object per partner).
// - Local (default): read straight from wrangler's local state, the SQLite file of each object
//   under .wrangler/state/v3/do/certgraph-PartnerUsage/ that `npm start` writes (works offline,
//   with or without `npm start` running). Each object records the partner id it counts for.
// - --remote: Durable Objects cannot be read from outside their Worker, so the CLI asks the
//   deployed Worker: GET $CERTGRAPH_URL/operator/usage?partner=ID with the operator token
//   ($CERTGRAPH_OPERATOR_TOKEN, the Worker's secret USAGE_OPERATOR_TOKEN).
// Either way the report is computed and printed by src/usage (format.ts, report.ts), as
// GET /partner/usage computes it for a partner's own key.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { importBundled } from './import-bundled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOCAL_STATE = join(root, '.wrangler/state/v3/do/certgraph-PartnerUsage');

/** The counters of `partnerId` in wrangler's local state ([] when it has none yet). */
function localRows(partnerId, dir = LOCAL_STATE) {
  if (!existsSync(dir)) return [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sqlite'))) {
    const db = new DatabaseSync(join(dir, file), { readOnly: true });
    try {
      const meta = db.prepare("SELECT value FROM meta WHERE key = 'partner'").get();
      if (meta?.value === partnerId) return db.prepare('SELECT period, start, channel, outcome, n FROM counts').all();
    } catch {
      // Not one of ours (or not yet initialised): skip it.
    } finally {
      db.close();
    }
  }
  return [];
}

/** The counters of `partnerId` from the deployed Worker (the operator route). */
async function remoteRows(partnerId, { url = process.env.CERTGRAPH_URL, token = process.env.CERTGRAPH_OPERATOR_TOKEN } = {}) {
  if (!url || !token)
    throw new Error('--remote needs CERTGRAPH_URL (the deployed Worker, https://…) and CERTGRAPH_OPERATOR_TOKEN (its USAGE_OPERATOR_TOKEN secret)');
  const res = await fetch(new URL(`/operator/usage?partner=${encodeURIComponent(partnerId)}`, url), { headers: { authorization: `Bearer ${token}` } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`the Worker answered ${res.status}: ${body?.errors?.[0]?.message ?? res.statusText}`);
  return body.rows;
}

/** Prints the usage of one partner's record (found by scripts/partner.mjs); returns an error message, or null. */
export async function printUsage(record, { remote = false, now = Date.now() } = {}) {
  const { usageText } = await importBundled(join(root, 'src/usage/format.ts'));
  let rows;
  try {
    rows = remote ? await remoteRows(record.id) : localRows(record.id);
  } catch (error) {
    return error.message;
  }
  if (record.revokedAt) console.log(`(this key was revoked on ${record.revokedAt})`);
  console.log(usageText(record, rows, now));
  return null;
}
