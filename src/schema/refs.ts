// Object refs declared up front so type files can reference each other without import cycles,
// and the slug-or-global-ID rule for arguments that name an entity.
import { decodeGlobalID } from '@pothos/plugin-relay';
import type {
  CertificationData,
  ProviderData,
  RoleData,
  TopicData,
} from '../data/types.js';
import { builder } from './builder.js';

export const CertificationRef = builder.objectRef<CertificationData>('Certification');
export const ProviderRef = builder.objectRef<ProviderData>('Provider');
export const RoleRef = builder.objectRef<RoleData>('Role');
export const TopicRef = builder.objectRef<TopicData>('Topic');

export type NodeTypeName = 'Certification' | 'Provider' | 'Role' | 'Topic';

/**
 * Every argument that names an entity takes its slug or its global ID. A global ID of the
 * expected type yields its slug; anything else is taken as a slug (and, if it is not one, is
 * reported as unknown by the resolver, under the value the caller sent).
 */
export function slugOf(typename: NodeTypeName, value: string): string {
  // Slugs are kebab-case; global IDs are base64 and never contain '-'.
  if (value.includes('-')) return value;
  try {
    const { typename: actual, id } = decodeGlobalID(value);
    return actual === typename ? id : value;
  } catch {
    return value;
  }
}

export function slugsOf(typename: NodeTypeName, values: readonly string[] | null | undefined): string[] | null {
  return values == null ? null : values.map((v) => slugOf(typename, v));
}
