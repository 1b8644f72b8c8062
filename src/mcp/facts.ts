// One certification, fact by fact, each with its value, date, confidence and source: the answer of
// get_certification, and the two resources of each certification (its facts as JSON, its page in
// Markdown).

import {
  type BriefData,
  briefOf,
  briefSources,
  type CatalogData,
  cite,
  priceWords,
  result,
  type SourceData,
  sourcesOf,
  sourcesText,
  stampOf,
} from './answers.js';

/** 1295 -> "1,295" without Intl (its first call is slow; this module imports nothing of the project). */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export interface CertificationData extends BriefData {
  sources: SourceData[];
  roles: { slug: string }[];
  requiresCourse: boolean;
  prerequisites: { slug: string; acronym: string }[];
  recommendedBefore: { slug: string; acronym: string }[];
  experienceRequirement: { months: number; withinYears: number | null; note: string | null; roles: { slug: string }[]; source: SourceData } | null;
  exam: {
    questions: number | null;
    durationMinutes: number;
    passingScorePercent: number | null;
    format: string;
    openBook: boolean | null;
    note: string | null;
    source: SourceData;
  } | null;
  renewal: {
    required: boolean;
    everyYears: number | null;
    feeUsd: number | null;
    educationUnits: number | null;
    unitName: string | null;
    note: string | null;
    source: SourceData;
  };
  holders: { count: number; asOf: string; stale: boolean; note: string | null; source: SourceData }[];
  statements: { text: string; asOf: string | null; source: SourceData }[];
  topics: { depth: number; topic: { slug: string; name: string; kind: string } }[];
  benefits: string[];
  caveats: string[];
}

interface Fact {
  fact: string;
  value: string;
  asOf: string | null;
  confidence: string;
  source: ReturnType<typeof cite> | null;
}

const sourced = (fact: string, value: string, source: SourceData, asOf: string | null = source.accessed): Fact => ({
  fact,
  value,
  asOf,
  confidence: source.confidence,
  source: cite(source),
});

function examWords(e: NonNullable<CertificationData['exam']>): string {
  const parts = [
    e.questions ? `${e.questions} questions` : null,
    `${e.durationMinutes} minutes`,
    e.passingScorePercent ? `pass mark ${e.passingScorePercent}%` : null,
    e.format,
  ];
  if (e.openBook !== null) parts.push(e.openBook ? 'open book' : 'closed book');
  return parts.filter(Boolean).join(', ') + (e.note ? ` (${e.note})` : '');
}

function renewalWords(r: CertificationData['renewal']): string {
  if (!r.required) return `No renewal required${r.note ? ` (${r.note})` : ''}`;
  const every = r.everyYears ? `every ${r.everyYears} year${r.everyYears === 1 ? '' : 's'}` : 'required';
  const fee = r.feeUsd != null ? `, $${r.feeUsd}` : '';
  const units = r.educationUnits ? `, ${r.educationUnits} ${r.unitName ?? 'education units'}` : '';
  return `Renewal ${every}${fee}${units}${r.note ? ` (${r.note})` : ''}`;
}

/** The facts of a certification, each with its source, date and confidence. */
export function factsOf(c: CertificationData): Fact[] {
  const facts: Fact[] = [];
  const priceSource = c.price.sources[0];
  facts.push({ fact: 'price', value: c.price.summary, asOf: c.price.asOf, confidence: c.price.confidence, source: priceSource ? cite(priceSource) : null });
  if (c.exam) facts.push(sourced('exam', examWords(c.exam), c.exam.source));
  const x = c.experienceRequirement;
  if (x)
    facts.push(
      sourced('experience required', `${x.months} months${x.withinYears ? ` within ${x.withinYears} years` : ''}${x.note ? ` (${x.note})` : ''}`, x.source),
    );
  facts.push(sourced('renewal', renewalWords(c.renewal), c.renewal.source));
  for (const h of c.holders)
    facts.push(sourced('holders', `${grouped(h.count)}${h.note ? ` (${h.note})` : ''}${h.stale ? ' (an old count)' : ''}`, h.source, h.asOf));
  for (const st of c.statements) facts.push(sourced('statement', st.text, st.source, st.asOf ?? st.source.accessed));
  return facts;
}

/** The certification as get_certification answers it (and its JSON resource holds). */
export function certificationAnswer(c: CertificationData, catalog: CatalogData) {
  const facts = factsOf(c);
  const sources = sourcesOf([...briefSources(c), ...facts.map((f) => (f.source ? [f.source] : []))]);
  const factLines = facts.map((f) => `- ${f.fact}: ${f.value} [${f.confidence.toLowerCase()}${f.asOf ? `, ${f.asOf}` : ''}]`);
  const text = [`${c.acronym}: ${c.name} (${c.provider.name}, ${c.level.toLowerCase()}). ${c.summary}`, `Price: ${priceWords(c.price)}.`, ...factLines];
  if (c.caveats.length) text.push(`Caveats: ${c.caveats.join(' ')}`);
  text.push(sourcesText(sources, catalog));
  return result(text.join('\n'), {
    certification: {
      ...briefOf(c),
      roles: c.roles.map((r) => r.slug),
      requiresCourse: c.requiresCourse,
      prerequisites: c.prerequisites.map((p) => p.slug),
      topics: c.topics.map((t) => ({ slug: t.topic.slug, name: t.topic.name, kind: t.topic.kind, depth: t.depth })),
    },
    facts,
    caveats: c.caveats,
    catalog: stampOf(catalog),
    sources,
  });
}

/** The certification's page, in Markdown: what a person reads, every fact with its source. */
export function certificationPage(c: CertificationData, catalog: CatalogData): string {
  const facts = factsOf(c);
  const link = (s: { title: string; url: string } | null) => (s ? `[${s.title}](${s.url})` : 'no source');
  const topics = (kind: string) =>
    c.topics
      .filter((t) => (kind === 'FUNDAMENTAL') === (t.topic.kind === 'FUNDAMENTAL'))
      .map((t) => `${t.topic.name} (depth ${t.depth})`)
      .join(', ') || 'none';
  return [
    `# ${c.acronym}: ${c.name}`,
    '',
    `${c.provider.name} · ${c.level.toLowerCase()} · for ${c.primaryRole.name} · [official page](${c.url})`,
    '',
    c.summary,
    '',
    '## Facts',
    '',
    '| fact | value | as of | confidence | source |',
    '|---|---|---|---|---|',
    ...facts.map((f) => `| ${f.fact} | ${f.value.replace(/\|/g, '/')} | ${f.asOf ?? 'undated'} | ${f.confidence.toLowerCase()} | ${link(f.source)} |`),
    '',
    `## Topics\n\nFundamentals: ${topics('FUNDAMENTAL')}.\n\nRole-specific: ${topics('ROLE_SPECIFIC')}.`,
    ...(c.prerequisites.length ? ['', `Prerequisites: ${c.prerequisites.map((p) => p.acronym).join(', ')}.`] : []),
    ...(c.caveats.length ? ['', '## Caveats', '', ...c.caveats.map((x) => `- ${x}`)] : []),
    '',
    '## Sources',
    '',
    ...sourcesOf([c.sources]).map((s) => `- ${link(s)} (${s.confidence.toLowerCase()}${s.accessed ? `, read ${s.accessed}` : ''})`),
    '',
    `certgraph catalog ${catalog.version}, as of ${catalog.asOf}.`,
  ].join('\n');
}
