// The Durable Object that keeps one partner's usage counters (binding USAGE in wrangler.toml; one
// object per partner, `idFromName(partner id)`). SQLite-backed: a row per UTC day, channel and
// outcome (90 days kept) and per UTC minute (60 minutes kept), and the day's queries (at most
// KEPT_QUERIES_PER_DAY a day, the rest of the day's GraphQL requests counted in `query_other`),
// pruned on every write, so its storage is bounded (at most 90×3×8 + 60×3×8 count rows,
// 90×(50+1) query rows, and a row per sender heard in the kept hour). The Worker adds batches
// (src/usage/counter.ts) and reads the rows back (src/usage/endpoint.ts) through `usageStore`;
// `npm run partner -- usage` reads the same tables from wrangler's local state
// (scripts/partner-usage.mjs, which also reads a store not migrated yet).
// A batch is applied at most once, its counts and its queries together: the Worker sends each
// isolate's batches for a partner in order, numbered (`sender`, the isolate's id, and `seq`), and
// resends a batch whose send failed; the object keeps each sender's last number (for the kept
// hour) and skips what it already took. A send whose answer was lost after the object stored it is
// therefore not counted twice. (A sender silent for the kept hour is forgotten: any batch it could
// still resend holds only minutes the object no longer takes, see `acceptableMinute`.)
// The object answers fetch() (POST /add, GET /rows, GET /queries), not RPC: RPC needs the base class from
// `cloudflare:workers`, which would keep the Worker's bundle from loading in Node (the benchmark
// and the asset build run the Worker in-process).
import type { Env } from '../edge/env.js';
import {
  CHANNELS,
  type CountEntry,
  type CountRow,
  DAY_MS,
  dayOf,
  KEEP_DAYS,
  KEEP_MINUTES,
  KEPT_QUERIES_PER_DAY,
  MINUTE_MS,
  minuteOf,
  OUTCOMES,
  type QueryCounts,
  type QueryEntry,
} from './outcomes.js';
import { FINGERPRINT, OPERATION_NAME } from './queries.js';

/**
 * The schema by version, each step applied once, in a transaction, to a store at the version
 * before it (`meta.schema`; a store without it is version 1, as the first code wrote it: its
 * `counts` rows are kept as they are). Version 2 adds the day's queries and records since when
 * they are counted (`meta.queriesSince`): days before it have no query counts, not zero of them.
 * Version 3 adds `senders`, each sender's last batch number (see above).
 */
const MIGRATIONS: readonly ((sql: SqlStorage, now: number) => void)[] = [
  // 1: what the first code created (CREATE IF NOT EXISTS: a store of version 1 already has it).
  (sql) =>
    sql.exec(`
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counts (
  period TEXT NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (period, start, channel, outcome)
) WITHOUT ROWID;`),
  // 2: the day's queries; `last` (the minute a query was last counted) breaks ties when one must make room.
  (sql, now) => {
    sql.exec(`
CREATE TABLE queries (
  day INTEGER NOT NULL, operation TEXT NOT NULL, document TEXT NOT NULL, n INTEGER NOT NULL, last INTEGER NOT NULL,
  PRIMARY KEY (day, operation, document)
) WITHOUT ROWID;
CREATE TABLE query_other (day INTEGER PRIMARY KEY, n INTEGER NOT NULL);`);
    sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('queriesSince', ?)", String(minuteOf(now)));
  },
  // 3: each sender's last batch number, so a resent batch is taken once. `IF NOT EXISTS`: a store
  // that numbered batches before it recorded a schema (no `meta.schema`, so read as version 1)
  // already has the table, and its rows are kept.
  (sql) => sql.exec('CREATE TABLE IF NOT EXISTS senders (sender TEXT PRIMARY KEY, seq INTEGER NOT NULL, at INTEGER NOT NULL) WITHOUT ROWID;'),
];
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings a store to SCHEMA_VERSION (a no-op when it is there): each missing step, in order, in one transaction. */
export function migrate(storage: DurableObjectStorage, now = Date.now()): void {
  const sql = storage.sql;
  storage.transactionSync(() => {
    MIGRATIONS[0]!(sql, now);
    const row = sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema'").toArray()[0];
    const version = row ? Number(row.value) : 1;
    for (let v = version; v < SCHEMA_VERSION; v++) MIGRATIONS[v]!(sql, now);
    if (version !== SCHEMA_VERSION) sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", String(SCHEMA_VERSION));
  });
}

