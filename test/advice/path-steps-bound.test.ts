// A learning path's steps are priced (src/schema/costs.ts LIST_SIZE.pathSteps) at the longest chain
// to one certification (`pathChain`: it and everything before it, src/data/compile.ts chainSizes)
// times 1 + the interests, never more than the catalog: one chain to the goal, then at most one per
// interest. Held to the paths the domain computes for generated profiles (roles, up to 50
// interests, certifications held, providers, wishes, budgets) on the real catalog, on a grown one
// and on one whose chains are made long, so the bound is checked where it binds.
import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, CATALOG_ASSET, type CatalogIndex, catalog } from '../../src/data/catalog.js';
import { chainSizes } from '../../src/data/compile.js';
import type { CertificationData } from '../../src/data/types.js';
import { learningPath } from '../../src/resolvers/path.js';
import { chainTo, NOTHING_PLANNED } from '../../src/resolvers/path-chain.js';
import type { ProfileInput } from '../../src/resolvers/profile.js';
import { checkProfile } from '../../src/resolvers/profile-read.js';
import { LIST_SIZE, MAX_ITEMS } from '../../src/schema/costs.js';
import { grownCertifications, prng } from '../helpers.js';

const indexOf = (certifications: CertificationData[]): CatalogIndex =>
  buildCatalogIndex({ version: catalog.version, providers: catalog.providers, roles: catalog.roles, topics: catalog.topics, certifications });

/** Grown, then every fourth copy recommended after the copy before it: chains several times longer than the real ones. */
function longChains(n: number, seed: number): CertificationData[] {
  const certs = grownCertifications(n, seed);
  return certs.map((c, i) =>
    i > catalog.certifications.length && i % 4 !== 0 ? { ...c, recommendedBefore: [...c.recommendedBefore, certs[i - 1]!.slug] } : c,
  );
}

function profiles(index: CatalogIndex, count: number, seed: number): ProfileInput[] {
  const rand = prng(seed);
  const some = <T>(xs: readonly T[], max: number) => xs.filter(() => rand() < max / Math.max(1, xs.length));
  const roles = index.roles.map((r) => r.slug);
  const out: ProfileInput[] = [];
  for (let k = 0; k < count; k++) {
    const interests =
      rand() < 0.3
        ? index.topics.slice(0, MAX_ITEMS.profileValues).map((t) => t.slug)
        : some(
            index.topics.map((t) => t.slug),
            12,
          );
    out.push({
      targetRole: rand() < 0.6 ? roles[Math.floor(rand() * roles.length)]! : null,
      currentRole: rand() < 0.4 ? roles[Math.floor(rand() * roles.length)]! : null,
      experienceMonths: rand() < 0.5 ? Math.floor(rand() * 60) : null,
      interests: rand() < 0.7 ? interests.slice(0, MAX_ITEMS.profileValues) : [],
      held: some(
        index.certifications.map((c) => c.slug),
        4,
      ).slice(0, MAX_ITEMS.profileValues),
      providers:
        rand() < 0.3
          ? some(
              index.providers.map((p) => p.slug),
              2,
            )
          : [],
      budgetUsd: rand() < 0.3 ? Math.round(rand() * 3000) : null,
      selfStudy: rand() < 0.2,
      avoidRenewal: rand() < 0.2,
    });
  }
  return out;
}

describe("a learning path's steps, at most what their price assumes", () => {
  it('the build measured the real catalog’s longest chain, and the price follows from it', () => {
    const chain = Math.max(...chainSizes(catalog.certifications));
    expect(CATALOG_ASSET.maxima.pathChain).toBe(chain);
    expect(LIST_SIZE.pathSteps).toBe(Math.min(catalog.certifications.length, chain * (1 + MAX_ITEMS.profileValues)));
  });

  it.each([
    ['the real catalog', () => [...catalog.certifications], 120],
    ['grown to 200', () => grownCertifications(200, 5), 80],
    ['grown to 160 with long chains', () => longChains(160, 7), 80],
  ])('%s', (_name, certs, count) => {
    const index = indexOf(certs());
    const chain = Math.max(...chainSizes(index.certifications));
    let longest = 0;
    for (const profile of profiles(index, count, 11)) {
      const interests = new Set(profile.interests ?? []).size;
      const steps = learningPath(index, profile).steps.length;
      longest = Math.max(longest, steps);
      expect(steps, JSON.stringify(profile)).toBeLessThanOrEqual(Math.min(index.certifications.length, chain * (1 + interests)));
    }
    expect(longest).toBeGreaterThan(1);
  });

  it('a chain is what a path takes to one certification from nothing: the measure is tight', () => {
    for (const certs of [[...catalog.certifications], longChains(160, 7)]) {
      const index = indexOf(certs);
      const sizes = chainSizes(index.certifications);
      const nobody = checkProfile(index, {});
      index.certifications.forEach((goal, i) => {
        expect(chainTo(index, goal, NOTHING_PLANNED, nobody).length, goal.slug).toBe(sizes[i]);
      });
    }
    expect(Math.max(...chainSizes(longChains(160, 7)))).toBeGreaterThan(3);
  });
});
