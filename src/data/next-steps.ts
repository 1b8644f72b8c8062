// Which certifications build on each: the next rung of its track (the same track, one order up),
// or listing it as a prerequisite. One definition for the index an isolate builds
// (`CatalogIndex.nextSteps`, src/data/catalog.ts) and the list sizes the build measures for prices
// (`catalogSizes`, ./compile.ts). Each certification's steps in catalog order, found in one pass
// over the catalog (its prerequisites and its rung), not by a scan of the catalog for each: at
// 1,000 certifications, ~0.5 ms where the scans took ~40 ms of every isolate's start.

/** What the index reads of a certification (compiled or linked: the same). */
export interface Linked {
  readonly slug: string;
  readonly prerequisites: readonly string[];
  readonly track: string | null;
  readonly trackOrder: number | null;
}

/** For each certification (by slug, in catalog order), the certifications that build on it, in catalog order. */
export function nextStepsOf<C extends Linked>(certs: readonly C[]): Map<string, C[]> {
  const steps = new Map<string, C[]>(certs.map((c) => [c.slug, []]));
  // Each rung of each track: its certifications, in catalog order.
  const rungs = new Map<string, C[]>();
  const rungKey = (track: string, order: number) => `${order}\u0000${track}`;
  for (const c of certs) {
    if (c.track === null || c.trackOrder === null) continue;
    const key = rungKey(c.track, c.trackOrder);
    const rung = rungs.get(key);
    if (rung) rung.push(c);
    else rungs.set(key, [c]);
  }
  // Each certification, in catalog order, is a step of what it requires and of the rung below it
  // (once each, whichever way it builds on it): every list grows in catalog order.
  const below = new Set<string>();
  for (const other of certs) {
    below.clear();
    for (const slug of other.prerequisites) if (slug !== other.slug && steps.has(slug)) below.add(slug);
    if (other.track !== null && other.trackOrder !== null)
      for (const c of rungs.get(rungKey(other.track, other.trackOrder - 1)) ?? []) if (c !== other) below.add(c.slug);
    for (const slug of below) steps.get(slug)!.push(other);
  }
  return steps;
}
