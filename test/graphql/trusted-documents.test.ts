// Trusted documents: a partner that turns the mode on for its key runs only the documents it
// published (`npm run partner -- publish`), by hash alone (Apollo's and urql's persisted-query
// extension, or GraphQL over HTTP's `documentId`); anything else is refused with FORBIDDEN,
// reason PERSISTED_QUERY_NOT_ALLOWED. Other partners and anonymous callers are unaffected. The
// documents are published here through the publishing script's own core.
import { exports } from 'cloudflare:workers';
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { beforeAll, describe, expect, it } from 'vitest';
import exampleManifest from '../../examples/typed-client/gql/persisted-documents.json';
import { CompareTwo } from '../../examples/typed-client/src/client.ts';
import { checkDocuments, kvEntries, ManifestError, PUBLISH_LIMITS, readManifest } from '../../scripts/partner-documents.js';
import { keyHash, type Partner } from '../../src/admission/partners.js';
import { sha256Hex as sha256 } from '../../src/edge/digest.js';
import type { Env } from '../../src/edge/env.js';
import { apqKey } from '../../src/graphql/persisted-queries.js';
import { bindings, bodyOf, coldWorker, firstError, type GraphQLResponse, worker } from '../helpers.js';

const CERT = 'query Cert($slug: String!) { certification(slug: $slug) { acronym } }';
const VERSION = 'query Version { catalog { version } }';
const UNPUBLISHED = 'query Other { certification(slug: "psm-i") { acronym name } }';
const OTHERS_ONLY = 'query Roles { roles { slug } }';

const TRUSTED_KEY = 'cg_test_trusted_key_0123456789';
const TRUSTED_BROWSER_KEY = 'cg_test_trusted_page_0123456789';
const SECOND_TRUSTED_KEY = 'cg_test_trusted2_key_0123456789';
const PLAIN_KEY = 'cg_test_plain_docs_key_0123456789';
const EXAMPLE_KEY = 'cg_test_example_app_key_0123456789';
const ORIGIN = 'https://trusted.example';

const base = { origins: [ORIGIN], tier: 'standard' as const, createdAt: '2026-11-01T00:00:00Z', allowServer: true };
const PARTNERS: [string, Partner][] = [
  [TRUSTED_KEY, { ...base, id: 'ptn_trusted', name: 'Trusted Co', trustedDocumentsOnly: true }],
  [TRUSTED_BROWSER_KEY, { ...base, id: 'ptn_trusted_page', name: 'Trusted Pages', allowServer: false, trustedDocumentsOnly: true }],
  [SECOND_TRUSTED_KEY, { ...base, id: 'ptn_trusted2', name: 'Second Co', trustedDocumentsOnly: true }],
  [PLAIN_KEY, { ...base, id: 'ptn_plain', name: 'Plain Co' }],
  [EXAMPLE_KEY, { ...base, id: 'ptn_example', name: 'Example App', trustedDocumentsOnly: true }],
];

/** Publishes a codegen-style manifest for a partner, as `npm run partner -- publish` does. */
async function publish(partnerId: string, documents: string[]) {
  const manifest = Object.fromEntries(await Promise.all(documents.map(async (d) => [`sha256:${await sha256(d)}`, d])));
  const checked = await checkDocuments(readManifest(manifest));
  expect(checked.problems).toEqual([]);
  for (const { key, value } of kvEntries(partnerId, checked)) await bindings.PERSISTED_QUERIES!.put(key, value);
}

beforeAll(async () => {
  for (const [key, partner] of PARTNERS) await bindings.PARTNERS.put(await keyHash(key), JSON.stringify(partner));
  await publish('ptn_trusted', [CERT, VERSION]);
  await publish('ptn_trusted_page', [CERT, VERSION]);
  await publish('ptn_trusted2', [OTHERS_ONLY]);
  await publish('ptn_plain', [CERT]);
  // The typed client example's own manifest, as GraphQL Code Generator's client preset writes it.
  const example = await checkDocuments(readManifest(exampleManifest));
  expect(example.problems).toEqual([]);
  for (const { key, value } of kvEntries('ptn_example', example)) await bindings.PERSISTED_QUERIES!.put(key, value);
});

type Params = { query?: string; variables?: object; extensions?: object; documentId?: string };
let client = 0;
function call(method: 'GET' | 'POST', params: Params, headers: Record<string, string> = {}): Promise<Response> {
  client++;
  const h = { accept: 'application/graphql-response+json', 'cf-connecting-ip': `192.0.2.${client % 250}`, ...headers };
  if (method === 'POST') return worker('/graphql', { method, headers: { ...h, 'content-type': 'application/json' }, body: JSON.stringify(params) });
  const url = new URL('http://localhost/graphql');
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  return worker(`${url.pathname}${url.search}`, { headers: h });
}
const as = (key: string) => ({ authorization: `Bearer ${key}` });
const apq = async (query: string) => ({ persistedQuery: { version: 1, sha256Hash: await sha256(query) } });
const VARS = { slug: 'psm-i' };

