// Value types shared by the entity types: sources, exams, costs, renewals, holder counts.
import type {
  CostData,
  ExamData,
  HolderCountData,
  RenewalData,
  SourceRef,
  StatementData,
} from '../data/types.js';
import { builder } from './builder.js';

export const ConfidenceEnum = builder.enumType('Confidence', {
  description: 'How far a source can be trusted: OFFICIAL (the provider\'s own page), MIRROR, SECONDARY, CONFLICT (sources disagree) or UNVERIFIED.',
  values: {
    OFFICIAL: { description: 'The certifying body\'s own page or document.' },
    MIRROR: { description: 'A third-party copy of official text.' },
    SECONDARY: { description: 'A trainer or blog page restating the facts; usually right, possibly dated.' },
    CONFLICT: { description: 'Sources disagree; the value shown is the one judged most current, and a note gives the others.' },
    UNVERIFIED: { description: 'No reliable source found: treat as unconfirmed.' },
  },
});

export const SourceType = builder.objectRef<SourceRef>('Source').implement({
  description: 'Where a fact comes from.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title of the page or document.' }),
    url: t.exposeString('url', { description: 'Address of the page or document.' }),
    confidence: t.field({
      type: ConfidenceEnum,
      description: 'How far this source can be trusted.',
      resolve: (s) => s.confidence,
    }),
  }),
});

export const ExamType = builder.objectRef<ExamData>('Exam').implement({
  description: 'The exam or assessment a candidate takes, when there is one.',
  fields: (t) => ({
    questions: t.exposeInt('questions', { nullable: true, description: 'Number of questions; null when not published.' }),
    durationMinutes: t.exposeInt('durationMinutes', { description: 'Time allowed, in minutes.' }),
    passingScorePercent: t.exposeFloat('passingScorePercent', {
      nullable: true,
      description: 'Score needed to pass, in percent. Null when the exam is graded pass/fail by assessors or the cut score is not published.',
    }),
    format: t.exposeString('format', { description: 'Question types and how the exam is taken.' }),
    openBook: t.exposeBoolean('openBook', { nullable: true, description: 'True when references may be used; null when not stated.' }),
    proctored: t.exposeBoolean('proctored', { nullable: true, description: 'True when the exam is supervised; null when not stated.' }),
    note: t.exposeString('note', { nullable: true, description: 'Caveats on these figures (conflicting or unverified values).' }),
    source: t.field({ type: SourceType, description: 'Where these figures come from.', resolve: (e) => e.source }),
  }),
});

export const CostComponentEnum = builder.enumType('CostComponent', {
  description: 'What a cost figure pays for.',
  values: {
    EXAM: { description: 'The exam or assessment fee.' },
    COURSE: { description: 'A mandatory course.' },
    MEMBERSHIP: { description: 'A membership the certification requires.' },
  },
});

export const CostType = builder.objectRef<CostData>('Cost').implement({
  description: 'What it costs to be certified, in US dollars, as seen on a date.',
  fields: (t) => ({
    amountUsd: t.exposeFloat('amountUsd', {
      description: 'Lowest figure a person pays to be certified, in USD (exam fee, or course fee where the course includes it).',
    }),
    maxAmountUsd: t.exposeFloat('maxAmountUsd', {
      nullable: true,
      description: 'Highest figure where the price varies (course fees set by trainers).',
    }),
    includes: t.field({
      type: [CostComponentEnum],
      description: 'What the amount pays for.',
      resolve: (c) => c.includes,
    }),
    asOf: t.exposeString('asOf', { description: 'When the figure was seen: YYYY, YYYY-MM or YYYY-MM-DD, as precise as its source.' }),
    note: t.exposeString('note', { nullable: true, description: 'Caveats: ranges, member prices, conflicting or unverified figures.' }),
    source: t.field({ type: SourceType, description: 'Where the figure comes from.', resolve: (c) => c.source }),
  }),
});

export const RenewalType = builder.objectRef<RenewalData>('Renewal').implement({
  description: 'What it takes to keep the certification.',
  fields: (t) => ({
    required: t.exposeBoolean('required', { description: 'False for lifetime certifications.' }),
    everyYears: t.exposeInt('everyYears', { nullable: true, description: 'Renewal period in years.' }),
    feeUsd: t.exposeFloat('feeUsd', { nullable: true, description: 'Renewal fee per period, in USD; null when none or unverified (see note).' }),
    educationUnits: t.exposeInt('educationUnits', { nullable: true, description: 'Continuing-education units per period (SEUs, PDUs, hours).' }),
    unitName: t.exposeString('unitName', { nullable: true, description: 'Name of the continuing-education unit.' }),
    note: t.exposeString('note', { nullable: true, description: 'Caveats on the renewal terms.' }),
    source: t.field({ type: SourceType, description: 'Where the renewal terms come from.', resolve: (r) => r.source }),
  }),
});

export const HolderCountType = builder.objectRef<HolderCountData>('HolderCount').implement({
  description: 'A published count of holders at a date.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Number of holders.' }),
    asOf: t.exposeString('asOf', { description: 'Date of the count: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    source: t.field({ type: SourceType, description: 'Where the count was published.', resolve: (h) => h.source }),
    note: t.exposeString('note', { nullable: true, description: 'Context for the figure (for example when it was quoted).' }),
  }),
});

export const StatementType = builder.objectRef<StatementData>('Statement').implement({
  description: 'What a published article says about a certification, quoted with its source and date.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The statement, quoted.' }),
    asOf: t.exposeString('asOf', { nullable: true, description: 'When it was published or dated; null when the source is undated.' }),
    source: t.field({ type: SourceType, description: 'The article it comes from.', resolve: (s) => s.source }),
  }),
});
