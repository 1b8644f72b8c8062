// The breaking-change gate (scripts/schema-gate/): schema.graphql against the released schema.
// It passes today; it fails on every kind of break (a removed field of any type, a removed enum
// value, argument or input field, a type change, a new required argument, a removed type); it
// lets additions through; and it enforces the deprecation policy (reason format, 6 months, date).
import { buildSchema, isObjectType, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import released from '../../contract/released/v1.graphql?raw';
import readme from '../../docs/frontend.md?raw';
import current from '../../schema.graphql?raw';
import { checkSchemaChange, DEPRECATION_MONTHS } from '../../scripts/schema-gate/policy.js';

const TODAY = '2027-03-01';

/** The SDL without one field (or enum value) of one type, through graphql-js's parser and printer. */
function without(sdl: string, typeName: string, member: string): string {
  const keep = <T extends { name: { value: string } }>(list: readonly T[] | undefined) => list?.filter((m) => m.name.value !== member);
  return print(
    visit(parse(sdl), {
      ObjectTypeDefinition: (node) => (node.name.value === typeName ? { ...node, fields: keep(node.fields) } : undefined),
      EnumTypeDefinition: (node) => (node.name.value === typeName ? { ...node, values: keep(node.values) } : undefined),
    }),
  );
}
const edit = (sdl: string, from: string | RegExp, to: string) => {
  const next = sdl.replace(from, to);
  if (next === sdl) throw new Error(`edit did not apply: ${from}`);
  return next;
};

describe('the breaking-change gate', () => {
  it('passes the committed schema.graphql against the released schema', async () => {
    const result = await checkSchemaChange(released, current, TODAY);
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('fails when any one field of any object type is removed, naming it', async () => {
    const schema = buildSchema(released);
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const fields = Object.keys(type.getFields());
      if (fields.length < 2) continue; // a type with no field is not valid SDL
      for (const field of fields) {
        const result = await checkSchemaChange(released, without(released, type.name, field), TODAY);
        expect(result.ok, `${type.name}.${field}`).toBe(false);
        expect(result.failures.join('\n')).toContain(`'${field}' was removed from object type '${type.name}'`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it.each([
    ['an enum value is removed', (s: string) => without(s, 'CertificationLevel', 'EXPERT'), 'EXPERT'],
    ['an argument is removed', (s: string) => edit(s, /\n\s+"""How many to return, 1 to 10\."""\n\s+first: Int = 3/, ''), 'first'],
    ['an input field is removed', (s: string) => edit(s, /\n\s+"""Case-insensitive match on name, acronym or slug\."""\n\s+search: String/, ''), 'search'],
    ['a non-null field becomes nullable', (s: string) => edit(s, '  acronym: String!\n', '  acronym: String\n'), 'acronym'],
    ['a required argument is added', (s: string) => edit(s, 'compare(\n', 'compare(\n    mode: String!\n'), 'mode'],
    ['a field changes type', (s: string) => edit(s, '  certificationCount: Int!', '  certificationCount: String!'), 'certificationCount'],
  ])('fails when %s', async (_what, change, name) => {
    const result = await checkSchemaChange(released, change(released), TODAY);
    expect(result.ok).toBe(false);
    expect(result.failures.join('\n')).toContain(name);
  });

  it('lets additions through: a new type, field, optional argument, enum value', async () => {
    let sdl = edit(released, 'type Catalog {\n', 'type Catalog {\n  """New."""\n  pairCount: Int!\n');
    sdl += '\n"""New."""\ntype Usage {\n  """New."""\n  requests: Int!\n}\n';
    sdl = edit(sdl, 'overlapMatrix(\n', 'overlapMatrix(\n    """New."""\n    minSimilarity: Float\n');
    sdl = edit(sdl, '  EXPERT\n', '  EXPERT\n\n  """New."""\n  MASTER\n');
    const result = await checkSchemaChange(released, sdl, TODAY);
    expect(result.failures).toEqual([]);
    expect(result.changes.length).toBeGreaterThanOrEqual(4);
    expect(result.notes.join('\n')).toContain('MASTER'); // an enum value is dangerous: noted, not failed
  });

  describe('the deprecation policy', () => {
    const deprecate = (reason: string) => edit(released, '  caveats: [String!]!\n', `  caveats: [String!]! @deprecated(reason: ${JSON.stringify(reason)})\n`);
    const removeCaveats = (s: string) => edit(s, /\n\s+"""\n\s+Facts about this certification that are unverified[\s\S]*?caveats: \[String!\]![^\n]*/, '');
    const good = 'Deprecated 2026-06-01: use `sources` and each fact’s `note`. Removal on or after 2026-12-01.';

    it('accepts a deprecation written as the policy says, and refuses a vague one', async () => {
      expect((await checkSchemaChange(released, deprecate(good), TODAY)).failures).toEqual([]);
      for (const bad of [
        'Use sources.',
        'Deprecated 2026-06-01: use `sources`.',
        'Deprecated 2026-06-01: use `sources`. Removal on or after 2026-09-01.',
        'Deprecated 2026-02-30: use `sources` now. Removal on or after 2026-12-01.',
      ]) {
        const result = await checkSchemaChange(released, deprecate(bad), TODAY);
        expect(result.ok, bad).toBe(false);
        expect(result.failures[0]).toMatch(/^deprecation: Certification\.caveats/);
      }
    });

    it(`allows removing a deprecated field only once its removal date (>= ${DEPRECATION_MONTHS} months) has come`, async () => {
      const releasedWithDeprecation = deprecate(good);
      const removed = removeCaveats(releasedWithDeprecation);
      expect((await checkSchemaChange(releasedWithDeprecation, removed, '2026-12-01')).ok).toBe(true);
      const early = await checkSchemaChange(releasedWithDeprecation, removed, '2026-11-30');
      expect(early.ok).toBe(false);
      expect(early.failures[0]).toContain('may be removed only on or after 2026-12-01');
      // Not deprecated in the released schema: never, whatever the date.
      const undeprecated = await checkSchemaChange(released, removeCaveats(released), '2099-01-01');
      expect(undeprecated.ok).toBe(false);
      expect(undeprecated.failures[0]).toContain('Deprecate it first');
    });
  });

  it('the README states the policy the gate enforces', () => {
    const policy = readme.slice(readme.indexOf('### Deprecation policy'));
    expect(policy).toContain(`${DEPRECATION_MONTHS} months`);
    expect(policy).toContain('Deprecated YYYY-MM-DD: use `other` instead. Removal on or after YYYY-MM-DD.');
  });
});
