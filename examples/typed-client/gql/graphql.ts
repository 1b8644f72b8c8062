/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How far along a track a certification sits. */
export type CertificationLevel =
  /** Builds on a foundation certification or on practical experience. */
  | 'ADVANCED'
  /** The highest rung of a track, for experienced practitioners. */
  | 'EXPERT'
  /** Entry level: no prior certification or experience required. */
  | 'FOUNDATION';

/** How far a source can be trusted: OFFICIAL (the provider's own page), MIRROR, SECONDARY, CONFLICT (sources disagree) or UNVERIFIED. */
export type Confidence =
  /** Sources disagree; the value shown is the one judged most current, and a note gives the others. */
  | 'CONFLICT'
  /** A third-party copy of official text. */
  | 'MIRROR'
  /** The certifying body's own page or document. */
  | 'OFFICIAL'
  /** A trainer or blog page restating the facts; usually right, possibly dated. */
  | 'SECONDARY'
  /** No reliable source found: treat as unconfirmed. */
  | 'UNVERIFIED';

/** A person's situation. Every field is optional: an empty profile gets a general answer for a newcomer. */
export type ProfileInput = {
  /** Prefer certifications that never need renewing. */
  avoidRenewal?: boolean | null | undefined;
  /** Most the person will spend, in USD (zero or more). */
  budgetUsd?: number | null | undefined;
  /** Role slug (or global ID) the person holds now. */
  currentRole?: string | null | undefined;
  /** Months of experience in the current role (0 to 600); taken as 0 when omitted. */
  experienceMonths?: number | null | undefined;
  /** Certification slugs (or global IDs) the person already holds. */
  held?: Array<string> | null | undefined;
  /** Topic slugs (or global IDs) the person wants to learn. */
  interests?: Array<string> | null | undefined;
  /** Provider slugs (or global IDs) the person prefers. */
  providers?: Array<string> | null | undefined;
  /** Prefer certifications that need no mandatory course. */
  selfStudy?: boolean | null | undefined;
  /** Role slug (or global ID) the person wants to grow into. */
  targetRole?: string | null | undefined;
};

/** Why a certification ranks where it does. Each reason adds its signed weight to the score. */
export type ReasonCode =
  /** Mostly covered by the held certifications already (down to -0.2). */
  | 'ALREADY_COVERED'
  /** The next step after a held certification (+0.15). */
  | 'BUILDS_ON_HELD'
  /** A budget was given but no verified price exists (trainer-set course fees) (-0.08). */
  | 'COST_UNKNOWN'
  /** Requires a course, though the person prefers self-study (-0.05). */
  | 'COURSE_REQUIRED'
  /** The other side of the Scrum Master / Product Owner pair, the move the articles recommend (+0.1). */
  | 'CROSS_ROLE'
  /** Covers the person's interests, scaled by how deeply (up to +0.2). */
  | 'INTEREST_MATCH'
  /** For someone holding nothing: foundation level is a good start (+0.05), higher levels less so (-0.05). */
  | 'LEVEL_FIT'
  /** A required certification or experience is missing (-0.25; not eligible yet), or a recommended predecessor is not held (-0.08). */
  | 'MISSING_PREREQUISITE'
  /** Brings content the held certifications do not cover (up to +0.1). */
  | 'NEW_CONTENT'
  /** Never needs renewing, as preferred (+0.03). */
  | 'NO_RENEWAL'
  /** Its lowest price exceeds the budget (-0.15). */
  | 'OVER_BUDGET'
  /** From a preferred provider (+0.05). */
  | 'PREFERRED_PROVIDER'
  /** Must be renewed, though the person prefers not to (-0.05). */
  | 'RENEWAL_REQUIRED'
  /** Prepares for the target role (+0.25 as its first role, +0.12 otherwise), or, with no target, the current role. */
  | 'ROLE_MATCH'
  /** Can be earned by self-study, as preferred (+0.03). */
  | 'SELF_STUDY'
  /** Widely held, from its newest dated holder count (up to +0.04, log-scaled). */
  | 'WIDELY_HELD'
  /** Its lowest price fits the budget (+0.03). */
  | 'WITHIN_BUDGET';

export type CompareTwoQueryVariables = Exact<{
  pair: Array<string> | string;
}>;


export type CompareTwoQuery = { compare: { summary: string, certifications: Array<{ slug: string, acronym: string, name: string, cost: { amountUsd: number, asOf: string, source: { url: string, confidence: Confidence } } | null }>, sharedFundamentals: Array<{ name: string }>, distinct: Array<{ certification: { acronym: string }, topics: Array<{ name: string }> }>, pairs: Array<{ similarity: number, coverageOfA: number, coverageOfB: number }> } };

export type RecommendForQueryVariables = Exact<{
  profile: ProfileInput;
  first?: number | null | undefined;
}>;


export type RecommendForQuery = { recommend: Array<{ rank: number, score: number, eligible: boolean, certification: { slug: string, acronym: string, level: CertificationLevel, cost: { amountUsd: number } | null }, reasons: Array<{ code: ReasonCode, message: string, weight: number }> }> };


export const CompareTwoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareTwo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pair"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certifications"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pair"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedFundamentals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distinct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"coverageOfA"}},{"kind":"Field","name":{"kind":"Name","value":"coverageOfB"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<CompareTwoQuery, CompareTwoQueryVariables>;
export const RecommendForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendForQuery, RecommendForQueryVariables>;