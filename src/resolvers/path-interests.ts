// A path extended by the interests it leaves uncovered: the fewest, cheapest certifications
// that cover them, each after its own predecessors.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { type DepthMap, unionOf } from './overlap.js';
import { chainTo, providerNames } from './path-chain.js';
import { priced } from './path-cost.js';
import type { Profile, ProfileNote } from './profile.js';
import { wishesBrokenBy } from './reasons.js';
import { compareText } from './text.js';
import { topicNames } from './wording.js';

/**
 * Greedy cover of the interests not yet covered by what is held and `start`: each round adds the
 * certification (with its predecessors) that covers the most uncovered interests (weighted by
 * depth), cheaper first on ties, from the preferred providers when they cover any. With a budget,
 * only affordable, fully priced additions count; if that cannot cover everything, the cheapest
 * cover is returned.
 */
export function coverInterests(catalog: CatalogIndex, profile: Profile, start: readonly CertificationData[], notes: ProfileNote[]): CertificationData[] {
  const cover = (affordableOnly: boolean): CertificationData[] => {
    const planned: CertificationData[] = [...start];
    for (;;) {
      const have = unionOf([...profile.covered, ...planned.map((c) => c.slug)].map((s) => catalog.depthsByCertification.get(s)!));
      const missing = profile.interests.filter((t) => !have.has(t));
      if (missing.length === 0) break;
      const plannedSlugs = new Set(planned.map((c) => c.slug));
      const skip = new Set([...profile.covered, ...plannedSlugs]);
      const spent = priced(catalog, planned);
      const options = catalog.certifications
        .filter((c) => !skip.has(c.slug))
        .map((c) => {
          const chain = priced(catalog, chainTo(catalog, c, plannedSlugs, profile));
          // Interests gained, weighted by how deeply the chain covers each: mastering beats touching.
          const depths = unionOf(chain.certs.map((x) => catalog.depthsByCertification.get(x.slug)!));
          const gained = missing.reduce((sum, t) => sum + (depths.get(t) ?? 0), 0);
          return { chain, gained, key: c.slug, provider: c.provider };
        })
        .filter((o) => o.gained > 0 && (!affordableOnly || (o.chain.complete && spent.complete && spent.total + o.chain.total <= profile.budgetUsd!)));
      const wished = options.filter((o) => o.chain.certs.every((x) => wishesBrokenBy(profile, x).length === 0));
      const kept = wished.length ? wished : options;
      const mine = profile.providers.length ? kept.filter((o) => profile.providers.includes(o.provider)) : kept;
      const pool = mine.length ? mine : kept;
      pool.sort((a, b) =>
        affordableOnly
          ? b.gained - a.gained || a.chain.total - b.chain.total || a.chain.certs.length - b.chain.certs.length || compareText(a.key, b.key)
          : // Cheapest per interest gained; unpriced last.
            Number(b.chain.complete) - Number(a.chain.complete) ||
            a.chain.total / a.gained - b.chain.total / b.gained ||
            b.gained - a.gained ||
            compareText(a.key, b.key),
      );
      const pick = pool[0];
      if (!pick) break;
      if (profile.providers.length && !mine.length && !affordableOnly) {
        const names = missing.filter((t) => (catalog.depthsByCertification.get(pick.key)!.get(t) ?? 0) > 0);
        notes.push({
          code: 'PROVIDERS_NOT_OFFERED',
          message: `None of your preferred providers (${providerNames(catalog, profile.providers)}) covers ${topicNames(names.map((t) => catalog.topicBySlug.get(t)!))} beyond what is planned; the path uses other providers for it.`,
        });
      }
      planned.push(...pick.chain.certs);
    }
    return planned;
  };
  const covers = (certs: readonly CertificationData[]) => {
    const have = unionOf([...profile.covered, ...certs.map((c) => c.slug)].map((s) => catalog.depthsByCertification.get(s)!));
    return profile.interests.every((t) => have.has(t));
  };
  if (profile.budgetUsd !== null) {
    const affordable = cover(true);
    if (covers(affordable)) return affordable;
  }
  return cover(false);
}

export const interestDepths = (profile: Profile): DepthMap => new Map(profile.interests.map((t) => [t, 1]));

export const interestWords = (catalog: CatalogIndex, profile: Profile) =>
  topicNames(
    profile.interests.map((t) => catalog.topicBySlug.get(t)!),
    10,
  );
