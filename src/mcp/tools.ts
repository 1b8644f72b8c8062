// The five tools: each runs one of certgraph's documents (./documents.ts) through the engine and
// answers with the API's own figures, words and sources (./answers.ts). An error of the API (an
// unknown slug, a profile that does not hold together, a query over its cost) is the tool's error,
// with the API's message, which says what to fix.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
  type BriefData,
  briefOf,
  briefSources,
  type CatalogData,
  type Cited,
  percent,
  priceWords,
  result,
  type SourceData,
  sourcesOf,
  sourcesText,
  stampOf,
} from './answers.js';
import { DESCRIPTIONS } from './descriptions.js';
import { COMPARE, FIND, GET, PLAN, RECOMMEND } from './documents.js';
import type { Engine } from './engine.js';
import { type CertificationData, certificationAnswer } from './facts.js';
import * as s from './schemas.js';

/** A tool's error: what the API said, which says what to fix. */
export class ToolError extends Error {}

/** The data of a document, or a ToolError with the API's messages. */
export async function run<T>(engine: Engine, query: string, variables: Record<string, unknown>): Promise<T & { catalog: CatalogData }> {
  const answer = await engine.graphql<T & { catalog: CatalogData }>(query, variables);
  if (answer.errors?.length || !answer.data) {
    const messages = (answer.errors ?? [{ message: 'certgraph returned no answer.' }]).map((e) => e.message);
    throw new ToolError([...new Set(messages)].join(' '));
  }
  return answer.data;
}

/**
 * Runs a tool's body; a ToolError (or any error) becomes the tool's error result (./server.ts
 * counts every error result as a refusal, those of the SDK's input checks included).
 */
function answering<A>(body: (args: A) => Promise<ReturnType<typeof result>>) {
  return async (args: A) => {
    try {
      return await body(args);
    } catch (error) {
      const message = error instanceof ToolError ? error.message : 'certgraph could not answer this call. Try again; if it persists, report it.';
      return { content: [{ type: 'text' as const, text: message }], isError: true };
    }
  };
}

type Brief = BriefData & { sources: SourceData[] };
interface FindData {
  certifications: { totalCount: number; nodes: Brief[] };
}

async function find(
  engine: Engine,
  { text, provider, role, level, first = 10 }: { text?: string; provider?: string; role?: string; level?: string; first?: number },
) {
  const filter = {
    search: text || undefined,
    providers: provider ? [provider] : undefined,
    roles: role ? [role] : undefined,
    levels: level ? [level] : undefined,
  };
  const data = await run<FindData>(engine, FIND, { filter, first });
  const { nodes, totalCount } = data.certifications;
  const sources = sourcesOf(nodes.flatMap(briefSources));
  const lines = nodes.map((c) => `- ${c.acronym} (${c.slug}): ${c.name}, ${c.provider.name}, ${c.level.toLowerCase()}; ${priceWords(c.price)}`);
  const head =
    totalCount === 0
      ? 'No certification matches.'
      : `${totalCount} certification${totalCount === 1 ? '' : 's'} match${nodes.length < totalCount ? ` (the first ${nodes.length})` : ''}:`;
  return result(`${head}\n${lines.join('\n')}\n${sourcesText(sources, data.catalog)}`, {
    totalCount,
    certifications: nodes.map(briefOf),
    catalog: stampOf(data.catalog),
    sources,
  });
}

async function get(engine: Engine, { slug }: { slug: string }) {
  const data = await run<{ certification: CertificationData | null }>(engine, GET, { slug });
  if (!data.certification) throw new ToolError(`No certification "${slug}" in the catalog. Use find_certifications to find its slug.`);
  return certificationAnswer(data.certification, data.catalog);
}

interface CompareData {
  compare: {
    summary: string;
    similarity: number;
    certifications: { slug: string; acronym: string; name: string; provider: { name: string }; sources: SourceData[] }[];
    sharedFundamentals: { name: string }[];
    distinct: { certification: { slug: string; acronym: string }; topics: { name: string; kind: string }[] }[];
    pairs: {
      a: { slug: string; acronym: string };
      b: { slug: string; acronym: string };
      similarity: number;
      coverageOfA: number;
      coverageOfB: number;
      sharedFundamentals: { name: string }[];
      sharedRoleSpecific: { name: string }[];
    }[];
    differences: {
      attribute: string;
      values: { certification: { slug: string }; value: string; confidence: string; asOf: string | null; sources: SourceData[] }[];
    }[];
  };
}

