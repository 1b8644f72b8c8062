// The tools' input and output schemas (zod 4, as the SDK reads them): what an assistant may send,
// with messages that say what to fix, and the shape of each answer's structuredContent. Inputs are
// checked for shape here; what they mean (a slug that exists, a profile that holds together) is
// checked by the API itself, whose message comes back as the tool's error.
import { z } from 'zod';

const slug = (what: string) =>
  z
    .string({ error: `Give the ${what} as a string slug, such as "psm-i".` })
    .trim()
    .min(1, { error: `The ${what} is empty: give a slug such as "psm-i".` })
    .max(100, { error: `The ${what} is over 100 characters: give a slug such as "psm-i".` });

export const LEVELS = ['FOUNDATION', 'ADVANCED', 'EXPERT'] as const;

export const findInput = {
  text: z
    .string()
    .trim()
    .max(100, { error: 'Search text is at most 100 characters.' })
    .optional()
    .describe('Words to look for in names, acronyms and summaries.'),
  provider: slug('provider')
    .optional()
    .describe('A provider slug: scrum-org, scrum-alliance, pmi, icagile, scaled-agile, kanban-university, less, apmg-international.'),
  role: slug('role').optional().describe('A role slug: scrum-master, product-owner, developer, agile-coach, agile-leader, project-manager, product-manager...'),
  level: z
    .enum(LEVELS, { error: `The level is one of ${LEVELS.join(', ')}.` })
    .optional()
    .describe('FOUNDATION, ADVANCED or EXPERT.'),
  first: z.number().int().min(1).max(50, { error: 'At most 50 certifications per call.' }).optional().describe('How many to return (1-50, default 10).'),
};

export const getInput = { slug: slug('certification').describe('The certification slug, such as "psm-i" or "cspo" (find_certifications gives them).') };

export const compareInput = {
  certifications: z
    .array(slug('certification'), { error: 'Give `certifications` as a list of slugs.' })
    .min(2, { error: 'Compare at least 2 certifications.' })
    .max(6, { error: 'Compare at most 6 certifications at once.' })
    .describe('2 to 6 certification slugs, such as ["psm-i", "csm"].'),
};

const profile = z
  .object({
    currentRole: slug('current role').optional().describe('The role the person has now (a role slug).'),
    targetRole: slug('target role').optional().describe('The role they want (a role slug).'),
    experienceMonths: z.number().int().min(0).optional().describe('Months of experience in their current role.'),
    experience: z
      .array(z.object({ role: slug('role'), months: z.number().int().min(0) }))
      .optional()
      .describe('Months of experience per role, when they have worked in several.'),
    interests: z.array(z.string().max(100)).optional().describe('Topic slugs or role slugs they care about.'),
    held: z.array(slug('certification')).optional().describe('Certifications they already hold (slugs).'),
    budgetUsd: z.number().min(0, { error: 'The budget cannot be negative.' }).optional().describe('What they can spend, in US dollars.'),
    providers: z.array(slug('provider')).optional().describe('Providers they prefer (slugs).'),
    avoidRenewal: z.boolean().optional().describe('True when they want certifications that need no renewal.'),
    selfStudy: z.boolean().optional().describe('True when they would rather not take a mandatory course.'),
  })
  .strict()
  .describe("A person's situation; every field is optional, and the more they say the better the advice.");

export const recommendInput = {
  profile,
  first: z.number().int().min(1).max(10, { error: 'At most 10 recommendations per call.' }).optional().describe('How many to rank (1-10, default 3).'),
};

export const planInput = {
  profile,
  budgetUsd: z.number().min(0, { error: 'The budget cannot be negative.' }).optional().describe("The budget in US dollars (wins over the profile's own)."),
};

export type Profile = z.infer<typeof profile>;

