// Recommendations and learning paths: thin adapters over src/resolvers/recommend.ts and path.ts.
import { catalog } from '../data/catalog.js';
import { learningPath, type LearningPath, type LearningStep, type PathCost } from '../resolvers/path.js';
import type { ProfileInput as Profile, ProfileNote } from '../resolvers/profile.js';
import {
  MAX_RECOMMENDATIONS,
  OVER_BUDGET_SPAN_USD,
  recommend,
  recommendations,
  WEIGHTS,
  type Reason,
  type Recommendation,
  type RecommendationSet,
} from '../resolvers/recommend.js';
import { builder } from './builder.js';
import { BudgetFitEnum } from './common.js';
import { LIST_SIZE, list } from './costs.js';
import { CertificationRef, TopicRef, slugOf, slugsOf } from './refs.js';

const w = (x: number) => `${x > 0 ? '+' : ''}${x}`;

const ReasonCodeEnum = builder.enumType('ReasonCode', {
  description: 'Why a certification ranks where it does. Each reason adds its signed weight to the score (the README prints the whole table).',
  values: {
    ROLE_MATCH: { description: `Prepares for the target role (${w(WEIGHTS.ROLE_MATCH_PRIMARY)} as its first role, ${w(WEIGHTS.ROLE_MATCH_SECONDARY)} otherwise), or, with no target, the current role (${w(WEIGHTS.ROLE_MATCH_CURRENT)} / ${w(WEIGHTS.ROLE_MATCH_CURRENT_SECONDARY)}); scaled by how much of the role it covers.` },
    CROSS_ROLE: { description: `The other side of the Scrum Master / Product Owner pair, the move the articles recommend (${w(WEIGHTS.CROSS_ROLE)}).` },
    INTEREST_MATCH: { description: `Covers the person's interests, scaled by how deeply (up to ${w(WEIGHTS.INTEREST_MATCH)}).` },
    NEW_CONTENT: { description: `Brings content the held certifications do not cover (up to ${w(WEIGHTS.NEW_CONTENT)}).` },
    ALREADY_COVERED: { description: `Mostly covered by the held certifications already (down to ${WEIGHTS.ALREADY_COVERED}).` },
    BUILDS_ON_HELD: { description: `The next step after a held certification (${w(WEIGHTS.BUILDS_ON_HELD)}).` },
    MISSING_PREREQUISITE: { description: `Not attainable yet: a required certification, or required experience in the required role, is missing (${WEIGHTS.MISSING_PREREQUISITE}); \`eligible\` is false and it ranks after every eligible one.` },
    RECOMMENDED_FIRST: { description: `A predecessor the provider recommends (not requires) is not held (${WEIGHTS.RECOMMENDED_FIRST}).` },
    WITHIN_BUDGET: { description: `Its realistic price (typical, else the highest seen; never the floor) fits the budget (${w(WEIGHTS.WITHIN_BUDGET)}).` },
    OVER_BUDGET: { description: `Its realistic price, or the known part of it, exceeds the budget (${WEIGHTS.OVER_BUDGET}, down to ${WEIGHTS.OVER_BUDGET_FAR} at $${OVER_BUDGET_SPAN_USD.toLocaleString('en-US')} or more over).` },
    COST_UNKNOWN: { description: `A budget was given but the price is unknown, unverified or incomplete (${WEIGHTS.COST_UNKNOWN}): penalised like the most expensive known price, never less.` },
    NO_RENEWAL: { description: `Never needs renewing, as preferred (${w(WEIGHTS.NO_RENEWAL)}).` },
    RENEWAL_REQUIRED: { description: `Must be renewed, though the person prefers not to (${WEIGHTS.RENEWAL_REQUIRED}).` },
    SELF_STUDY: { description: `Can be earned by self-study, as preferred (${w(WEIGHTS.SELF_STUDY)}).` },
    COURSE_REQUIRED: { description: `Requires a course, though the person prefers self-study (${WEIGHTS.COURSE_REQUIRED}).` },
    PREFERRED_PROVIDER: { description: `From a preferred provider (${w(WEIGHTS.PREFERRED_PROVIDER)}).` },
    WIDELY_HELD: { description: `Widely held: a current (at most 3 years old), not unverified count of 10,000 or more (up to ${w(WEIGHTS.WIDELY_HELD)}, log-scaled).` },
    LEVEL_FIT: { description: `Its level against what the person holds in its role and their months there: within reach (${w(WEIGHTS.LEVEL_FIT)}), ${WEIGHTS.LEVEL_ABOVE} per level above it, or below a level held (${WEIGHTS.LEVEL_BELOW}).` },
  },
});