async function compare(engine: Engine, { certifications }: { certifications: string[] }) {
  const { compare: c, catalog } = await run<CompareData>(engine, COMPARE, { certifications });
  const names = (topics: { name: string }[]) => topics.map((t) => t.name);
  const sources = sourcesOf([...c.certifications.map((x) => x.sources), ...c.differences.flatMap((d) => d.values.map((v) => v.sources))]);
  const pairs = c.pairs.map((p) => ({
    a: p.a.slug,
    b: p.b.slug,
    similarity: p.similarity,
    coverageOfA: p.coverageOfA,
    coverageOfB: p.coverageOfB,
    sharedFundamentals: names(p.sharedFundamentals),
    sharedRoleSpecific: names(p.sharedRoleSpecific),
  }));
  const pairLines = c.pairs.map(
    (p) =>
      `- ${p.a.acronym} covers ${percent(p.coverageOfB)} of ${p.b.acronym}'s content; ${p.b.acronym} covers ${percent(p.coverageOfA)} of ${p.a.acronym}'s.`,
  );
  const acronym = new Map(c.certifications.map((x) => [x.slug, x.acronym]));
  const differenceLines = c.differences.map(
    (d) =>
      `- ${d.attribute}: ${d.values.map((v) => `${acronym.get(v.certification.slug)} ${v.value} (${v.confidence.toLowerCase()}${v.asOf ? `, ${v.asOf}` : ''})`).join('; ')}`,
  );
  const shared = `Shared fundamentals: ${names(c.sharedFundamentals).join(', ') || 'none'}.`;
  const text = [c.summary, shared, ...pairLines, ...differenceLines, sourcesText(sources, catalog)].join('\n');
  return result(text, {
    verdict: c.summary,
    similarity: c.similarity,
    certifications: c.certifications.map((x) => ({ slug: x.slug, acronym: x.acronym, name: x.name, provider: x.provider.name })),
    sharedFundamentals: names(c.sharedFundamentals),
    roleSpecific: c.distinct.map((d) => ({
      certification: d.certification.slug,
      fundamentals: d.topics.filter((t) => t.kind === 'FUNDAMENTAL').map((t) => t.name),
      roleSpecific: d.topics.filter((t) => t.kind !== 'FUNDAMENTAL').map((t) => t.name),
    })),
    pairs,
    differences: c.differences.map((d) => ({
      attribute: d.attribute,
      values: d.values.map((v) => ({ certification: v.certification.slug, value: v.value, confidence: v.confidence, asOf: v.asOf })),
    })),
    catalog: stampOf(catalog),
    sources,
  });
}

interface Ranked {
  rank: number;
  score: number;
  eligible: boolean;
  fits: boolean;
  budgetFit: string;
  certification: Brief;
  reasons: { code: string; message: string }[];
  missingPrerequisites: { slug: string; acronym: string }[];
  newTopics: { name: string }[];
}
interface RecommendData {
  recommendations: { fitCount: number; nothingFits: boolean; message: string; notes: { code: string; message: string }[]; items: Ranked[] };
}