// Outputs.
export const source = z.object({
  title: z.string(),
  url: z.string(),
  confidence: z.string().describe('OFFICIAL, MIRROR, SECONDARY, CONFLICT or UNVERIFIED.'),
  accessed: z.string().nullable().describe('When the source was last read (YYYY-MM-DD).'),
  ageDays: z.number().nullable().describe('Days since then.'),
});
export const catalogStamp = z.object({
  version: z.string().describe('The catalog version (content hash) this answer comes from.'),
  asOf: z.string().describe('The catalog date.'),
  ageDays: z.number().nullable(),
});
const cited = { catalog: catalogStamp, sources: z.array(source).describe('Every source this answer rests on, with its age: cite them.') };

const price = z.object({
  summary: z.string(),
  typicalUsd: z.number().nullable(),
  confidence: z.string(),
  asOf: z.string().nullable(),
  stale: z.boolean().describe('True when the price is old enough to check again.'),
});
const certificationBrief = z.object({
  slug: z.string(),
  acronym: z.string(),
  name: z.string(),
  provider: z.string(),
  level: z.string(),
  primaryRole: z.string(),
  summary: z.string(),
  url: z.string(),
  price,
});

export const findOutput = { totalCount: z.number(), certifications: z.array(certificationBrief), ...cited };

const fact = z.object({
  fact: z.string(),
  value: z.string(),
  asOf: z.string().nullable(),
  confidence: z.string(),
  source: source.nullable(),
});
export const getOutput = {
  certification: certificationBrief.extend({
    roles: z.array(z.string()),
    requiresCourse: z.boolean(),
    prerequisites: z.array(z.string()),
    topics: z.array(z.object({ slug: z.string(), name: z.string(), kind: z.string(), depth: z.number() })),
  }),
  facts: z.array(fact).describe('Each fact with its value, date, confidence and source.'),
  caveats: z.array(z.string()),
  ...cited,
};

const names = z.array(z.string());
export const compareOutput = {
  verdict: z.string().describe('The comparison in words.'),
  similarity: z.number().describe('Weighted Jaccard similarity of all of them, 0-1.'),
  certifications: z.array(z.object({ slug: z.string(), acronym: z.string(), name: z.string(), provider: z.string() })),
  sharedFundamentals: names.describe('Fundamental (Scrum) topics all of them cover.'),
  roleSpecific: z.array(z.object({ certification: z.string(), fundamentals: names, roleSpecific: names })).describe('What each covers that the others do not.'),
  pairs: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      similarity: z.number(),
      coverageOfA: z.number().describe("How much of A's content B covers, 0-1."),
      coverageOfB: z.number().describe("How much of B's content A covers, 0-1."),
      sharedFundamentals: names,
      sharedRoleSpecific: names,
    }),
  ),
  differences: z.array(
    z.object({
      attribute: z.string(),
      values: z.array(z.object({ certification: z.string(), value: z.string(), confidence: z.string(), asOf: z.string().nullable() })),
    }),
  ),
  ...cited,
};

const note = z.object({ code: z.string(), message: z.string() });
export const recommendOutput = {
  message: z.string(),
  fitCount: z.number(),
  nothingFits: z.boolean(),
  notes: z.array(note).describe('How the profile was read.'),
  ranking: z.array(
    certificationBrief.extend({
      rank: z.number(),
      score: z.number(),
      eligible: z.boolean().describe('True when the person meets its prerequisites now.'),
      fits: z.boolean(),
      missingPrerequisites: names,
      budgetFit: z.string(),
      reasons: names,
      newTopics: names,
    }),
  ),
  ...cited,
};

export const planOutput = {
  goal: z.string(),
  steps: z.array(
    certificationBrief.extend({
      order: z.number(),
      costUsd: z.number().nullable(),
      cumulativeCoverage: z.number(),
      newTopics: names,
      note: z.string().nullable(),
    }),
  ),
  cost: z.object({ totalUsd: z.number().nullable(), atLeastUsd: z.number(), complete: z.boolean(), summary: z.string(), unpriced: names }),
  withinBudget: z.boolean(),
  budgetFit: z.string(),
  coverage: z.number(),
  notes: z.array(note),
  ...cited,
};
