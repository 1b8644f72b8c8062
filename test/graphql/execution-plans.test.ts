// The execution plans spike (bench/plans/): a differential test against yoga's executor
// (@graphql-tools/executor's normalizedExecutor, what yoga runs). Every document the product sends
// itself (bench/plans/documents.ts), with generated variables (valid, invalid, null, missing), is
// executed both ways, on the executor alone and through the whole app (certgraph's plugins, its
// masking, its limits); any difference fails. A schema of its own adds what the catalog never
// does: resolvers that throw, reject, return null for a non-null field or a non-list for a list,
// promises at every level, an interface, fragments and aliases.

import { normalizedExecutor } from '@graphql-tools/executor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { type DocumentNode, type GraphQLSchema, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { isKnownDocument, KNOWN_DOCUMENTS } from '../../bench/plans/documents.js';
import { compilePlan } from '../../bench/plans/planner.js';
import { executionPlans } from '../../bench/plans/plugin.js';
import { createApp } from '../../src/app.js';
import { catalog } from '../../src/data/catalog.js';
import { schema } from '../../src/schema/index.js';
import { bindings } from '../helpers.js';

/** A seeded generator (mulberry32): the same variables on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number): T[] => Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(xs));
  return { next, pick, some };
}

const certs = () => [...catalog.certificationBySlug.keys()];
const roles = () => [...catalog.roleBySlug.keys()];
const topics = () => catalog.topics.map((t) => t.slug);
const providers = () => catalog.providers.map((p) => p.slug);
/** Values no catalog has: unknown slugs, the empty string, a wrong case. */
const WRONG = ['nope', '', 'PSM-I', ' psm-i'];

function generated(name: string, rnd: ReturnType<typeof random>): unknown {
  const maybeWrong = (xs: string[]) => (rnd.next() < 0.1 ? rnd.pick(WRONG) : rnd.pick(xs));
  const optional = <T>(make: () => T) => (rnd.next() < 0.5 ? undefined : rnd.next() < 0.1 ? null : make());
  const profile = () =>
    Object.fromEntries(
      Object.entries({
        currentRole: optional(() => maybeWrong(roles())),
        targetRole: optional(() => maybeWrong(roles())),
        experienceMonths: optional(() => rnd.pick([0, 6, 24, 60, -1, 1000])),
        experience: optional(() => rnd.some(roles(), 2).map((role) => ({ role, months: rnd.pick([3, 12, 36]) }))),
        interests: optional(() => rnd.some(topics(), 3)),
        held: optional(() => Array.from({ length: Math.floor(rnd.next() * 3) }, () => maybeWrong(certs()))),
        budgetUsd: optional(() => rnd.pick([0, 300, 800, 1500, 5000, -5])),
        providers: optional(() => rnd.some(providers(), 2)),
        avoidRenewal: optional(() => rnd.next() < 0.5),
        selfStudy: optional(() => rnd.next() < 0.5),
      }).filter(([, v]) => v !== undefined),
    );
  switch (name) {
    case 'filter':
      return optional(() =>
        Object.fromEntries(
          Object.entries({
            roles: optional(() => rnd.some(roles(), 2)),
            providers: optional(() => rnd.some(providers(), 2)),
            levels: optional(() => rnd.some(['FOUNDATION', 'ADVANCED', 'EXPERT'], 2)),
            topics: optional(() => rnd.some(topics(), 2)),
            maxCostUsd: optional(() => rnd.pick([100, 500, 2000])),
            hasExam: optional(() => rnd.next() < 0.5),
            search: optional(() => rnd.pick(['scrum', 'owner', 'zzz'])),
          }).filter(([, v]) => v !== undefined),
        ),
      );
    case 'first':
      return rnd.pick([undefined, null, 0, 1, 3, 20, 100, 101, -1]);
    case 'slug':
      return rnd.next() < 0.15 ? rnd.pick(WRONG) : rnd.pick(certs());
    case 'pair':
    case 'certifications':
      return Array.from({ length: rnd.pick([2, 2, 2, 3, 1, 0, 6]) }, () => maybeWrong(certs()));
    case 'profile':
      return profile();
    default:
      throw new Error(`no generator for $${name}`);
  }
}

