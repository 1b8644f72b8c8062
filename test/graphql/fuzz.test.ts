// Fuzzing /graphql with fast-check, through the real Worker. Whatever a client sends, every
// response must be a GraphQL response (checkResponse): never a 5xx, always JSON with `data`
// and/or `errors`, no stack trace or source path, every error with a contract code, and no
// INTERNAL_SERVER_ERROR (every request here is client input: an internal error is a crash);
// never data for a query over the cost limit, never data beside QUERY_TOO_COMPLEX, and an answer
// with errors only stays small (what an error echoes is capped). Queries carry @include/@skip
// (literal and from variables), malformed global IDs and lists over their declared sizes; some
// run as the first request of a freshly loaded Worker (a cold isolate).
// Runs are bounded (numRuns per property) so the file stays well under a minute; a failure
// prints fast-check's seed and path: pass them as the last argument of property() to replay it.
import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { maxItemsOf } from '../../src/graphql/limits/cost.js';
import { LIMITS } from '../../src/graphql/limits/figures.js';
import { ERROR_CODES } from '../../src/resolvers/errors.js';
import { schema } from '../../src/schema/index.js';
import { coldWorker, worker } from '../helpers.js';

const TIMEOUT = 60_000;

// ---------------------------------------------------------------------------------------------
// The invariants of every response
// ---------------------------------------------------------------------------------------------

/** What was sent, for failure messages and to tell a stack trace from an echo of the input. */
interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

// A V8 stack frame: `at fn (place:line:col)` or `at place:line:col` (text such as "pass at 85% (…)" is not one).
const STACK_TRACE = /\bat\s+(?:(?:\S+\s+){1,2}\()?[^\s()]+:\d+:\d+\)?/;
const SOURCE_LEAKS: { name: string; pattern: RegExp }[] = [
  { name: 'a stack trace', pattern: STACK_TRACE },
  { name: 'a node_modules path', pattern: /node_modules/ },
  { name: 'a .ts: file reference', pattern: /\.ts:/ },
];

/** Per property: statuses and error codes seen, printed at the end to show what the fuzzing reached. */
interface Seen {
  responses: number;
  statuses: Map<number, number>;
  codes: Map<string, number>;
  dataWithoutErrors: number;
}
const seenByProperty = new Map<string, Seen>();
let seen: Seen = { responses: 0, statuses: new Map(), codes: new Map(), dataWithoutErrors: 0 };
const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

function describeRequest(sent: Sent): string {
  const body =
    sent.body === undefined
      ? ''
      : typeof sent.body === 'string'
        ? sent.body
        : `bytes[${[...sent.body.slice(0, 64)].join(',')}${sent.body.length > 64 ? ',…' : ''}]`;
  return `${sent.method} ${sent.path} ${JSON.stringify(sent.headers)} ${body.slice(0, 600)}`;
}

/**
 * Checks the invariants of a /graphql response and returns its parsed body. Throws (with the
 * request and response in the message) when one is broken.
 */