const UPSERT = 'INSERT INTO counts (period, start, channel, outcome, n) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n';
const ADD_OTHER = 'INSERT INTO query_other (day, n) VALUES (?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n';

/** A minute the object accepts counts for: a whole minute within the kept hour (or the next). */
const acceptableMinute = (minute: unknown, now: number) =>
  typeof minute === 'number' && minute === minuteOf(minute) && minute > now - KEEP_MINUTES * MINUTE_MS && minute <= now + MINUTE_MS;
const acceptableCount = (n: unknown) => Number.isSafeInteger(n) && (n as number) > 0;

/** Entries the Worker sends that this object accepts: known names, whole positive counts, a minute within the kept hour (or the next). */
function acceptable(entry: CountEntry, now: number): boolean {
  return CHANNELS.includes(entry.channel) && OUTCOMES.includes(entry.outcome) && acceptableCount(entry.n) && acceptableMinute(entry.minute, now);
}

/** Query entries it accepts: a GraphQL name or none, a fingerprint or none, a whole positive count, a kept minute. */
function acceptableQuery(entry: QueryEntry, now: number): boolean {
  return (
    typeof entry.operation === 'string' &&
    (entry.operation === '' || OPERATION_NAME.test(entry.operation)) &&
    typeof entry.document === 'string' &&
    (entry.document === '' || FINGERPRINT.test(entry.document)) &&
    acceptableCount(entry.n) &&
    acceptableMinute(entry.minute, now)
  );
}

/**
 * Adds a query's count to its day, within the bound: a query already kept adds to its row; a new
 * one takes a row while the day has fewer than KEPT_QUERIES_PER_DAY, else the row of the least
 * counted query (the least recently counted among equals) when it counts at least as many, whose
 * count then moves to `other`; otherwise its count goes to `other`. Every count lands once: the
 * day's kept counts and `other` always add up to the requests counted.
 */
function addQueryCount(sql: SqlStorage, { minute, operation, document, n }: QueryEntry): void {
  const day = dayOf(minute);
  const updated = sql
    .exec('UPDATE queries SET n = n + ?, last = max(last, ?) WHERE day = ? AND operation = ? AND document = ? RETURNING n', n, minute, day, operation, document)
    .toArray();
  if (updated.length > 0) return;
  const kept = sql.exec<{ c: number }>('SELECT count(*) AS c FROM queries WHERE day = ?', day).one().c;
  if (kept >= KEPT_QUERIES_PER_DAY) {
    const least = sql
      .exec<{ operation: string; document: string; n: number }>('SELECT operation, document, n FROM queries WHERE day = ? ORDER BY n, last LIMIT 1', day)
      .one();
    if (least.n > n) {
      sql.exec(ADD_OTHER, day, n);
      return;
    }
    sql.exec('DELETE FROM queries WHERE day = ? AND operation = ? AND document = ?', day, least.operation, least.document);
    sql.exec(ADD_OTHER, day, least.n);
  }
  sql.exec('INSERT INTO queries (day, operation, document, n, last) VALUES (?, ?, ?, ?, ?)', day, operation, document, n, minute);
}

/** A batch as the Worker numbers it (src/usage/counter.ts). */
export interface SentBatch {
  seq: number;
  entries: CountEntry[];
  /** The queries its GraphQL requests ran (absent from Workers before queries were counted). */
  queries?: QueryEntry[];
}

/** POST /add: a sender's numbered batches, or (as Workers before numbering sent them) bare entries and queries. */
interface AddRequest {
  partnerId: string;
  sender?: string;
  batches?: SentBatch[];
  entries?: CountEntry[];
  queries?: QueryEntry[];
  now?: number;
}

export class PartnerUsage implements DurableObject {
  constructor(
    private readonly state: DurableObjectState,
    _env: Env,
  ) {
    migrate(state.storage);
  }

