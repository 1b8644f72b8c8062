// Links the compiled catalog (src/data/generated/catalog.json, written by scripts/catalog-build.ts)
// at isolate start: every citation, an id in the JSON, becomes the one shared source object it
// names, so the bundle and the isolate hold each source once.
import type { CertificationData, CertificationFileData, Citation, ProviderData, RoleData, SourceRef, TopicData } from './schema.js';

/**
 * A certification as compiled: facts cite sources by id; `sources` lists the ids they cite. `file`,
 * its data file, is known to the build and the scripts only: the asset the Worker loads leaves it out.
 */
export type CompiledCertification = CertificationFileData & { sources: string[]; file?: string };

export interface CompiledCatalog {
  providers: ProviderData[];
  roles: RoleData[];
  topics: TopicData[];
  /** The registry: source id -> source. */
  sources: Record<string, SourceRef>;
  certifications: CompiledCertification[];
}

export interface LinkedCatalog {
  providers: ProviderData[];
  roles: RoleData[];
  topics: TopicData[];
  certifications: CertificationData[];
  /** Every source object the certifications share: the registry's, and each one cited with its own confidence. */
  sources: SourceRef[];
}

/** Keys whose values are citations: `source`, and `sources` or any `…Sources` list. */
export const isCitationList = (key: string) => key === 'sources' || key.endsWith('Sources');

export function linkCatalog(compiled: CompiledCatalog): LinkedCatalog {
  const overridden = new Map<string, SourceRef>();
  const resolve = (citation: Citation): SourceRef => {
    if (typeof citation === 'string') return compiled.sources[citation]!;
    const key = `${citation.ref}\u0000${citation.confidence}`;
    let source = overridden.get(key);
    if (!source) {
      source = { ...compiled.sources[citation.ref]!, confidence: citation.confidence };
      overridden.set(key, source);
    }
    return source;
  };
  const link = (value: unknown, key?: string): unknown => {
    if (key === 'source') return resolve(value as Citation);
    if (key !== undefined && isCitationList(key)) return (value as Citation[]).map(resolve);
    if (Array.isArray(value)) return value.map((v) => link(v));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const k in value) out[k] = link((value as Record<string, unknown>)[k], k);
      return out;
    }
    return value;
  };
  const certifications = compiled.certifications.map((c) => link(c) as CertificationData);
  return {
    providers: compiled.providers,
    roles: compiled.roles,
    topics: compiled.topics,
    certifications,
    sources: [...Object.values(compiled.sources), ...overridden.values()],
  };
}