/** A document's variable sets: generated ones, and ones no coercion accepts (a fallback, also compared). */
function variableSets(document: DocumentNode, count: number, seed: number): Record<string, unknown>[] {
  const rnd = random(seed);
  const names = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? (d.variableDefinitions ?? []) : [])).map((v) => v.variable.name.value);
  if (!names.length) return [{}];
  const sets = Array.from({ length: count }, () => Object.fromEntries(names.map((n) => [n, generated(n, rnd)]).filter(([, v]) => v !== undefined)));
  sets.push(Object.fromEntries(names.map((n) => [n, { wrong: true }])), Object.fromEntries(names.map((n) => [n, null])));
  return sets;
}

/** A result as the wire carries it. */
const wire = (result: unknown) => JSON.parse(JSON.stringify(result));

interface Tally {
  planned: number;
  fallback: number;
  errors: number;
}

/** Executes a document both ways on the executor alone; fails on any difference. */
async function compareOnExecutor(target: GraphQLSchema, query: string, variableValues: Record<string, unknown>, tally: Tally, contextValue: object = {}) {
  const document = parse(query);
  const plan = compilePlan(target, document);
  expect(plan, `a plan for ${query.slice(0, 60)}`).not.toBeNull();
  const expected = wire(await normalizedExecutor({ schema: target, document, variableValues, contextValue }));
  const got = await plan!.execute({ variableValues, contextValue });
  if (got === null) {
    tally.fallback++;
    return;
  }
  tally.planned++;
  if (expected.errors) tally.errors++;
  expect({ query, variableValues, result: wire(got) }).toEqual({ query, variableValues, result: expected });
}

describe('execution plans: the product documents, against yoga executor', () => {
  const all: Tally = { planned: 0, fallback: 0, errors: 0 };
  for (const [i, doc] of KNOWN_DOCUMENTS.entries()) {
    it(`${doc.name}: every generated variable set gives the executor's answer`, async () => {
      const tally: Tally = { planned: 0, fallback: 0, errors: 0 };
      for (const variables of variableSets(parse(doc.query), 40, 1000 + i))
        await compareOnExecutor(schema, doc.query, variables, tally, { catalog, state: { id: 'test' } });
      // The plan ran (this test compared something).
      expect(tally.planned).toBeGreaterThan(0);
      all.planned += tally.planned;
      all.fallback += tally.fallback;
      all.errors += tally.errors;
    });
  }

  it('(after them) the generated variables reached errors, and coercion failures fell back', () => {
    expect(all.errors).toBeGreaterThan(10);
    expect(all.fallback).toBeGreaterThan(0);
    expect(all.planned).toBeGreaterThan(5 * all.fallback);
  });
});

describe('execution plans: through the whole app', () => {
  // Counts what yoga's executor runs: `counting` sits before the plans, so a request its plan
  // answers never reaches it.
  const yoga = { executions: 0 };
  const counting: Plugin = {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(((args: unknown) => {
        yoga.executions++;
        return (executeFn as (a: unknown) => unknown)(args);
      }) as typeof executeFn);
    },
  };
  const plain = createApp({ responseCache: false });
  const planned = createApp({ responseCache: false, plugins: [counting, executionPlans({ isKnown: isKnownDocument })] });
  const post = (app: ReturnType<typeof createApp>, query: string, variables: Record<string, unknown>) =>
    app.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'cf-connecting-ip': '198.18.200.1' },
        body: JSON.stringify({ query, variables }),
      }),
      bindings,
      { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext,
    );
  const answer = async (res: Response) => {
    const body = await res.json();
    for (const e of (body as { errors?: { extensions?: Record<string, unknown> }[] }).errors ?? []) delete e.extensions?.requestId;
    return { status: res.status, body };
  };

  it('gives the same status and body for every product document and generated variables', async () => {
    let requests = 0;
    const before = yoga.executions;
    for (const [i, doc] of KNOWN_DOCUMENTS.entries()) {
      for (const variables of variableSets(parse(doc.query), 8, 2000 + i)) {
        const expected = await answer(await post(plain, doc.query, variables));
        const got = await answer(await post(planned, doc.query, variables));
        expect({ doc: doc.name, variables, ...got }).toEqual({ doc: doc.name, variables, ...expected });
        requests++;
      }
    }
    // Most requests were executed by their plan (yoga executed only the rest: coercion failures).
    expect(yoga.executions - before).toBeLessThan(requests / 2);
  });

  it('leaves every other document to yoga', async () => {
    const query = '{ certification(slug: "psm-i") { slug } }';
    const expected = await answer(await post(plain, query, {}));
    const before = yoga.executions;
    expect(await answer(await post(planned, query, {}))).toEqual(expected);
    expect(yoga.executions).toBe(before + 1);
  });
});