const ReasonType = builder.objectRef<Reason>('Reason').implement({
  description: 'One reason behind a recommendation\'s rank.',
  fields: (t) => ({
    code: t.field({ type: ReasonCodeEnum, description: 'What kind of reason it is.', resolve: (r) => r.code }),
    message: t.exposeString('message', { description: 'The reason in words a person understands, with the age and confidence of any figure it uses.' }),
    weight: t.exposeFloat('weight', { description: 'Signed contribution to the score; the weights of all reasons add up to `rawScore`.' }),
  }),
});

const RecommendationType = builder.objectRef<Recommendation>('Recommendation').implement({
  description: 'A certification ranked for one person, with the reasons behind its rank. Every recommendation has at least one reason.',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '1 for the best fit. Eligible certifications always rank before ineligible ones, and those that fit before those that do not.' }),
    certification: t.field({ type: CertificationRef, description: 'The certification.', resolve: (r) => r.certification }),
    score: t.exposeFloat('score', { description: '0..1, higher is better: the sum of the reasons\' weights (`rawScore`), clamped to 0..1.' }),
    rawScore: t.exposeFloat('rawScore', { description: 'The sum of the reasons\' weights, unclamped: negative when the cautions outweigh the fit. Ranks within each eligible/fits group.' }),
    reasons: t.field({ type: [ReasonType], complexity: list(LIST_SIZE.recommendationReasons), description: 'Why it ranks where it does, strongest first.', resolve: (r) => r.reasons }),
    newTopics: t.field({ type: [TopicRef], complexity: list(LIST_SIZE.certificationTopics), description: 'Topics it adds beyond the certifications already held.', resolve: (r) => r.newTopics }),
    alreadyCovered: t.exposeFloat('alreadyCovered', { description: 'Share of its content the held certifications already cover, 0..1.' }),
    eligible: t.exposeBoolean('eligible', { description: 'False when a required certification, or required experience in the required role, is missing.' }),
    missingPrerequisites: t.field({
      type: [CertificationRef], complexity: list(LIST_SIZE.certificationLinks),
      description: 'Required certifications not held yet (a held certification counts as holding its own prerequisites).',
      resolve: (r) => r.missingPrerequisites,
    }),
    fits: t.exposeBoolean('fits', {
      description: 'True when it fits everything asked: eligible now, within the budget (a verified realistic price), for the target role or an interest, and at the person\'s level.',
    }),
    budgetFit: t.field({ type: BudgetFitEnum, description: 'How its price compares with the budget.', resolve: (r) => r.budgetFit }),
  }),
});

const ProfileNoteCodeEnum = builder.enumType('ProfileNoteCode', {
  description: 'What a profile note is about.',
  values: {
    EXPERIENCE_WITHOUT_ROLE: { description: '`experienceMonths` was given without `currentRole`: the months count toward no role\'s requirement.' },
    IMPLIED_BY_HELD: { description: 'A held certification implies others: its prerequisites count as held; lower rungs of its track are not recommended.' },
    EXPERIENCE_IMPLIED_BY_HELD: { description: 'A held certification proves more experience in a role than the profile states; requirements use what it proves.' },
    LEVEL_WITHOUT_EXPERIENCE: { description: 'An advanced or expert certification is held with less experience stated than its level usually takes.' },
    PROVIDERS_NOT_OFFERED: { description: 'No preferred provider offers what the path needs at one point; other providers are used there.' },
  },
});

const ProfileNoteType = builder.objectRef<ProfileNote>('ProfileNote').implement({
  description: 'How part of the profile was read, when it needed reading (a contradiction, an implication): said, never silent.',
  fields: (t) => ({
    code: t.field({ type: ProfileNoteCodeEnum, description: 'What the note is about.', resolve: (n) => n.code }),
    message: t.exposeString('message', { description: 'The note in words, saying what to change if it is wrong.' }),
  }),
});