  async fetch(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === '/add') {
      const { partnerId, entries, queries, sender, batches, now } = await request.json<AddRequest>();
      if (typeof partnerId !== 'string') return new Response('a partnerId is needed', { status: 400 });
      if (typeof sender === 'string' && Array.isArray(batches)) return Response.json({ taken: this.addBatches(partnerId, sender, batches, now ?? Date.now()) });
      if (!Array.isArray(entries) || (queries !== undefined && !Array.isArray(queries)))
        return new Response('entries (and optionally queries), or a sender and its batches, are needed', { status: 400 });
      return Response.json({ taken: this.add(partnerId, entries, now ?? Date.now(), queries ?? []) });
    }
    if (request.method === 'GET' && path === '/rows') return Response.json(this.rows());
    if (request.method === 'GET' && path === '/queries') return Response.json(this.queries());
    return new Response('no such route', { status: 404 });
  }

  /** Adds a batch of counts for `partnerId` (the object's name), and its queries'; returns how many count entries were taken. */
  add(partnerId: string, entries: CountEntry[], now: number, queries: QueryEntry[] = []): number {
    return this.state.storage.transactionSync(() => this.write(partnerId, entries, queries, now));
  }

  /** The writes of `add`, inside the caller's transaction. */
  private write(partnerId: string, entries: CountEntry[], queries: QueryEntry[], now: number): number {
    const sql = this.state.storage.sql;
    const taken = entries.filter((entry) => acceptable(entry, now));
    sql.exec('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)', 'partner', partnerId);
    for (const { minute, channel, outcome, n } of taken) {
      sql.exec(UPSERT, 'minute', minute, channel, outcome, n);
      sql.exec(UPSERT, 'day', dayOf(minute), channel, outcome, n);
    }
    for (const entry of queries) if (acceptableQuery(entry, now)) addQueryCount(sql, entry);
    const oldestDay = dayOf(now) - KEEP_DAYS * DAY_MS;
    sql.exec(
      "DELETE FROM counts WHERE (period = 'minute' AND start <= ?) OR (period = 'day' AND start <= ?)",
      minuteOf(now) - KEEP_MINUTES * MINUTE_MS,
      oldestDay,
    );
    sql.exec('DELETE FROM queries WHERE day <= ?', oldestDay);
    sql.exec('DELETE FROM query_other WHERE day <= ?', oldestDay);
    return taken.length;
  }

  /**
   * Adds a sender's numbered batches, counts and queries together, skipping those it sent before
   * (numbers up to the last taken); returns how many count entries were taken.
   */
  addBatches(partnerId: string, sender: string, batches: SentBatch[], now: number): number {
    const sql = this.state.storage.sql;
    return this.state.storage.transactionSync(() => {
      let taken = 0;
      const last = sql.exec<{ seq: number }>('SELECT seq FROM senders WHERE sender = ?', sender).toArray()[0]?.seq ?? -1;
      let seq = last;
      for (const batch of batches) {
        if (!Number.isSafeInteger(batch.seq) || batch.seq <= seq || !Array.isArray(batch.entries)) continue;
        if (batch.queries !== undefined && !Array.isArray(batch.queries)) continue;
        seq = batch.seq;
        taken += this.write(partnerId, batch.entries, batch.queries ?? [], now);
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

  /** The day's queries kept, every other query request by day, and since when queries are counted (bounded, see above). */
  queries(): QueryCounts {
    const sql = this.state.storage.sql;
    const since = sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'queriesSince'").toArray()[0];
    return {
      since: since ? Number(since.value) : null,
      kept: sql
        .exec<{ day: number; operation: string; document: string; n: number }>('SELECT day, operation, document, n FROM queries ORDER BY day, n DESC')
        .toArray(),
      other: sql.exec<{ day: number; n: number }>('SELECT day, n FROM query_other ORDER BY day').toArray(),
    };
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
    add: async (entries: CountEntry[], now?: number, queries?: QueryEntry[]) =>
      ((await call('/add', { method: 'POST', body: JSON.stringify({ partnerId, entries, queries, now }) })) as { taken: number }).taken,
    /** A sender's numbered batches: each taken at most once, however often it is sent. */
    addBatches: async (sender: string, batches: SentBatch[], now?: number) =>
      ((await call('/add', { method: 'POST', body: JSON.stringify({ partnerId, sender, batches, now }) })) as { taken: number }).taken,
    rows: async () => (await call('/rows')) as CountRow[],
    queries: async () => (await call('/queries')) as QueryCounts,
  };
}