describe('execution plans: errors and nulls the catalog never produces', () => {
  const thrown = () => {
    throw new Error('boom');
  };
  const later = <T>(value: T) => Promise.resolve(value);
  const item = (id: number) => ({ id, name: `n${id}` });
  const synthetic = makeExecutableSchema({
    typeDefs: /* GraphQL */ `
      interface Named { name: String }
      type Item implements Named { id: Int! name: String nn: String! fails: String late: String bad: Int }
      type Other implements Named { name: String other: Boolean }
      type Query {
        item: Item
        nnItem: Item!
        items: [Item]
        nnItems: [Item!]!
        throws: String
        nnThrows: String!
        rejects: Item
        nullForNonNull: Item!
        notAList: [Int]
        promised: [Item]
        named(kind: String = "item"): Named
        echo(text: String!, times: Int = 1): [String!]!
        badEnum: Color
      }
      enum Color { RED GREEN }
    `,
    resolvers: {
      Named: { __resolveType: (value: { other?: boolean }) => (value.other === undefined ? 'Item' : 'Other') },
      Query: {
        item: () => item(1),
        nnItem: () => ({ id: 2, name: null }),
        items: () => [item(1), null, { id: 3, name: 'three', nn: null }, item(4)],
        nnItems: () => [item(1), { id: null }, item(3)],
        throws: thrown,
        nnThrows: thrown,
        rejects: () => Promise.reject(new Error('rejected')),
        nullForNonNull: () => null,
        notAList: () => 'text',
        promised: () => later([later(item(1)), item(2), later(null)]),
        named: (_: unknown, { kind }: { kind: string }) => (kind === 'item' ? item(9) : { name: 'o', other: true }),
        echo: (_: unknown, { text, times }: { text: string; times: number }) => Array.from({ length: times }, () => text),
        badEnum: () => 'BLUE',
      },
      Item: {
        nn: (i: { nn?: string | null; id: number }) => (i.nn === undefined ? `nn${i.id}` : i.nn),
        fails: (i: { id: number }) => (i.id % 2 ? thrown() : 'ok'),
        late: (i: { id: number }) => later(`late${i.id}`),
        bad: () => 'not an int',
      },
    },
  });
  const documents = [
    '{ item { id name nn fails late bad } }',
    '{ nnItem { id name nn } item { id } }',
    '{ items { id nn fails } }',
    '{ nnItems { id } throws }',
    '{ throws nnThrows item { id } }',
    '{ rejects { id } nullForNonNull { id } }',
    '{ notAList promised { id late } }',
    'query Q($k: String) { a: named(kind: $k) { name ...I ... on Other { other } } b: named { __typename name } } fragment I on Item { id late }',
    'query E($t: String!, $n: Int) { echo(text: $t, times: $n) again: echo(text: "x") }',
    '{ item { ...F ...F id } items { ...F } } fragment F on Item { id name }',
    '{ badEnum }',
  ];
  const variables = [{}, { k: 'other', t: 'hi', n: 3 }, { k: null, t: 'a', n: null }, { t: 1 }, { t: null }];

  it('gives the executor answer for each, variables included', async () => {
    const tally: Tally = { planned: 0, fallback: 0, errors: 0 };
    for (const query of documents) for (const v of variables) await compareOnExecutor(synthetic, query, v, tally);
    expect(tally.errors).toBeGreaterThan(20);
    expect(tally.planned).toBeGreaterThan(40);
  });

  it('plans no document it cannot reproduce (directives, introspection, mutations)', () => {
    for (const query of ['{ item @skip(if: true) { id } }', '{ __schema { queryType { name } } }', 'query Q($s: Boolean!) { item { id @include(if: $s) } }']) {
      expect(compilePlan(synthetic, parse(query))).toBeNull();
    }
  });
});
