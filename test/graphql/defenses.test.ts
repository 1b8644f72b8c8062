// Defenses that fail closed, tried as an attacker would: a cost check that cannot decide refuses;
// a refusal that depends on variables is decided per request; lists are sized before any item is
// looked at, and errors echo little; prices follow CPU, introspection included. In-process calls
// of the app, so this isolate's execution counter can be read.
import fc from 'fast-check';
import {
  type GraphQLInputType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getIntrospectionQuery,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { maxItemsOf } from '../../src/graphql/limits/cost.js';
import { LIMITS } from '../../src/graphql/limits/figures.js';
import { checkCost } from '../../src/graphql/limits/request-cost.js';
import { parseGlobalId } from '../../src/schema/ids.js';
import { schema } from '../../src/schema/index.js';
import { bindings, countedApp, firstError, type GraphQLResponse } from '../helpers.js';

const { app, executions } = countedApp();

let ip = 0;
async function send(query: string, variables?: unknown) {
  const before = executions.count;
  const res = await app.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'cf-connecting-ip': `198.19.1.${++ip % 250}` },
      body: JSON.stringify({ query, variables }),
    }),
    bindings,
  );
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as GraphQLResponse, executed: executions.count - before };
}

/** Refused before anything ran, with `code`, a small answer and no data. */
function expectRefused(r: Awaited<ReturnType<typeof send>>, code: string) {
  expect(r.json.errors?.[0]?.extensions?.code, r.text.slice(0, 400)).toBe(code);
  expect(r.json.data ?? null).toBeNull();
  expect(r.executed).toBe(0);
  expect(r.text.length).toBeLessThan(4000);
}

const EXPENSIVE = [
  'overlapMatrix { pairs { shared { certifications { topics { topic { certifications { slug } } } } } } }',
  'a: overlapMatrix { similarity } b: overlapMatrix { similarity } c: overlapMatrix { pairs { onlyA { certifications { slug } } } }',
  'certifications(first: 100) { nodes { topics { topic { certifications { topics { topic { slug } } } } } } }',
  Array.from(
    { length: 25 },
    (_, i) => `r${i}: recommend(profile: { targetRole: "scrum-master" }, first: 10) { reasons { message } newTopics { certifications { slug } } }`,
  ).join(' '),
];

