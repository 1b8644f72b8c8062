// Faults survived: one platform part made to fail at a time, the API answers what it can, names
// the part in X-Certgraph-Degraded, and logs the failure once with the request id. (The catalog
// asset: test/edge/edge-holes.test.ts, "catalog loading backs off".)
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Env } from '../../src/http/env.js';
import { bindings, countedApp, settledFetch } from '../helpers.js';

const { app, executions } = countedApp();
const run = `${Date.now()}`;
let ip = 0;

async function call(
  request: Request,
  env: Env = bindings,
): Promise<{ res: Response; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  request.headers.set('cf-connecting-ip', `198.19.66.${++ip % 250}`);
  const { res, body } = await settledFetch(app, request, env);
  return { res, body: JSON.parse(new TextDecoder().decode(body)) };
}

const post = (body: unknown) =>
  new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
const get = (query: string) => new Request(`http://localhost/graphql?${new URLSearchParams({ query })}`, { headers: { accept: 'application/json' } });

/** The console.error lines written while `send` ran, and what it answered. */
async function logged<T>(send: () => Promise<T>): Promise<{ value: T; lines: string[] }> {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const value = await send();
    return { value, lines: spy.mock.calls.map((c) => c.map(String).join(' ')) };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('the Cache API fails', () => {
  it('GET and POST are computed and answered; the answer says the colo cache is degraded; one log line each, with the request id', async () => {
    const broken = {
      match: () => Promise.reject(new Error('cache storage unavailable')),
      put: () => Promise.reject(new Error('cache storage unavailable')),
    };
    vi.stubGlobal('caches', { default: broken });
    for (const [i, request] of [get(`{ roles { slug } } # faults ${run} get`), post({ query: `{ roles { slug } } # faults ${run} post` })].entries()) {
      const before = executions.count;
      const { value, lines } = await logged(() => call(request));
      expect(value.res.status, String(i)).toBe(200);
      expect(value.body.errors).toBeUndefined();
      expect((value.body.data as { roles: unknown[] }).roles.length).toBeGreaterThan(0);
      expect(executions.count - before).toBe(1);
      expect(value.res.headers.get('x-certgraph-degraded')).toBe('colo-cache');
      const id = value.res.headers.get('x-request-id')!;
      expect(lines.filter((l) => l.includes('colo-cache'))).toHaveLength(1);
      expect(lines.find((l) => l.includes('colo-cache'))).toContain(id);
    }
  });

  it('when nothing fails, no answer says it is degraded', async () => {
    const { res } = await call(post({ query: `{ catalog { version } } # faults ${run} healthy` }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-certgraph-degraded')).toBeNull();
  });
});

describe('KV (persisted queries) fails', () => {
  it('a hash alone is a miss the client recovers from; the answer says so; one log line with the request id', async () => {
    const failing = {
      get: () => Promise.reject(new Error('KV read timed out')),
      put: () => Promise.reject(new Error('KV write timed out')),
    } as unknown as KVNamespace;
    const env = { ...bindings, PERSISTED_QUERIES: failing } as Env;
    const query = `{ providers { slug } } # faults ${run} apq`;
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(query)))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    const extensions = { persistedQuery: { version: 1, sha256Hash: digest } };
    const miss = await logged(() => call(post({ extensions }), env));
    expect(miss.value.res.status).toBe(200);
    expect(JSON.stringify(miss.value.body.errors)).toContain('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.value.res.headers.get('x-certgraph-degraded')).toBe('persisted-queries');
    const id = miss.value.res.headers.get('x-request-id')!;
    expect(miss.lines.filter((l) => l.includes('persisted-queries') && l.includes(id))).toHaveLength(1);
    // The client's retry with the query is answered.
    const retried = await call(post({ query, extensions }), env);
    expect(retried.res.status).toBe(200);
    expect(retried.body.errors).toBeUndefined();
  });
});
