// A partner is an account with any number of keys (src/admission/partners.ts): its usage is counted
// across all of them, by channel, and read with any of its server keys, as JSON or CSV. Records
// written before keys had kinds (one partner id per `add`, `allowServer` for servers) are admitted
// as they were, and a partner merged into another (`npm run partner -- merge`) reads as one.
import { describe, expect, it } from 'vitest';
import { keyHash, type Partner } from '../../src/admission/partners.js';
import { createApp } from '../../src/app.js';
import type { Env } from '../../src/edge/env.js';
import type { UsageReport } from '../../src/usage/report.js';
import { bindings, limiter } from '../helpers.js';

const app = createApp();
const env: Env = { ...bindings, RATE_LIMIT_ANONYMOUS: limiter(1000).binding };
let n = 0;
const ip = () => `198.18.200.${++n}`;

async function put(key: string, record: Partner) {
  await bindings.PARTNERS.put(await keyHash(key), JSON.stringify(record));
}
const gql = (headers: Record<string, string>) =>
  app.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip(), ...headers },
      body: '{"query":"{ catalog { version } }"}',
    }),
    env,
  );
const usage = (key: string, search = '', headers: Record<string, string> = {}) =>
  app.fetch(new Request(`http://localhost/partner/usage${search}`, { headers: { authorization: `Bearer ${key}`, 'cf-connecting-ip': ip(), ...headers } }), env);

async function account(tag: string) {
  const id = `ptn_acct_${tag}_${crypto.randomUUID().slice(0, 8)}`;
  const base = { id, name: `Account ${tag}`, tier: 'standard' as const, createdAt: '2026-12-01T00:00:00.000Z', revokedAt: null };
  const keys = { serverA: `cg_acct_sa_${id}`, serverB: `cg_acct_sb_${id}`, page: `cg_acct_pg_${id}`, legacy: `cg_acct_lg_${id}` };
  await put(keys.serverA, { ...base, origins: [], kind: 'server', allowServer: true });
  await put(keys.serverB, { ...base, origins: [], kind: 'server', allowServer: true, label: 'second server' } as Partner);
  await put(keys.page, { ...base, origins: ['https://shop.example'], kind: 'page', allowServer: false });
  // As `npm run partner -- add --origin … --server` wrote it before keys had kinds.
  await put(keys.legacy, { ...base, origins: ['https://shop.example'], allowServer: true });
  return { id, keys };
}

describe("a partner's usage is counted across all its keys, and read with any of its server keys", () => {
  it('each key counts for the account, by channel; both server keys read the same figures', async () => {
    const { keys } = await account('all');
    expect((await gql({ 'x-api-key': keys.serverA })).status).toBe(200);
    expect((await gql({ 'x-api-key': keys.serverB })).status).toBe(200);
    expect((await gql({ 'x-api-key': keys.page, origin: 'https://shop.example' })).status).toBe(200);
    // The record written before kinds: a server key that also works from its origins, as it did.
    expect((await gql({ 'x-api-key': keys.legacy })).status).toBe(200);
    expect((await gql({ 'x-api-key': keys.legacy, origin: 'https://shop.example' })).status).toBe(200);
    const widget = await app.fetch(
      new Request(`http://localhost/embed/recommendations?key=${keys.page}`, { headers: { 'cf-connecting-ip': ip(), referer: 'https://shop.example/p' } }),
      env,
    );
    expect(widget.status).toBe(200);
    const a = (await (await usage(keys.serverA)).json()) as UsageReport;
    const b = (await (await usage(keys.serverB)).json()) as UsageReport;
    expect(a.lastHour.byChannel).toEqual({ server: 3, pages: 2, widget: 1 });
    // B's read sees A's read (counted after its answer): one more server request.
    expect(b.lastHour.requests).toBe(a.lastHour.requests + 1);
    expect((await usage(keys.page, '', { origin: 'https://shop.example' })).status).toBe(403);
  });

  it('CSV by ?format=csv or Accept: text/csv, one row a day; JSON otherwise; a bad format is a 400 saying what to send', async () => {
    const { keys } = await account('csv');
    await gql({ 'x-api-key': keys.serverA });
    for (const [search, headers] of [
      ['?format=csv&days=3', {}],
      ['?days=3', { accept: 'text/csv' }],
      ['?days=3', { accept: 'application/json;q=0.5, text/csv' }],
    ] as const) {
      const res = await usage(keys.serverA, search, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="certgraph-usage-ptn_acct_csv_[0-9a-f-]+-\d{4}-\d\d-\d\d\.csv"$/);
      const lines = (await res.text()).split('\r\n');
      expect(lines[0]).toMatch(/^date,requests,answered,rate_limited,/);
      expect(lines).toHaveLength(5);
    }
    const jsonAccepts: Record<string, string>[] = [{}, { accept: 'application/json' }, { accept: '*/*' }, { accept: 'text/csv;q=0.1, application/json' }];
    for (const headers of jsonAccepts) {
      const res = await usage(keys.serverA, '', headers);
      expect(res.headers.get('content-type'), JSON.stringify(headers)).toMatch(/^application\/json/);
    }
    const bad = await usage(keys.serverA, '?format=xml');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('`format` must be json or csv; got "xml".');
  });

  it("a partner merged into another: its earlier usage reads as the survivor's", async () => {
    const survivor = await account('merged');
    const former = await account('former');
    await gql({ 'x-api-key': former.keys.serverA });
    await gql({ 'x-api-key': former.keys.serverA });
    // What `merge` writes: the survivor's keys name the former id.
    const record = (await bindings.PARTNERS.get<Partner>(await keyHash(survivor.keys.serverA), 'json'))!;
    await put(survivor.keys.serverA, { ...record, formerIds: [former.id] });
    const report = (await (await usage(survivor.keys.serverA)).json()) as UsageReport;
    expect(report.partner.id).toBe(survivor.id);
    expect(report.lastHour.byChannel.server).toBe(2);
  });
});