describe('1. the cost check fails closed', () => {
  it("the issue's example: a malformed ID in nodes, skipped by @include(if: false), before an expensive rest", async () => {
    const q =
      '{ nodes(ids: ["!"]) @include(if: false) { id } overlapMatrix { pairs { shared { certifications { topics { topic { certifications { slug } } } } } } } }';
    const r = await send(q);
    expectRefused(r, 'QUERY_TOO_COMPLEX');
    expect(firstError(r.json).extensions).toMatchObject({ limit: 'cost', max: LIMITS.cost });
    expect(firstError(r.json).extensions.requested).toBeGreaterThan(LIMITS.cost);
  });

  // What used to make the cost check throw (and be skipped), in every place a directive can hide it.
  const BREAKERS = [
    { field: 'nodes(ids: ["!"]) { id }' },
    { field: 'nodes(ids: $ids) { id }', variables: { ids: ['%%%', 'x'] }, defs: '$ids: [ID!]!' },
    { field: 'node(id: "!!!") { id }' },
    { field: 'certifications(after: "junk") { totalCount }' },
    { field: 'nodes(ids: $ids) { id }', variables: { ids: Array.from({ length: 5000 }, () => 'a') }, defs: '$ids: [ID!]!' },
  ];
  const WRAPPERS = ['@include(if: false)', '@skip(if: true)', '@include(if: $no)', '@skip(if: $yes)', ''];
  it(`generated: ${BREAKERS.length} breakers x ${WRAPPERS.length} directives x ${EXPENSIVE.length} expensive rests are all refused before execution`, async () => {
    for (const b of BREAKERS) {
      for (const w of WRAPPERS) {
        for (const rest of EXPENSIVE) {
          const defs = [b.defs, w.includes('$no') ? '$no: Boolean!' : '', w.includes('$yes') ? '$yes: Boolean!' : ''].filter(Boolean).join(', ');
          const [name, ...tail] = b.field.split(' {');
          const field = `${name} ${w} {${tail.join(' {')}`;
          const q = `query${defs ? `(${defs})` : ''} { ${field} ${rest} }`;
          const r = await send(q, { ...b.variables, no: false, yes: true });
          expect(['QUERY_TOO_COMPLEX', 'BAD_USER_INPUT'], `${q.slice(0, 160)} -> ${r.text.slice(0, 200)}`).toContain(r.json.errors?.[0]?.extensions?.code);
          expect(r.json.data ?? null).toBeNull();
          expect(r.executed).toBe(0);
        }
      }
    }
  });

  it('a field whose price cannot be computed refuses the request (it never lets it through)', () => {
    const broken = (complexity: unknown) =>
      new GraphQLSchema({
        query: new GraphQLObjectType({
          name: 'Query',
          fields: {
            ok: { type: GraphQLString, extensions: { complexity: 1 } },
            bad: { type: GraphQLString, args: { n: { type: GraphQLInt } }, extensions: { complexity } },
            list: { type: GraphQLString, args: { xs: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) } }, extensions: { complexity: 1 } },
          },
        }),
      });
    const cases: [GraphQLSchema, string][] = [
      [
        broken(() => {
          throw new TypeError('boom');
        }),
        '{ ok bad(n: 1) }',
      ],
      [broken(() => Number.NaN), '{ ok bad }'],
      [broken(() => ({ field: 1, multiplier: Infinity })), '{ bad }'],
      [broken(-5), '{ bad }'],
      [broken(undefined), '{ bad }'],
      [broken('cheap'), '{ bad }'],
      // A list argument without a declared size limit is a gap in the schema: refused.
      [broken(1), '{ list(xs: ["a"]) }'],
    ];
    for (const [s, q] of cases) {
      const verdict = checkCost(s, parse(q), undefined, {});
      expect('errors' in verdict, q).toBe(true);
      const error = (verdict as { errors: { extensions: Record<string, unknown>; message: string }[] }).errors[0]!;
      expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.message).toMatch(/could not be computed/);
    }
    // The same schema, priced properly, admits.
    expect(checkCost(broken(2), parse('{ ok bad }'), undefined, {})).toEqual({ cost: 3 });
  });

  it('what the cost check reports for skipped fields: they do not run, so they are not priced', async () => {
    const base = await send('{ catalog { version } }');
    const skipped = await send('{ catalog { version } overlapMatrix @skip(if: true) { similarity } }');
    expect(skipped.json.extensions!.cost!.requested).toBe(base.json.extensions!.cost!.requested);
    expect(skipped.json.data).toEqual(base.json.data);
  });
});

