// Every GraphQL document a reader copies (the ```graphql blocks of README.md and docs/, the queries
// of examples/, the GraphiQL tabs of src/graphiql/examples.ts) validates against the schema and
// uses nothing deprecated: @graphql-inspector/core's validate, with strictDeprecated. A document a
// reader copies must keep working after the deprecated fields are removed.
import { validate } from '@graphql-inspector/core';
import { buildSchema, Source } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../schema.graphql?raw';
import { EXAMPLE_QUERIES } from '../../src/graphiql/examples.js';

const schema = buildSchema(schemaText);

const markdown = {
  ...import.meta.glob<string>('../../README.md', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../docs/**/*.md', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../examples/**/*.md', { query: '?raw', import: 'default', eager: true }),
};
// The examples' own sources, not what codegen generates from them (gql/ repeats each document).
const exampleCode = import.meta.glob<string>(['../../examples/**/*.{ts,tsx,js,mjs,graphql,gql}', '!../../examples/**/gql/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A document in code: codegen's `graphql(`…`)` or a `gql(`…`)` call. */
const TAGGED = /(?:graphql|gql)\(\s*`([\s\S]*?)`/g;

/** Every document, named by where it is. */
function documents(): Source[] {
  const found: Source[] = [];
  for (const [file, text] of Object.entries(markdown)) {
    for (const m of text.matchAll(/^```graphql\n([\s\S]*?)^```/gm)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push(new Source(m[1]!, `${file.replace(/^(\.\.\/)+/, '')}:${line}`));
    }
    // Code a reader copies from the docs (docs/frontend.md's walk from an empty folder): its graphql(`…`) calls.
    for (const block of text.matchAll(/^```(?:ts|tsx|typescript|js)\n([\s\S]*?)^```/gm)) {
      const at = text.slice(0, block.index).split('\n').length;
      for (const m of block[1]!.matchAll(TAGGED))
        found.push(new Source(m[1]!, `${file.replace(/^(\.\.\/)+/, '')}:${at + block[1]!.slice(0, m.index).split('\n').length}`));
    }
  }
  for (const [file, text] of Object.entries(exampleCode)) {
    if (/\.(graphql|gql)$/.test(file)) found.push(new Source(text, file.replace(/^(\.\.\/)+/, '')));
    for (const m of text.matchAll(TAGGED)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push(new Source(m[1]!, `${file.replace(/^(\.\.\/)+/, '')}:${line}`));
    }
  }
  EXAMPLE_QUERIES.forEach((query, i) => {
    found.push(new Source(query, `src/graphiql/examples.ts tab ${i + 1}`));
  });
  return found;
}

describe('the GraphQL documents readers copy', () => {
  const all = documents();

  it('are found in each place: the README and docs, the examples, the GraphiQL tabs', () => {
    const places = new Set(all.map((s) => s.name.split(/[/:]/)[0]));
    expect(places).toEqual(new Set(['README.md', 'docs', 'examples', 'src']));
    // The typed client's three queries, and the same three in docs/frontend.md's walk from an empty folder.
    const operations = (prefix: string) => all.filter((s) => s.name.startsWith(prefix)).map((s) => /query (\w+)/.exec(s.body)?.[1]);
    for (const prefix of ['examples/typed-client/src/client.ts', 'docs/frontend.md'])
      expect(operations(prefix)).toEqual(expect.arrayContaining(['CompareTwo', 'RecommendationsFor', 'CertificationDetails']));
  });

  it('validate against the schema and use nothing deprecated', () => {
    const problems = validate(schema, all, { strictDeprecated: true, strictFragments: true }).flatMap(({ source, errors, deprecated }) =>
      [...errors, ...deprecated].map((e) => `${source.name}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('the check fails on deprecated usage and on a document the schema does not know', () => {
    const bad = [new Source('{ recommend(profile: {}) { rank } }', 'deprecated field'), new Source('{ certifications { nodes { nope } } }', 'unknown field')];
    const result = validate(schema, bad, { strictDeprecated: true });
    expect(result.map((r) => r.source.name)).toEqual(['deprecated field', 'unknown field']);
    expect(result[0]!.deprecated.map((e) => e.message)).toEqual([expect.stringMatching(/recommend.*deprecated/i)]);
  });
});
