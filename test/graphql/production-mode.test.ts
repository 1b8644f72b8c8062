// graphql-js checks every `isObjectType`, `isNonNullType`, ... with a development-only guard
// (jsutils/instanceOf: on each failed instanceof it reads the value's class name, to warn about two
// copies of graphql) unless `globalThis.process.env.NODE_ENV` is "production" when it loads. In a
// Worker without `process` it took the development path on every field of every answer (~10% of a
// large answer's CPU). wrangler.toml's nodejs_compat gives the Worker `process`, and NODE_ENV comes
// from its vars: graphql-js runs its production path in the Worker, as the tests show here.
import { GraphQLObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

describe('graphql-js in the Worker', () => {
  it('runs its production path: a look-alike of another copy is simply not a type', () => {
    const lookAlike = { [Symbol.toStringTag]: 'GraphQLObjectType' };
    expect(() => isObjectType(lookAlike)).not.toThrow();
    expect(isObjectType(lookAlike)).toBe(false);
    expect(isObjectType(new GraphQLObjectType({ name: 'A', fields: {} }))).toBe(true);
  });

  it('sees NODE_ENV as production', () => {
    expect(globalThis.process?.env?.NODE_ENV).toBe('production');
  });
});