describe('2. a refusal that depends on variables is decided per request', () => {
  // Documents whose cost depends on their variables: expensive values, then cheap ones.
  const DOCS = [
    { q: 'query($n: Int) { certifications(first: $n) { nodes { topics { topic { certifications { slug } } } } } }', expensive: { n: 100 }, cheap: { n: 1 } },
    {
      q: 'query($x: Boolean!) { catalog { version } m: overlapMatrix @include(if: $x) { pairs { shared { certifications { topics { topic { slug } } } } } } }',
      expensive: { x: true },
      cheap: { x: false },
    },
    {
      q: 'query($x: Boolean!) { catalog { version } m: overlapMatrix @skip(if: $x) { pairs { shared { certifications { topics { topic { slug } } } } } } }',
      expensive: { x: false },
      cheap: { x: true },
    },
    {
      q: 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Certification { topics { topic { certifications { slug } } } } } }',
      expensive: { ids: Array.from({ length: 100 }, () => btoa('Certification:psm-i')) },
      cheap: { ids: [btoa('Certification:psm-i')] },
    },
    {
      q: 'query($p: ProfileInput!) { a: learningPath(profile: $p) { goal } b: learningPath(profile: $p) { goal } c: learningPath(profile: $p) { goal } d: learningPath(profile: $p) { goal } e: learningPath(profile: $p) { goal } f: learningPath(profile: $p) { goal } g: learningPath(profile: $p) { goal } h: learningPath(profile: $p) { goal } i: learningPath(profile: $p) { goal } j: learningPath(profile: $p) { goal } k: learningPath(profile: $p) { goal } l: learningPath(profile: $p) { goal } m: learningPath(profile: $p) { goal } n: learningPath(profile: $p) { goal } o: learningPath(profile: $p) { goal } p: learningPath(profile: $p) { goal } }',
      expensive: { p: { interests: catalog.topics.map((t) => t.slug) } },
      cheap: { p: { targetRole: 'scrum-master' } },
    },
  ];

  it("the issue's example: the first caller's expensive variables never decide a later caller's answer", async () => {
    for (const { q, expensive, cheap } of DOCS) {
      const first = await send(q, expensive);
      expectRefused(first, 'QUERY_TOO_COMPLEX');
      // Other documents pass through the caches in between, as an attacker would evict with.
      for (let i = 0; i < 20; i++) await send(`{ catalog { version } } # ${i} ${q.length}`);
      const later = await send(q, cheap);
      expect(later.json.errors, later.text.slice(0, 300)).toBeUndefined();
      expect(later.json.extensions!.cost!.requested).toBeLessThanOrEqual(LIMITS.cost);
      // And the other way round: a cheap first caller does not let an expensive one through.
      expectRefused(await send(q, expensive), 'QUERY_TOO_COMPLEX');
    }
  });

  it('generated: interleaved requests of one document are each priced with their own variables', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 8 }), async (sizes) => {
        const q = 'query($n: Int) { certifications(first: $n) { nodes { slug topics { topic { certifications { slug } } } } } }';
        const costs: number[] = [];
        for (const n of sizes) {
          const r = await send(q, { n });
          costs.push(r.json.extensions!.cost!.requested);
          if (r.json.extensions!.cost!.requested > LIMITS.cost) expectRefused(r, 'QUERY_TOO_COMPLEX');
          else expect(r.json.errors).toBeUndefined();
        }
        // Same page, same cost; a larger page, a higher cost: nothing carried over from an earlier
        // request. (A page holds at most what the catalog holds, and is priced so.)
        const page = (n: number) => Math.min(Math.max(n, 1), catalog.certifications.length);
        for (const [i, n] of sizes.entries()) {
          for (const [j, m] of sizes.entries()) {
            if (page(n) === page(m)) expect(costs[i]).toBe(costs[j]);
            if (page(n) < page(m)) expect(costs[i]).toBeLessThan(costs[j]!);
          }
        }
      }),
      { numRuns: 6 },
    );
  });
});

