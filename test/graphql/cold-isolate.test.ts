// Shapes on a cold isolate. Each request here is the first one a freshly loaded Worker answers:
// its modules are evaluated anew (a fresh catalog, schema and caches), as in a new isolate after a
// deploy. State that one request leaves behind (a brand written onto a shared object, a cache
// entry) must never decide what another request gets.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { bodyOf, coldWorker } from '../helpers.js';

const post = (query: string, variables?: unknown) =>
  new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.7' },
    body: JSON.stringify({ query, variables }),
  });

const TYPE = { certifications: 'Certification', providers: 'Provider', roles: 'Role', topics: 'Topic' } as const;
const entities = (Object.keys(TYPE) as (keyof typeof TYPE)[]).flatMap((list) =>
  catalog[list].map((e) => ({ typename: TYPE[list], slug: e.slug, id: btoa(`${TYPE[list]}:${e.slug}`) })),
);

describe('node and nodes resolve their type deterministically, on a cold isolate', () => {
  it(`node(id: X) then nodes(ids: [X]) in one query, for each of the ${entities.length} entities, as the first request`, async () => {
    // 14 pairs a query (28 aliases, within the limit of 30), each query on a cold Worker.
    for (let i = 0; i < entities.length; i += 14) {
      const batch = entities.slice(i, i + 14);
      const fields = batch.map((e, j) => `n${j}: node(id: "${e.id}") { __typename id } m${j}: nodes(ids: ["${e.id}"]) { __typename id }`);
      const worker = await coldWorker();
      const body = await bodyOf<Record<string, unknown>>(await worker.fetch(post(`{ ${fields.join(' ')} }`)));
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      batch.forEach((e, j) => {
        expect(body.data![`n${j}`]).toEqual({ __typename: e.typename, id: e.id });
        expect(body.data![`m${j}`]).toEqual([{ __typename: e.typename, id: e.id }]);
      });
    }
  });

  it('nodes(ids:) first, then node(id:) on the same entities, and the same ID twice in one list', async () => {
    const sample = [entities[0]!, entities[entities.length - 1]!, entities[Math.floor(entities.length / 2)]!];
    const worker = await coldWorker();
    const ids = sample.flatMap((e) => [e.id, e.id]);
    const q = `query($ids: [ID!]!) { all: nodes(ids: $ids) { __typename id } ${sample.map((e, j) => `n${j}: node(id: "${e.id}") { __typename }`).join(' ')} }`;
    const body = await bodyOf<{ all: { __typename: string }[] } & Record<string, { __typename: string }>>(await worker.fetch(post(q, { ids })));
    expect(body.errors).toBeUndefined();
    expect(body.data!.all.map((n) => n.__typename)).toEqual(sample.flatMap((e) => [e.typename, e.typename]));
    for (const [j, e] of sample.entries()) expect(body.data![`n${j}`]?.__typename).toBe(e.typename);
  });

  it('two concurrent first requests on one cold isolate get the same answers', async () => {
    const worker = await coldWorker();
    const e = entities[3]!;
    const q = `{ a: node(id: "${e.id}") { __typename } b: nodes(ids: ["${e.id}"]) { __typename } }`;
    const [x, y] = await Promise.all([worker.fetch(post(q)), worker.fetch(post(q))]);
    const expected = { data: { a: { __typename: e.typename }, b: [{ __typename: e.typename }] } };
    expect(await x.json()).toMatchObject(expected);
    expect(await y.json()).toMatchObject(expected);
  });
});
