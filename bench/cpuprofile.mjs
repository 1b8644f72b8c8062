// Self time of a V8 CPU profile (.cpuprofile, as `node --cpu-prof` or the inspector writes it),
// aggregated by function and source module: an esbuild bundle's lines are mapped back to the file
// they came from (esbuild writes `// path` before each module's code). Used by bench/profile.mjs
// and bench/startup.mjs.

/**
 * The module a line of an esbuild bundle starts (its `// path` comment), as `src/...` or
 * `node_modules/...`, or null (through a symlinked node_modules, esbuild writes the link's target, up and back down).
 */
export function modulePathOf(line) {
  const m = /^\/\/ (?:\.\.\/)*(?:[\w.-]+\/)*?((?:src|node_modules|bench)\/\S+)$/.exec(line);
  return m ? m[1] : null;
}

/**
 * Aggregates a profile's self time (us): per frame ("function  module:line"), per package or
 * source file, and each frame's callers two frames up. `bundle`: { url, text } of the bundle the
 * frames point into, if any.
 */
export function aggregateProfile(profile, bundle) {
  // The bundle's module markers (esbuild writes `// path` before each module's code).
  const markers = [];
  (bundle?.text ?? '').split('\n').forEach((line, i) => {
    const path = modulePathOf(line);
    if (path) markers.push({ line: i, path });
  });
  function moduleOf(line) {
    let lo = 0;
    let hi = markers.length - 1;
    let found = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (markers[mid].line <= line) {
        found = markers[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
  function where(callFrame) {
    if (callFrame.url !== bundle?.url) return callFrame.url ? callFrame.url.replace(/^.*\/node_modules\//, '') : '';
    const mod = moduleOf(callFrame.lineNumber);
    return mod ? `${mod.path}:${callFrame.lineNumber - mod.line}` : `bundle:${callFrame.lineNumber}`;
  }
  const packageOf = (place) => {
    const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(place);
    if (m) return m[1];
    if (place.startsWith('src/')) return place.replace(/:\d+$/, '');
    return place ? 'node (runtime)' : '(V8)';
  };

  // Self time per node: each sample's time is the delta that follows it.
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
  }
  const parentOf = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const keyOf = (id) => {
    const { callFrame } = nodes.get(id);
    return `${callFrame.functionName || '(anonymous)'}  ${where(callFrame)}`;
  };
  const byFrame = new Map();
  const byModule = new Map();
  /** For each frame, its callers (two frames up) weighted by the frame's self time under them. */
  const callers = new Map();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id);
    const place = where(callFrame);
    const key = keyOf(id);
    byFrame.set(key, (byFrame.get(key) ?? 0) + us);
    const up = [parentOf.get(id), parentOf.get(parentOf.get(id))].filter((p) => p !== undefined && nodes.get(p).callFrame.functionName !== '(root)');
    const chain = up.map((p) => keyOf(p).replace(/ {2}/, ' ')).join(' <- ');
    if (!callers.has(key)) callers.set(key, new Map());
    callers.get(key).set(chain, (callers.get(key).get(chain) ?? 0) + us);
    const mod = packageOf(place);
    byModule.set(mod, (byModule.get(mod) ?? 0) + us);
    totalUs += us;
  }
  return { byFrame, byModule, callers, totalUs };
}