/** Every list argument and list input field of the schema, with a way to pass a value to it. */
function listInputs(): { path: string; max: number; query: (value: string[]) => { q: string; variables: Record<string, unknown> } }[] {
  const out: ReturnType<typeof listInputs> = [];
  const isList = (t: GraphQLInputType) => isListType(isNonNullType(t) ? t.ofType : t);
  const typeName = (t: GraphQLInputType) => String(t);
  for (const [fieldName, field] of Object.entries(schema.getQueryType()!.getFields())) {
    const required = field.args.filter((a) => isNonNullType(a.type));
    for (const arg of field.args) {
      const others = required.filter((a) => a !== arg);
      const fill = (name: string) => (name === 'profile' ? '{}' : name === 'ids' ? '[]' : '"x"');
      const selection = isObjectType(field.type) || isObjectType((field.type as { ofType?: unknown }).ofType) ? ' { __typename }' : ' { __typename }';
      if (isList(arg.type)) {
        out.push({
          path: `${fieldName}(${arg.name})`,
          max: maxItemsOf(arg) ?? -1,
          query: (value) => ({
            q: `query($v: ${typeName(arg.type)}) { ${fieldName}(${[`${arg.name}: $v`, ...others.map((a) => `${a.name}: ${fill(a.name)}`)].join(', ')})${selection} }`,
            variables: { v: value },
          }),
        });
      }
      const named = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
      if (isInputObjectType(named)) {
        for (const input of Object.values(named.getFields())) {
          if (!isList(input.type)) continue;
          out.push({
            path: `${fieldName}(${arg.name}.${input.name})`,
            max: maxItemsOf(input) ?? -1,
            query: (value) => ({
              q: `query($v: ${typeName(named)}${isNonNullType(arg.type) ? '!' : ''}) { ${fieldName}(${[`${arg.name}: $v`, ...others.map((a) => `${a.name}: ${fill(a.name)}`)].join(', ')})${selection} }`,
              variables: {
                v: {
                  [input.name]:
                    input.name === 'levels' ? value.map(() => 'FOUNDATION') : input.name === 'experience' ? value.map((role) => ({ role, months: 1 })) : value,
                },
              },
            }),
          });
        }
      }
    }
  }
  return out;
}

