// Counting a partner's requests without slowing them: each isolate adds counts to a batch per
// partner in memory, and sends the batch to the partner's Durable Object from `waitUntil` (after
// the response): at once when it holds FLUSH_AT requests, otherwise FLUSH_AFTER_MS after its first
// request (a timer inside that request's waitUntil). A batch spans at most FLUSH_AFTER_MS and
// fewer than FLUSH_AT requests, so an isolate that dies abruptly loses at most that: fewer than 32
// counts per partner, from its last 2 seconds.
//
// When the Durable Object fails, no count is lost or doubled: each batch is numbered when it is
// sent (this isolate's id and a sequence number), a batch whose send failed is kept as it is and
// sent again, in order, with the partner's next batch (the next request's, or the next read of its
// usage), and the object takes each number once (src/usage/durable-object.ts), so a send whose
// answer was lost after the object stored it is not counted twice. A batch carries its requests'
// queries beside their counts, so those too are taken once, with the counts. Each failed send is
// logged once, with the id of the request it was sent for, and the partner's answers say `usage` is degraded
// while this isolate holds counts it could not send. What is kept is bounded: batches the object
// would no longer take (older than its kept hour) and, past MAX_UNSENT_ENTRIES, the oldest batches
// are dropped, and the counts lost are logged.

import { degraded } from '../edge/degraded.js';
import type { Env } from '../edge/env.js';
import { type Background, type RequestState, requestLabel } from '../edge/request-context.js';
import { type SentBatch, usageStore } from './durable-object.js';
import { type Channel, type CountEntry, FLUSH_AFTER_MS, FLUSH_AT, KEEP_MINUTES, MINUTE_MS, minuteOf, type Outcome, type QueryEntry } from './outcomes.js';
import type { QueryName } from './queries.js';

/** Partners with a batch in memory at once, at most: past that, a new partner's count is sent at once. */
const MAX_BATCHES = 1_000;
/** Entries of batches whose send failed, kept at once across partners, at most (about 100 bytes each). */
export const MAX_UNSENT_ENTRIES = 10_000;

interface Batch {
  counts: Map<string, CountEntry>;
  /** The GraphQL requests' queries, by minute and query (at most one a request, so fewer than FLUSH_AT entries). */
  queries: Map<string, QueryEntry>;
  size: number;
  /** Whether a timer will send it. */
  scheduled: boolean;
}

/** A batch handed to a send: numbered, and never changed again (a resend is the same batch). */
interface Sealed extends SentBatch {
  /** The requests it counts. */
  size: number;
}

const batches = new Map<string, Batch>();
/** Per partner, the sealed batches waiting for a send (sealed while one was under way, or kept after a failed one), oldest first. */
const unsent = new Map<string, Sealed[]>();
let unsentEntries = 0;
/** Partners whose last send failed, until one succeeds: their answers say `usage` is degraded. */
const failing = new Set<string>();
/** Sends under way, per partner, one at a time: a read of the counters waits for them. */
const sending = new Map<string, Promise<void>>();

/** This isolate's id as a sender, made on first use (no random values at global scope), and its last batch number. */
let sender: string | undefined;
let seq = 0;

