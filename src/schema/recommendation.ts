// Recommendations and learning paths: thin adapters over src/resolvers/recommend.ts and path.ts.
import { type LearningPath, type LearningStep, learningPath, type PathCost } from '../resolvers/path.js';
import { type ProfileInput as Profile, type ProfileNote, validateProfile } from '../resolvers/profile.js';
import {
  MAX_RECOMMENDATIONS,
  OVER_BUDGET_SPAN_USD,
  type Reason,
  type Recommendation,
  type RecommendationRelevance,
  type RecommendationSet,
  recommend,
  recommendations,
  WEIGHTS,
} from '../resolvers/recommend.js';
import { ALSO_FOR_ROLE, BAND_FROM, BUILT_FOR_ROLE, NO_GOAL_GRADE, ROLE_SHARE_OF_GRADE } from '../resolvers/relevance.js';
import { builder, type Context } from './builder.js';
import { BudgetFitEnum } from './common.js';
import { LIST_SIZE, learningPathPrice, list, MAX_ITEMS, maxItems, recommendPrice } from './costs.js';
import { CertificationRef, slugOf, slugsOf, TopicRef } from './refs.js';

const w = (x: number) => `${x > 0 ? '+' : ''}${x}`;

const ReasonCodeEnum = builder.enumType('ReasonCode', {
  description: 'Why a certification ranks where it does; each reason adds its weight to the score.',
  values: {
    ROLE_MATCH: {
      description: `For the target role (${w(WEIGHTS.ROLE_MATCH_PRIMARY)} first role, ${w(WEIGHTS.ROLE_MATCH_SECONDARY)} other), else the current one; scaled by how much of the role it covers.`,
    },
    CROSS_ROLE: { description: `The other side of the Scrum Master / Product Owner pair (${w(WEIGHTS.CROSS_ROLE)}).` },
    INTEREST_MATCH: { description: `Covers the interests, by depth (up to ${w(WEIGHTS.INTEREST_MATCH)}).` },
    NOT_FOR_GOAL: {
      description:
        "Not for the target role (it does not teach the role's own work) nor any interest: ranked after every certification that is (a ranking tier; weight 0).",
    },
    OTHER_PROVIDER: {
      description: 'For the goal, but not from a preferred provider while one of them offers something for it: ranked after theirs (a ranking tier; weight 0).',
    },
    NEW_CONTENT: { description: `Content the held certifications lack (up to ${w(WEIGHTS.NEW_CONTENT)}).` },
    ALREADY_COVERED: { description: `Mostly covered already (down to ${WEIGHTS.ALREADY_COVERED}).` },
    BUILDS_ON_HELD: { description: `The next step after a held certification (${w(WEIGHTS.BUILDS_ON_HELD)}).` },
    MISSING_PREREQUISITE: {
      description: `A required certification or role experience is missing (${WEIGHTS.MISSING_PREREQUISITE}): not eligible, ranked after every eligible one.`,
    },
    RECOMMENDED_FIRST: { description: `A recommended predecessor is not held (${WEIGHTS.RECOMMENDED_FIRST}).` },
    WITHIN_BUDGET: { description: `Its realistic price fits the budget (${w(WEIGHTS.WITHIN_BUDGET)}).` },
    OVER_BUDGET: {
      description: `Its realistic price exceeds the budget (${WEIGHTS.OVER_BUDGET} to ${WEIGHTS.OVER_BUDGET_FAR} at $${OVER_BUDGET_SPAN_USD} over).`,
    },
    PRICE_TO_CONFIRM: {
      description:
        'No budget given, and no verified current price: said plainly (the price is set by each trainer; confirm it before booking). Lowers confidence, not the rank (weight 0).',
    },
    COST_UNKNOWN: {
      description: `Price unknown, unverified, partial or too old to promise (${WEIGHTS.COST_UNKNOWN}): a price to confirm, never scored above a known price over budget; ranked after verified prices within budget in the same relevance band (never below a weaker match), before prices known to be over it.`,
    },
    NO_RENEWAL: { description: `Never renews, as preferred (${w(WEIGHTS.NO_RENEWAL)}).` },
    RENEWAL_REQUIRED: {
      description: `Must be renewed (${WEIGHTS.RENEWAL_REQUIRED}), while renewals are to be avoided: said first, and ranked after what keeps the wish.`,
    },
    SELF_STUDY: { description: `Self-study, as preferred (${w(WEIGHTS.SELF_STUDY)}).` },
    COURSE_REQUIRED: {
      description: `Requires a course (${WEIGHTS.COURSE_REQUIRED}), while self-study is preferred: said first, and ranked after what keeps the wish.`,
    },
    PREFERRED_PROVIDER: { description: `From a preferred provider (${w(WEIGHTS.PREFERRED_PROVIDER)}).` },
    WIDELY_HELD: { description: `A current count of 10,000 holders or more (up to ${w(WEIGHTS.WIDELY_HELD)}).` },
    LEVEL_FIT: {
      description: `Level against what is held and months in its role: within reach (${w(WEIGHTS.LEVEL_FIT)}), ${WEIGHTS.LEVEL_ABOVE} per level above, below one held (${WEIGHTS.LEVEL_BELOW}).`,
    },
  },
});