describe('4. lists are sized before any item is looked at; errors echo little', () => {
  const inputs = listInputs();

  it('every list argument and list input field declares its size limit (a list without one is refused)', () => {
    expect(inputs.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'nodes(ids)',
        'compare(certifications)',
        'overlapMatrix(certifications)',
        'certifications(filter.roles)',
        'recommend(profile.held)',
        'learningPath(profile.interests)',
      ]),
    );
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type))
        for (const f of Object.values(type.getFields()))
          for (const a of f.args)
            if (isListType(isNonNullType(a.type) ? a.type.ofType : a.type) && maxItemsOf(a) === undefined) missing.push(`${type.name}.${f.name}(${a.name})`);
      if (isInputObjectType(type))
        for (const f of Object.values(type.getFields()))
          if (isListType(isNonNullType(f.type) ? f.type.ofType : f.type) && maxItemsOf(f) === undefined) missing.push(`${type.name}.${f.name}`);
    }
    expect(missing).toEqual([]);
  });

  it(`the issue's example and every list input (${inputs.length}): 16,000 x "a" is refused before execution, naming the argument and the limit`, async () => {
    for (const input of inputs) {
      const { q, variables } = input.query(Array.from({ length: 16_000 }, () => 'a'));
      const r = await send(q, variables);
      expectRefused(r, 'BAD_USER_INPUT');
      const e = firstError(r.json);
      // An enum list of 16,000 values is over the 64 KiB variables limit, a list of 16,000 objects
      // over the 256 KiB body limit: refused before parsing.
      if (r.status === 413) {
        expect(e.message, input.path).toMatch(/variables are [\d,]+ bytes|request body is over 256 KiB/);
        continue;
      }
      expect(e.extensions.requested, input.path).toBe(16_000);
      expect(e.extensions.max).toBeGreaterThan(0);
      expect(e.message).toMatch(/takes at most [\d,]+ values; got 16,000/);
      expect(input.path.replace(/[()]/g, ' ')).toContain((e.extensions.argument as string).replace(/\.\w+$/, '').split('.')[0]);
    }
  });

  it('generated: lists just over and at their limit, in every list input', async () => {
    for (const input of inputs) {
      const max = input.max;
      expect(max, input.path).toBeGreaterThan(0);
      const over = input.query(Array.from({ length: max + 1 }, (_, i) => `x-${i}`));
      const refused = await send(over.q, over.variables);
      expectRefused(refused, 'BAD_USER_INPUT');
      expect(firstError(refused.json).extensions).toMatchObject({ max, requested: max + 1 });
      // At the limit the size check passes; what follows is the field's own answer (unknown slugs...).
      const at = input.query(Array.from({ length: max }, (_, i) => `x-${i}`));
      const answered = await send(at.q, at.variables);
      expect(answered.json.errors?.[0]?.extensions?.requested, input.path).not.toBe(max);
      // At most one short error per value (nodes: one per malformed ID, each at its index).
      expect(answered.text.length, input.path).toBeLessThan(300 * max + 4000);
    }
  });

  it('unknown values are echoed at most 5 at a time, each cut at 60 characters, wherever they are named', async () => {
    const long = (i: number) => `no-such-${i}-${'z'.repeat(60_000 / 50)}`;
    const values = Array.from({ length: 50 }, (_, i) => long(i));
    const probes = [
      { q: 'query($v: [String!]) { certifications(filter: { providers: $v }) { totalCount } }', variables: { v: values } },
      { q: 'query($v: [String!]) { certifications(filter: { topics: $v }) { totalCount } }', variables: { v: values } },
      { q: 'query($v: [String!]) { overlapMatrix(certifications: $v) { similarity } }', variables: { v: values } },
      { q: 'query($v: [String!]!) { compare(certifications: $v) { similarity } }', variables: { v: values.slice(0, 6) } },
      { q: 'query($p: ProfileInput!) { recommend(profile: $p) { rank } }', variables: { p: { held: values } } },
      { q: 'query($r: String) { topics(role: $r) { slug } }', variables: { r: `x-${'y'.repeat(60_000)}` } },
      { q: 'query($n: Int) { certifications(first: $n) { totalCount } }', variables: { n: 'z'.repeat(60_000) } },
      { q: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: 'q'.repeat(60_000) } },
    ];
    for (const { q, variables } of probes) {
      const r = await send(q, variables);
      const e = r.json.errors?.[0];
      expect(e, q).toBeDefined();
      expect(e!.message.length, q).toBeLessThanOrEqual(1100);
      expect(r.text.length, q).toBeLessThan(4000);
      const unknown = e!.extensions?.unknown;
      if (Array.isArray(unknown)) {
        expect(unknown.length).toBeLessThanOrEqual(5);
        for (const v of unknown as string[]) expect(v.length).toBeLessThanOrEqual(61);
      }
    }
  });

  it('global IDs are parsed without exceptions: any string gives a result or null, and IDs round-trip', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String(), fc.string({ minLength: 150, maxLength: 400 })), (value) => {
        const parsed = parseGlobalId(value);
        if (parsed) expect(['Certification', 'Provider', 'Role', 'Topic']).toContain(parsed.typename);
      }),
      { numRuns: 2000 },
    );
    for (const c of catalog.certifications) expect(parseGlobalId(btoa(`Certification:${c.slug}`))).toEqual({ typename: 'Certification', slug: c.slug });
    for (const bad of [
      '',
      '!',
      'cspo',
      'csm',
      btoa(':x'),
      btoa('Certification:'),
      btoa('Query:x'),
      btoa('x'),
      `${btoa('Role:scrum-master')}=`,
      'Um9sZTpzY3J1bS1tYXN0ZXI',
    ]) {
      expect(parseGlobalId(bad), bad).toBeNull();
    }
  });
});

