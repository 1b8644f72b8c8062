// The types of introspection.mjs, written by scripts/build-introspection.mjs (`npm run assets`).
/** The documents answered, by name: their text as the tool sends it. */
export declare const documents: Record<'graphiql' | 'default' | 'inputValueDeprecation' | 'everything', string>;
/** Printed document -> its answer (`{ "data": ... }`), as JSON. */
export declare const answers: Record<string, string>;