const ReasonType = builder.objectRef<Reason>('Reason').implement({
  description: "One reason behind a recommendation's rank.",
  fields: (t) => ({
    code: t.field({ type: ReasonCodeEnum, description: 'What kind of reason it is.', resolve: (r) => r.code }),
    message: t.exposeString('message', { description: 'The reason in words, with the age and confidence of any figure it uses.' }),
    weight: t.exposeFloat('weight', { description: 'Signed contribution to the score; the weights of all reasons add up to `rawScore`.' }),
  }),
});

const RelevanceBandEnum = builder.enumType('RelevanceBand', {
  description: 'How strongly a certification serves the goal, by its relevance grade. Price decides only inside a band.',
  values: {
    STRONG: { description: `Grade ${BAND_FROM.STRONG} or more: built around the goal.` },
    GOOD: { description: `Grade ${BAND_FROM.GOOD} to ${BAND_FROM.STRONG}: covers a good part of the goal.` },
    WEAK: { description: `Grade above 0, below ${BAND_FROM.GOOD}: touches the goal.` },
    NONE: { description: 'Grade 0: not for the target role nor any interest.' },
  },
});

const WishEnum = builder.enumType('StatedWish', {
  description: 'A wish stated in the profile that a certification can break.',
  values: {
    SELF_STUDY: { description: '`selfStudy`: the certification requires a course.' },
    NO_RENEWAL: { description: '`avoidRenewal`: the certification must be renewed.' },
  },
});

const RelevanceType = builder.objectRef<RecommendationRelevance>('RecommendationRelevance').implement({
  description:
    "Graded relevance: how much of the person's target role and interests a certification covers, and how deeply. The band leads the ranking among what can be taken; price decides inside a band.",
  fields: (t) => ({
    grade: t.exposeFloat('grade', {
      description: `0..1. With a target role and interests: ${ROLE_SHARE_OF_GRADE} of the role's grade plus the rest of the interests'; either alone otherwise; with neither, the current role's grade, at least ${NO_GOAL_GRADE}.`,
    }),
    band: t.field({ type: RelevanceBandEnum, description: 'The band the grade falls in.', resolve: (r) => r.band }),
    roleCoverage: t.float({
      nullable: true,
      description: `0..1: how much of the target role (else the current role) it covers: built for the role, ${BUILT_FOR_ROLE} plus the rest scaled by the share of the role's own topics it teaches; listed for it, up to ${ALSO_FOR_ROLE}. Null when no role is asked about.`,
      resolve: (r) => r.role,
    }),
    interestCoverage: t.float({
      nullable: true,
      description: '0..1: the mean depth (mastered = 1) at which it covers each stated interest. Null when no interests are given.',
      resolve: (r) => r.interests,
    }),
    wishesBroken: t.field({
      type: [WishEnum],
      description: 'The stated wishes it does not keep; such a certification ranks after those that keep them, and says so first.',
      resolve: (r) => r.wishesBroken,
    }),
  }),
});

