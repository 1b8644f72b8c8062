// The startup benchmark's floor (bench/startup.mjs): a Worker that is a bare Hono app answering
// every POST with a fixed JSON body. What an isolate of the platform costs with no GraphQL at all.
import { Hono } from 'hono';

export async function loadCatalog(): Promise<void> {}

const BODY = '{"data":{"certification":{"acronym":"PSM I"}}}';
const app = new Hono();
app.post('/graphql', (c) => c.body(BODY, 200, { 'content-type': 'application/graphql-response+json' }));
export default app;
