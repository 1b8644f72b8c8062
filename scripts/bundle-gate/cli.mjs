// The bundle's gate (issue 23), deterministic (no timing): bundles the Worker as it deploys
// (`wrangler deploy --dry-run`, with esbuild's metafile) and fails when
//   - its gzip size is more than 2% over the figure recorded in scripts/bundle-gate/recorded.json
//     (record a new figure, `--record`, in the same change that moves it; a shrink of more than
//     2% asks for it too, so the gate follows the figure down);
//   - a new isolate evaluates a module of another surface than /graphql: the modules src/index.ts
//     reaches by static imports (a dynamic import() is evaluated on first use) include none that
//     scripts/bundle-gate/surfaces.ts names;
//   - the main module holds code of a surface built as a module of its own (SURFACE_MODULES: the
//     MCP server, the explorer and downloads, the widget, the usage reports), even lazily: someone
//     imported its sources instead of its built module (src/<surface>/generated/*.mjs), or that
//     module is not uploaded beside the main one.
// (The checks themselves: ./checks.ts.)
// `npm run bundle:gate`; CI runs it (.ci/run).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { duplicatePackages, evaluatedAtStart, movedBack, projectPath } from './checks.ts';
import { OTHER_SURFACE, SURFACE_MODULES } from './surfaces.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RECORDED = join(root, 'scripts/bundle-gate/recorded.json');
const TOLERANCE = 0.02;

/**
 * The deployable bundle: the main module's gzip size (KiB) and esbuild's metafile. Only the main
 * module counts: wrangler's own gzip figure adds the modules uploaded beside it (the surfaces built
 * apart, src/<surface>/generated/*.mjs), which an isolate loads only on their first call.
 */
function build(dir) {
  const out = execFileSync(
    process.execPath,
    [join(root, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', join(dir, 'dist'), '--metafile', join(dir, 'meta.json')],
    {
      cwd: root,
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ).toString();
  const main = join(dir, 'dist', 'index.js');
  if (!existsSync(main)) throw new Error(`wrangler wrote no dist/index.js:\n${out}`);
  const gzipKiB = Math.round((gzipSync(readFileSync(main)).length / 1024) * 100) / 100;
  return { gzipKiB, meta: JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) };
}

const dir = mkdtempSync(join(tmpdir(), 'certgraph-bundle-gate-'));
try {
  const { gzipKiB, meta } = build(dir);
  const problems = [];
  const onDemand = Object.entries(meta.inputs).flatMap(([from, input]) =>
    input.imports.filter((i) => i.kind === 'dynamic-import').map((i) => `${projectPath(from)} -> ${projectPath(i.path)}`),
  );
  const start = evaluatedAtStart(meta);
  if (!start.has('src/schema/index.ts')) problems.push('the module graph was not read: src/index.ts does not reach src/schema/index.ts');
  const eager = [...start].filter((path) => OTHER_SURFACE.test(path));
  const duplicates = duplicatePackages(meta);
  if (duplicates.length) problems.push(`the main module holds two copies of a package (alias them to one in wrangler.toml [alias]): ${duplicates.join('; ')}`);
  if (eager.length) problems.push(`a new isolate evaluates modules of other surfaces (import them with import() in src/app.ts): ${eager.join(', ')}`);
  const back = movedBack(meta, SURFACE_MODULES);
  if (back.length)
    problems.push(
      `the main module holds code of surfaces built apart (import their built module, with import() in src/app.ts, and hand them what they share through their kit): ${back.join(', ')}`,
    );
  const missing = SURFACE_MODULES.filter((s) => !existsSync(join(dir, 'dist', s.out.replace(/^src\//, ''))));
  if (missing.length)
    problems.push(`modules not uploaded beside the main one (run npm run assets; wrangler.toml rules): ${missing.map((s) => s.out).join(', ')}`);
  if (process.argv.includes('--record')) {
    writeFileSync(RECORDED, `${JSON.stringify({ gzipKiB }, null, 2)}\n`);
    console.log(`recorded: ${gzipKiB} KiB gzip`);
  } else {
    const recorded = JSON.parse(readFileSync(RECORDED, 'utf8')).gzipKiB;
    const change = gzipKiB / recorded - 1;
    if (change > TOLERANCE)
      problems.push(
        `the bundle is ${gzipKiB} KiB gzip, ${(change * 100).toFixed(1)}% over the ${recorded} KiB recorded (at most ${TOLERANCE * 100}%): make it smaller, or record the new figure (npm run bundle:gate -- --record) and say why in the commit`,
      );
    if (change < -TOLERANCE)
      problems.push(`the bundle shrank to ${gzipKiB} KiB gzip from the ${recorded} KiB recorded: record it (npm run bundle:gate -- --record)`);
  }
  console.log(
    `bundle: ${gzipKiB} KiB gzip; ${start.size} modules evaluated at start; loaded on demand: ${onDemand.join(', ') || 'none'}; built apart: ${SURFACE_MODULES.map((s) => s.out).join(', ')}`,
  );
  for (const p of problems) console.error(`FAIL ${p}`);
  process.exitCode = problems.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