const RecommendationType = builder.objectRef<Recommendation>('Recommendation').implement({
  description: 'A certification ranked for one person, with at least one reason.',
  fields: (t) => ({
    rank: t.exposeInt('rank', {
      description:
        "1 for the best fit. In tiers: eligible before ineligible (unless nothing for the goal can be taken yet: then the goal's certifications lead); then for the goal (from a preferred provider first) before not; then keeping the stated wishes; then at the person's level before above it; then not known to be over budget; then the relevance band; inside a band, a verified price within budget before a price to confirm; then the score.",
    }),
    certification: t.field({ type: CertificationRef, description: 'The certification.', resolve: (r) => r.certification }),
    score: t.exposeFloat('score', { description: '0..1, higher is better: `rawScore` clamped to 0..1.' }),
    rawScore: t.exposeFloat('rawScore', { description: "The sum of the reasons' weights; negative when cautions outweigh fit." }),
    reasons: t.field({
      type: [ReasonType],
      complexity: list(LIST_SIZE.recommendationReasons),
      description:
        'Why it ranks where it does: when it does not fit, what stands in the way first (the first reason says why); then the rest, strongest first.',
      resolve: (r) => r.reasons,
    }),
    newTopics: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.certificationTopics),
      description: 'Topics it adds beyond the certifications already held.',
      resolve: (r) => r.newTopics,
    }),
    alreadyCovered: t.exposeFloat('alreadyCovered', { description: 'Share of its content the held certifications already cover, 0..1.' }),
    eligible: t.exposeBoolean('eligible', { description: 'False when a required certification or role experience is missing.' }),
    missingPrerequisites: t.field({
      type: [CertificationRef],
      complexity: list(LIST_SIZE.certificationLinks),
      description: 'Required certifications not held (a held one implies its own).',
      resolve: (r) => r.missingPrerequisites,
    }),
    fits: t.exposeBoolean('fits', {
      description:
        "Eligible, within budget at a verified current price, for the target role or an interest (and from a preferred provider when one offers such a certification), adding to what is held, at the person's level.",
    }),
    budgetFit: t.field({ type: BudgetFitEnum, description: 'How its price compares with the budget.', resolve: (r) => r.budgetFit }),
    relevance: t.field({
      type: RelevanceType,
      description: 'How much of the goal it covers, and how deeply: the grade, its band, and the stated wishes it breaks.',
      resolve: (r) => r.relevance,
    }),
  }),
});

const ProfileNoteCodeEnum = builder.enumType('ProfileNoteCode', {
  description: 'What a profile note is about.',
  values: {
    EXPERIENCE_WITHOUT_ROLE: { description: '`experienceMonths` without `currentRole`: counted in no role.' },
    IMPLIED_BY_HELD: { description: 'A held certification implies its prerequisites and the rungs below it.' },
    EXPERIENCE_IMPLIED_BY_HELD: { description: 'A held certification proves more role experience than stated.' },
    LEVEL_WITHOUT_EXPERIENCE: { description: 'An advanced or expert certification held with little experience stated.' },
    PROVIDERS_NOT_OFFERED: { description: 'No preferred provider offers a needed step (or, in recommendations, anything for the goal).' },
    EXPERIENCE_AHEAD: {
      description:
        'Learning paths: steps that need experience the person does not have yet (a requirement, or a level their months do not reach), and which to take now.',
    },
    PATH_DIFFERS_FROM_RECOMMENDATIONS: { description: 'Learning paths: the first step is not among the top 3 recommendations for the same profile, and why.' },
    WISH_NOT_KEPT: {
      description:
        'Learning paths: no certification for a step keeps a stated wish (`selfStudy`, `avoidRenewal`), so the path includes one that does not, and says so.',
    },
  },
});

const ProfileNoteType = builder.objectRef<ProfileNote>('ProfileNote').implement({
  description: 'How part of the profile was read (a contradiction, an implication).',
  fields: (t) => ({
    code: t.field({ type: ProfileNoteCodeEnum, description: 'What the note is about.', resolve: (n) => n.code }),
    message: t.exposeString('message', { description: 'The note in words.' }),
  }),
});

const RecommendationSetType = builder.objectRef<RecommendationSet>('RecommendationSet').implement({
  description: 'Ranked recommendations, how many fit, and when none does, why.',
  fields: (t) => ({
    items: t.field({
      type: [RecommendationType],
      complexity: { field: 1, multiplier: 1 },
      description: 'The ranked recommendations, best first.',
      resolve: (s) => s.items,
    }),
    fitCount: t.exposeInt('fitCount', { description: 'How many certifications fit everything asked (`Recommendation.fits`).' }),
    nothingFits: t.exposeBoolean('nothingFits', { description: 'True when none fits: `items` are the closest options.' }),
    message: t.exposeString('message', { description: 'What the list means; when nothing fits, what rules everything out.' }),
    notes: t.field({ type: [ProfileNoteType], complexity: list(LIST_SIZE.profileNotes), description: 'How the profile was read.', resolve: (s) => s.notes }),
  }),
});

