// A query's price is an upper bound of what it does: every value its response holds costs at
// least a unit, and its response is at most a fixed number of bytes per unit. Lists are priced at
// the most items they can hold in the catalog (never its average), `__typename` like any field,
// a long alias by its length. Checked on the review's queries, on every list of the schema
// against the catalog, and on generated nested queries (fast-check), whatever they reach: hub
// topics, reverse edges, aliases, fragments, introspection. Behind the price, the response itself
// is capped in bytes and in errors. (In-process calls of the app, so this isolate's execution
// counter can be read: a refusal is before execution.)
import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { LIMITS } from '../../src/graphql/limits/figures.js';
import { schema } from '../../src/schema/index.js';
import { bindings, countedApp, type GraphQLResponseError } from '../helpers.js';

const { app, executions } = countedApp();

let ip = 0;
async function send(query: string, variables?: unknown, accept = 'application/graphql-response+json') {
  const before = executions.count;
  const res = await app.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, 'cf-connecting-ip': `198.19.7.${++ip % 250}` },
      body: JSON.stringify({ query, variables }),
    }),
    bindings,
  );
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text), executed: executions.count - before };
}

/** The values a response holds: a key of an object, or an item of a list of values, is one. */
function values(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + (x !== null && typeof x === 'object' ? values(x) : 1), 0);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + 1 + (x !== null && typeof x === 'object' ? values(x) : 0), 0);
  return 0;
}

/**
 * Bytes of response data per unit of price, at most: a value's key (an alias costs a unit more
 * every 64 characters) and the value itself (the catalog's longest texts are ~400 characters).
 */
const BYTES_PER_UNIT = 512;

function expectRefusedBeforeExecution(r: Awaited<ReturnType<typeof send>>, limit?: string) {
  expect(r.json.errors?.[0]?.extensions?.code, r.text.slice(0, 300)).toBe('QUERY_TOO_COMPLEX');
  if (limit) expect(r.json.errors[0].extensions.limit).toBe(limit);
  expect(r.json.data).toBeUndefined();
  expect(r.executed).toBe(0);
  expect(r.text.length).toBeLessThan(2000);
}

/** Data within what its price predicts: values and bytes. */
function expectWithinPrice(r: Awaited<ReturnType<typeof send>>, query: string) {
  const price = r.json.extensions.cost.requested as number;
  const data = JSON.stringify(r.json.data);
  const context = `${query.slice(0, 500)} -> price ${price}, ${values(r.json.data)} values, ${data.length} bytes`;
  expect(values(r.json.data), context).toBeLessThanOrEqual(price);
  expect(data.length, context).toBeLessThanOrEqual(BYTES_PER_UNIT * price);
}

const chain = (k: number, leaf: string) => {
  let s = leaf;
  for (let i = 0; i < k; i++) s = i % 2 === 0 ? `fundamentals { ${s} }` : `certifications { ${s} }`;
  return s;
};
const typenames = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ');
const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