async function checkResponse(
  res: Response,
  sent: Sent,
): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: { cost?: { requested: number } } }> {
  const text = await res.text();
  seen.responses++;
  count(seen.statuses, res.status);
  const fail = (what: string): never => {
    throw new Error(
      `${what}\n  request:  ${describeRequest(sent)}\n  response: ${res.status} ${res.headers.get('content-type') ?? '(no content-type)'} ${JSON.stringify(text.slice(0, 600))}`,
    );
  };
  if (res.status >= 500) fail(`status ${res.status} (5xx)`);
  const url = new URL(`http://localhost${sent.path}`);
  const sentText = [
    url.pathname,
    ...url.searchParams.values(),
    typeof sent.body === 'string' ? sent.body : sent.body ? new TextDecoder().decode(sent.body) : '',
  ].join(' ');
  for (const { name, pattern } of SOURCE_LEAKS) {
    // Error messages may quote the caller's input; only what the input did not contain counts.
    if (pattern.test(text) && !pattern.test(sentText)) fail(`the body contains ${name}`);
  }
  if (!(res.headers.get('content-type') ?? '').includes('json')) fail('the content-type is not JSON');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    fail('the body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail('the body is not a JSON object');
  const result = body as { data?: unknown; errors?: unknown };
  if (!('data' in result) && !('errors' in result)) fail('the body has neither `data` nor `errors`');
  if ('errors' in result) {
    if (!Array.isArray(result.errors) || result.errors.length === 0) fail('`errors` is not a non-empty list');
    for (const error of result.errors as unknown[]) {
      const e = error as { message?: unknown; extensions?: { code?: unknown } };
      if (typeof e?.message !== 'string') fail('an error has no message');
      const code = e.extensions?.code;
      if (typeof code !== 'string' || !(ERROR_CODES as readonly string[]).includes(code))
        fail(`an error's extensions.code is ${JSON.stringify(code)}, not one of the contract's codes`);
      if (code === 'INTERNAL_SERVER_ERROR') fail('INTERNAL_SERVER_ERROR: the server failed on client input');
      count(seen.codes, code as string);
    }
  } else {
    seen.dataWithoutErrors++;
  }
  if (res.status !== 200 && !('errors' in result)) fail(`status ${res.status} without errors`);
  // Fail closed: nothing is answered over the cost limit, and a cost refusal answers nothing.
  const cost = (body as { extensions?: { cost?: { requested?: number } } }).extensions?.cost?.requested;
  const hasData = result.data !== undefined && result.data !== null;
  if (hasData && typeof cost === 'number' && cost > LIMITS.cost) fail(`data for a query that costs ${cost}, over the limit`);
  if (hasData && (result.errors as { extensions?: { code?: string } }[] | undefined)?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX'))
    fail('data beside QUERY_TOO_COMPLEX');
  // What errors echo is capped: an answer with errors only is small, whatever was sent.
  if (!hasData && text.length > 64 * 1024) fail(`an error answer of ${text.length} bytes`);
  return result as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Sends a request to the Worker and checks the response. */
async function send(sent: Sent) {
  const body = typeof sent.body === 'string' ? new TextEncoder().encode(sent.body) : sent.body;
  // Bytes, never a string: a string body would get a text/plain content-type the test did not choose.
  const res = await worker(sent.path, { method: sent.method, headers: sent.headers, ...(body !== undefined ? { body } : {}) });
  return checkResponse(res, sent);
}

const ACCEPTS = ['application/json', 'application/graphql-response+json', '*/*', 'application/graphql-response+json, application/json;q=0.9'];

function post(query: string, variables?: unknown, accept = 'application/json'): Sent {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query, ...(variables !== undefined ? { variables } : {}) }),
  };
}

function get(query: string, accept = 'application/json'): Sent {
  return { method: 'GET', path: `/graphql?${new URLSearchParams({ query })}`, headers: { accept } };
}

// ---------------------------------------------------------------------------------------------
// Values from the catalog
// ---------------------------------------------------------------------------------------------

type Kind = 'provider' | 'role' | 'topic' | 'certification';
const SLUGS: Record<Kind, string[]> = {
  provider: catalog.providers.map((p) => p.slug),
  role: catalog.roles.map((r) => r.slug),
  topic: catalog.topics.map((t) => t.slug),
  certification: catalog.certifications.map((c) => c.slug),
};
const TYPENAMES: Record<Kind, string> = { provider: 'Provider', role: 'Role', topic: 'Topic', certification: 'Certification' };
const globalId = (kind: Kind, slug: string) => btoa(`${TYPENAMES[kind]}:${slug}`);
const KINDS = Object.keys(SLUGS) as Kind[];

const fakeSlug = fc.oneof(
  fc.constantFrom('', ' ', 'no-such-thing', 'PSM-I', 'psm-i ', 'psm_i', '../etc/passwd', '%00', 'null', '__proto__', 'constructor', 'toString'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ minLength: 200, maxLength: 400 }),
  // Well-formed global IDs of unknown entities or types, and malformed ones.
  fc.constantFrom(btoa('Certification:nope'), btoa('Query:x'), btoa('Role:'), btoa(':'), btoa('x'), 'Q2VydA', '!!!'),
  // Almost IDs: padding off or extra, cut short, base64 of bytes that are not text, far too long.
  fc
    .constantFrom(...catalog.certifications.slice(0, 3).map((c) => btoa(`Certification:${c.slug}`)))
    .chain((id) => fc.constantFrom(id.replace(/=+$/, ''), `${id}=`, id.slice(0, -2), id.slice(1), `${id}${id}`, id.toLowerCase(), ` ${id}`)),
  fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => btoa(String.fromCharCode(...bytes))),
  fc.base64String({ minLength: 4, maxLength: 300 }),
  fc.constantFrom('a'.repeat(250), btoa(`Certification:${'x'.repeat(300)}`)),
);

/** A slug or ID for an argument that names an entity of `kind`: mostly real, sometimes not. */
function slugOf(kind: Kind): fc.Arbitrary<string> {
  const real = fc.constantFrom(...SLUGS[kind]);
  return fc.oneof(
    { weight: 12, arbitrary: real },
    { weight: 2, arbitrary: real.map((slug) => globalId(kind, slug)) },
    { weight: 1, arbitrary: fc.constantFrom(...KINDS.filter((k) => k !== kind)).chain((k) => fc.constantFrom(...SLUGS[k])) },
    { weight: 3, arbitrary: fakeSlug },
  );
}