const LearningStepType = builder.objectRef<LearningStep>('LearningStep').implement({
  description: 'One certification on a learning path.',
  fields: (t) => ({
    order: t.exposeInt('order', { description: '1 for the first step.' }),
    certification: t.field({ type: CertificationRef, description: 'The certification to earn.', resolve: (s) => s.certification }),
    costUsd: t.exposeFloat('costUsd', {
      nullable: true,
      description: 'Its realistic price in USD; null when unknown, unverified or partial.',
    }),
    newTopics: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.certificationTopics),
      description: 'Topics this step adds to what is held and the earlier steps.',
      resolve: (s) => s.newTopics,
    }),
    cumulativeCoverage: t.exposeFloat('cumulativeCoverage', { description: 'Share of the goal covered after this step, 0..1.' }),
    note: t.exposeString('note', { nullable: true, description: 'What to know before this step: experience to gain, prices to check.' }),
  }),
});

const PathCostType = builder.objectRef<PathCost>('PathCost').implement({
  description: 'What a path costs: a total only when every step is priced.',
  fields: (t) => ({
    totalUsd: t.exposeFloat('totalUsd', { nullable: true, description: 'The total at realistic prices, in USD; null when any step is unpriced.' }),
    pricedSubtotalUsd: t.exposeFloat('pricedSubtotalUsd', { description: 'The sum of the priced steps, in USD.' }),
    atLeastUsd: t.exposeFloat('atLeastUsd', { description: 'What the path costs at least, in USD.' }),
    complete: t.exposeBoolean('complete', { description: 'True when every step has a verified realistic price.' }),
    unpriced: t.field({
      type: [CertificationRef],
      complexity: list(LIST_SIZE.pathSteps),
      description: 'Steps with no verified realistic price.',
      resolve: (c) => c.unpriced,
    }),
    summary: t.exposeString('summary', { description: 'The cost in words.' }),
  }),
});

const LearningPathType = builder.objectRef<LearningPath>('LearningPath').implement({
  description: 'The ordered certifications that take a person from what they hold to their goal.',
  fields: (t) => ({
    goal: t.exposeString('goal', { description: "What the path aims at: the target role's highest level, then uncovered interests; or the interests." }),
    steps: t.field({
      type: [LearningStepType],
      complexity: list(LIST_SIZE.pathSteps),
      description: 'The certifications to earn, in order.',
      resolve: (p) => p.steps,
    }),
    totalCostUsd: t.exposeFloat('totalCostUsd', {
      description:
        'Total of the priced steps only, in USD: unpriced steps count as $0. `cost.totalUsd` is null unless every step is priced; `cost.atLeastUsd` is the priced part.',
      deprecationReason: 'Deprecated 2026-12-02: use `cost.totalUsd` instead. Removal on or after 2027-06-02.',
    }),
    costComplete: t.exposeBoolean('costComplete', {
      description: 'True when every step has a verified realistic price.',
    }),
    withinBudget: t.exposeBoolean('withinBudget', {
      description: 'True only when every step is priced and the total fits the budget (or none was given).',
    }),
    budgetFit: t.field({ type: BudgetFitEnum, description: "The path's price against the budget.", resolve: (p) => p.budgetFit }),
    cost: t.field({ type: PathCostType, description: 'What the path costs.', resolve: (p) => p.cost }),
    coverage: t.exposeFloat('coverage', { description: "Share of the goal's topics covered at the end of the path, 0..1." }),
    notes: t.field({
      type: [ProfileNoteType],
      complexity: list(LIST_SIZE.pathNotes),
      description: 'How the profile was read; experience the path needs ahead; where the path and the recommendations differ, and why.',
      resolve: (p) => p.notes,
    }),
  }),
});

const RoleExperienceInputType = builder.inputType('RoleExperienceInput', {
  description: 'Months of work experience in one role.',
  fields: (t) => ({
    role: t.string({ required: true, description: 'Role slug (or global ID).' }),
    months: t.int({ required: true, description: 'Months in that role (0 to 600).' }),
  }),
});

