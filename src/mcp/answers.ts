// The API's answers as MCP tool results: the structuredContent (./schemas.ts gives its shape) and a
// short text an assistant can quote, each with its sources and their age. Presentation only: every
// figure, ranking and verdict here is the API's, read from its answer.

export interface SourceData {
  title: string;
  url: string;
  confidence: string;
  accessed: string | null;
}
export interface CatalogData {
  version: string;
  asOf: string;
}
export interface BriefData {
  slug: string;
  acronym: string;
  name: string;
  level: string;
  summary: string;
  url: string;
  provider: { slug: string; name: string };
  primaryRole: { slug: string; name: string };
  price: { summary: string; typicalUsd: number | null; confidence: string; asOf: string | null; stale: boolean; sources: SourceData[] };
  sources?: SourceData[];
}

const DAY_MS = 86_400_000;

/** Whole days from a date (YYYY-MM-DD...) to now; null when there is no date. */
export function ageDays(date: string | null | undefined, now = Date.now()): number | null {
  const time = date ? Date.parse(date) : Number.NaN;
  return Number.isNaN(time) ? null : Math.max(0, Math.floor((now - time) / DAY_MS));
}

export const cite = (s: SourceData) => ({ ...s, accessed: s.accessed ?? null, ageDays: ageDays(s.accessed) });
export type Cited = ReturnType<typeof cite>;

/** Sources, each once (by URL), in the order met. */
export function sourcesOf(lists: readonly (readonly SourceData[] | undefined)[]): Cited[] {
  const seen = new Map<string, Cited>();
  for (const list of lists) for (const s of list ?? []) if (!seen.has(s.url)) seen.set(s.url, cite(s));
  return [...seen.values()];
}

export const stampOf = (catalog: CatalogData) => ({ version: catalog.version, asOf: catalog.asOf, ageDays: ageDays(catalog.asOf) });

/** A certification as every answer lists it. */
export function briefOf(c: BriefData) {
  const { summary, typicalUsd, confidence, asOf, stale } = c.price;
  return {
    slug: c.slug,
    acronym: c.acronym,
    name: c.name,
    provider: c.provider.name,
    level: c.level,
    primaryRole: c.primaryRole.slug,
    summary: c.summary,
    url: c.url,
    price: { summary, typicalUsd, confidence, asOf, stale },
  };
}

/** A certification's sources and its price's. */
export const briefSources = (c: BriefData) => [c.sources, c.price.sources];

/** The price in words, with its confidence and date. */
export function priceWords(p: { summary: string; confidence: string; asOf: string | null; stale: boolean }): string {
  const date = p.asOf ? `, as of ${p.asOf}` : ', undated';
  return `${p.summary} (${p.confidence.toLowerCase()}${date}${p.stale ? ', may be out of date' : ''})`;
}

/** The closing lines of every text answer: the sources to cite, with their age, and the catalog. */
export function sourcesText(sources: readonly Cited[], catalog: CatalogData, max = 6): string {
  const lines = sources
    .slice(0, max)
    .map(
      (s) => `- ${s.title}: ${s.url} (${s.confidence.toLowerCase()}, ${s.accessed ? `read ${s.accessed}, ${s.ageDays} days ago` : 'date read not recorded'})`,
    );
  const more = sources.length > max ? `\n- and ${sources.length - max} more in structuredContent.sources` : '';
  return `Sources:\n${lines.join('\n')}${more}\ncertgraph catalog ${catalog.version}, as of ${catalog.asOf}.`;
}

export const percent = (x: number) => `${Math.round(x * 100)}%`;

/** A tool result: the text to quote and the structured answer. */
export function result<T extends Record<string, unknown>>(text: string, structured: T) {
  return { content: [{ type: 'text' as const, text }], structuredContent: structured };
}