async function expectRefused(res: Response, partnerName = 'Trusted Co') {
  const body = (await bodyOf(res)) as GraphQLResponse;
  expect(res.status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(firstError(body).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_NOT_ALLOWED' });
  expect(firstError(body).message).toContain(`only the documents ${partnerName} published`);
  expect(firstError(body).message).toContain('npm run partner -- publish');
}

describe('a trusted-only key runs its published documents', () => {
  it('by hash alone, as Apollo and urql send it (POST, and GET with the hash only) and by documentId', async () => {
    const hash = await sha256(CERT);
    const ways: [string, 'GET' | 'POST', Params][] = [
      ['APQ extension, POST', 'POST', { extensions: await apq(CERT), variables: VARS }],
      ['APQ extension, GET', 'GET', { extensions: await apq(CERT), variables: VARS }],
      ['documentId sha256:, POST', 'POST', { documentId: `sha256:${hash}`, variables: VARS }],
      ['documentId sha256:, GET', 'GET', { documentId: `sha256:${hash}`, variables: VARS }],
      ['documentId bare hex, POST', 'POST', { documentId: hash, variables: VARS }],
      ['the published text in full', 'POST', { query: CERT, variables: VARS }],
      ['the text with its hash (an APQ registration)', 'POST', { query: CERT, extensions: await apq(CERT), variables: VARS }],
    ];
    for (const [way, method, params] of ways) {
      const res = await call(method, params, as(TRUSTED_KEY));
      const body = await bodyOf<{ certification: { acronym: string } }>(res);
      expect(body.errors, way).toBeUndefined();
      expect(body.data!.certification.acronym, way).toBe('PSM I');
    }
  });

  it('from a partner page too (a key sent with its Origin)', async () => {
    const res = await call('GET', { extensions: await apq(VERSION) }, { ...as(TRUSTED_BROWSER_KEY), origin: ORIGIN });
    expect((await bodyOf<{ catalog: { version: string } }>(res)).data!.catalog.version).toBeTruthy();
  });
});

describe('a codegen app with urql, as a partner would run it', () => {
  it("publishes the client preset's manifest and runs its documents by the manifest's hash (urql's persisted exchange), never sending a query", async () => {
    const sent: { url: string; body: string }[] = [];
    const client = new Client({
      url: 'http://localhost/graphql',
      exchanges: [
        // As codegen's docs have it for persisted documents: the hash the manifest holds (`sha256:…`).
        persistedExchange({
          enforcePersistedQueries: true,
          preferGetForPersistedQueries: true,
          generateHash: async (_, document) => (document as unknown as { __meta__?: { hash: string } }).__meta__?.hash,
        }),
        fetchExchange,
      ],
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input as RequestInfo, init);
        request.headers.set('authorization', `Bearer ${EXAMPLE_KEY}`);
        sent.push({ url: request.url, body: request.method === 'POST' ? await request.clone().text() : '' });
        return exports.default.fetch(request);
      }) as typeof fetch,
      requestPolicy: 'network-only',
    });
    const result = await client.query(CompareTwo, { pair: ['psm-i', 'pspo-i'] }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data!.compare.certifications.map((c) => c.slug)).toEqual(['psm-i', 'pspo-i']);
    expect(sent).toHaveLength(1);
    expect(new URL(sent[0]!.url).searchParams.has('query')).toBe(false);
    // A document of the schema that the app did not publish is refused with the key.
    const other = await client.query(`query Other { certification(slug: "psm-i") { acronym name } }`, {}).toPromise();
    expect(other.error?.graphQLErrors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_NOT_ALLOWED' });
  });
});

