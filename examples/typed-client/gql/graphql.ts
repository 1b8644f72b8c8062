/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A price against the profile's budget. */
export type BudgetFit =
  /** No budget was given. */
  | 'NO_BUDGET'
  /** The realistic price, or its known part, is over. */
  | 'OVER_BUDGET'
  /** Unknown, unverified or partial: cannot be said to fit. */
  | 'PRICE_UNKNOWN'
  /** The realistic price is within the budget. */
  | 'WITHIN_BUDGET';

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
  /** Most the person will spend, in USD (zero to 1,000,000). */
  budgetUsd?: number | null | undefined;
  /** Role slug (or global ID) the person holds now. */
  currentRole?: string | null | undefined;
  /** Months per role, each role once (at most 50); requirements count only their own roles. */
  experience?: Array<RoleExperienceInput> | null | undefined;
  /** Months in `currentRole` (0 to 600); without it they count in no role. */
  experienceMonths?: number | null | undefined;
  /** Certification slugs (or global IDs) the person holds, each implying its prerequisites (at most 50). */
  held?: Array<string> | null | undefined;
  /** Topic slugs (or global IDs) the person wants to learn (at most 50). */
  interests?: Array<string> | null | undefined;
  /** Provider slugs (or global IDs) the person prefers (at most 50). */
  providers?: Array<string> | null | undefined;
  /** Prefer certifications that need no mandatory course. */
  selfStudy?: boolean | null | undefined;
  /** Role slug (or global ID) the person wants to grow into. */
  targetRole?: string | null | undefined;
};

/** Why a certification ranks where it does; each reason adds its weight to the score. */
export type ReasonCode =
  /** Mostly covered already (down to -0.2). */
  | 'ALREADY_COVERED'
  /** The next step after a held certification (+0.15). */
  | 'BUILDS_ON_HELD'
  /** Price unknown, unverified, partial or too old to promise (-0.3): a price to confirm, never scored above a known price over budget; ranked after verified prices within budget in the same relevance band (never below a weaker match), before prices known to be over it. */
  | 'COST_UNKNOWN'
  /** Requires a course (-0.05), while self-study is preferred: said first, and ranked after what keeps the wish. */
  | 'COURSE_REQUIRED'
  /** The other side of the Scrum Master / Product Owner pair (+0.1). */
  | 'CROSS_ROLE'
  /** Covers the interests, by depth (up to +0.2). */
  | 'INTEREST_MATCH'
  /** Level against what is held and months in its role: within reach (+0.05), -0.1 per level above, below one held (-0.05). */
  | 'LEVEL_FIT'
  /** A required certification or role experience is missing (-0.3): not eligible, ranked after every eligible one. */
  | 'MISSING_PREREQUISITE'
  /** Content the held certifications lack (up to +0.1). */
  | 'NEW_CONTENT'
  /** Not for the target role (it does not teach the role's own work) nor any interest: ranked after every certification that is (a ranking tier; weight 0). */
  | 'NOT_FOR_GOAL'
  /** Never renews, as preferred (+0.03). */
  | 'NO_RENEWAL'
  /** For the goal, but not from a preferred provider while one of them offers something for it: ranked after theirs (a ranking tier; weight 0). */
  | 'OTHER_PROVIDER'
  /** Its realistic price exceeds the budget (-0.15 to -0.3 at $1000 over). */
  | 'OVER_BUDGET'
  /** From a preferred provider (+0.05). */
  | 'PREFERRED_PROVIDER'
  /** No budget given, and no verified current price: said plainly (the price is set by each trainer; confirm it before booking). Lowers confidence, not the rank (weight 0). */
  | 'PRICE_TO_CONFIRM'
  /** A recommended predecessor is not held (-0.05). */
  | 'RECOMMENDED_FIRST'
  /** Must be renewed (-0.05), while renewals are to be avoided: said first, and ranked after what keeps the wish. */
  | 'RENEWAL_REQUIRED'
  /** For the target role (+0.25 first role, +0.12 other), else the current one; scaled by how much of the role it covers. */
  | 'ROLE_MATCH'
  /** Self-study, as preferred (+0.03). */
  | 'SELF_STUDY'
  /** A current count of 10,000 holders or more (up to +0.04). */
  | 'WIDELY_HELD'
  /** Its realistic price fits the budget (+0.05). */
  | 'WITHIN_BUDGET';

/** Months of work experience in one role. */
export type RoleExperienceInput = {
  /** Months in that role (0 to 600). */
  months: number;
  /** Role slug (or global ID). */
  role: string;
};

export type CompareTwoQueryVariables = Exact<{
  pair: Array<string> | string;
}>;


export type CompareTwoQuery = { compare: { summary: string, certifications: Array<{ slug: string, acronym: string, name: string, price: { typicalUsd: number | null, minUsd: number | null, maxUsd: number | null, confidence: Confidence, asOf: string | null, summary: string } }>, sharedFundamentals: Array<{ name: string }>, distinct: Array<{ certification: { acronym: string }, topics: Array<{ name: string }> }>, pairs: Array<{ similarity: number, coverageOfA: number, coverageOfB: number }> } };

export type RecommendationsForQueryVariables = Exact<{
  profile: ProfileInput;
  first?: number | null | undefined;
}>;


export type RecommendationsForQuery = { recommendations: { fitCount: number, nothingFits: boolean, message: string, items: Array<{ rank: number, score: number, eligible: boolean, fits: boolean, budgetFit: BudgetFit, certification: { slug: string, acronym: string, level: CertificationLevel, price: { typicalUsd: number | null, minUsd: number | null, maxUsd: number | null, confidence: Confidence, asOf: string | null, summary: string } }, reasons: Array<{ code: ReasonCode, message: string, weight: number }> }> } };

export type CertificationDetailsQueryVariables = Exact<{
  slug: string;
}>;


export type CertificationDetailsQuery = { certification: { slug: string, acronym: string, name: string, summary: string, url: string, level: CertificationLevel, requiresCourse: boolean, provider: { name: string }, prerequisites: Array<{ acronym: string }>, exam: { questions: number | null, durationMinutes: number, passingScorePercent: number | null, format: string } | null, price: { typicalUsd: number | null, minUsd: number | null, maxUsd: number | null, confidence: Confidence, asOf: string | null, summary: string }, renewal: { required: boolean, everyYears: number | null, feeUsd: number | null }, sources: Array<{ title: string, url: string }> } | null };


export const CompareTwoDocument = {"__meta__":{"hash":"sha256:850e1b9b1530091c594261a1fc6bae86c820484f23eaa0df9c64410283f455b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareTwo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pair"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certifications"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pair"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedFundamentals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distinct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"coverageOfA"}},{"kind":"Field","name":{"kind":"Name","value":"coverageOfB"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<CompareTwoQuery, CompareTwoQueryVariables>;
export const RecommendationsForDocument = {"__meta__":{"hash":"sha256:08e42f1b81bd30ab7ce6d5608c62e473225ce49041e17111952ecd732f51201a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationsFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fitCount"}},{"kind":"Field","name":{"kind":"Name","value":"nothingFits"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFit"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationsForQuery, RecommendationsForQueryVariables>;
export const CertificationDetailsDocument = {"__meta__":{"hash":"sha256:cd4825e0656306d408c9973a085ff26a0e3a72a938420076723b8a2f5e9107ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificationDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiresCourse"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passingScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"everyYears"}},{"kind":"Field","name":{"kind":"Name","value":"feeUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<CertificationDetailsQuery, CertificationDetailsQueryVariables>;