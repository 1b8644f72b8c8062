// Expected list sizes for the query cost (src/http/limits.ts): each list field multiplies the
// cost of what is selected inside it by how many items it usually holds, measured on the catalog
// once per isolate. Lists sized by an argument (`first`, `ids`) use the argument instead.
import { catalog } from '../data/catalog.js';
import { overlapMatrix } from '../resolvers/compare.js';

const average = (sizes: readonly number[]) => Math.max(1, Math.ceil(sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length)));
const certs = catalog.certifications;
const pairs = overlapMatrix(catalog, null).pairs;
const kinds = (slugs: readonly string[], kind: string) => slugs.filter((s) => catalog.topicBySlug.get(s)!.kind === kind).length;

export const LIST_SIZE = {
  catalogCertifications: certs.length,
  catalogPairs: pairs.length,
  providers: catalog.providers.length,
  roles: catalog.roles.length,
  topics: catalog.topics.length,
  providerCertifications: average(catalog.providers.map((p) => catalog.certificationsByProvider.get(p.slug)?.length ?? 0)),
  roleCertifications: average(catalog.roles.map((r) => catalog.certificationsByPrimaryRole.get(r.slug)?.length ?? 0)),
  roleTopics: average(catalog.roles.map((r) => catalog.topicsByRole.get(r.slug)?.length ?? 0)),
  topicCertifications: average(catalog.topics.map((t) => catalog.certificationsByTopic.get(t.slug)?.length ?? 0)),
  topicRoles: average(catalog.topics.map((t) => t.roles.length)),
  certificationTopics: average(certs.map((c) => c.topics.length)),
  certificationRoles: average(certs.map((c) => c.roles.length)),
  certificationLinks: average(certs.map((c) => Math.max(c.prerequisites.length, c.recommendedBefore.length, catalog.nextSteps.get(c.slug)?.length ?? 0))),
  certificationSources: average(certs.map((c) => c.sources.length)),
  certificationHolders: average(certs.map((c) => c.holders.length)),
  certificationFundamentals: average(certs.map((c) => kinds(c.topics.map((t) => t.topic), 'FUNDAMENTAL'))),
  certificationRoleSpecific: average(certs.map((c) => kinds(c.topics.map((t) => t.topic), 'ROLE_SPECIFIC'))),
  pairShared: average(pairs.map((p) => p.shared.length)),
  pairOnly: average(pairs.flatMap((p) => [p.onlyA.length, p.onlyB.length])),
  /** At most 6 certifications are compared: 15 pairs. */
  comparePairs: 15,
  compareCertifications: 6,
  differences: 9,
  /** Reasons, topics and steps in a recommendation or path, generously. */
  recommendationReasons: 8,
  pathSteps: 4,
} as const;

/** A list field's cost option: 1 for itself, its selection multiplied by `size`. */
export const list = (size: number) => ({ field: 1, multiplier: size });
