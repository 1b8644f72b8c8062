// The breaking-change gate: schema.graphql against the last released schema
// (contract/released/v1.graphql), by @graphql-inspector/core's diff, under the deprecation policy
// in the README:
//   1. Additions (types, fields, optional arguments, enum values) always pass.
//   2. A breaking change fails, except removing a field, argument, input field or enum value
//      that the released schema deprecated with a removal date that has come.
//   3. Every deprecation reason says when it was deprecated, what to use instead, and a removal
//      date at least DEPRECATION_MONTHS months later:
//        @deprecated(reason: "Deprecated 2027-01-15: use `exam.durationMinutes`. Removal on or after 2027-07-15.")
// Pure: no file or clock access (the CLI passes the texts and today's date), so tests drive it.
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

/** How long a deprecated element keeps working before it may be removed. */
export const DEPRECATION_MONTHS = 6;

const REASON = /^Deprecated (\d{4}-\d{2}-\d{2}): (.+?)\s+Removal on or after (\d{4}-\d{2}-\d{2})\.$/s;

/** Removals the policy may allow (after a deprecation). Everything else breaking always fails. */
const REMOVALS = new Set(['FIELD_REMOVED', 'INPUT_FIELD_REMOVED', 'ENUM_VALUE_REMOVED', 'FIELD_ARGUMENT_REMOVED']);

export interface GateResult {
  ok: boolean;
  /** Why the gate fails: one line each. */
  failures: string[];
  /** Removals the policy allowed, dangerous changes: worth a line in CHANGELOG.md. */
  notes: string[];
  /** Every change, for the changelog. */
  changes: { level: string; path: string; message: string }[];
}

interface Deprecation {
  path: string;
  reason: string;
}

/** Every deprecated field, argument, input field and enum value of a schema, by path (Type.field.arg). */
export function deprecationsOf(schema: GraphQLSchema): Map<string, string> {
  const found: Deprecation[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason != null) found.push({ path: `${type.name}.${field.name}`, reason: field.deprecationReason });
        for (const arg of field.args)
          if (arg.deprecationReason != null) found.push({ path: `${type.name}.${field.name}.${arg.name}`, reason: arg.deprecationReason });
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (field.deprecationReason != null) found.push({ path: `${type.name}.${field.name}`, reason: field.deprecationReason });
    } else if (isEnumType(type)) {
      for (const value of type.getValues())
        if (value.deprecationReason != null) found.push({ path: `${type.name}.${value.name}`, reason: value.deprecationReason });
    }
  }
  return new Map(found.map((d) => [d.path, d.reason]));
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function validDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** What is wrong with a deprecation reason under the policy, or null. */
export function reasonProblem(path: string, reason: string): string | null {
  const m = REASON.exec(reason.trim());
  const example = `"Deprecated YYYY-MM-DD: use \`other\` instead. Removal on or after YYYY-MM-DD."`;
  if (!m) return `${path} is deprecated without the policy's reason; write it as ${example} (got "${reason}").`;
  const [, since, instead, removal] = m as unknown as [string, string, string, string];
  if (!validDate(since) || !validDate(removal)) return `${path}: the deprecation reason's dates are not real dates (${since}, ${removal}).`;
  if (instead.trim().length < 8) return `${path}: the deprecation reason must say what to use instead.`;
  const earliest = addMonths(since, DEPRECATION_MONTHS);
  if (removal < earliest)
    return `${path}: removal on ${removal} is less than ${DEPRECATION_MONTHS} months after the deprecation (${since}); the earliest is ${earliest}.`;
  return null;
}

export async function checkSchemaChange(releasedSdl: string, currentSdl: string, today: string): Promise<GateResult> {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const changes: Change[] = await diff(released, current);
  const releasedDeprecations = deprecationsOf(released);
  const failures: string[] = [];
  const notes: string[] = [];
  for (const change of changes) {
    const path = change.path ?? '(schema)';
    if (change.criticality.level === CriticalityLevel.Dangerous) notes.push(`dangerous: ${change.message}`);
    if (change.criticality.level !== CriticalityLevel.Breaking) continue;
    const reason = releasedDeprecations.get(path);
    if (!REMOVALS.has(change.type) || reason === undefined) {
      failures.push(
        `breaking: ${change.message}` +
          (REMOVALS.has(change.type)
            ? ` Deprecate it first (README, "Deprecation policy"); it may go ${DEPRECATION_MONTHS} months later.`
            : ' Add a new field or type beside it instead.'),
      );
      continue;
    }
    const m = REASON.exec(reason.trim());
    if (!m) {
      failures.push(`breaking: ${change.message} Its deprecation reason gives no removal date, so it stays.`);
      continue;
    }
    const removal = m[3]!;
    if (today < removal) failures.push(`breaking: ${change.message} It is deprecated, but may be removed only on or after ${removal}.`);
    else notes.push(`removed after its deprecation period: ${path} (removal date ${removal}).`);
  }
  for (const [path, reason] of deprecationsOf(current)) {
    const problem = reasonProblem(path, reason);
    if (problem) failures.push(`deprecation: ${problem}`);
  }
  return {
    ok: failures.length === 0,
    failures,
    notes,
    changes: changes.map((c) => ({ level: c.criticality.level, path: c.path ?? '', message: c.message })),
  };
}