describe("the review's queries: nested lists through hub topics, and __typename", () => {
  it('the 142-byte chain (2.6 MB, 0.5 s before) is refused before execution, priced past the limit', async () => {
    const q = '{ certification(slug:"psm-i") { fundamentals { certifications { fundamentals { certifications { fundamentals { id } } } } } } }';
    expect(JSON.stringify({ query: q }).length).toBeLessThanOrEqual(142);
    const r = await send(q);
    expectRefusedBeforeExecution(r, 'cost');
    expect(r.json.errors[0].extensions.requested).toBeGreaterThan(LIMITS.cost);
  });

  it('the 2.5 KB chain with 150 aliased __typename at its leaf (123 MB before) is refused before execution', async () => {
    const q = `{ certification(slug:"psm-i") { ${chain(5, typenames(150))} } }`;
    expect(q.length).toBeGreaterThan(2500);
    expectRefusedBeforeExecution(await send(q), 'aliases');
  });

  it("every row of the review's table, and the same walks from other starts, is refused before execution", async () => {
    const starts = [
      (s: string) => `{ certification(slug:"psm-i") { ${s} } }`,
      (s: string) => `{ certification(slug:"cspo") { ${s} } }`,
      (s: string) => `{ topic(slug:"scrum-framework") { certifications { ${s} } } }`,
      (s: string) => `{ certifications(first: 3) { nodes { ${s} } } }`,
    ];
    const leaves = ['slug', 'id', '__typename', typenames(20), typenames(29)];
    for (const start of starts) {
      for (const leaf of leaves) {
        expectRefusedBeforeExecution(await send(start(chain(5, leaf))));
        expectRefusedBeforeExecution(
          await send(
            start(
              `${`certifications { topics { topic { certifications { topics { topic { ${leaf} } } } } } }`.replace(/^certifications \{ /, 'fundamentals { certifications { ')} }`,
            ),
          ),
        );
      }
    }
    expectRefusedBeforeExecution(await send(`{ ${aliases(6, `certification(slug:"psm-i") { ${chain(5, '__typename')} }`)} }`), 'cost');
  });

  it('aliased __typename counts against the alias limit, and every __typename costs a unit', async () => {
    expectRefusedBeforeExecution(await send(`{ ${typenames(31)} }`), 'aliases');
    expectRefusedBeforeExecution(await send(`{ catalog { ${typenames(31)} } }`), 'aliases');
    const one = await send('{ certifications(first: 45) { nodes { slug } } }');
    const two = await send('{ certifications(first: 45) { nodes { slug __typename } } }');
    expect(two.json.extensions.cost.requested - one.json.extensions.cost.requested).toBe(catalog.certifications.length);
  });

  it('a long alias costs by its length: 990 keys of 5,000 characters are refused before execution', async () => {
    expectRefusedBeforeExecution(await send(`{ overlapMatrix { pairs { a { ${'k'.repeat(5000)}: slug } } } }`), 'cost');
  });
});