const ProfileInputType = builder.inputType('ProfileInput', {
  description: "A person's situation. Every field is optional: an empty profile gets a general answer for a newcomer.",
  fields: (t) => ({
    currentRole: t.string({ description: 'Role slug (or global ID) the person holds now.' }),
    targetRole: t.string({ description: 'Role slug (or global ID) the person wants to grow into.' }),
    experienceMonths: t.int({
      description: 'Months in `currentRole` (0 to 600); without it they count in no role.',
    }),
    experience: t.field({
      type: [RoleExperienceInputType],
      description: `Months per role, each role once (at most ${MAX_ITEMS.profileValues}); requirements count only their own roles.`,
      ...maxItems(MAX_ITEMS.profileValues),
    }),
    interests: t.stringList({
      description: `Topic slugs (or global IDs) the person wants to learn (at most ${MAX_ITEMS.profileValues}).`,
      ...maxItems(MAX_ITEMS.profileValues),
    }),
    held: t.stringList({
      description: `Certification slugs (or global IDs) the person holds, each implying its prerequisites (at most ${MAX_ITEMS.profileValues}).`,
      ...maxItems(MAX_ITEMS.profileValues),
    }),
    budgetUsd: t.float({ description: 'Most the person will spend, in USD (zero to 1,000,000).' }),
    providers: t.stringList({
      description: `Provider slugs (or global IDs) the person prefers (at most ${MAX_ITEMS.profileValues}).`,
      ...maxItems(MAX_ITEMS.profileValues),
    }),
    avoidRenewal: t.boolean({ description: 'Prefer certifications that never need renewing.' }),
    selfStudy: t.boolean({ description: 'Prefer certifications that need no mandatory course.' }),
  }),
});

/** The `profile` argument as the caller sent it (slugs or global IDs). */
type ProfileArg = typeof ProfileInputType.$inferInput;

/** The profile with every entity named by slug, as the domain takes it. */
function toProfile(input: ProfileArg): Profile {
  return {
    ...input,
    currentRole: input.currentRole == null ? null : slugOf('Role', input.currentRole),
    targetRole: input.targetRole == null ? null : slugOf('Role', input.targetRole),
    experience: input.experience?.map((e) => ({ role: slugOf('Role', e.role), months: e.months })) ?? null,
    interests: slugsOf('Topic', input.interests),
    held: slugsOf('Certification', input.held),
    providers: slugsOf('Provider', input.providers),
  };
}

/** Pothos validates `profile` (src/schema/validation-plugin.ts) with the domain's checks, the widget's too. */
const validProfile = (input: ProfileArg, { catalog }: Context) => validateProfile(catalog, toProfile(input));

builder.queryFields((t) => ({
  recommend: t.field({
    type: [RecommendationType],
    complexity: (args) => list(Math.min(MAX_RECOMMENDATIONS, Math.max(1, args.first ?? 3)), recommendPrice(args.profile)),
    description:
      'Certifications ranked for one person, each with its reasons. `recommendations` gives the same ranking with whether anything fits, and why not.',
    deprecationReason: 'Deprecated 2026-12-02: use `recommendations` instead. Removal on or after 2027-06-02.',
    args: {
      profile: t.arg({ type: ProfileInputType, required: true, description: "The person's situation.", validate: validProfile }),
      first: t.arg.int({ defaultValue: 3, description: `How many to return, 1 to ${MAX_RECOMMENDATIONS}.` }),
    },
    resolve: (_root, args, { catalog }) => recommend(catalog, toProfile(args.profile), args.first),
  }),
  recommendations: t.field({
    type: RecommendationSetType,
    // The list's size multiplies the whole selection (items is priced x1 inside it); the ranking
    // itself is priced as `recommend`'s is, from measured CPU.
    complexity: (args) => list(Math.min(MAX_RECOMMENDATIONS, Math.max(1, args.first ?? 3)), recommendPrice(args.profile)),
    description: 'Certifications ranked for one person (eligible first, then what fits), each with its reasons; how many fit, and when none does, why.',
    args: {
      profile: t.arg({ type: ProfileInputType, required: true, description: "The person's situation.", validate: validProfile }),
      first: t.arg.int({ defaultValue: 3, description: `How many to return, 1 to ${MAX_RECOMMENDATIONS}.` }),
    },
    resolve: (_root, args, { catalog }) => recommendations(catalog, toProfile(args.profile), args.first),
  }),
  learningPath: t.field({
    type: LearningPathType,
    complexity: (args) => learningPathPrice(args.profile),
    description: 'The ordered certifications that take a person from what they hold to their goal.',
    args: { profile: t.arg({ type: ProfileInputType, required: true, description: "The person's situation.", validate: validProfile }) },
    resolve: (_root, args, { catalog }) => learningPath(catalog, toProfile(args.profile)),
  }),
}));
