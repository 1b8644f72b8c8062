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
      // persistedDocuments: also writes gql/persisted-documents.json ({ "sha256:<hash>": "query …" }), the
      // manifest `npm run partner -- publish` takes (trusted documents), and each document's hash as __meta__.hash.
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
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