/** Any entity's global ID, or a broken one. */
const anyId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KINDS).chain((k) => fc.constantFrom(...SLUGS[k]).map((s) => globalId(k, s))) },
  { weight: 1, arbitrary: fakeSlug },
);

/** Pothos' offset cursors, in and out of range, and junk. */
const cursor = fc.oneof(
  fc.integer({ min: -2, max: 40 }).map((n) => btoa(`OffsetConnection:${n}`)),
  fc.constantFrom(
    btoa('OffsetConnection:'),
    btoa('OffsetConnection:abc'),
    btoa('OffsetConnection:1e3'),
    btoa('arrayconnection:3'),
    btoa('OffsetConnection:99999999999999999999'),
  ),
  fakeSlug,
);

const searchText = fc.oneof(fc.constantFrom('scrum', 'Product', 'PSM', 'agile coach', 'é', ''), fc.string({ maxLength: 12 }));

const int = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 20, 99, 100, 101, 600, 601, 2_147_483_647, -2_147_483_648) },
  { weight: 1, arbitrary: fc.integer() },
);
const float = fc.oneof(
  fc.integer({ min: -10, max: 5_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 0.5, 1e308, -1e308, 5e-324),
);

/** Which catalog entities an argument or input field takes, from its name. */
function kindOfName(name: string, fieldName: string): Kind | 'cursor' | 'search' | null {
  if (name === 'slug') return (KINDS as string[]).includes(fieldName) ? (fieldName as Kind) : null;
  if (['role', 'roles', 'currentRole', 'targetRole'].includes(name)) return 'role';
  if (['provider', 'providers'].includes(name)) return 'provider';
  if (['topic', 'topics', 'interests'].includes(name)) return 'topic';
  if (['certification', 'certifications', 'held'].includes(name)) return 'certification';
  if (name === 'after' || name === 'before') return 'cursor';
  if (name === 'search') return 'search';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Valid queries, generated from the schema
// ---------------------------------------------------------------------------------------------

type Gen = fc.GeneratorValue;
// Stable factories for fc.gen (it keys what it generated on the factory and its arguments).
const intArb = () => int;
const floatArb = () => float;
const anyIdArb = () => anyId;
const cursorArb = () => cursor;
const searchTextArb = () => searchText;
const chance = (g: Gen, percent: number) => g(fc.integer, { min: 0, max: 99 }) < percent;

/** A GraphQL literal for an argument or input field of `type`. */
function literal(g: Gen, type: GraphQLInputType, name: string, fieldName: string): string {
  if (!isNonNullType(type) && chance(g, 5)) return 'null';
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = inner.ofType as GraphQLInputType;
    // Input coercion takes a single value for a list.
    if (chance(g, 5)) return literal(g, item, name, fieldName);
    // Sometimes just over the list's declared size (the query's token limit bounds the rest).
    const max = declaredMax.get(`${fieldName}.${name}`);
    const length = max !== undefined && chance(g, 4) ? g(fc.integer, { min: max + 1, max: Math.min(max + 5, 120) }) : g(fc.integer, { min: 0, max: 7 });
    return `[${Array.from({ length }, () => literal(g, item, name, fieldName)).join(', ')}]`;
  }
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) || chance(g, 40));
    return `{${fields.map((f) => `${f.name}: ${literal(g, f.type, f.name, fieldName)}`).join(', ')}}`;
  }
  if (isEnumType(inner)) return g(fc.constantFrom, ...inner.getValues().map((v) => v.name));
  switch (inner.name) {
    case 'Int':
      return String(g(intArb));
    case 'Float':
      return String(g(floatArb));
    case 'Boolean':
      return String(g(fc.boolean));
    case 'ID':
      return JSON.stringify(g(anyIdArb));
    default: {
      const kind = kindOfName(name, fieldName);
      const value = kind === 'cursor' ? g(cursorArb) : kind === 'search' ? g(searchTextArb) : kind ? g(slugOf, kind) : g(fc.string, { maxLength: 20 });
      return JSON.stringify(value);
    }
  }
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

/** Declared list sizes (`extensions.maxItems`), by `field.argument` and `field.inputField`. */
const declaredMax = new Map<string, number>();
for (const field of Object.values(schema.getQueryType()!.getFields())) {
  for (const arg of field.args) {
    const max = maxItemsOf(arg);
    if (max !== undefined) declaredMax.set(`${field.name}.${arg.name}`, max);
    const named = getNamedType(arg.type);
    if (isInputObjectType(named))
      for (const f of Object.values(named.getFields())) if (maxItemsOf(f) !== undefined) declaredMax.set(`${field.name}.${f.name}`, maxItemsOf(f)!);
  }
}