describe('a trusted-only key refuses every other document with FORBIDDEN, reason PERSISTED_QUERY_NOT_ALLOWED', () => {
  it('a hash it did not publish: refused, not PersistedQueryNotFound (a retry with the text would be refused too)', async () => {
    await expectRefused(await call('GET', { extensions: await apq(UNPUBLISHED) }, as(TRUSTED_KEY)));
    await expectRefused(await call('POST', { documentId: `sha256:${await sha256(UNPUBLISHED)}` }, as(TRUSTED_KEY)));
    await expectRefused(await call('POST', { documentId: `sha256:${'0'.repeat(64)}` }, as(TRUSTED_KEY)));
  });

  it('a query not in the set, even sent in full, by POST and GET, alone or with its hash', async () => {
    for (const method of ['GET', 'POST'] as const) {
      await expectRefused(await call(method, { query: UNPUBLISHED }, as(TRUSTED_KEY)));
      await expectRefused(await call(method, { query: UNPUBLISHED, extensions: await apq(UNPUBLISHED) }, as(TRUSTED_KEY)));
      // A published document changed by one character is another document.
      await expectRefused(await call(method, { query: `${VERSION} `, variables: VARS }, as(TRUSTED_KEY)));
    }
    // What it sent was not registered for anyone.
    expect(await bindings.PERSISTED_QUERIES!.get(apqKey(await sha256(UNPUBLISHED)))).toBeNull();
  });

  it("another partner's published documents are not its own: the sets are per partner", async () => {
    await expectRefused(await call('POST', { extensions: await apq(OTHERS_ONLY) }, as(TRUSTED_KEY)));
    await expectRefused(await call('POST', { extensions: await apq(CERT), variables: VARS }, as(SECOND_TRUSTED_KEY)), 'Second Co');
    const own = await call('POST', { extensions: await apq(OTHERS_ONLY) }, as(SECOND_TRUSTED_KEY));
    expect((await bodyOf<{ roles: unknown[] }>(own)).data!.roles.length).toBeGreaterThan(0);
  });

  it("no response cache answers it past its set: a GET someone else made cacheable, and that GET's ETag", async () => {
    const params = { query: UNPUBLISHED };
    const anonymous = await call('GET', params);
    expect(anonymous.status).toBe(200);
    const etag = anonymous.headers.get('etag')!;
    expect(etag).toBeTruthy();
    await expectRefused(await call('GET', params, as(TRUSTED_KEY)));
    await expectRefused(await call('GET', params, { ...as(TRUSTED_KEY), 'if-none-match': etag }));
  });

  it('a hash and a text that do not match are a mismatch, whatever is published', async () => {
    const res = await call('POST', { query: UNPUBLISHED, extensions: await apq(CERT) }, as(TRUSTED_KEY));
    const body = await bodyOf(res);
    expect(body.data).toBeUndefined();
    expect(firstError(body).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_MISMATCH' });
  });

  it('when the published set cannot be read, it refuses (fails closed): nothing runs', async () => {
    const failing = { get: () => Promise.reject(new Error('KV is down')) } as unknown as KVNamespace;
    for (const store of [failing, undefined]) {
      const fresh = await coldWorker({ ...bindings, PERSISTED_QUERIES: store } as Env);
      const res = await fresh.fetch(
        new Request('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...as(TRUSTED_KEY) },
          body: JSON.stringify({ extensions: await apq(VERSION) }),
        }),
      );
      const body = await bodyOf(res);
      expect(body.data).toBeUndefined();
      expect(firstError(body).extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(firstError(body).message).not.toContain('KV is down');
    }
  });
});

describe('everyone else is unaffected', () => {
  it('anonymous callers and a partner without the mode run any query, and register hashes as before', async () => {
    for (const headers of [{}, as(PLAIN_KEY)]) {
      const full = await call('POST', { query: UNPUBLISHED }, headers);
      expect((await bodyOf<{ certification: { name: string } }>(full)).data!.certification.name).toBeTruthy();
      const query = `${UNPUBLISHED} # ${crypto.randomUUID()}`;
      const miss = await call('GET', { extensions: await apq(query) }, headers);
      expect(firstError(await bodyOf(miss)).extensions.reason).toBe('PERSISTED_QUERY_NOT_FOUND');
      await call('POST', { query, extensions: await apq(query) }, headers);
      const hit = await call('GET', { extensions: await apq(query) }, headers);
      expect((await bodyOf<{ certification: { acronym: string } }>(hit)).data!.certification.acronym).toBe('PSM I');
    }
  });

  it('documentId: a partner without the mode runs its published documents by id; anyone runs a known hash; an unknown one is not found', async () => {
    const plain = await call('POST', { documentId: `sha256:${await sha256(CERT)}`, variables: VARS }, as(PLAIN_KEY));
    expect((await bodyOf<{ certification: { acronym: string } }>(plain)).data!.certification.acronym).toBe('PSM I');
    const query = `{ catalog { version } } # ${crypto.randomUUID()}`;
    await call('POST', { query, extensions: await apq(query) });
    const known = await call('GET', { documentId: `sha256:${await sha256(query)}` });
    expect((await bodyOf<{ catalog: { version: string } }>(known)).data!.catalog.version).toBeTruthy();
    const unknown = await call('GET', { documentId: `sha256:${await sha256(`${query} `)}` });
    expect(firstError(await bodyOf(unknown)).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PERSISTED_QUERY_NOT_FOUND' });
    const withText = await call('POST', { query, documentId: `sha256:${await sha256(query)}` });
    expect((await bodyOf<{ catalog: { version: string } }>(withText)).data!.catalog.version).toBeTruthy();
  });

  it('a malformed documentId is BAD_USER_INPUT and says what a documentId is', async () => {
    for (const documentId of ['abc', 'sha1:0123', `sha256:${'g'.repeat(64)}`]) {
      const body = await bodyOf(await call('POST', { documentId }));
      expect(firstError(body).extensions.code).toBe('BAD_USER_INPUT');
      expect(firstError(body).message).toContain('`documentId` must be `sha256:`');
    }
  });
});

describe('publishing checks every document before anything is published (the script core)', () => {
  const manifestOf = async (docs: string[]) => Object.fromEntries(await Promise.all(docs.map(async (d) => [`sha256:${await sha256(d)}`, d])));
  const refusals = async (doc: string) => (await checkDocuments(readManifest(await manifestOf([doc])))).problems[0]?.problems.join(' ') ?? '';

  it("reads codegen's client-preset manifest (sha256: keys, or bare) and Apollo's, and prices each document", async () => {
    const codegen = readManifest(await manifestOf([CERT, VERSION]));
    const apollo = readManifest({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: await sha256(VERSION), name: 'Version', type: 'query', body: VERSION }],
    });
    const bare = readManifest({ [await sha256(VERSION)]: VERSION });
    const { documents, problems } = await checkDocuments([...codegen, ...apollo, ...bare]);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.operations[0])).toEqual([
      { name: 'Cert', cost: null },
      { name: 'Version', cost: 2 },
      { name: 'Version', cost: 2 },
      { name: 'Version', cost: 2 },
    ]);
    expect(kvEntries('ptn_x', { documents, problems })[0]).toEqual({ key: `trusted:ptn_x:${await sha256(CERT)}`, value: CERT });
  });

  it('refuses a manifest of another shape, with what it expects', () => {
    for (const bad of [[], 'query', null, {}, { a: 1 }, { format: 'apollo-persisted-query-manifest', version: 2, operations: [] }]) {
      expect(() => readManifest(bad)).toThrow(ManifestError);
    }
    const tooMany = Object.fromEntries(Array.from({ length: PUBLISH_LIMITS.documents + 1 }, (_, i) => [String(i), '{ catalog { version } }']));
    expect(() => readManifest(tooMany)).toThrow(/at most 1000/);
  });

  it('refuses a document whose id is not its SHA-256', async () => {
    const { problems } = await checkDocuments(readManifest({ [`sha256:${await sha256(CERT)}`]: VERSION, 'not-a-hash': VERSION }));
    expect(problems.map((p) => p.problems[0])).toEqual([
      expect.stringContaining('not the SHA-256 of the document'),
      expect.stringContaining('must be the SHA-256'),
    ]);
  });

  it.each([
    ['a syntax error', '{ catalog { version }', /Syntax Error/],
    ['a field the schema does not have', '{ catalog { versions } }', /Cannot query field "versions"/],
    ['over the depth limit', `{ topics { ${'certifications { topics { '.repeat(6)} slug ${'} } '.repeat(6)} } }`, /depth limit of 12/],
    ['over the alias limit', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: catalog { version }`).join(' ')} }`, /Aliases limit of 30 exceeded, found 31/],
    ['over the cost limit', '{ overlapMatrix { pairs { shared { slug } onlyA { slug } onlyB { slug } } } }', /exceeds the limit of 15,000/],
    ['a mutation', 'mutation M { catalog { version } }', /mutation|Schema is not configured/],
    ['two operations', 'query A { catalog { version } } query B { roles { slug } }', /exactly one operation|Could not determine what operation/],
  ])('refuses %s, with the message the API would give', async (_, doc, message) => {
    expect(await refusals(doc)).toMatch(message);
  });

  it('publishes nothing when one document is refused: the problems name it', async () => {
    const manifest = await manifestOf([VERSION, '{ catalog { versions } }']);
    const checked = await checkDocuments(readManifest(manifest));
    expect(checked.problems.map((p) => p.id)).toEqual([`sha256:${await sha256('{ catalog { versions } }')}`]);
    expect(checked.documents).toHaveLength(1);
    // What would be written: nothing, not the one good document.
    expect(() => kvEntries('ptn_x', checked)).toThrow(/1 of 2 documents refused; nothing was published/);
  });
});
