// Recommendations and learning paths: thin adapters over src/resolvers/recommend.ts and path.ts.
import { catalog } from '../data/catalog.js';
import { learningPath, type LearningPath, type LearningStep } from '../resolvers/path.js';
import { MAX_RECOMMENDATIONS, recommend, WEIGHTS, type Reason, type Recommendation } from '../resolvers/recommend.js';
import type { ProfileInput as Profile } from '../resolvers/profile.js';
import { builder } from './builder.js';
import { learningPathPrice, LIST_SIZE, list, MAX_ITEMS, maxItems, recommendPrice } from './costs.js';
import { CertificationRef, TopicRef, slugOf, slugsOf } from './refs.js';

const w = (x: number) => `${x > 0 ? '+' : ''}${x}`;

const ReasonCodeEnum = builder.enumType('ReasonCode', {
  description: 'Why a certification ranks where it does. Each reason adds its signed weight to the score.',
  values: {
    ROLE_MATCH: { description: `Prepares for the target role (${w(WEIGHTS.ROLE_MATCH_PRIMARY)} as its first role, ${w(WEIGHTS.ROLE_MATCH_SECONDARY)} otherwise), or, with no target, the current role.` },
    CROSS_ROLE: { description: `The other side of the Scrum Master / Product Owner pair, the move the articles recommend (${w(WEIGHTS.CROSS_ROLE)}).` },
    INTEREST_MATCH: { description: `Covers the person's interests, scaled by how deeply (up to ${w(WEIGHTS.INTEREST_MATCH)}).` },
    NEW_CONTENT: { description: `Brings content the held certifications do not cover (up to ${w(WEIGHTS.NEW_CONTENT)}).` },
    ALREADY_COVERED: { description: `Mostly covered by the held certifications already (down to ${WEIGHTS.ALREADY_COVERED}).` },
    BUILDS_ON_HELD: { description: `The next step after a held certification (${w(WEIGHTS.BUILDS_ON_HELD)}).` },
    MISSING_PREREQUISITE: { description: `A required certification or experience is missing (${WEIGHTS.MISSING_PREREQUISITE}; not eligible yet), or a recommended predecessor is not held (${WEIGHTS.MISSING_RECOMMENDED}).` },
    WITHIN_BUDGET: { description: `Its lowest price fits the budget (${w(WEIGHTS.WITHIN_BUDGET)}).` },
    OVER_BUDGET: { description: `Its lowest price exceeds the budget (${WEIGHTS.OVER_BUDGET}).` },
    COST_UNKNOWN: { description: `A budget was given but no verified price exists (trainer-set course fees) (${WEIGHTS.COST_UNKNOWN}).` },
    NO_RENEWAL: { description: `Never needs renewing, as preferred (${w(WEIGHTS.NO_RENEWAL)}).` },
    RENEWAL_REQUIRED: { description: `Must be renewed, though the person prefers not to (${WEIGHTS.RENEWAL_REQUIRED}).` },
    SELF_STUDY: { description: `Can be earned by self-study, as preferred (${w(WEIGHTS.SELF_STUDY)}).` },
    COURSE_REQUIRED: { description: `Requires a course, though the person prefers self-study (${WEIGHTS.COURSE_REQUIRED}).` },
    PREFERRED_PROVIDER: { description: `From a preferred provider (${w(WEIGHTS.PREFERRED_PROVIDER)}).` },
    WIDELY_HELD: { description: `Widely held, from its newest dated holder count (up to ${w(WEIGHTS.WIDELY_HELD)}, log-scaled).` },
    LEVEL_FIT: { description: `For someone holding nothing: foundation level is a good start (${w(WEIGHTS.LEVEL_FIT_FOUNDATION)}), higher levels less so (${WEIGHTS.LEVEL_FIT_HIGHER}).` },
  },
});

const ReasonType = builder.objectRef<Reason>('Reason').implement({
  description: 'One reason behind a recommendation\'s rank.',
  fields: (t) => ({
    code: t.field({ type: ReasonCodeEnum, description: 'What kind of reason it is.', resolve: (r) => r.code }),
    message: t.exposeString('message', { description: 'The reason in words a person understands.' }),
    weight: t.exposeFloat('weight', { description: 'Signed contribution to the score; the weights of all reasons add up to it.' }),
  }),
});

const RecommendationType = builder.objectRef<Recommendation>('Recommendation').implement({
  description: 'A certification ranked for one person, with the reasons behind its rank.',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '1 for the best fit.' }),
    certification: t.field({ type: CertificationRef, description: 'The certification.', resolve: (r) => r.certification }),
    score: t.exposeFloat('score', { description: '0..1, higher is better: the sum of the reasons\' weights.' }),
    reasons: t.field({ type: [ReasonType], complexity: list(LIST_SIZE.recommendationReasons), description: 'Why it ranks where it does, strongest first.', resolve: (r) => r.reasons }),
    newTopics: t.field({ type: [TopicRef], complexity: list(LIST_SIZE.certificationTopics), description: 'Topics it adds beyond the certifications already held.', resolve: (r) => r.newTopics }),
    alreadyCovered: t.exposeFloat('alreadyCovered', { description: 'Share of its content the held certifications already cover, 0..1.' }),
    eligible: t.exposeBoolean('eligible', { description: 'False when prerequisites or experience are missing.' }),
    missingPrerequisites: t.field({
      type: [CertificationRef], complexity: list(LIST_SIZE.certificationLinks),
      description: 'Required certifications not held yet.',
      resolve: (r) => r.missingPrerequisites,
    }),
  }),
});