/** Sometimes a directive: @include/@skip with a literal, or with the operation's $yes/$no. */
function directive(g: Gen): string {
  if (!chance(g, 12)) return '';
  const name = g(fc.constantFrom, 'include', 'skip');
  const value = g(fc.constantFrom, 'true', 'false', '$yes', '$no');
  return ` @${name}(if: ${value})`;
}

/** A field with its arguments (sometimes aliased), and its selection set if it has one. */
function fieldSelection(g: Gen, field: GraphQLField<unknown, unknown>, depth: number, maxDepth: number, names: { next: number }): string {
  const alias = chance(g, 20) ? `a${names.next++}: ` : '';
  const args = field.args.filter((a) => isNonNullType(a.type) || chance(g, 40));
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(g, a.type, a.name, field.name)}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  const sub = isObjectType(named) || isInterfaceType(named) ? ` ${selectionSet(g, named, depth + 1, maxDepth, names)}` : '';
  return `${alias}${field.name}${argText}${directive(g)}${sub}`;
}

/** A selection set on `type`: a random subset of its fields, descending to at most `maxDepth`. */
function selectionSet(g: Gen, type: Composite, depth: number, maxDepth: number, names: { next: number }): string {
  const fields = Object.values(type.getFields()).filter((f) => depth < maxDepth || isLeafType(getNamedType(f.type)));
  const parts: string[] = [];
  if (fields.length) {
    // Indexes, not the fields: fc.gen compares its arguments, and schema objects are cyclic.
    const picked = g(
      fc.subarray,
      fields.map((_, i) => i),
      { minLength: 1, maxLength: Math.min(depth === 0 ? 3 : 4, fields.length) },
    );
    for (const i of picked) parts.push(fieldSelection(g, fields[i]!, depth, maxDepth, names));
  }
  if (!parts.length || chance(g, 15)) parts.push(chance(g, 30) ? `a${names.next++}: __typename` : '__typename');
  if (isInterfaceType(type) && chance(g, 60)) {
    const possible = schema.getPossibleTypes(type);
    for (const i of g(
      fc.subarray,
      possible.map((_, i) => i),
      { minLength: 1 },
    )) {
      parts.push(`... on ${possible[i]!.name}${directive(g)} ${selectionSet(g, possible[i]!, depth, maxDepth, names)}`);
    }
  } else if (isObjectType(type) && depth > 0 && chance(g, 5)) {
    parts.push(`... ${chance(g, 50) ? `on ${type.name} ` : ''}{ __typename }`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** A query valid against the schema (its argument values may still be refused at execution). */
function validQuery(g: Gen): string {
  const maxDepth = g(fc.integer, { min: 1, max: 5 });
  const selection = selectionSet(g, schema.getQueryType()!, 0, maxDepth, { next: 0 });
  // Directives that read a variable need the operation to define it (and only then).
  const defs = [selection.includes('$yes') ? '$yes: Boolean = true' : '', selection.includes('$no') ? '$no: Boolean = false' : ''].filter(Boolean);
  if (defs.length) return `query Fuzz(${defs.join(', ')}) ${selection}`;
  return chance(g, 30) ? `query Fuzz${selection}` : selection;
}

/** A valid query by POST (mostly) or GET. */
function asRequest(g: Gen, query: string): Sent {
  const accept = g(fc.constantFrom, ...ACCEPTS);
  return chance(g, 25) ? get(query, accept) : post(query, undefined, accept);
}

// ---------------------------------------------------------------------------------------------
// Mutations of a query string
// ---------------------------------------------------------------------------------------------

const NOISE = [...'{}()[]:$@!."\\', ' ', '\n', ',', '#', '...', '"""', 'é', '日本', '😀', '\u0000', '\u2028', '\uFEFF', '\uD800', 'on', 'query', 'fragment'];
const NOISE_ARB = fc.oneof(fc.constantFrom(...NOISE), fc.string({ unit: 'binary', maxLength: 4 }));
const noiseArb = () => NOISE_ARB;

function mutate(g: Gen, query: string): string {
  let q = query;
  const steps = g(fc.integer, { min: 1, max: 4 });
  for (let i = 0; i < steps; i++) {
    const at = g(fc.integer, { min: 0, max: q.length });
    const length = g(fc.integer, { min: 1, max: 12 });
    switch (g(fc.constantFrom, 'delete', 'duplicate', 'insert', 'truncate', 'swap')) {
      case 'delete':
        q = q.slice(0, at) + q.slice(at + length);
        break;
      case 'duplicate':
        q = q.slice(0, at + length) + q.slice(at, at + length) + q.slice(at + length);
        break;
      case 'insert': {
        const noise = g(noiseArb);
        q = q.slice(0, at) + noise + q.slice(at);
        break;
      }
      case 'truncate':
        q = q.slice(0, at);
        break;
      case 'swap': {
        const other = g(fc.integer, { min: 0, max: q.length });
        const [a, b] = at < other ? [at, other] : [other, at];
        q = q.slice(0, a) + q.slice(b, b + 1) + q.slice(a + 1, b) + q.slice(a, a + 1) + q.slice(b + 1);
        break;
      }
    }
  }
  return q;
}

// ---------------------------------------------------------------------------------------------
// Variables
// ---------------------------------------------------------------------------------------------

const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 3 }));
const orJunk = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary: arb }, { weight: 1, arbitrary: junk });
/** Lists far over any declared size: thousands of values, short or long. */
const oversized = <T>(item: fc.Arbitrary<T>) => fc.tuple(fc.integer({ min: 51, max: 16_000 }), item).map(([n, v]) => Array.from({ length: n }, () => v));
const slugs = (kind: Kind) =>
  fc.oneof(
    { weight: 12, arbitrary: orJunk(fc.array(orJunk(slugOf(kind)), { maxLength: 7 })) },
    { weight: 1, arbitrary: oversized(fc.constantFrom('a', 'no-such-thing', 'psm-i')) },
  );

