// CI: runs the typed client example (examples/typed-client/src/main.ts) as a person would, with
// Node, against `wrangler dev` on loopback, and checks what it prints. (test/graphql/typed-client.test.ts
// runs the same client inside workerd in `npm test`.)
import { spawnSync } from 'node:child_process';
import { startWorker, stopWorker } from '../test/browser/harness.ts';

const PORT = Number(process.env.EXAMPLE_PORT ?? 8795);
const worker = await startWorker(PORT, '/graphql?query=%7B__typename%7D');
let ok = false;
try {
  const run = spawnSync(process.execPath, ['examples/typed-client/src/main.ts', `http://127.0.0.1:${PORT}/graphql`], { encoding: 'utf8', timeout: 60_000 });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  ok =
    run.status === 0 &&
    /^PSM I vs PSPO I: similarity 0\.\d+$/m.test(run.stdout) &&
    /^#1 \S+/m.test(run.stdout) &&
    /^#3 \S+/m.test(run.stdout) &&
    /^CSPO: .*\$[\d,]+/m.test(run.stdout);
} finally {
  stopWorker(worker);
}
console.log(ok ? 'example: the typed client ran against wrangler dev' : 'example: FAILED');
process.exit(ok ? 0 : 1);
