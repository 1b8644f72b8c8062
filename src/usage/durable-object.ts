// The Durable Object that keeps one partner's usage counters (binding USAGE in wrangler.toml; one
// object per partner, `idFromName(partner id)`). SQLite-backed: a row per UTC day, channel and
// outcome (90 days kept) and per UTC minute (60 minutes kept), pruned on every write, so its
// storage is bounded (at most 90×2×7 + 60×2×7 rows). The Worker adds batches (src/usage/counter.ts)
// and reads the rows back (src/usage/endpoint.ts) through `usageStore`; `npm run partner -- usage`
// reads the same table from wrangler's local state.
// A batch is applied at most once: the Worker sends each isolate's batches for a partner in order,
// numbered (`sender`, the isolate's id, and `seq`), and resends a batch whose send failed; the
// object keeps each sender's last number (for the kept hour) and skips what it already took. A
// send whose answer was lost after the object stored it is therefore not counted twice. (A sender
// silent for the kept hour is forgotten: any batch it could still resend holds only minutes the
// object no longer takes, see `acceptable`.)
// The object answers fetch() (POST /add, GET /rows), not RPC: RPC needs the base class from
// `cloudflare:workers`, which would keep the Worker's bundle from loading in Node (the benchmark
// and the asset build run the Worker in-process).
import type { Env } from '../edge/env.js';
import { CHANNELS, type CountEntry, type CountRow, DAY_MS, dayOf, KEEP_DAYS, KEEP_MINUTES, MINUTE_MS, minuteOf, OUTCOMES } from './outcomes.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counts (
  period TEXT NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (period, start, channel, outcome)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS senders (sender TEXT PRIMARY KEY, seq INTEGER NOT NULL, at INTEGER NOT NULL) WITHOUT ROWID;`;

const UPSERT = 'INSERT INTO counts (period, start, channel, outcome, n) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n';

/** Entries the Worker sends that this object accepts: known names, whole positive counts, a minute within the kept hour (or the next). */
function acceptable(entry: CountEntry, now: number): boolean {
  return (
    CHANNELS.includes(entry.channel) &&
    OUTCOMES.includes(entry.outcome) &&
    Number.isSafeInteger(entry.n) &&
    entry.n > 0 &&
    entry.minute === minuteOf(entry.minute) &&
    entry.minute > now - KEEP_MINUTES * MINUTE_MS &&
    entry.minute <= now + MINUTE_MS
  );
}

/** A batch as the Worker numbers it (src/usage/counter.ts). */
export interface SentBatch {
  seq: number;
  entries: CountEntry[];
}

/** POST /add: a sender's numbered batches, or (as Workers before numbering sent them) bare entries. */
interface AddRequest {
  partnerId: string;
  sender?: string;
  batches?: SentBatch[];
  entries?: CountEntry[];
  now?: number;
}

export class PartnerUsage implements DurableObject {
  constructor(
    private readonly state: DurableObjectState,
    _env: Env,
  ) {
    state.storage.sql.exec(SCHEMA);
  }

  async fetch(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === '/add') {
      const { partnerId, entries, sender, batches, now } = await request.json<AddRequest>();
      if (typeof partnerId !== 'string') return new Response('a partnerId is needed', { status: 400 });
      if (typeof sender === 'string' && Array.isArray(batches)) return Response.json({ taken: this.addBatches(partnerId, sender, batches, now ?? Date.now()) });
      if (!Array.isArray(entries)) return new Response('entries, or a sender and its batches, are needed', { status: 400 });
      return Response.json({ taken: this.add(partnerId, entries, now ?? Date.now()) });
    }
    if (request.method === 'GET' && path === '/rows') return Response.json(this.rows());
    return new Response('no such route', { status: 404 });
  }

  /** Adds a batch of counts for `partnerId` (the object's name); returns how many entries were taken. */
  add(partnerId: string, entries: CountEntry[], now: number): number {
    return this.state.storage.transactionSync(() => this.write(partnerId, entries, now));
  }

  /** The writes of `add`, inside the caller's transaction. */
  private write(partnerId: string, entries: CountEntry[], now: number): number {
    const sql = this.state.storage.sql;
    const taken = entries.filter((entry) => acceptable(entry, now));
    sql.exec('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)', 'partner', partnerId);
    for (const { minute, channel, outcome, n } of taken) {
      sql.exec(UPSERT, 'minute', minute, channel, outcome, n);
      sql.exec(UPSERT, 'day', dayOf(minute), channel, outcome, n);
    }
    sql.exec(
      "DELETE FROM counts WHERE (period = 'minute' AND start <= ?) OR (period = 'day' AND start <= ?)",
      minuteOf(now) - KEEP_MINUTES * MINUTE_MS,
      dayOf(now) - KEEP_DAYS * DAY_MS,
    );
    return taken.length;
  }

  /**
   * Adds a sender's numbered batches, skipping those it sent before (numbers up to the last taken);
   * returns how many entries were taken.
   */
  addBatches(partnerId: string, sender: string, batches: SentBatch[], now: number): number {
    const sql = this.state.storage.sql;
    return this.state.storage.transactionSync(() => {
      let taken = 0;
      const last = sql.exec<{ seq: number }>('SELECT seq FROM senders WHERE sender = ?', sender).toArray()[0]?.seq ?? -1;
      let seq = last;
      for (const batch of batches) {
        if (!Number.isSafeInteger(batch.seq) || batch.seq <= seq || !Array.isArray(batch.entries)) continue;
        seq = batch.seq;
        taken += this.write(partnerId, batch.entries, now);
      }
      sql.exec('INSERT INTO senders (sender, seq, at) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET seq = excluded.seq, at = excluded.at', sender, seq, now);
      sql.exec('DELETE FROM senders WHERE at <= ?', now - KEEP_MINUTES * MINUTE_MS);
      return taken;
    });
  }

  /** Every counter kept (bounded, see above). */
  rows(): CountRow[] {
    return this.state.storage.sql
      .exec<Record<string, SqlStorageValue> & CountRow>('SELECT period, start, channel, outcome, n FROM counts ORDER BY period, start')
      .toArray();
  }
}

/** A partner's usage object, as the Worker calls it. `now` is for tests (the object's clock otherwise). */
export function usageStore(env: Env, partnerId: string) {
  const stub = env.USAGE.get(env.USAGE.idFromName(partnerId));
  const call = async (path: string, init?: RequestInit) => {
    const res = await stub.fetch(`https://usage.internal${path}`, init);
    if (!res.ok) throw new Error(`usage object ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    add: async (entries: CountEntry[], now?: number) =>
      ((await call('/add', { method: 'POST', body: JSON.stringify({ partnerId, entries, now }) })) as { taken: number }).taken,
    /** A sender's numbered batches: each taken at most once, however often it is sent. */
    addBatches: async (sender: string, batches: SentBatch[], now?: number) =>
      ((await call('/add', { method: 'POST', body: JSON.stringify({ partnerId, sender, batches, now }) })) as { taken: number }).taken,
    rows: async () => (await call('/rows')) as CountRow[],
  };
}
