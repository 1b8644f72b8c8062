// The next-steps index (src/data/next-steps.ts: what builds on each certification, its track's
// next rung or listing it as a prerequisite), built in one pass over the catalog, is the scan of the
// whole catalog per certification it replaced (~40 ms of each isolate's start at 1,000
// certifications): the same lists, in the same order, on the real catalog and on grown ones whose
// copied tracks put many certifications on a rung.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { nextStepsOf } from '../../src/data/next-steps.js';
import type { CertificationData } from '../../src/data/types.js';
import { grownCertifications } from '../helpers.js';

describe('the next-steps index, built in one pass, is the scan it replaced', () => {
  /** The old index: for each certification, a scan of the catalog. */
  const scanned = (certs: readonly CertificationData[]) =>
    new Map(
      certs.map((cert) => [
        cert.slug,
        certs.filter(
          (other) =>
            other !== cert &&
            (other.prerequisites.includes(cert.slug) ||
              (cert.track !== null && other.track === cert.track && cert.trackOrder !== null && other.trackOrder === cert.trackOrder + 1)),
        ),
      ]),
    );

  it.each([
    [45, 0],
    [200, 5],
    [400, 6],
  ])('%i certifications (seed %i)', (n, seed) => {
    const certs = n === catalog.certifications.length ? [...catalog.certifications] : grownCertifications(n, seed);
    const expected = scanned(certs);
    const built = nextStepsOf(certs);
    expect([...built.keys()]).toEqual([...expected.keys()]);
    for (const [slug, steps] of expected)
      expect(
        built.get(slug)!.map((c) => c.slug),
        slug,
      ).toEqual(steps.map((c) => c.slug));
    expect([...expected.values()].some((steps) => steps.length > 1)).toBe(true);
  });

  it('the loaded catalog’s index is it', () => {
    const expected = scanned(catalog.certifications);
    for (const c of catalog.certifications) expect(catalog.nextSteps.get(c.slug)).toEqual(expected.get(c.slug));
  });
});