describe('every list is priced for the most items it holds', () => {
  /** Each list field of the schema and its price's multiplier. */
  const multipliers = new Map<string, number>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const t = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (!isListType(t)) continue;
      const price = field.extensions?.complexity as number | { multiplier?: number } | ((args: unknown) => unknown) | undefined;
      if (price && typeof price === 'object') multipliers.set(`${type.name}.${field.name}`, price.multiplier ?? 10);
      else if (price === undefined || typeof price === 'number') multipliers.set(`${type.name}.${field.name}`, typeof price === 'number' ? 1 : 10);
    }
  }

  /** The largest list of each `Type.field` in a response (typename from the selection's __typename). */
  function largest(data: unknown, out = new Map<string, number>()): Map<string, number> {
    if (Array.isArray(data)) for (const x of data) largest(x, out);
    else if (data !== null && typeof data === 'object') {
      const typename = (data as { __typename?: string }).__typename;
      for (const [key, value] of Object.entries(data)) {
        if (typename && Array.isArray(value)) out.set(`${typename}.${key}`, Math.max(out.get(`${typename}.${key}`) ?? 0, value.length));
        largest(value, out);
      }
    }
    return out;
  }

  /** Every field of a type down to `depth` (the lists of objects under it, each with __typename), arguments left out. */
  function everything(type: GraphQLObjectType, depth: number, leaves = true): string {
    const parts = ['__typename'];
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((a) => isNonNullType(a.type))) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        if (leaves || isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) parts.push(field.name);
      } else if (depth > 0 && isObjectType(named)) parts.push(`${field.name} { ${everything(named, depth - 1, leaves)} }`);
    }
    return parts.join(' ');
  }

  /** The largest lists of each field in answers to these queries (as deep as each one's price allows). */
  async function largestOf(queries: ((depth: number) => string)[]): Promise<Map<string, number>> {
    const seen = new Map<string, number>();
    for (const query of queries) {
      let r = await send(query(2));
      if (r.json.errors?.[0]?.extensions?.limit === 'cost') r = await send(query(1));
      expect(r.json.errors, `${query(1).slice(0, 300)}: ${r.text.slice(0, 300)}`).toBeUndefined();
      for (const [k, v] of largest(r.json.data)) seen.set(k, Math.max(seen.get(k) ?? 0, v));
    }
    return seen;
  }

  it('no list, reached from any entity of the catalog or computed from it, holds more items than its price assumes', async () => {
    const type = (name: string) => schema.getType(name) as GraphQLObjectType;
    const queries: ((depth: number) => string)[] = [];
    for (const c of catalog.certifications) queries.push((d) => `{ certification(slug: "${c.slug}") { ${everything(type('Certification'), d, false)} } }`);
    for (const t of catalog.topics) queries.push((d) => `{ topic(slug: "${t.slug}") { ${everything(type('Topic'), d, false)} } }`);
    for (const r of catalog.roles) queries.push((d) => `{ role(slug: "${r.slug}") { ${everything(type('Role'), d, false)} } }`);
    for (const p of catalog.providers) queries.push((d) => `{ provider(slug: "${p.slug}") { ${everything(type('Provider'), d, false)} } }`);
    queries.push(
      () =>
        '{ providers { __typename } roles { __typename } topics { __typename } certifications(first: 100) { __typename nodes { __typename } edges { __typename } } }',
    );
    queries.push(() => '{ overlapMatrix { __typename certifications { __typename } pairs { __typename } } }');
    // Every pair's topic lists, ten pairs a query.
    const lists = 'shared { __typename } sharedFundamentals { __typename } sharedRoleSpecific { __typename } onlyA { __typename } onlyB { __typename }';
    catalog.certifications.forEach((a, i) => {
      const others = catalog.certifications.slice(i + 1);
      for (let j = 0; j < others.length; j += 10) {
        const some = others
          .slice(j, j + 10)
          .map((b, k) => `o${k}: overlapWith(certification: "${b.slug}") { __typename ${lists} }`)
          .join(' ');
        queries.push(() => `{ certification(slug: "${a.slug}") { __typename ${some} } }`);
      }
    });
    for (let i = 0; i + 6 <= catalog.certifications.length; i += 6) {
      const six = JSON.stringify(catalog.certifications.slice(i, i + 6).map((c) => c.slug));
      queries.push((d) => `{ compare(certifications: ${six}) { ${everything(type('Comparison'), d, false)} } }`);
    }
    // Profiles that make long lists: every topic as an interest, many certifications held.
    const interests = JSON.stringify(catalog.topics.slice(0, 50).map((t) => t.slug));
    for (let i = 0; i < catalog.certifications.length; i += 15) {
      const held = JSON.stringify(catalog.certifications.slice(i, i + 15).map((c) => c.slug));
      for (const role of catalog.roles.slice(0, 3)) {
        const profile = `{ targetRole: "${role.slug}", currentRole: "${role.slug}", experienceMonths: 3, interests: ${interests}, held: ${held}, budgetUsd: 500 }`;
        queries.push((d) => `{ recommendations(profile: ${profile}, first: 10) { ${everything(type('RecommendationSet'), d, false)} } }`);
        queries.push((d) => `{ learningPath(profile: ${profile}) { ${everything(type('LearningPath'), d, false)} } }`);
        queries.push(
          () => `{ learningPath(profile: { interests: ${interests} }) { __typename steps { __typename newTopics { __typename } } notes { __typename } } }`,
        );
      }
    }
    const seen = await largestOf(queries);
    expect(seen.size).toBeGreaterThan(30);
    // A page's items and a recommendation set's items are priced on their parent field, from
    // `first` (at most the catalog; at most 10): x1 here.
    const onParent: Record<string, number> = {
      'CertificationConnection.nodes': catalog.certifications.length,
      'CertificationConnection.edges': catalog.certifications.length,
      'RecommendationSet.items': 10,
    };
    const over = [...seen]
      .filter(([k, v]) => (k in onParent ? v > onParent[k]! : multipliers.has(k) && v > multipliers.get(k)!))
      .map(([k, v]) => `${k}: ${v} items, priced for ${onParent[k] ?? multipliers.get(k)}`);
    expect(over).toEqual([]);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Generated nested queries
// ---------------------------------------------------------------------------------------------

const SLUGS = {
  certification: catalog.certifications.map((c) => c.slug),
  topic: catalog.topics.map((t) => t.slug),
  role: catalog.roles.map((r) => r.slug),
  provider: catalog.providers.map((p) => p.slug),
};
const TYPENAME = { certification: 'Certification', topic: 'Topic', role: 'Role', provider: 'Provider' } as const;
type Gen = fc.GeneratorValue;
const pick = <T>(g: Gen, xs: readonly T[]): T => xs[g(fc.nat, { max: xs.length - 1 })]!;
const some = (g: Gen, xs: readonly string[], min: number, max: number) => g(fc.shuffledSubarray, [...xs], { minLength: min, maxLength: max });
const chance = (g: Gen, percent: number) => g(fc.nat, { max: 99 }) < percent;

/** A valid value for an argument, or null to leave an optional one out. */
function argument(g: Gen, field: string, name: string, required: boolean): string | null {
  if (!required && chance(g, 50)) return null;
  switch (name) {
    case 'slug':
      return JSON.stringify(pick(g, SLUGS[field as keyof typeof SLUGS] ?? SLUGS.certification));
    case 'certification':
      return JSON.stringify(pick(g, SLUGS.certification));
    case 'certifications':
      return JSON.stringify(some(g, SLUGS.certification, 2, field === 'compare' ? 6 : 12));
    case 'id':
    case 'ids': {
      const kind = () => pick(g, Object.keys(SLUGS) as (keyof typeof SLUGS)[]);
      const one = () => {
        const k = kind();
        return chance(g, 10) ? '!' : btoa(`${TYPENAME[k]}:${pick(g, SLUGS[k])}`);
      };
      return name === 'id' ? JSON.stringify(one()) : JSON.stringify(Array.from({ length: g(fc.integer, { min: 1, max: 12 }) }, one));
    }
    case 'first':
      return String(field === 'certifications' ? g(fc.integer, { min: 1, max: 100 }) : g(fc.integer, { min: 1, max: 10 }));
    case 'kind':
      return pick(g, ['FUNDAMENTAL', 'ROLE_SPECIFIC']);
    case 'role':
      return JSON.stringify(pick(g, SLUGS.role));
    case 'profile': {
      const parts = [`targetRole: ${JSON.stringify(pick(g, SLUGS.role))}`];
      if (chance(g, 50)) parts.push(`currentRole: ${JSON.stringify(pick(g, SLUGS.role))}`, `experienceMonths: ${g(fc.integer, { min: 0, max: 120 })}`);
      if (chance(g, 60)) parts.push(`interests: ${JSON.stringify(some(g, SLUGS.topic, 0, 12))}`);
      if (chance(g, 60)) parts.push(`held: ${JSON.stringify(some(g, SLUGS.certification, 0, 8))}`);
      if (chance(g, 40)) parts.push(`budgetUsd: ${g(fc.integer, { min: 0, max: 5000 })}`);
      return `{ ${parts.join(', ')} }`;
    }
    default:
      return required ? undefined! : null;
  }
}

const counter = { aliases: 0 };

/** A field with arguments and, for an object, a selection: lists of objects more often than not. */
function field(g: Gen, f: GraphQLField<unknown, unknown>, depth: number, aliased = false): string | null {
  const args: string[] = [];
  for (const a of f.args) {
    const value = argument(g, f.name, a.name, isNonNullType(a.type));
    if (value === undefined) return null;
    if (value !== null) args.push(`${a.name}: ${value}`);
  }
  const named = getNamedType(f.type);
  const alias = aliased || chance(g, 10) ? `a${counter.aliases++}: ` : '';
  const head = `${alias}${f.name}${args.length ? `(${args.join(', ')})` : ''}`;
  if (!isCompositeType(named)) return head;
  return `${head} ${selection(g, named as GraphQLObjectType, depth + 1)}`;
}

/** A selection on a type: a few fields, nested lists favoured, __typename (aliased too) now and then. */
function selection(g: Gen, type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  if (isInterfaceType(type)) {
    parts.push('__typename');
    for (const t of some(
      g,
      schema.getPossibleTypes(type).map((p) => p.name),
      1,
      2,
    ))
      parts.push(`... on ${t} ${selection(g, schema.getType(t) as GraphQLObjectType, depth)}`);
    return `{ ${parts.join(' ')} }`;
  }
  const fields = Object.values(type.getFields()).filter((f) => !f.deprecationReason || chance(g, 10));
  const lists = fields.filter((f) => depth < 5 && isCompositeType(getNamedType(f.type)) && isListType(isNonNullType(f.type) ? f.type.ofType : f.type));
  const objects = fields.filter((f) => depth < 5 && isCompositeType(getNamedType(f.type)) && !lists.includes(f));
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const n = g(fc.integer, { min: 1, max: 3 });
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const from = chance(g, 45) && lists.length ? lists : chance(g, 30) && objects.length ? objects : leaves;
    if (!from.length) continue;
    const chosen = pick(g, from);
    // One key per field: the same field twice (other arguments, other selections) under an alias.
    const f = field(g, chosen, depth, used.has(chosen.name));
    used.add(chosen.name);
    if (f) parts.push(f);
  }
  if (chance(g, 25)) parts.push(chance(g, 50) ? `a${counter.aliases++}: __typename` : '__typename');
  if (chance(g, 10)) parts.push(`... on ${type.name} { ${leaves.length ? pick(g, leaves).name : '__typename'} }`);
  if (!parts.length) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

function nestedQuery(g: Gen): string {
  counter.aliases = 0;
  const root = schema.getQueryType()!;
  const starts = Object.values(root.getFields()).filter((f) => !f.deprecationReason);
  const parts: string[] = [];
  for (let i = g(fc.integer, { min: 1, max: 2 }); i > 0; i--) {
    const f = field(g, pick(g, starts), 0, i === 1);
    if (f) parts.push(f);
  }
  return `{ ${parts.join(' ') || '__typename'} }`;
}

describe('generated: for any query, what it does stays within its price', () => {
  it('random nested queries (lists of lists through hub topics, aliases, __typename, fragments, node/nodes, compare, matrices, recommendations): answered within their price, or refused before execution (400 runs)', async () => {
    const stats = { answered: 0, refused: 0, maxBytesPerUnit: 0 };
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const q = nestedQuery(g);
        const r = await send(q);
        const limit = r.json.errors?.find((e: { extensions?: { code?: string } }) => e.extensions?.code === 'QUERY_TOO_COMPLEX')?.extensions?.limit;
        if (limit === 'responseBytes') {
          // Stopped while it ran: only a query whose price allows such a response.
          expect(r.json.data).toBeUndefined();
          expect(r.json.extensions.cost.requested * BYTES_PER_UNIT, q).toBeGreaterThan(LIMITS.responseBytes);
        } else if (limit) {
          stats.refused++;
          expectRefusedBeforeExecution(r);
        } else {
          stats.answered++;
          expect(r.json.data, r.text.slice(0, 300)).toBeTruthy();
          expectWithinPrice(r, q);
          stats.maxBytesPerUnit = Math.max(stats.maxBytesPerUnit, JSON.stringify(r.json.data).length / r.json.extensions.cost.requested);
        }
      }),
      { numRuns: 400 },
    );
    // Both outcomes were reached: the generator is not stuck on one side of the limit.
    expect(stats.answered).toBeGreaterThan(100);
    expect(stats.refused).toBeGreaterThan(10);
    console.log(
      `price bound: ${stats.answered} answered, ${stats.refused} refused; at most ${stats.maxBytesPerUnit.toFixed(1)} bytes of data per unit of price`,
    );
  }, 120_000);

  it('introspection: GraphiQL-like selections, nested through types, fields, args and ofType chains, stay within their price', async () => {
    const typeRef = (k: number): string => (k === 0 ? 'kind name' : `kind name ofType { ${typeRef(k - 1)} }`);
    const queries = [
      `{ __schema { types { name fields(includeDeprecated: true) { name args { name type { ${typeRef(7)} } } type { ${typeRef(7)} } } inputFields { name type { ${typeRef(7)} } } interfaces { ${typeRef(3)} } possibleTypes { ${typeRef(3)} } enumValues(includeDeprecated: true) { name } } directives { name locations args { name type { ${typeRef(4)} } } } } }`,
      `{ __schema { types { fields { type { ofType { name } } } } } }`,
      `{ __schema { types { fields { type { fields { name type { name } } } } } } }`,
      `{ __schema { queryType { fields { name type { ${typeRef(5)} } args { name } } } } }`,
      `{ __type(name: "Certification") { fields { name args { name type { ${typeRef(6)} } } type { ${typeRef(6)} fields { name } } } } }`,
      `{ a: __type(name: "Query") { fields { type { ofType { ofType { ofType { fields { name } } } } } } } b: __type(name: "ProfileInput") { inputFields { name type { ${typeRef(6)} } } } }`,
      `{ __schema { types { interfaces { name fields { name } } possibleTypes { name fields { name } } } } }`,
    ];
    let answered = 0;
    for (const [i, q] of queries.entries()) {
      const r = await send(q);
      if (i === 0 || !r.json.errors) {
        expect(r.json.errors, r.text.slice(0, 300)).toBeUndefined();
        expectWithinPrice(r, q);
        answered++;
      } else expectRefusedBeforeExecution(r, 'cost');
    }
    expect(answered).toBeGreaterThanOrEqual(4);
  });
});