function batchOf(partnerId: string): Batch {
  let batch = batches.get(partnerId);
  if (!batch) {
    batch = { counts: new Map(), queries: new Map(), size: 0, scheduled: false };
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
  /** The request counted: a failed send is logged with its id. */
  state?: RequestState,
): void {
  const full = !batches.has(partnerId) && batches.size >= MAX_BATCHES;
  const batch = batchOf(partnerId);
  addCount(batch, { minute: minuteOf(now), channel, outcome, n: 1 });
  if (query) addQuery(batch, { minute: minuteOf(now), ...query, n: 1 });
  if (full || batch.size >= FLUSH_AT) background(flushUsage(env, partnerId, state));
  else if (!batch.scheduled) {
    batch.scheduled = true;
    background(new Promise((resolve) => setTimeout(resolve, FLUSH_AFTER_MS)).then(() => flushUsage(env, partnerId, state)));
  }
}

/** Whether this isolate holds counts of the partner that a send failed to deliver (its answers then say `usage` is degraded). */
export function holdsUnsent(partnerId: string): boolean {
  return failing.has(partnerId);
}

/**
 * Sends a partner's batch, with any batch whose send failed, to its Durable Object now, after this
 * isolate's earlier sends for that partner (so a read that follows sees them all). Never throws.
 */
export function flushUsage(env: Env, partnerId: string, state?: RequestState): Promise<void> {
  const batch = batches.get(partnerId);
  if (batch && batch.size > 0) {
    batches.delete(partnerId);
    sender ??= crypto.randomUUID();
    const queue = unsent.get(partnerId) ?? [];
    const sealed: Sealed = { seq: ++seq, entries: [...batch.counts.values()], size: batch.size };
    if (batch.queries.size > 0) sealed.queries = [...batch.queries.values()];
    queue.push(sealed);
    unsent.set(partnerId, queue);
    unsentEntries += entriesOf(sealed);
  }
  if (!unsent.has(partnerId)) return sending.get(partnerId) ?? Promise.resolve();
  // One send at a time per partner, in order: the object takes each batch number once.
  const before = sending.get(partnerId);
  const send = before ? before.then(() => sendUnsent(env, partnerId, state)) : sendUnsent(env, partnerId, state);
  sending.set(partnerId, send);
  void send.then(() => sending.get(partnerId) === send && sending.delete(partnerId));
  return send;
}

/** Sends every batch of the partner not yet taken, as one call; on failure keeps them (bounded) for the next send. */
async function sendUnsent(env: Env, partnerId: string, state: RequestState | undefined): Promise<void> {
  const queue = unsent.get(partnerId);
  if (!queue?.length) return;
  unsent.delete(partnerId);
  try {
    await usageStore(env, partnerId).addBatches(
      sender!,
      queue.map(({ seq, entries, queries }) => ({ seq, entries, queries })),
    );
    unsentEntries -= entryCount(queue);
    failing.delete(partnerId);
  } catch (error) {
    degraded(state, 'usage', error);
    // Before any batch sealed while this send was under way: the order is the numbers' order.
    const kept = keepable([...queue, ...(unsent.get(partnerId) ?? [])], partnerId, state);
    if (kept.length) {
      unsent.set(partnerId, kept);
      failing.add(partnerId);
    } else {
      unsent.delete(partnerId);
      failing.delete(partnerId);
    }
  }
}

/** A sealed batch's entries, counts and queries (what MAX_UNSENT_ENTRIES bounds). */
const entriesOf = (b: Sealed) => b.entries.length + (b.queries?.length ?? 0);
const entryCount = (queue: readonly Sealed[]) => queue.reduce((sum, b) => sum + entriesOf(b), 0);

/** The batches worth keeping: none the object would refuse as too old, and within MAX_UNSENT_ENTRIES (the oldest go first). */
function keepable(queue: Sealed[], partnerId: string, state: RequestState | undefined, now = Date.now()): Sealed[] {
  const horizon = minuteOf(now) - KEEP_MINUTES * MINUTE_MS;
  let lost = 0;
  const kept = queue.filter((b) => {
    if (b.entries.some((e) => e.minute > horizon)) return true;
    lost += b.size;
    unsentEntries -= entriesOf(b);
    return false;
  });
  while (kept.length && unsentEntries > MAX_UNSENT_ENTRIES) {
    const oldest = kept.shift()!;
    lost += oldest.size;
    unsentEntries -= entriesOf(oldest);
  }
  if (lost) {
    console.error(
      `[certgraph] ${requestLabel(state)}: usage: ${lost} counts of partner ${partnerId} dropped (not sent within the kept hour, or over the memory bound)`,
    );
  }
  return kept;
}

/** The counts this isolate holds that no send is carrying (for the tests). */
export function pendingCounts(partnerId: string): number {
  return (batches.get(partnerId)?.size ?? 0) + (unsent.get(partnerId) ?? []).reduce((sum, b) => sum + b.size, 0);
}
