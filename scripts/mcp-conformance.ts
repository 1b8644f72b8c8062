// CI: the MCP conformance suite (@modelcontextprotocol/conformance) against /mcp on a local
// `wrangler dev` (port MCP_PORT, 8811 by default). Scenarios that need the suite's own fixtures or
// capabilities certgraph does not offer are listed, with why, in mcp-conformance-baseline.yml.
import { spawnSync } from 'node:child_process';
import { startWorker, stopWorker } from '../test/browser/harness.ts';

const PORT = Number(process.env.MCP_PORT ?? 8811);
const worker = await startWorker(PORT, '/graphql?query=%7B__typename%7D');
let status = 1;
try {
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/@modelcontextprotocol/conformance/dist/index.js',
      'server',
      '--url',
      `http://127.0.0.1:${PORT}/mcp`,
      '--expected-failures',
      'scripts/mcp-conformance-baseline.yml',
      '--output-dir',
      'test-results/mcp-conformance',
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  // The summary only: each scenario's lines are in test-results/mcp-conformance/.
  const summary = run.stdout.slice(run.stdout.indexOf('=== SUMMARY ==='));
  process.stdout.write(summary || run.stdout);
  process.stderr.write(run.stderr);
  status = run.status ?? 1;
} finally {
  stopWorker(worker);
}
console.log(status === 0 ? 'mcp conformance: as expected (see the summary)' : 'mcp conformance: FAILED');
process.exit(status);