const RecommendationSetType = builder.objectRef<RecommendationSet>('RecommendationSet').implement({
  description: 'Ranked recommendations with what they mean: how many fit everything asked, and, when none does, why.',
  fields: (t) => ({
    items: t.field({ type: [RecommendationType], complexity: { field: 1, multiplier: 1 }, description: 'The ranked recommendations, best first (the same as `recommend`).', resolve: (s) => s.items }),
    fitCount: t.exposeInt('fitCount', { description: 'How many certifications (not held) fit everything asked; see `Recommendation.fits`.' }),
    nothingFits: t.exposeBoolean('nothingFits', { description: 'True when no certification fits everything asked: `items` then holds the closest options, each saying what stands in the way.' }),
    message: t.exposeString('message', { description: 'What the list means in a sentence or two; when nothing fits, which criterion rules everything out and the closest way forward.' }),
    notes: t.field({ type: [ProfileNoteType], complexity: list(4), description: 'How parts of the profile were read (contradictions, implications).', resolve: (s) => s.notes }),
  }),
});

const LearningStepType = builder.objectRef<LearningStep>('LearningStep').implement({
  description: 'One certification on a learning path.',
  fields: (t) => ({
    order: t.exposeInt('order', { description: '1 for the first step.' }),
    certification: t.field({ type: CertificationRef, description: 'The certification to earn.', resolve: (s) => s.certification }),
    costUsd: t.exposeFloat('costUsd', {
      nullable: true,
      description: 'Its realistic price in USD (typical, else the highest seen; never the floor); null when the price is unknown, unverified or partial.',
    }),
    newTopics: t.field({ type: [TopicRef], complexity: list(LIST_SIZE.certificationTopics), description: 'Topics this step adds to what is held and the earlier steps.', resolve: (s) => s.newTopics }),
    cumulativeCoverage: t.exposeFloat('cumulativeCoverage', { description: 'Share of the goal covered after this step, 0..1.' }),
    note: t.exposeString('note', { nullable: true, description: 'What to know before this step: experience to gain (in which role), prices to check.' }),
  }),
});

const PathCostType = builder.objectRef<PathCost>('PathCost').implement({
  description: 'What a learning path costs, honestly: a total only when every step is priced.',
  fields: (t) => ({
    totalUsd: t.exposeFloat('totalUsd', { nullable: true, description: 'The whole path at each step\'s realistic price, in USD; null when any step has no verified realistic price.' }),
    pricedSubtotalUsd: t.exposeFloat('pricedSubtotalUsd', { description: 'The sum of the steps that are priced, in USD: a part, not the total, when `complete` is false.' }),
    atLeastUsd: t.exposeFloat('atLeastUsd', { description: 'What the path costs at least, in USD: the priced steps plus the priced parts of partial prices.' }),
    complete: t.exposeBoolean('complete', { description: 'True when every step has a verified realistic price.' }),
    unpriced: t.field({
      type: [CertificationRef], complexity: list(LIST_SIZE.pathSteps),
      description: 'Steps whose price is unknown, unverified or leaves out a mandatory part.',
      resolve: (c) => c.unpriced,
    }),
    summary: t.exposeString('summary', { description: 'The cost in words.' }),
  }),
});

