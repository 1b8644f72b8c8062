// Global IDs without exceptions: an argument may carry thousands of values, and an exception per
// value costs far more than the lookup itself. A global ID is the canonical base64 of
// `Typename:slug` (what Pothos' relay plugin writes); anything else is not one.
import type { CatalogIndex } from '../data/catalog.js';

export type NodeTypeName = 'Certification' | 'Provider' | 'Role' | 'Topic';

interface Lookups {
  of: CatalogIndex;
  /** The entities of each type, by slug: what a global ID of that type can name. */
  byType: Readonly<Record<NodeTypeName, ReadonlyMap<string, object>>>;
  /** The type of each entity, by identity. */
  typeOf: WeakMap<object, NodeTypeName>;
}
let lookups: Lookups | null = null;

/** The lookups of a catalog, built once per catalog (one kept: an isolate serves one catalog). */
function lookupsOf(current: CatalogIndex): Lookups {
  if (lookups?.of === current) return lookups;
  const byType = {
    Certification: current.certificationBySlug,
    Provider: current.providerBySlug,
    Role: current.roleBySlug,
    Topic: current.topicBySlug,
  };
  const typeOf = new WeakMap<object, NodeTypeName>();
  for (const [typename, entities] of Object.entries(byType) as [NodeTypeName, ReadonlyMap<string, object>][]) {
    for (const entity of entities.values()) typeOf.set(entity, typename);
  }
  lookups = { of: current, byType, typeOf };
  return lookups;
}
const NODE_TYPES: ReadonlySet<string> = new Set<NodeTypeName>(['Certification', 'Provider', 'Role', 'Topic']);

/** IDs are short (`Certification:psm-i` is 28 characters encoded); longer is not one of ours. */
export const MAX_GLOBAL_ID_LENGTH = 200;
const CANONICAL_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The type and slug a global ID names, or null when the value is not a global ID of this API. */
export function parseGlobalId(value: string): { typename: NodeTypeName; slug: string } | null {
  if (value.length === 0 || value.length > MAX_GLOBAL_ID_LENGTH || !CANONICAL_BASE64.test(value)) return null;
  // Canonical base64 (checked above) is exactly what atob accepts: it cannot throw here.
  const text = atob(value);
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return null;
  const typename = text.slice(0, colon);
  if (!NODE_TYPES.has(typename)) return null;
  return { typename: typename as NodeTypeName, slug: text.slice(colon + 1) };
}

/**
 * The entity a global ID names: the catalog's object, null when the ID is well formed but names
 * nothing, or undefined when the value is not a global ID at all (the caller's mistake).
 */
export function entityOfGlobalId(catalog: CatalogIndex, value: string): object | null | undefined {
  const parsed = parseGlobalId(value);
  if (!parsed) return undefined;
  return lookupsOf(catalog).byType[parsed.typename].get(parsed.slug) ?? null;
}

/**
 * The GraphQL type of a catalog entity, decided by identity with the catalog's own objects: the
 * same answer on a cold isolate, on the hundredth request, and for the same object reached by two
 * fields at once (nothing is written onto the shared objects).
 */
export function nodeTypeOf(catalog: CatalogIndex, value: unknown): NodeTypeName | undefined {
  return typeof value === 'object' && value !== null ? lookupsOf(catalog).typeOf.get(value) : undefined;
}