const profile = fc.record(
  {
    currentRole: orJunk(slugOf('role')),
    targetRole: orJunk(slugOf('role')),
    experienceMonths: orJunk(int),
    experience: orJunk(fc.array(orJunk(fc.record({ role: orJunk(slugOf('role')), months: orJunk(int) }, { requiredKeys: [] })), { maxLength: 4 })),
    interests: slugs('topic'),
    held: slugs('certification'),
    budgetUsd: orJunk(float),
    providers: slugs('provider'),
    avoidRenewal: orJunk(fc.boolean()),
    selfStudy: orJunk(fc.boolean()),
  },
  { requiredKeys: [] },
);

const filter = fc.record(
  {
    providers: slugs('provider'),
    roles: slugs('role'),
    levels: orJunk(fc.array(fc.constantFrom('FOUNDATION', 'ADVANCED', 'EXPERT', 'MASTER'), { maxLength: 4 })),
    topics: slugs('topic'),
    maxCostUsd: orJunk(float),
    requiresCourse: orJunk(fc.boolean()),
    hasExam: orJunk(fc.boolean()),
    renewalRequired: orJunk(fc.boolean()),
    search: orJunk(searchText),
  },
  { requiredKeys: [] },
);

/** Fixed queries whose arguments all come from variables, each with plausible variable values. */
const WITH_VARIABLES: { query: string; variables: fc.Arbitrary<Record<string, unknown>> }[] = [
  {
    query:
      'query($c: [String!]!) { compare(certifications: $c) { similarity summary sharedTopics { slug } distinct { certification { slug } topics { slug } } deeperIn { topics { slug } } differences { attribute values { value } } pairs { similarity coverageOfB } } }',
    variables: fc.record({ c: slugs('certification') }, { requiredKeys: [] }),
  },
  {
    query:
      'query($p: ProfileInput!, $n: Int) { recommend(profile: $p, first: $n) { rank score eligible alreadyCovered reasons { code weight message } certification { slug } newTopics { slug } missingPrerequisites { slug } } }',
    variables: fc.record({ p: orJunk(profile), n: orJunk(int) }, { requiredKeys: [] }),
  },
  {
    query:
      'query($p: ProfileInput!, $n: Int) { recommendations(profile: $p, first: $n) { fitCount nothingFits message notes { code message } items { rank rawScore fits budgetFit reasons { code weight } certification { slug price { status budgetUsd summary } } } } }',
    variables: fc.record({ p: orJunk(profile), n: orJunk(int) }, { requiredKeys: [] }),
  },
  {
    query:
      'query($p: ProfileInput!) { learningPath(profile: $p) { goal totalCostUsd costComplete withinBudget budgetFit coverage cost { totalUsd atLeastUsd summary unpriced { slug } } notes { code } steps { order costUsd note cumulativeCoverage certification { slug } newTopics { slug } } } }',
    variables: fc.record({ p: orJunk(profile) }, { requiredKeys: [] }),
  },
  {
    query:
      'query($f: CertificationFilter, $first: Int, $last: Int, $after: String, $before: String, $o: CertificationOrder) { certifications(filter: $f, first: $first, last: $last, after: $after, before: $before, orderBy: $o) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } } } }',
    variables: fc.record(
      {
        f: orJunk(filter),
        first: orJunk(int),
        last: orJunk(int),
        after: orJunk(cursor),
        before: orJunk(cursor),
        o: orJunk(fc.constantFrom('NAME', 'COST', 'LEVEL', 'HOLDERS', 'PRICE')),
      },
      { requiredKeys: [] },
    ),
  },
  {
    query:
      'query($c: [String!], $t: TopicKind, $r: String) { overlapMatrix(certifications: $c) { similarity certifications { slug } } topics(kind: $t, role: $r) { slug } }',
    variables: fc.record(
      { c: slugs('certification'), t: orJunk(fc.constantFrom('FUNDAMENTAL', 'ROLE_SPECIFIC')), r: orJunk(slugOf('role')) },
      { requiredKeys: [] },
    ),
  },
  {
    query:
      'query($id: ID!, $ids: [ID!]!, $other: String!) { node(id: $id) { id __typename ... on Certification { overlapWith(certification: $other) { similarity shared { slug } } } } nodes(ids: $ids) { id } }',
    variables: fc.record(
      {
        id: orJunk(anyId),
        ids: orJunk(fc.oneof({ weight: 8, arbitrary: fc.array(orJunk(anyId), { maxLength: 7 }) }, { weight: 1, arbitrary: oversized(anyId) })),
        other: orJunk(slugOf('certification')),
      },
      { requiredKeys: [] },
    ),
  },
  // Directives from variables around expensive and malformed parts: the cost is this request's.
  {
    query:
      'query($x: Boolean!, $y: Boolean!, $ids: [ID!]!, $c: [String!]) { nodes(ids: $ids) @include(if: $x) { id } m: overlapMatrix(certifications: $c) @skip(if: $y) { similarity pairs { shared { certifications { topics { topic { slug } } } } } } catalog { version } }',
    variables: fc.record(
      {
        x: orJunk(fc.boolean()),
        y: orJunk(fc.boolean()),
        ids: orJunk(fc.oneof(fc.array(anyId, { maxLength: 7 }), oversized(anyId))),
        c: slugs('certification'),
      },
      { requiredKeys: [] },
    ),
  },
];

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const RUNS = {
  validQueries: 300,
  mutatedQueries: 300,
  variables: 300,
  getParameters: 200,
  garbageBodies: 300,
  parsedContentTypes: 150,
  unparsedContentTypes: 100,
  methods: 100,
  accept: 100,
  bodyLimits: 12,
  coldIsolates: 25,
};