const LearningPathType = builder.objectRef<LearningPath>('LearningPath').implement({
  description: 'The ordered certifications that take a person from what they hold to their goal.',
  fields: (t) => ({
    goal: t.exposeString('goal', { description: 'What the path aims at, in words: the target role\'s highest level (from the preferred providers when they offer it), then interests it leaves uncovered; or the interests.' }),
    steps: t.field({ type: [LearningStepType], complexity: list(LIST_SIZE.pathSteps), description: 'The certifications to earn, in order.', resolve: (p) => p.steps }),
    totalCostUsd: t.exposeFloat('totalCostUsd', {
      description: 'Total of the priced steps only, in USD (see `costComplete`).',
      deprecationReason: 'Counts unpriced steps as $0. Use `cost.totalUsd`, which is null unless every step is priced, and `cost.atLeastUsd`.',
    }),
    costComplete: t.exposeBoolean('costComplete', {
      description: 'True when every step has a verified realistic price; otherwise the total is unknown.',
    }),
    withinBudget: t.exposeBoolean('withinBudget', {
      description: 'True only when every step is priced and the total fits the budget (or no budget was given). False when the path is over budget or its price is unknown; see `budgetFit`.',
    }),
    budgetFit: t.field({ type: BudgetFitEnum, description: 'How the path\'s price compares with the budget.', resolve: (p) => p.budgetFit }),
    cost: t.field({ type: PathCostType, description: 'What the path costs, with what is unpriced.', resolve: (p) => p.cost }),
    coverage: t.exposeFloat('coverage', { description: 'Share of the goal\'s topics covered at the end of the path, 0..1.' }),
    notes: t.field({ type: [ProfileNoteType], complexity: list(4), description: 'How parts of the profile were read (contradictions, implications, providers that do not offer a step).', resolve: (p) => p.notes }),
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
  description: 'A person\'s situation. Every field is optional: an empty profile gets a general answer for a newcomer.',
  fields: (t) => ({
    currentRole: t.string({ description: 'Role slug (or global ID) the person holds now.' }),
    targetRole: t.string({ description: 'Role slug (or global ID) the person wants to grow into.' }),
    experienceMonths: t.int({
      description:
        'Months of experience in `currentRole` (0 to 600). Without `currentRole` they count toward no role\'s requirement (a note says so). `experience` gives months per role.',
    }),
    experience: t.field({
      type: [RoleExperienceInputType],
      description: 'Months of experience per role; each role once. Requirements count only months in their own roles (A-CSPO: as a Product Owner).',
    }),
    interests: t.stringList({ description: 'Topic slugs (or global IDs) the person wants to learn.' }),
    held: t.stringList({ description: 'Certification slugs (or global IDs) the person already holds; each implies its prerequisites.' }),
    budgetUsd: t.float({ description: 'Most the person will spend, in USD (zero or more); compared with realistic prices, never the floor.' }),
    providers: t.stringList({ description: 'Provider slugs (or global IDs) the person prefers; learning paths use them wherever they offer a step.' }),
    avoidRenewal: t.boolean({ description: 'Prefer certifications that never need renewing.' }),
    selfStudy: t.boolean({ description: 'Prefer certifications that need no mandatory course.' }),
  }),
});

type ProfileArg = {
  currentRole?: string | null;
  targetRole?: string | null;
  experienceMonths?: number | null;
  experience?: { role: string; months: number }[] | null;
  interests?: string[] | null;
  held?: string[] | null;
  budgetUsd?: number | null;
  providers?: string[] | null;
  avoidRenewal?: boolean | null;
  selfStudy?: boolean | null;
};

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

builder.queryFields((t) => ({
  recommend: t.field({
    type: [RecommendationType],
    complexity: (args) => list(Math.min(MAX_RECOMMENDATIONS, Math.max(1, args.first ?? 3))),
    description: 'Certifications ranked for one person\'s situation, each with the reasons behind its rank. Held certifications (and those below them) are never recommended; ties break by slug.',
    deprecationReason: 'Use `recommendations`: the same ranking, plus whether anything fits everything asked, why not, and notes on how the profile was read.',
    args: {
      profile: t.arg({ type: ProfileInputType, required: true, description: 'The person\'s situation.' }),
      first: t.arg.int({ defaultValue: 3, description: `How many to return, 1 to ${MAX_RECOMMENDATIONS}.` }),
    },
    resolve: (_root, args) => recommend(catalog, toProfile(args.profile), args.first),
  }),
  recommendations: t.field({
    type: RecommendationSetType,
    // The list's size multiplies the whole selection (items is priced x1 inside it).
    complexity: (args) => list(Math.min(MAX_RECOMMENDATIONS, Math.max(1, args.first ?? 3))),
    description:
      'Certifications ranked for one person\'s situation (eligible first, then those that fit everything asked), each with its reasons; and what the ranking means: how many fit, and when none does, why.',
    args: {
      profile: t.arg({ type: ProfileInputType, required: true, description: 'The person\'s situation.' }),
      first: t.arg.int({ defaultValue: 3, description: `How many to return, 1 to ${MAX_RECOMMENDATIONS}.` }),
    },
    resolve: (_root, args) => recommendations(catalog, toProfile(args.profile), args.first),
  }),
  learningPath: t.field({
    type: LearningPathType,
    description: 'The ordered certifications that take a person from what they hold to their goal.',
    args: { profile: t.arg({ type: ProfileInputType, required: true, description: 'The person\'s situation.' }) },
    resolve: (_root, args) => learningPath(catalog, toProfile(args.profile)),
  }),
}));
