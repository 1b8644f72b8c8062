// Counting a partner's requests without slowing them: each isolate adds counts to a batch per
// partner in memory, and sends the batch to the partner's Durable Object from `waitUntil` (after
// the response): at once when it holds FLUSH_AT requests, otherwise FLUSH_AFTER_MS after its first
// request (a timer inside that request's waitUntil). A batch spans at most FLUSH_AFTER_MS and
// fewer than FLUSH_AT requests, so an isolate that dies abruptly loses at most that: fewer than 32
// counts per partner, from its last 2 seconds. A batch that fails to send is kept for one more try.
import type { Env } from '../http/env.js';
import { logInternal } from '../http/masking.js';
import type { Background } from '../http/request-context.js';
import { usageStore } from './durable-object.js';
import { type Channel, type CountEntry, FLUSH_AFTER_MS, FLUSH_AT, minuteOf, type Outcome, type QueryEntry } from './outcomes.js';
import type { QueryName } from './queries.js';

/** Partners with a batch in memory at once, at most: past that, a new partner's count is sent at once. */
const MAX_BATCHES = 1_000;

interface Batch {
  counts: Map<string, CountEntry>;
  /** The GraphQL requests' queries, by minute and query (at most one a request, so fewer than FLUSH_AT entries). */
  queries: Map<string, QueryEntry>;
  size: number;
  /** Whether a timer will send it. */
  scheduled: boolean;
  /** Sends that failed for these counts (a batch is dropped after a second failure). */
  failures: number;
}

const batches = new Map<string, Batch>();
/** Sends under way, per partner: a read of the counters waits for them. */
const sending = new Map<string, Promise<void>>();

function batchOf(partnerId: string): Batch {
  let batch = batches.get(partnerId);
  if (!batch) {
    batch = { counts: new Map(), queries: new Map(), size: 0, scheduled: false, failures: 0 };
    batches.set(partnerId, batch);
  }
  return batch;
}

function addCount(batch: Batch, entry: CountEntry): void {
  const key = `${entry.minute}|${entry.channel}|${entry.outcome}`;
  const held = batch.counts.get(key);
  if (held) held.n += entry.n;
  else batch.counts.set(key, { ...entry });
  batch.size += entry.n;
}

function addQuery(batch: Batch, entry: QueryEntry): void {
  const key = `${entry.minute}|${entry.operation}|${entry.document}`;
  const held = batch.queries.get(key);
  if (held) held.n += entry.n;
  else batch.queries.set(key, { ...entry });
}

/**
 * Counts one request of a partner (and the query it ran, for a GraphQL request whose parameters
 * were read); schedules or starts the send of its batch in the background.
 */
export function countRequest(
  env: Env,
  background: Background,
  partnerId: string,
  channel: Channel,
  outcome: Outcome,
  now = Date.now(),
  query?: QueryName,
): void {
  const full = !batches.has(partnerId) && batches.size >= MAX_BATCHES;
  const batch = batchOf(partnerId);
  addCount(batch, { minute: minuteOf(now), channel, outcome, n: 1 });
  if (query) addQuery(batch, { minute: minuteOf(now), ...query, n: 1 });
  if (full || batch.size >= FLUSH_AT) background(flushUsage(env, partnerId));
  else if (!batch.scheduled) {
    batch.scheduled = true;
    background(new Promise((resolve) => setTimeout(resolve, FLUSH_AFTER_MS)).then(() => flushUsage(env, partnerId)));
  }
}

/**
 * Sends a partner's batch to its Durable Object now, and waits for this isolate's earlier sends for
 * that partner (so a read that follows sees them all). Never throws.
 */
export async function flushUsage(env: Env, partnerId: string): Promise<void> {
  const batch = batches.get(partnerId);
  if (batch && batch.size > 0) {
    batches.delete(partnerId);
    // This send and every earlier one still under way, as one promise.
    const all = Promise.all([sending.get(partnerId), sendBatch(env, partnerId, batch)]).then(() => undefined);
    sending.set(partnerId, all);
    void all.then(() => sending.get(partnerId) === all && sending.delete(partnerId));
  }
  await sending.get(partnerId);
}

async function sendBatch(env: Env, partnerId: string, batch: Batch): Promise<void> {
  try {
    await usageStore(env, partnerId).add([...batch.counts.values()], undefined, [...batch.queries.values()]);
  } catch (error) {
    logInternal(error);
    if (batch.failures > 0) return;
    const again = batchOf(partnerId);
    for (const entry of batch.counts.values()) addCount(again, entry);
    for (const entry of batch.queries.values()) addQuery(again, entry);
    again.failures++;
  }
}

/** The counts this isolate holds, not yet sent (for the tests). */
export function pendingCounts(partnerId: string): number {
  return batches.get(partnerId)?.size ?? 0;
}
