// Before any test file loads: compile the catalog's data files, so that `npx vitest` (not only
// `npm test`, whose pretest does it too) always runs against what the files say.
import { buildCatalog } from '../scripts/catalog-build.ts';

export default function setup(): void {
  buildCatalog();
}