async function recommend(engine: Engine, { profile, first = 3 }: { profile: s.Profile; first?: number }) {
  const data = await run<RecommendData>(engine, RECOMMEND, { profile, first });
  const r = data.recommendations;
  const sources = sourcesOf(r.items.flatMap((i) => briefSources(i.certification)));
  const ranking = r.items.map((i) => ({
    ...briefOf(i.certification),
    rank: i.rank,
    score: i.score,
    eligible: i.eligible,
    fits: i.fits,
    missingPrerequisites: i.missingPrerequisites.map((m) => m.slug),
    budgetFit: i.budgetFit,
    reasons: i.reasons.map((x) => x.message),
    newTopics: i.newTopics.map((t) => t.name),
  }));
  const lines = r.items.map((i) => {
    const c = i.certification;
    const eligibility = i.eligible ? 'eligible now' : `first: ${i.missingPrerequisites.map((m) => m.acronym).join(', ')}`;
    return `${i.rank}. ${c.acronym} (${c.provider.name}): ${eligibility}; ${priceWords(c.price)}. ${i.reasons.map((x) => x.message).join(' ')}`;
  });
  const notes = r.notes.map((n) => `Note: ${n.message}`);
  return result([r.message, ...lines, ...notes, sourcesText(sources, data.catalog)].join('\n'), {
    message: r.message,
    fitCount: r.fitCount,
    nothingFits: r.nothingFits,
    notes: r.notes,
    ranking,
    catalog: stampOf(data.catalog),
    sources,
  });
}

interface PlanData {
  learningPath: {
    goal: string;
    withinBudget: boolean;
    budgetFit: string;
    coverage: number;
    notes: { code: string; message: string }[];
    cost: { totalUsd: number | null; atLeastUsd: number; complete: boolean; summary: string; unpriced: { slug: string }[] };
    steps: { order: number; costUsd: number | null; cumulativeCoverage: number; note: string | null; newTopics: { name: string }[]; certification: Brief }[];
  };
}

async function plan(engine: Engine, { profile, budgetUsd }: { profile: s.Profile; budgetUsd?: number }) {
  const data = await run<PlanData>(engine, PLAN, { profile: budgetUsd === undefined ? profile : { ...profile, budgetUsd } });
  const p = data.learningPath;
  const sources = sourcesOf(p.steps.flatMap((step) => briefSources(step.certification)));
  const steps = p.steps.map((step) => ({
    ...briefOf(step.certification),
    order: step.order,
    costUsd: step.costUsd,
    cumulativeCoverage: step.cumulativeCoverage,
    newTopics: step.newTopics.map((t) => t.name),
    note: step.note,
  }));
  const lines = p.steps.map(
    (step) => `${step.order}. ${step.certification.acronym} (${step.certification.provider.name}): ${priceWords(step.certification.price)}`,
  );
  const budget = p.withinBudget
    ? 'within the budget'
    : p.budgetFit === 'NO_BUDGET'
      ? 'no budget given'
      : `budget: ${p.budgetFit.toLowerCase().replace(/_/g, ' ')}`;
  const text = [
    `Path to ${p.goal} (${p.steps.length} steps, ${budget}): ${p.cost.summary}`,
    ...lines,
    ...p.notes.map((n) => `Note: ${n.message}`),
    sourcesText(sources, data.catalog),
  ];
  return result(text.join('\n'), {
    goal: p.goal,
    steps,
    cost: { ...p.cost, unpriced: p.cost.unpriced.map((u) => u.slug) },
    withinBudget: p.withinBudget,
    budgetFit: p.budgetFit,
    coverage: p.coverage,
    notes: p.notes,
    catalog: stampOf(data.catalog),
    sources,
  });
}

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

export function registerTools(server: McpServer, engine: Engine): void {
  const tool = <I extends Record<string, unknown>>(
    name: keyof typeof DESCRIPTIONS,
    title: string,
    inputSchema: Record<string, unknown>,
    outputSchema: Record<string, unknown>,
    body: (engine: Engine, args: I) => Promise<ReturnType<typeof result>>,
  ) =>
    server.registerTool(
      name,
      { title, description: DESCRIPTIONS[name], inputSchema: inputSchema as never, outputSchema: outputSchema as never, annotations: { title, ...READ_ONLY } },
      answering<I>((args) => body(engine, args)) as never,
    );
  tool('find_certifications', 'Find certifications', s.findInput, s.findOutput, find);
  tool('get_certification', 'A certification, fact by fact', s.getInput, s.getOutput, get);
  tool('compare_certifications', 'Compare certifications', s.compareInput, s.compareOutput, compare);
  tool('recommend_certifications', 'Recommend certifications for a person', s.recommendInput, s.recommendOutput, recommend);
  tool('plan_learning_path', 'Plan a learning path within a budget', s.planInput, s.planOutput, plan);
}

export type { Cited };
