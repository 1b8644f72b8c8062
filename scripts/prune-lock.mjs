// Removes from package-lock.json the optional dependencies the registry could not supply.
// This workplace's npm registry lacks some platform builds (workerd for darwin and windows at
// the versions we use): `npm install` skips them silently, but `npm ci` then rejects the lock
// as out of sync. Pruning the names that have no lock entry keeps `npm ci` working. Run
// `npm run lock:prune` after any `npm install` that changes the lockfile. Idempotent.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const present = new Set(Object.keys(lock.packages).map((k) => k.replace(/^.*node_modules\//, '')));
let pruned = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
    if (!present.has(name)) {
      delete pkg.optionalDependencies[name];
      pruned++;
      console.log(`pruned ${name} from ${path || 'the root'}`);
    }
  }
}
if (pruned) writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(pruned ? `${pruned} unavailable optional dependencies pruned.` : 'package-lock.json: nothing to prune.');
