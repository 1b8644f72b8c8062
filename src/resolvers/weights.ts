// The recommend model's numbers and the shape of a reason: every weight and penalty in one table
// (WEIGHTS, which docs/analyst.md prints and a test keeps equal), the reason codes, and the
// reason a rule gives (src/resolvers/reasons.ts holds the rules that earn each). Pure.

export type ReasonCode =
  | 'ROLE_MATCH'
  | 'CROSS_ROLE'
  | 'INTEREST_MATCH'
  | 'NOT_FOR_GOAL'
  | 'OTHER_PROVIDER'
  | 'NEW_CONTENT'
  | 'ALREADY_COVERED'
  | 'BUILDS_ON_HELD'
  | 'MISSING_PREREQUISITE'
  | 'RECOMMENDED_FIRST'
  | 'WITHIN_BUDGET'
  | 'OVER_BUDGET'
  | 'COST_UNKNOWN'
  | 'NO_RENEWAL'
  | 'RENEWAL_REQUIRED'
  | 'SELF_STUDY'
  | 'COURSE_REQUIRED'
  | 'PREFERRED_PROVIDER'
  | 'WIDELY_HELD'
  | 'LEVEL_FIT'
  | 'PRICE_TO_CONFIRM';

/**
 * Every weight and penalty, in one table (the README prints the same table). A reason's weight
 * is the value here, scaled where the comment says so.
 *
 * The weights order certifications only inside a ranking tier (see `rank`): eligibility, serving
 * the goal, the budget and the level come first, so no weight can lift a certification that is
 * not for the goal above one that is, nor one over budget above one within it.
 *
 * The price rule: COST_UNKNOWN <= OVER_BUDGET_FAR <= OVER_BUDGET < 0 < WITHIN_BUDGET. An unknown
 * price earns no more than the most expensive known price over budget, so it never looks cheaper
 * than a known price; it ranks above a known price over budget only because a budget removes only
 * what is known to be over it (and never when every price of its kind is over the budget).
 * test/advice/personas.test.ts checks both, for generated profiles too.
 */
export const WEIGHTS = {
  /** A certification for the target role (first role), scaled by how much of the role it covers (ROLE_DEPTH_FLOOR..1). */
  ROLE_MATCH_PRIMARY: 0.25,
  /** It also prepares for the target role (covering SERVES_ROLE_FROM of its own topics or more), but another role first. */
  ROLE_MATCH_SECONDARY: 0.12,
  /** No target: it deepens the current role (first role)... */
  ROLE_MATCH_CURRENT: 0.15,
  /** ...or also serves it. */
  ROLE_MATCH_CURRENT_SECONDARY: 0.08,
  /** The other side of the Scrum Master / Product Owner pair, the move both articles describe. */
  CROSS_ROLE: 0.1,
  /** Covers the stated interests, scaled by how deeply (mastered = full). */
  INTEREST_MATCH: 0.2,
  /** Not for the target role or the interests: said, and ranked after every certification that is (a tier, not a weight). */
  NOT_FOR_GOAL: 0,
  /** For the goal, but not from a preferred provider while one offers something for it: ranked after theirs (a tier, not a weight). */
  OTHER_PROVIDER: 0,
  /** Scaled by the share of content the held certifications do not cover. */
  NEW_CONTENT: 0.1,
  /** Mostly known already (coverage >= ALREADY_COVERED_FROM), scaled by that coverage; no longer a step toward the goal. */
  ALREADY_COVERED: -0.2,
  /** The next rung of a held track, or a certification listing a held one as prerequisite. */
  BUILDS_ON_HELD: 0.15,
  /** Not attainable yet: a required certification or required experience is missing. */
  MISSING_PREREQUISITE: -0.3,
  /** A predecessor the provider recommends (not requires) is not held, nor a level at or above it. */
  RECOMMENDED_FIRST: -0.05,
  /** Its realistic price (typical, else highest seen; never the floor), dated within 3 years, is within the budget. */
  WITHIN_BUDGET: 0.05,
  /** Its realistic price is over the budget: this much just over it... */
  OVER_BUDGET: -0.15,
  /** ...down to this when it is OVER_BUDGET_SPAN_USD or more over. */
  OVER_BUDGET_FAR: -0.3,
  /** A budget was given and the price is unknown, unverified, incomplete or stale: a price to confirm, never scored above a known price. */
  COST_UNKNOWN: -0.3,
  /** No budget was given and the price is unknown, unverified, incomplete or stale: said plainly (confirm it before booking), no weight. */
  PRICE_TO_CONFIRM: 0,
  NO_RENEWAL: 0.03,
  RENEWAL_REQUIRED: -0.05,
  SELF_STUDY: 0.03,
  COURSE_REQUIRED: -0.05,
  PREFERRED_PROVIDER: 0.05,
  /** Recognition, log-scaled (full at a million): only for a current count of WIDELY_HELD_MIN or more. */
  WIDELY_HELD: 0.04,
  /** Its level is right for the person: where they are, or what their months in its role reach. */
  LEVEL_FIT: 0.05,
  /** Per level above what the person's experience reaches (a certificate does not stand in for the months). */
  LEVEL_ABOVE: -0.1,
  /** Below a level the person already holds in its role. */
  LEVEL_BELOW: -0.05,
} as const;

/** The part of a ROLE_MATCH weight earned for the role alone, before how much of the role it covers. */
export const ROLE_DEPTH_FLOOR = 0.6;
/** How far over budget (USD) a price must be for the full OVER_BUDGET_FAR penalty. */
export const OVER_BUDGET_SPAN_USD = 1000;
export const MAX_RECOMMENDATIONS = 10;

export interface Reason {
  code: ReasonCode;
  message: string;
  /** Signed contribution to the score, rounded to 3 decimals. */
  weight: number;
}

/** A reason as a rule gives it: `blocks` when it is what stands in the way (said first when the certification does not fit). */
export interface RuleReason extends Reason {
  blocks: boolean;
}

/** A reason as a rule gives it. */
export const reason = (code: ReasonCode, weight: number, message: string, blocks = false): RuleReason => ({ code, weight, message, blocks });