/** One vitest test per property, with its run count in the name and its own statistics. */
function property<Ts extends [unknown, ...unknown[]]>(
  name: string,
  numRuns: number,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => Promise<void>,
  /** To replay a failure: the `seed` and `path` fast-check printed. */
  replay?: { seed: number; path: string },
) {
  it(
    `${name} (${numRuns} runs)`,
    async () => {
      seen = { responses: 0, statuses: new Map(), codes: new Map(), dataWithoutErrors: 0 };
      seenByProperty.set(name, seen);
      await fc.assert(fc.asyncProperty(...arbitraries, predicate), { numRuns, ...replay });
    },
    TIMEOUT,
  );
}

const json = (arb: fc.Arbitrary<unknown>) => arb.map((v) => JSON.stringify(v) ?? 'undefined');

/** Bodies meant as a query, in the shapes of the content types below, and random text. */
const QUERY_BODIES = fc.oneof(
  fc.constant(JSON.stringify({ query: '{ catalog { version } }' })),
  fc.constant(`query=${encodeURIComponent('{ catalog { version } }')}`),
  fc.constant('{ catalog { version } }'),
  fc.constant('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x--\r\n'),
  fc.string({ maxLength: 100 }),
);

describe('fuzzing /graphql: every response is a GraphQL response with contract codes', () => {
  property('random valid queries from the schema, by POST and GET', RUNS.validQueries, [fc.gen()], async (g) => {
    await send(asRequest(g, validQuery(g)));
  });

  property(
    'shapes as the first request of a cold isolate: a generated query, then node and nodes of the same entities',
    RUNS.coldIsolates,
    [fc.gen(), fc.array(anyId, { minLength: 1, maxLength: 5 })],
    async (g, ids) => {
      const cold = await coldWorker();
      const first = asRequest(g, validQuery(g));
      const body = typeof first.body === 'string' ? new TextEncoder().encode(first.body) : first.body;
      await checkResponse(
        await cold.fetch(new Request(`http://localhost${first.path}`, { method: first.method, headers: first.headers, ...(body ? { body } : {}) })),
        first,
      );
      const q = `query($ids: [ID!]!) { ${ids.map((id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { __typename id }`).join(' ')} all: nodes(ids: $ids) { __typename id } }`;
      const sent = post(q, { ids });
      const r = await checkResponse(
        await cold.fetch(new Request('http://localhost/graphql', { method: 'POST', headers: sent.headers, body: sent.body as string })),
        sent,
      );
      // Every ID that names an entity resolves to its type, in node and in nodes alike.
      const data = r.data as Record<string, { __typename: string } | null> & { all: ({ __typename: string } | null)[] };
      ids.forEach((id, i) => {
        const expected =
          /^[A-Za-z0-9+/=]+$/.test(id) &&
          (() => {
            try {
              return atob(id).split(':')[0];
            } catch {
              return null;
            }
          })();
        if (data[`n${i}`]) expect(data[`n${i}`]!.__typename).toBe(expected);
        if (data.all[i]) expect(data.all[i]!.__typename).toBe(expected);
        expect(data.all[i]?.__typename ?? null).toBe(data[`n${i}`]?.__typename ?? null);
      });
    },
  );

  property('mutated queries: ranges deleted, duplicated, swapped, noise inserted, truncated', RUNS.mutatedQueries, [fc.gen()], async (g) => {
    await send(asRequest(g, mutate(g, validQuery(g))));
  });

  property(
    'fixed queries with random variables',
    RUNS.variables,
    [
      fc.oneof(
        {
          weight: 6,
          arbitrary: fc.constantFrom(...WITH_VARIABLES.keys()).chain((i) => fc.tuple(fc.constant(i), WITH_VARIABLES[i]!.variables as fc.Arbitrary<unknown>)),
        },
        // Anything at all as each variable, or as the variables.
        {
          weight: 2,
          arbitrary: fc.tuple(
            fc.nat({ max: WITH_VARIABLES.length - 1 }),
            fc.dictionary(fc.constantFrom('c', 'p', 'n', 'f', 'first', 'id', 'ids', 'x'), junk, { maxKeys: 4 }) as fc.Arbitrary<unknown>,
          ),
        },
        { weight: 1, arbitrary: fc.tuple(fc.nat({ max: WITH_VARIABLES.length - 1 }), junk) },
      ),
      fc.constantFrom(...ACCEPTS),
    ],
    async ([i, variables], accept) => {
      await send(post(WITH_VARIABLES[i]!.query, variables, accept));
    },
  );

  // GET (and form-encoded POST) carry variables and extensions as JSON text: often not JSON at all.
  const jsonText = fc.oneof(
    json(junk),
    json(junk).chain((text) => fc.nat({ max: Math.max(0, text.length - 1) }).map((n) => text.slice(0, n))),
    fc.constantFrom('{bad', '{', '[', '{"a":', 'undefined', 'NaN', '{"c":["psm-i","cspo"]}', '{"persistedQuery":{"version":1,"sha256Hash":"0"}}'),
    fc.string({ maxLength: 30 }),
  );
  property(
    'GET parameters and form-encoded POSTs: variables, extensions and operationName as random, often malformed, JSON text',
    RUNS.getParameters,
    [
      fc.record(
        {
          query: fc.oneof(
            fc.constantFrom(WITH_VARIABLES[0]!.query, '{ __typename }', 'query A { __typename } query B { catalog { version } }'),
            fc.string({ maxLength: 30 }),
          ),
          variables: jsonText,
          extensions: jsonText,
          operationName: fc.oneof(fc.constantFrom('A', 'B', ''), fc.string({ maxLength: 10 })),
        },
        { requiredKeys: [] },
      ),
      fc.boolean(),
    ],
    async (params, byGet) => {
      const search = new URLSearchParams(params as Record<string, string>).toString();
      await send(
        byGet
          ? { method: 'GET', path: `/graphql?${search}`, headers: { accept: 'application/json' } }
          : { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: search },
      );
    },
  );

  property(
    'garbage JSON bodies: bytes, strings, non-objects, no or bad `query`, bad parameters',
    RUNS.garbageBodies,
    [
      fc.oneof(
        fc.uint8Array({ maxLength: 300 }).map((bytes): string | Uint8Array<ArrayBuffer> => new Uint8Array(bytes)),
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        json(fc.jsonValue({ maxDepth: 3 }).filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))),
        json(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }).filter((o) => !('query' in o))),
        json(fc.record({ query: fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'string') })),
        json(
          fc.record(
            {
              query: fc.constantFrom('{ __typename }', '{ catalog { version } }', 'query A { __typename } query B { catalog { version } }', ''),
              variables: junk,
              operationName: fc.oneof(fc.constantFrom('A', 'B', 'C', ''), junk),
              extensions: fc.oneof(
                junk,
                fc.record({ persistedQuery: fc.oneof(junk, fc.record({ version: junk, sha256Hash: fc.oneof(junk, fc.stringMatching(/^[0-9a-f]{64}$/)) })) }),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        // JSON with odd framing: a BOM, trailing garbage, two objects, a batch, a repeated key.
        fc.constantFrom(
          '\uFEFF{"query":"{ __typename }"}',
          '{"query":"{ __typename }"} x',
          '{"query":"{ __typename }"}{}',
          '[{"query":"{ __typename }"}]',
          '{"query":"{ __typename }","query":5}',
        ),
      ),
      fc.constantFrom(...ACCEPTS),
    ],
    async (body, accept) => {
      await send({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', accept }, body });
    },
  );

  property(
    'content types the server parses: JSON (any charset, any case), multipart, form-urlencoded, application/graphql',
    RUNS.parsedContentTypes,
    [
      fc.constantFrom(
        'application/json',
        'application/json; charset=latin1',
        'application/json; charset=utf-8',
        'application/graphql+json',
        // Media types are case-insensitive, and whitespace may precede a parameter (RFC 9110 8.3.1, 5.6.6).
        'Application/JSON',
        'application/json ; charset=utf-8',
        'multipart/form-data',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'application/graphql',
      ),
      QUERY_BODIES,
    ],
    async (type, body) => {
      const sent: Sent = { method: 'POST', path: '/graphql', headers: { 'content-type': type, accept: 'application/json' }, body };
      const res = await worker(sent.path, { method: 'POST', headers: sent.headers, body: new TextEncoder().encode(body) });
      const status = res.status;
      await checkResponse(res, sent);
      expect(status, `${type} is parsed, not refused as an unsupported media type`).not.toBe(415);
    },
  );

  property(
    'content types the server does not parse, and none',
    RUNS.unparsedContentTypes,
    [
      fc.oneof(
        fc.constantFrom('text/plain', 'application/xml', 'text/html', 'application/octet-stream', ''),
        fc.stringMatching(/^[a-z]{1,8}\/[a-z+.-]{1,12}$/),
      ),
      QUERY_BODIES,
    ],
    async (type, body) => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (type) headers['content-type'] = type;
      const r = await send({ method: 'POST', path: '/graphql', headers, body });
      expect(r.errors?.length).toBeGreaterThan(0);
    },
  );

  property(
    'other methods and unknown paths: 404/405 with a GraphQL error',
    RUNS.methods,
    [
      fc.constantFrom('PUT', 'DELETE', 'PATCH', 'GET', 'POST'),
      fc.constantFrom('/graphql', '/graphql/', '/GRAPHQL', '/graphql/x', '/graphql.json', '/api/graphql', '/v1/graphql'),
      fc.constantFrom('application/json', 'text/plain', ''),
    ],
    async (method, path, type) => {
      // The API answers at /graphql and, like yoga itself, at /graphql/ with a trailing slash.
      fc.pre(!((path === '/graphql' || path === '/graphql/') && (method === 'GET' || method === 'POST')));
      const headers: Record<string, string> = { accept: 'application/json' };
      if (type) headers['content-type'] = type;
      const sent: Sent = { method, path, headers, ...(method === 'GET' ? {} : { body: JSON.stringify({ query: '{ __typename }' }) }) };
      const res = await worker(path, { method, headers, ...(typeof sent.body === 'string' ? { body: new TextEncoder().encode(sent.body) } : {}) });
      const status = res.status;
      const r = await checkResponse(res, sent);
      expect([404, 405], describeRequest(sent)).toContain(status);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    },
  );

  property(
    'Accept headers, acceptable or not',
    RUNS.accept,
    [
      // Not text/html (GraphiQL, on GET), text/event-stream or multipart/mixed (yoga's streaming
      // transports, not JSON by design).
      fc.constantFrom(
        ...ACCEPTS,
        '',
        'application/*',
        'application/json; charset=utf-8',
        'application/xml',
        'text/plain',
        'image/png',
        'application/graphql-response+json;q=0',
      ),
      fc.boolean(),
    ],
    async (accept, byGet) => {
      const q = '{ catalog { version } }';
      const sent = byGet ? get(q, accept) : post(q, undefined, accept);
      if (!accept) delete sent.headers.accept;
      await send(sent);
    },
  );

  property(
    'bodies around the 256 KiB limit, variables around the 64 KiB limit',
    RUNS.bodyLimits,
    [fc.oneof(fc.integer({ min: 250 * 1024, max: 262 * 1024 }), fc.integer({ min: 60 * 1024, max: 70 * 1024 })), fc.constantFrom('query', 'variables')],
    async (n, where) => {
      const body =
        where === 'query'
          ? JSON.stringify({ query: `{ catalog { version } }${' '.repeat(n)}` })
          : JSON.stringify({ query: '{ catalog { version } }', variables: { pad: 'x'.repeat(n) } });
      const r = await send({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body });
      if (body.length > 256 * 1024) expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );
});

afterAll(() => {
  const sorted = (m: Map<string | number, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const lines = [...seenByProperty].map(
    ([name, s]) =>
      `  ${name}: ${s.responses} responses, ${s.dataWithoutErrors} without errors; statuses { ${sorted(s.statuses)} }; codes { ${sorted(s.codes)} }`,
  );
  console.log(`fuzz statistics:\n${lines.join('\n')}`);
});
