// The bundle gate's checks, on esbuild metafiles alone (no build, no file system), so that a test
// can run them on made-up metafiles and see them fail (test/repo/bundle-gate.test.ts).
import type { SurfaceModule } from './surfaces.ts';

/** What the checks read of an esbuild metafile. */
export interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** A metafile path as the project names it: src/... or node_modules/... (also through a symlinked node_modules). */
export const projectPath = (path: string): string => path.replace(/^(?:\.\.\/)+(?:[\w.-]+\/)*?(?=node_modules\/)/, '');

/** The inputs of the entry point's output (the main module), with the bytes each left in it. */
const entryInputs = (meta: Metafile) => Object.values(meta.outputs).find((o) => o.entryPoint)?.inputs ?? {};

/** The modules evaluated with the entry: its closure over static imports (not import()). */
export function evaluatedAtStart(meta: Metafile, entry = 'src/index.ts'): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !meta.inputs[path]) return;
    seen.add(path);
    for (const i of meta.inputs[path].imports) if (i.kind !== 'dynamic-import' && !i.external) visit(i.path);
  };
  visit(entry);
  // Only what esbuild kept: a module whose code was all dropped (unused, no side effects) never runs.
  const kept = entryInputs(meta);
  return new Set([...seen].filter((path) => (kept[path]?.bytesInOutput ?? 0) > 0).map(projectPath));
}

/**
 * The sources of surfaces built as modules of their own (SURFACE_MODULES) that are in the main
 * module all the same, lazily or not: someone imported one (statically, or with import() of its
 * source rather than its built module), and its bytes count against the budget again.
 */
export function movedBack(meta: Metafile, surfaces: readonly SurfaceModule[]): string[] {
  return Object.entries(entryInputs(meta))
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => projectPath(path))
    .flatMap((path) => surfaces.filter((s) => s.owns.test(path)).map((s) => `${path} (belongs in ${s.out})`));
}

/** The package an input path belongs to, or null for a source of the project. */
const packageOf = (path: string): string | null => path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? null;

/** What a surface's built module holds that its row of SURFACE_MODULES does not allow (its output's inputs, from esbuild's metafile). */
export function strayInputs(surface: SurfaceModule, inputs: Record<string, { bytesInOutput: number }>): string[] {
  const stray = new Set<string>();
  for (const [path, input] of Object.entries(inputs)) {
    if (input.bytesInOutput === 0) continue;
    const pkg = packageOf(path);
    if (pkg ? !surface.packages.test(pkg) : !surface.owns.test(path) && !surface.copies.test(path)) stray.add(pkg ?? path);
  }
  return [...stray].sort();
}

/**
 * Packages whose classes are checked by identity (graphql-js: GraphQLError, GraphQLObjectType, ...)
 * that the main module holds more than one copy of: a second install (a nested node_modules) or a
 * second build of one install (graphql-js's CommonJS `.js` beside its `.mjs`). A second graphql-js
 * means errors classified as the server's (500s for 400s) and types rejected. Its development
 * build threw on that at startup; its production path, which the Worker now runs, is silent, so
 * the gate says it. (Other packages nested at another version, stateless helpers, are left be.)
 */
export function duplicatePackages(meta: Metafile, checked: readonly string[] = ['graphql']): string[] {
  const copies = new Map<string, Set<string>>();
  for (const [path, input] of Object.entries(entryInputs(meta))) {
    if (input.bytesInOutput === 0) continue;
    const at = projectPath(path).match(/^((?:[^/]+\/)*node_modules\/((?:@[^/]+\/)?[^/]+))\/(.*)$/);
    if (!at || !checked.includes(at[2]!)) continue;
    const [, root, name, rest] = at as unknown as [string, string, string, string];
    // graphql-js ships one build as .mjs and another as .js (CommonJS): each is a copy of its own.
    const build = name === 'graphql' ? (rest.endsWith('.mjs') ? 'esm' : 'cjs') : '';
    const key = `${root}${build ? ` (${build})` : ''}`;
    copies.set(name, (copies.get(name) ?? new Set()).add(key));
  }
  return [...copies].filter(([, roots]) => roots.size > 1).map(([name, roots]) => `${name}: ${[...roots].sort().join(', ')}`);
}