describe('5. prices follow CPU; introspection is bounded', () => {
  const costOf = async (q: string) => (await send(q)).json.extensions!.cost!.requested;

  it('computed fields cost what they compute, not 1 (figures from `npm run bench:prices`)', async () => {
    const plain = await costOf('{ catalog { version } }');
    // The matrix's pairs are computed, and priced, by the fields that read them.
    expect(await costOf('{ overlapMatrix { pairs { similarity } } }')).toBeGreaterThan(200);
    expect(await costOf('{ overlapMatrix { pairs(first: 10) { similarity } } }')).toBeLessThan(await costOf('{ overlapMatrix { pairs { similarity } } }'));
    expect(await costOf('{ overlapMatrix { similarity } }')).toBeGreaterThan(400);
    expect(await costOf('{ compare(certifications: ["psm-i", "cspo"]) { similarity } }')).toBeGreaterThan(30);
    expect(await costOf('{ compare(certifications: ["psm-i", "cspo", "csm", "pspo-i", "ssm", "pmi-acp"]) { similarity } }')).toBeGreaterThan(
      await costOf('{ compare(certifications: ["psm-i", "cspo"]) { similarity } }'),
    );
    expect(await costOf('{ recommend(profile: {}) { rank } }')).toBeGreaterThan(100);
    expect(await costOf(`{ learningPath(profile: { interests: ${JSON.stringify(catalog.topics.map((t) => t.slug))} }) { goal } }`)).toBeGreaterThan(500);
    // A smaller matrix costs less than the whole catalog's.
    expect(await costOf('{ overlapMatrix(certifications: ["psm-i", "cspo"]) { certifications { slug } } }')).toBeLessThan(
      await costOf('{ overlapMatrix { certifications { slug } } }'),
    );
    expect(plain).toBeLessThan(5);
  });

  it("the issue's examples: 30 aliased overlapMatrix { similarity } and 30 aliased __schema are refused", async () => {
    const aliases = (field: string) => `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    expectRefused(await send(aliases('overlapMatrix { similarity }')), 'QUERY_TOO_COMPLEX');
    expectRefused(await send(aliases('__schema { types { name fields { name type { name } } } }')), 'QUERY_TOO_COMPLEX');
    expectRefused(
      await send(
        aliases(
          '__schema { types { name description fields { name description args { name description type { name } } type { name kind ofType { name kind } } } } }',
        ),
      ),
      'QUERY_TOO_COMPLEX',
    );
  });

  it('generated: k aliased copies of a computed field cost k times one copy, and are refused past the limit', async () => {
    const fields = [
      'overlapMatrix { similarity }',
      'compare(certifications: ["psm-i", "pspo-i", "csm", "cspo", "pmi-acp", "ssm"]) { summary }',
      'recommend(profile: { targetRole: "product-owner" }, first: 10) { reasons { message } }',
      `learningPath(profile: { interests: ${JSON.stringify(catalog.topics.slice(0, 20).map((t) => t.slug))} }) { goal }`,
      '__schema { types { name fields { name } } }',
    ];
    for (const field of fields) {
      const one = await costOf(`{ a0: ${field} }`);
      const k = Math.min(30, Math.floor(LIMITS.cost / one) + 1);
      const r = await send(`{ ${Array.from({ length: k }, (_, i) => `a${i}: ${field}`).join(' ')} }`);
      expect(r.json.extensions!.cost!.requested, field).toBeGreaterThanOrEqual(k * one - k);
      if (k * one > LIMITS.cost) expectRefused(r, 'QUERY_TOO_COMPLEX');
    }
  });

  it("GraphiQL's introspection query and the heaviest useful query stay within the limit", async () => {
    const introspection = await send(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true }),
    );
    expect(introspection.json.errors).toBeUndefined();
    expect(introspection.json.extensions!.cost!.requested).toBeGreaterThan(1000);
    // At 45 certifications (990 pairs) the heaviest useful query is the whole matrix with every
    // pair's numbers; every pair's topic lists as well is refused (test/graphql/limits.test.ts).
    const heaviest = await send('{ overlapMatrix { certifications { slug } similarity pairs { a { slug } b { slug } similarity coverageOfA coverageOfB } } }');
    expect(heaviest.json.errors).toBeUndefined();
    expect(heaviest.json.extensions!.cost!.requested).toBeLessThanOrEqual(LIMITS.cost);
  });

  it('__type(name:) is priced for the largest type, not the average one', async () => {
    const type = await costOf('{ __type(name: "Certification") { fields { name args { name } } } }');
    expect(type).toBeGreaterThan(Object.keys((schema.getType('Certification') as GraphQLObjectType).getFields()).length);
  });
});
