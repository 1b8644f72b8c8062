// The resources and the prompt: each certification as its facts (JSON) and its page (Markdown); the
// catalog's version and its freshness report (how old its prices, holder counts and sources are);
// and `choose-a-certification`, the questions a coach asks before recommending anything.
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { ageDays, type CatalogData, type SourceData, stampOf } from './answers.js';
import { CATALOG_INDEX, GET } from './documents.js';
import type { Engine } from './engine.js';
import { type CertificationData, certificationAnswer, certificationPage } from './facts.js';
import { run, ToolError } from './tools.js';

interface IndexData {
  catalog: CatalogData & { certificationCount: number; providerCount: number; roleCount: number; topicCount: number };
  certifications: {
    nodes: {
      slug: string;
      acronym: string;
      name: string;
      price: { asOf: string | null; stale: boolean; confidence: string };
      holders: { asOf: string; stale: boolean }[];
      sources: SourceData[];
    }[];
  };
}

const json = (uri: string, value: unknown) => ({ contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }] });

/** A resource's read fails as the protocol says (a JSON-RPC error), with what to fix. */
async function readCertification(engine: Engine, slug: string): Promise<{ certification: CertificationData; catalog: CatalogData }> {
  try {
    const data = await run<{ certification: CertificationData | null }>(engine, GET, { slug });
    if (data.certification) return { certification: data.certification, catalog: data.catalog };
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    throw new McpError(ErrorCode.InvalidParams, error.message);
  }
  throw new McpError(-32002, `No certification "${slug}" in the catalog: list the resources, or use find_certifications, to find its slug.`);
}

/** How old the catalog's dated facts are: what an assistant should say before quoting a price. */
export function freshnessReport(data: IndexData, now = Date.now()) {
  const nodes = data.certifications.nodes;
  const oldest = (dates: (string | null)[]) => dates.filter((d): d is string => !!d).sort()[0] ?? null;
  const median = (xs: number[]) => (xs.length ? xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : null);
  const sources = new Map(nodes.flatMap((n) => n.sources).map((s) => [s.url, s]));
  const sourceAges = [...sources.values()].map((s) => ageDays(s.accessed, now)).filter((x): x is number => x !== null);
  return {
    catalog: stampOf(data.catalog),
    prices: {
      total: nodes.length,
      undated: nodes.filter((n) => !n.price.asOf).length,
      stale: nodes.filter((n) => n.price.stale).map((n) => n.slug),
      unverified: nodes.filter((n) => n.price.confidence === 'UNVERIFIED').map((n) => n.slug),
      oldestAsOf: oldest(nodes.map((n) => n.price.asOf)),
    },
    holderCounts: {
      total: nodes.reduce((sum, n) => sum + n.holders.length, 0),
      stale: nodes.filter((n) => n.holders.some((h) => h.stale)).map((n) => n.slug),
      oldestAsOf: oldest(nodes.flatMap((n) => n.holders.map((h) => h.asOf))),
    },
    sources: { total: sources.size, medianAgeDays: median(sourceAges), oldestAgeDays: sourceAges.length ? Math.max(...sourceAges) : null },
  };
}

function registerCertifications(server: McpServer, engine: Engine, index: () => Promise<IndexData>): void {
  const list = (suffix: string, mimeType: string, what: string) => async () => ({
    resources: (await index()).certifications.nodes.map((n) => ({
      uri: `certgraph://certifications/${n.slug}/${suffix}`,
      name: `${n.acronym} ${what}`,
      title: `${n.name}: ${what}`,
      mimeType,
    })),
  });
  const slugOf = (variables: Record<string, string | string[]>) => String(variables.slug);
  server.registerResource(
    'certification-facts',
    new ResourceTemplate('certgraph://certifications/{slug}/facts.json', { list: list('facts.json', 'application/json', 'facts') }),
    {
      title: 'A certification’s facts (JSON)',
      description: 'Every fact of one certification with its source, date and confidence.',
      mimeType: 'application/json',
    },
    async (uri, variables) => {
      const { certification, catalog } = await readCertification(engine, slugOf(variables));
      return json(uri.href, certificationAnswer(certification, catalog).structuredContent);
    },
  );
  server.registerResource(
    'certification-page',
    new ResourceTemplate('certgraph://certifications/{slug}/page.md', { list: list('page.md', 'text/markdown', 'page') }),
    {
      title: 'A certification’s page (Markdown)',
      description: 'One certification as a person reads it, every fact with its source.',
      mimeType: 'text/markdown',
    },
    async (uri, variables) => {
      const { certification, catalog } = await readCertification(engine, slugOf(variables));
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: certificationPage(certification, catalog) }] };
    },
  );
}

export function registerResources(server: McpServer, engine: Engine): void {
  let indexed: Promise<IndexData> | undefined;
  const index = () => {
    indexed ??= run<Omit<IndexData, 'catalog'>>(engine, CATALOG_INDEX, {}) as Promise<IndexData>;
    return indexed;
  };
  registerCertifications(server, engine, index);
  server.registerResource(
    'catalog',
    'certgraph://catalog',
    {
      title: 'The catalog’s version',
      description: 'Which catalog answers come from (its content hash and date) and how much it holds.',
      mimeType: 'application/json',
    },
    async (uri) => json(uri.href, { ...stampOf((await index()).catalog), ...(await index()).catalog }),
  );
  server.registerResource(
    'catalog-freshness',
    'certgraph://catalog/freshness',
    {
      title: 'The catalog’s freshness report',
      description: 'How old the prices, holder counts and sources are, and which are stale or unverified.',
      mimeType: 'application/json',
    },
    async (uri) => json(uri.href, freshnessReport(await index())),
  );
}

const COACH_QUESTIONS = [
  'What is your role today, and for how long have you done it (in months)?',
  'Which role do you want next (Scrum Master, Product Owner, Developer, Agile Coach, a leadership role...)?',
  'Which agile or Scrum certifications do you already hold?',
  'What can you spend, in US dollars, including any course the certification requires?',
  'Would you rather study on your own and take an exam, or attend a course (some certifications require one)?',
  'Do you mind a certification that must be renewed (with a fee or education units)?',
  'Do you prefer a provider (Scrum.org, Scrum Alliance, PMI, ICAgile, Scaled Agile...), or does your employer?',
];

export function registerPrompt(server: McpServer): void {
  server.registerPrompt(
    'choose-a-certification',
    {
      title: 'Choose an agile certification',
      description: 'Coaches a person to the certification that fits them: asks what a coach would ask, then recommends with certgraph’s tools, citing sources.',
      argsSchema: { situation: z.string().max(1000).optional().describe('What the person has said about themselves so far, if anything.') },
    },
    ({ situation }) => ({
      messages: [
        {
          role: 'user' as const,
          content: {
            type: 'text' as const,
            text: [
              'Help me choose an agile certification. Act as a career coach: before recommending anything, ask me what you need to know, one or two questions at a time, skipping what I have already told you:',
              ...COACH_QUESTIONS.map((q, i) => `${i + 1}. ${q}`),
              situation ? `What I have said so far: ${situation}` : '',
              'Then use recommend_certifications with my profile, compare_certifications for the close calls, and plan_learning_path for my budget. Quote prices with their dates and confidence, cite the sources the tools return, and say plainly what certgraph cannot know.',
            ]
              .filter(Boolean)
              .join('\n'),
          },
        },
      ],
    }),
  );
}
