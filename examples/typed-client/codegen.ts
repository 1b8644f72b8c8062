// GraphQL Code Generator, client preset: typed documents for every `graphql(...)` call in src/,
// from the committed schema (no network, no running server). `npm run example:codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    './gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Explicit .ts extensions: Node runs the example as it is (type stripping), bundlers too.
        importExtension: '.ts',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        skipTypename: true,
        strictScalars: true,
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
