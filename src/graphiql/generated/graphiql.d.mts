// The types of graphiql.mjs, the build of ../module.ts (`npm run assets`): its exports, as written.
export * from '../module.js';