describe('behind the price: the response is capped in bytes, and in errors', () => {
  it(`a response that would pass ${LIMITS.responseBytes / 1024 / 1024} MiB is stopped while it runs and refused: no data, one error`, async () => {
    // Priced within the limit (a value per unit), but each value a long text: 990 pairs x 12 summaries.
    const summaries = aliases(6, 'summary');
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const r = await send(`{ overlapMatrix { pairs { a { ${summaries} } b { ${summaries} } } } }`, undefined, accept);
      expect(r.json.extensions.cost.requested).toBeLessThanOrEqual(LIMITS.cost);
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors).toHaveLength(1);
      expect(r.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'responseBytes', max: LIMITS.responseBytes });
      expect(r.json.errors[0].message).toMatch(/response is over 2 MiB/);
      expect(r.status).toBe(accept === 'application/json' ? 200 : 400);
      expect(r.text.length).toBeLessThan(1000);
    }
    // The same query with fewer texts is answered.
    const ok = await send(`{ overlapMatrix { pairs { a { ${aliases(2, 'summary')} } b { summary } } } }`);
    expect(ok.json.errors).toBeUndefined();
    expect(ok.json.data.overlapMatrix.pairs).toHaveLength((catalog.certifications.length * (catalog.certifications.length - 1)) / 2);
  });

  it(`errors are capped at ${LIMITS.errors} a response, then one error says how many more: nodes(ids:) with 100 malformed IDs, 20 times`, async () => {
    // The review's 30 aliases (3,000 errors, 676 KB before) are now priced past the limit (each ID
    // is parsed: a price of its own); 20 aliases are within it, and make 2,000 errors.
    const thirty = await send(`query($i: [ID!]!) { ${aliases(30, 'nodes(ids: $i) { id }')} }`, { i: Array.from({ length: 100 }, () => '!') });
    expectRefusedBeforeExecution(thirty, 'cost');
    const q = `query($i: [ID!]!) { ${aliases(20, 'nodes(ids: $i) { id }')} }`;
    const r = await send(q, { i: Array.from({ length: 100 }, () => '!') });
    expect(r.json.errors).toHaveLength(LIMITS.errors + 1);
    expect(
      r.json.errors.slice(0, LIMITS.errors).every((e: GraphQLResponseError) => e.extensions?.code === 'BAD_USER_INPUT' && /is not a global ID/.test(e.message)),
    ).toBe(true);
    const summary = r.json.errors[LIMITS.errors];
    expect(summary.extensions).toEqual({ code: 'BAD_USER_INPUT', omitted: 2000 - LIMITS.errors });
    expect(summary.message).toMatch(/1,980 more errors were not reported: a response reports at most 20/);
    // Every slot is still answered (null), and the answer is small.
    expect(r.json.data.a0).toHaveLength(100);
    expect(r.json.data.a19.every((x: unknown) => x === null)).toBe(true);
    expect(r.text.length).toBeLessThan(30_000);
  });

  it('generated: whatever the mix of malformed and valid IDs, in lists and in single fields, at most 21 errors, and the count of the others is exact', async () => {
    const good = btoa('Certification:psm-i');
    await fc.assert(
      // (At most 30 aliases in all: the alias limit.)
      fc.asyncProperty(
        fc.integer({ min: 1, max: 25 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 100 }),
        fc.integer({ min: 0, max: 5 }),
        async (k, malformed, overlaps) => {
          const ids = malformed.map((bad, i) => (bad ? `!${i}` : good));
          const extra = aliases(overlaps, 'node(id: "!!!") { id }').replace(/a(\d+):/g, 'n$1:');
          const r = await send(`query($i: [ID!]!) { ${aliases(k, 'nodes(ids: $i) { id }')} ${extra} }`, { i: ids });
          if (r.json.errors?.[0]?.extensions?.limit === 'cost') return expectRefusedBeforeExecution(r, 'cost');
          const total = k * malformed.filter(Boolean).length + overlaps;
          if (total <= LIMITS.errors) {
            expect(r.json.errors?.length ?? 0).toBe(total);
          } else {
            expect(r.json.errors).toHaveLength(LIMITS.errors + 1);
            expect(r.json.errors[LIMITS.errors].extensions.omitted).toBe(total - LIMITS.errors);
          }
          expect(r.json.data).toBeTruthy();
        },
      ),
      { numRuns: 40 },
    );
  });
});
