// The types of server.mjs, the build of ../server.ts (`npm run assets`): its exports, as written.
export * from '../server.js';
