import { beforeAll, describe, expect, it } from 'vitest';
import { keyHash, type Partner } from '../../src/admission/partners.js';
import type { createApp as CreateApp } from '../../src/app.js';
import { sha256Hex as sha256 } from '../../src/edge/digest.js';
import type { Env } from '../../src/edge/env.js';
import { bindings, freshModules, type GraphQLResponse, settledFetch } from '../helpers.js';

type App = ReturnType<typeof CreateApp>;

/** A fresh module load: a new isolate's memory (its own response cache), the same colo cache. */
async function newIsolate(): Promise<App> {
  freshModules();
  const { createApp } = (await import('../../src/app.js')) as { createApp: typeof CreateApp };
  return createApp();
}

let ip = 0;
async function call(app: App, request: Request): Promise<{ status: number; body: GraphQLResponse }> {
  request.headers.set('cf-connecting-ip', `198.51.100.${++ip % 250}`);
  const { res, body } = await settledFetch(app, request, bindings as Env);
  return { status: res.status, body: JSON.parse(new TextDecoder().decode(body)) as GraphQLResponse };
}

const JSON_TYPE = 'application/graphql-response+json';
const postText = (body: string, headers: Record<string, string> = {}, type = 'application/json') =>
  new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': type, accept: JSON_TYPE, ...headers }, body });
const codeOf = (body: GraphQLResponse) => body.errors?.[0]?.extensions?.code;

const run = `${Date.now()}`;

describe('the POST cache: a body that is refused fresh is refused after a look-alike was answered', () => {
  // JSON numbers beyond a double's range parse as ±Infinity, which GraphQL refuses (Int and Float
  // are finite); written back as JSON they would read `null`, a value GraphQL accepts.
  const variants: [string, string, string, string][] = [
    [
      'a Float variable',
      'query V($b: Float) { recommendations(profile: { targetRole: "scrum-master", budgetUsd: $b }) { fitCount } }',
      '{"b":null}',
      '{"b":1e400}',
    ],
    [
      'a negative one',
      'query V($b: Float) { recommendations(profile: { targetRole: "scrum-master", budgetUsd: $b }) { fitCount } }',
      '{"b":null}',
      '{"b":-1e309}',
    ],
    ['an Int variable', 'query V($n: Int) { roles { slug } certifications(first: $n) { totalCount } }', '{"n":null}', '{"n":1e400}'],
    [
      'a field of an input object',
      'query V($p: ProfileInput!) { recommendations(profile: $p) { fitCount } }',
      '{"p":{"targetRole":"product-owner","budgetUsd":null}}',
      '{"p":{"targetRole":"product-owner","budgetUsd":1e400}}',
    ],
  ];
  for (const [what, query, answered, refused] of variants) {
    it(`${what}: ${refused}`, async () => {
      const q = JSON.stringify(`${query} # ${run} ${what}`);
      const fresh = await call(await newIsolate(), postText(`{"query":${q},"variables":${refused}}`));
      expect(codeOf(fresh.body)).toBe('BAD_USER_INPUT');
      const app = await newIsolate();
      const first = await call(app, postText(`{"query":${q},"variables":${answered}}`));
      expect(first.body.errors).toBeUndefined();
      // The same request as the fresh one (and one spaced differently), in the isolate that has the look-alike's answer.
      for (const body of [`{"query":${q},"variables":${refused}}`, `{ "variables": ${refused}, "query": ${q} }`]) {
        const after = await call(app, postText(body));
        expect(after.body, body).toEqual(fresh.body);
      }
    });
  }
});

describe("documentId naming a partner's published document", () => {
  const PUBLISHER_KEY = 'cg_attack2_publisher_0123456789';
  const OTHER_KEY = 'cg_attack2_other_partner_0123456789';
  const base = { origins: [], tier: 'standard' as const, createdAt: '2026-11-01T00:00:00Z', allowServer: true };
  const partners: [string, Partner][] = [
    [PUBLISHER_KEY, { ...base, id: 'ptn_attack2_pub', name: 'Publisher' }],
    [OTHER_KEY, { ...base, id: 'ptn_attack2_other', name: 'Other' }],
  ];
  const document = `query Published { roles { slug name } } # ${run}`;
  let hash = '';
  beforeAll(async () => {
    for (const [key, partner] of partners) await bindings.PARTNERS.put(await keyHash(key), JSON.stringify(partner));
    hash = await sha256(document);
    await bindings.PERSISTED_QUERIES!.put(`trusted:ptn_attack2_pub:${hash}`, document);
  });
  const as = (key: string) => ({ authorization: `Bearer ${key}` });

  const bodies = () => [
    ['JSON', JSON.stringify({ documentId: `sha256:${hash}` }), 'application/json'],
    ['form-encoded', `documentId=sha256%3A${hash}`, 'application/x-www-form-urlencoded'],
  ];

  it('runs for the partner that published it, and is still unknown to everyone else (this isolate, another isolate)', async () => {
    const app = await newIsolate();
    for (const [how, body, type] of bodies()) {
      const before = await call(app, postText(body!, {}, type));
      expect(codeOf(before.body), `${how}: anonymous, before`).toBe('NOT_FOUND');
      const published = await call(app, postText(body!, as(PUBLISHER_KEY), type));
      expect(published.body.errors, `${how}: the publisher`).toBeUndefined();
      expect((published.body.data as { roles: unknown[] }).roles.length).toBeGreaterThan(0);
      for (const [who, headers] of [
        ['anonymous', {}],
        ['another partner', as(OTHER_KEY)],
      ] as const) {
        const after = await call(app, postText(body!, headers, type));
        expect(codeOf(after.body), `${how}: ${who}, after the publisher`).toBe('NOT_FOUND');
        const elsewhere = await call(await newIsolate(), postText(body!, headers, type));
        expect(codeOf(elsewhere.body), `${how}: ${who}, in another isolate`).toBe('NOT_FOUND');
      }
      // And the publisher's own requests still run it.
      expect((await call(app, postText(body!, as(PUBLISHER_KEY), type))).body.errors).toBeUndefined();
    }
  });
});