const LearningStepType = builder.objectRef<LearningStep>('LearningStep').implement({
  description: 'One certification on a learning path.',
  fields: (t) => ({
    order: t.exposeInt('order', { description: '1 for the first step.' }),
    certification: t.field({ type: CertificationRef, description: 'The certification to earn.', resolve: (s) => s.certification }),
    costUsd: t.exposeFloat('costUsd', { nullable: true, description: 'Its lowest price in USD; null when no price is verified.' }),
    newTopics: t.field({ type: [TopicRef], complexity: list(LIST_SIZE.certificationTopics), description: 'Topics this step adds to what is held and the earlier steps.', resolve: (s) => s.newTopics }),
    cumulativeCoverage: t.exposeFloat('cumulativeCoverage', { description: 'Share of the goal covered after this step, 0..1.' }),
    note: t.exposeString('note', { nullable: true, description: 'What to know before this step: experience to gain, prices to check.' }),
  }),
});

const LearningPathType = builder.objectRef<LearningPath>('LearningPath').implement({
  description: 'The ordered certifications that take a person from what they hold to their goal.',
  fields: (t) => ({
    goal: t.exposeString('goal', { description: 'What the path aims at, in words: the target role\'s highest level, or the interests.' }),
    steps: t.field({ type: [LearningStepType], complexity: list(LIST_SIZE.pathSteps), description: 'The certifications to earn, in order.', resolve: (p) => p.steps }),
    totalCostUsd: t.exposeFloat('totalCostUsd', { description: 'Total of the priced steps, in USD (see `costComplete`).' }),
    costComplete: t.exposeBoolean('costComplete', {
      description: 'True when every step has a verified price; otherwise `totalCostUsd` counts only the priced steps.',
    }),
    withinBudget: t.exposeBoolean('withinBudget', {
      description: 'False when no path fits the budget (or its prices cannot be verified); steps then hold the cheapest path that exists.',
    }),
    coverage: t.exposeFloat('coverage', { description: 'Share of the goal\'s topics covered at the end of the path, 0..1.' }),
  }),
});

const ProfileInputType = builder.inputType('ProfileInput', {
  description: 'A person\'s situation. Every field is optional: an empty profile gets a general answer for a newcomer.',
  fields: (t) => ({
    currentRole: t.string({ description: 'Role slug (or global ID) the person holds now.' }),
    targetRole: t.string({ description: 'Role slug (or global ID) the person wants to grow into.' }),
    experienceMonths: t.int({ description: 'Months of experience in the current role (0 to 600); taken as 0 when omitted.' }),
    interests: t.stringList({
      description: `Topic slugs (or global IDs) the person wants to learn (at most ${MAX_ITEMS.profileValues}).`,
      ...maxItems(MAX_ITEMS.profileValues),
    }),
    held: t.stringList({
      description: `Certification slugs (or global IDs) the person already holds (at most ${MAX_ITEMS.profileValues}).`,
      ...maxItems(MAX_ITEMS.profileValues),
    }),
    budgetUsd: t.float({ description: 'Most the person will spend, in USD (zero or more).' }),
    providers: t.stringList({
      description: `Provider slugs (or global IDs) the person prefers (at most ${MAX_ITEMS.profileValues}).`,
      ...maxItems(MAX_ITEMS.profileValues),
    }),
    avoidRenewal: t.boolean({ description: 'Prefer certifications that never need renewing.' }),
    selfStudy: t.boolean({ description: 'Prefer certifications that need no mandatory course.' }),
  }),
});

function toProfile(input: {
  currentRole?: string | null;
  targetRole?: string | null;
  experienceMonths?: number | null;
  interests?: string[] | null;
  held?: string[] | null;
  budgetUsd?: number | null;
  providers?: string[] | null;
  avoidRenewal?: boolean | null;
  selfStudy?: boolean | null;
}): Profile {
  return {
    ...input,
    currentRole: input.currentRole == null ? null : slugOf('Role', input.currentRole),
    targetRole: input.targetRole == null ? null : slugOf('Role', input.targetRole),
    interests: slugsOf('Topic', input.interests),
    held: slugsOf('Certification', input.held),
    providers: slugsOf('Provider', input.providers),
  };
}

builder.queryFields((t) => ({
  recommend: t.field({
    type: [RecommendationType],
    complexity: (args) => list(Math.min(MAX_RECOMMENDATIONS, Math.max(1, args.first ?? 3)), recommendPrice(args.profile)),
    description: 'Certifications ranked for one person\'s situation, each with the reasons behind its rank. Held certifications are never recommended; ties break by slug.',
    args: {
      profile: t.arg({ type: ProfileInputType, required: true, description: 'The person\'s situation.' }),
      first: t.arg.int({ defaultValue: 3, description: `How many to return, 1 to ${MAX_RECOMMENDATIONS}.` }),
    },
    resolve: (_root, args) => recommend(catalog, toProfile(args.profile), args.first),
  }),
  learningPath: t.field({
    type: LearningPathType,
    complexity: (args) => learningPathPrice(args.profile),
    description: 'The ordered certifications that take a person from what they hold to their goal.',
    args: { profile: t.arg({ type: ProfileInputType, required: true, description: 'The person\'s situation.' }) },
    resolve: (_root, args) => learningPath(catalog, toProfile(args.profile)),
  }),
}));
