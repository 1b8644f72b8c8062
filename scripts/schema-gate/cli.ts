// `npm run schema:gate`: fails (exit 1) when schema.graphql breaks a caller of the last released
// schema (contract/released/v1.graphql) outside the deprecation policy; lists every change.
// `npm run schema:gate -- --release` then records schema.graphql as the released schema
// (after a release: also move CHANGELOG.md's "Unreleased" entries under the new version).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSchemaChange } from './policy.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const releasedPath = join(root, 'contract', 'released', 'v1.graphql');
const currentPath = join(root, 'schema.graphql');
const today = process.env.SCHEMA_GATE_TODAY ?? new Date().toISOString().slice(0, 10);

const result = await checkSchemaChange(readFileSync(releasedPath, 'utf8'), readFileSync(currentPath, 'utf8'), today);
console.log(`schema gate: schema.graphql against contract/released/v1.graphql (${result.changes.length} changes, today ${today})`);
for (const c of result.changes) console.log(`  ${c.level.padEnd(12)} ${c.message}`);
for (const n of result.notes) console.log(`  note: ${n}`);
for (const f of result.failures) console.log(`  FAIL ${f}`);
if (!result.ok) {
  console.log(`schema gate: failed (${result.failures.length})`);
  process.exit(1);
}
if (process.argv.includes('--release')) {
  writeFileSync(releasedPath, readFileSync(currentPath, 'utf8'));
  console.log('schema gate: passed; schema.graphql recorded as the released schema (contract/released/v1.graphql). Date the CHANGELOG entry.');
} else {
  console.log(
    result.changes.length
      ? 'schema gate: passed (no breaking change; list the changes under "Unreleased" in CHANGELOG.md)'
      : 'schema gate: passed (no change since the release)',
  );
}
