// Object refs declared up front so type files can reference each other without import cycles,
// and the slug-or-global-ID rule for arguments that name an entity.
import type { CertificationData, ProviderData, RoleData, TopicData } from '../data/types.js';
import { builder } from './builder.js';
import { type NodeTypeName, parseGlobalId } from './ids.js';

export const CertificationRef = builder.objectRef<CertificationData>('Certification');
export const ProviderRef = builder.objectRef<ProviderData>('Provider');
export const RoleRef = builder.objectRef<RoleData>('Role');
export const TopicRef = builder.objectRef<TopicData>('Topic');

export type { NodeTypeName } from './ids.js';

/**
 * Every argument that names an entity takes its slug or its global ID. A global ID of the
 * expected type yields its slug; anything else is taken as a slug (and, if it is not one, is
 * reported as unknown by the resolver, under the value the caller sent). No exceptions: a list
 * argument may carry thousands of values (its size is checked first, before any is parsed).
 */
export function slugOf(typename: NodeTypeName, value: string): string {
  // Slugs are kebab-case; global IDs are base64 and never contain '-'.
  if (value.includes('-')) return value;
  const parsed = parseGlobalId(value);
  return parsed && parsed.typename === typename ? parsed.slug : value;
}

export function slugsOf(typename: NodeTypeName, values: readonly string[] | null | undefined): string[] | null {
  return values == null ? null : values.map((v) => slugOf(typename, v));
}
