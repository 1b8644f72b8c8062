// Side-by-side comparison of 2 to 6 certifications and the overlap matrix: pure functions of
// the catalog index, computed on demand and memoized per isolate (memo.ts).

import { stringBytes } from '../data/byte-cache.js';
import type { CatalogIndex } from '../data/catalog.js';
import { pairAt } from '../data/tables.js';
import type { CertificationData, TopicData } from '../data/types.js';
import { type Difference, describeDifferences } from './differences.js';
import { badInput, notFound } from './errors.js';
import { memoized } from './memo.js';
import { containmentOf, overlapOfSums, overlapsOfAll, type PairOverlap, round3, similarityOfAll } from './overlap.js';
import { figuresOf, type PairTable, pairTableOf } from './tables.js';
import { sentenceStart } from './text.js';
import { anAcronym, count, echoOne, echoSome, listForPeople, percent, quoteForPeople, topicNames } from './wording.js';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

/**
 * Resolves certification slugs, refusing duplicates (BAD_USER_INPUT) and naming every unknown
 * one (NOT_FOUND). `inputs` are the values as the caller sent them, for the messages.
 */
export function resolveCertifications(
  catalog: CatalogIndex,
  argument: string,
  slugs: readonly string[],
  inputs: readonly string[] = slugs,
): CertificationData[] {
  const seen = new Map<string, number>();
  slugs.forEach((slug, i) => {
    if (seen.has(slug)) {
      const first = inputs[seen.get(slug)!]!;
      throw badInput(
        `\`${argument}\` names the same certification twice (${JSON.stringify(echoOne(first))} and ${JSON.stringify(echoOne(inputs[i]!))}); list each certification once.`,
        { argument, duplicate: echoOne(slug) },
      );
    }
    seen.set(slug, i);
  });
  const unknown = slugs.map((s, i) => (catalog.certificationBySlug.has(s) ? null : inputs[i]!)).filter((s) => s !== null);
  if (unknown.length) {
    throw notFound(
      `No certification ${quoteForPeople(unknown)} in the catalog (\`${argument}\`). ` +
        'Use a slug such as "psm-i" or "cspo" (see `certifications`) or a global ID.',
      { argument, unknown: echoSome(unknown), ...(unknown.length > echoSome(unknown).length ? { unknownCount: unknown.length } : {}) },
    );
  }
  return slugs.map((s) => catalog.certificationBySlug.get(s)!);
}

export interface CertificationTopics {
  certification: CertificationData;
  topics: TopicData[];
}

export interface Comparison {
  certifications: CertificationData[];
  sharedTopics: TopicData[];
  sharedFundamentals: TopicData[];
  distinct: CertificationTopics[];
  deeperIn: CertificationTopics[];
  pairs: PairOverlap[];
  similarity: number;
  differences: Difference[];
  summary: string;
}

/** Every pair of a few certifications (a comparison's), each computed from its two depth maps. */
export function pairsOf(catalog: CatalogIndex, certs: readonly CertificationData[]): PairOverlap[] {
  return overlapsOfAll(certs.map((c) => ({ slug: c.slug, depths: catalog.depthsByCertification.get(c.slug)! })));
}

/**
 * The pair (a, b) from the catalog's pair table (src/resolvers/tables.ts: the sums the build
 * shipped): the same pair as overlapOf computes from the two depth maps, with no pass over them.
 */
function tablePair(catalog: CatalogIndex, table: PairTable, a: CertificationData, b: CertificationData): PairOverlap {
  const { indexOf, totals } = table;
  const i = indexOf.get(a.slug)!;
  const j = indexOf.get(b.slug)!;
  const n = totals.length;
  const min = table.minAt(i < j ? pairAt(i, j, n) : pairAt(j, i, n));
  const depths = catalog.depthsByCertification;
  return overlapOfSums(a.slug, depths.get(a.slug)!, b.slug, depths.get(b.slug)!, min, totals[i]!, totals[j]!);
}

/** Every pair i < j of a matrix's certifications, row by row, from the catalog's pair table. */
function matrixPairs(catalog: CatalogIndex, certs: readonly CertificationData[]): PairOverlap[] {
  const table = pairTableOf(catalog);
  const pairs: PairOverlap[] = [];
  for (let i = 0; i < certs.length; i++) for (let j = i + 1; j < certs.length; j++) pairs.push(tablePair(catalog, table, certs[i]!, certs[j]!));
  return pairs;
}

/** Compares 2 to 6 certifications given by slug. */
function compareUncached(catalog: CatalogIndex, slugs: readonly string[], inputs: readonly string[] = slugs): Comparison {
  if (slugs.length < MIN_COMPARE || slugs.length > MAX_COMPARE) {
    throw badInput(
      `\`certifications\` takes ${MIN_COMPARE} to ${MAX_COMPARE} certifications to compare; got ${slugs.length}.` +
        (slugs.length > MAX_COMPARE ? ' For more, use `overlapMatrix`.' : ''),
      { argument: 'certifications', min: MIN_COMPARE, max: MAX_COMPARE },
    );
  }
  const certs = resolveCertifications(catalog, 'certifications', slugs, inputs);
  const maps = certs.map((c) => catalog.depthsByCertification.get(c.slug)!);
  const topic = (slug: string) => catalog.topicBySlug.get(slug)!;

  // Shared topics in the first certification's order.
  const sharedTopics = certs[0]!.topics
    .map((t) => t.topic)
    .filter((t) => maps.every((m) => m.has(t)))
    .map(topic);
  const distinct = certs.map((c, i) => ({
    certification: c,
    topics: c.topics
      .map((t) => t.topic)
      .filter((t) => maps.every((m, j) => j === i || !m.has(t)))
      .map(topic),
  }));
  const deeperIn = certs.map((c, i) => ({
    certification: c,
    topics: c.topics.filter((t) => maps.every((m, j) => j === i || (m.get(t.topic) ?? 0) < t.depth)).map((t) => topic(t.topic)),
  }));
  const pairs = pairsOf(catalog, certs);
  const comparison: Omit<Comparison, 'summary'> = {
    certifications: certs,
    sharedTopics,
    sharedFundamentals: sharedTopics.filter((t) => t.kind === 'FUNDAMENTAL'),
    distinct,
    deeperIn,
    pairs,
    similarity: similarityOfAll(maps),
    differences: describeDifferences(catalog, certs),
  };
  return { ...comparison, summary: summarize(catalog, comparison) };
}

export interface OverlapMatrix {
  certifications: CertificationData[];
  /** similarity[i][j], exact. */
  similarity: number[][];
  /** The same to 3 decimals, as the API gives it (made once with the matrix, which is memoized). */
  similarity3: number[][];
  /** Every pair i < j (numbers now, topic lists when first read). */
  pairs: PairOverlap[];
}

/** The most pairs one page of a matrix's pairs holds (`pairs(first:)`). */
export const MAX_PAIRS_PAGE = 500;

/** A matrix's certifications, resolved and checked, before any pair is computed. */
export interface MatrixSelection {
  /** The slugs asked for, or null for the whole catalog (the memo's key). */
  slugs: readonly string[] | null;
  certifications: readonly CertificationData[];
}

/**
 * The certifications of a matrix (the whole catalog when none are given), checked as
 * overlapMatrix checks them; nothing computed: a field asks for what it reads (the similarity
 * table or every pair: overlapMatrix; a page of pairs: matrixPairsPage), so a large catalog's
 * matrix costs what its answer holds.
 */
export function matrixSelection(
  catalog: CatalogIndex,
  slugs: readonly string[] | null | undefined,
  inputs: readonly string[] | null | undefined = slugs,
): MatrixSelection {
  if (slugs && slugs.length === 0) {
    throw badInput('`certifications` is empty: list at least one certification, or omit it for the whole catalog.', {
      argument: 'certifications',
    });
  }
  if (!slugs) return { slugs: null, certifications: catalog.certifications };
  return { slugs, certifications: resolveCertifications(catalog, 'certifications', slugs, inputs ?? slugs) };
}

/**
 * One page of a matrix's pairs (i < j, row by row, as `pairs` lists them): `first` pairs from
 * `offset`. Only the page's pairs are made (each read from the catalog's pair table).
 */
export function matrixPairsPage(catalog: CatalogIndex, certs: readonly CertificationData[], offset: number, first: number): PairOverlap[] {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAIRS_PAGE) {
    throw badInput(`\`first\` takes 1 to ${MAX_PAIRS_PAGE} pairs; got ${first}.`, { argument: 'first', min: 1, max: MAX_PAIRS_PAGE });
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw badInput(`\`offset\` must be 0 or more; got ${offset}.`, { argument: 'offset', min: 0 });
  }
  const n = certs.length;
  const table = pairTableOf(catalog);
  const page: PairOverlap[] = [];
  // The row i where pair number `offset` falls: row i holds n - 1 - i pairs.
  let i = 0;
  let k = offset;
  while (i < n - 1 && k >= n - 1 - i) {
    k -= n - 1 - i;
    i++;
  }
  for (let j = i + 1 + k; i < n - 1 && page.length < first; j++) {
    if (j >= n) {
      i++;
      j = i;
      continue;
    }
    page.push(tablePair(catalog, table, certs[i]!, certs[j]!));
  }
  return page;
}

/** Pairwise overlap of the given certifications, or of the whole catalog when none are given. */
function overlapMatrixUncached(
  catalog: CatalogIndex,
  slugs: readonly string[] | null | undefined,
  inputs: readonly string[] | null | undefined = slugs,
): OverlapMatrix {
  if (slugs && slugs.length === 0) {
    throw badInput('`certifications` is empty: list at least one certification, or omit it for the whole catalog.', {
      argument: 'certifications',
    });
  }
  const certs = slugs ? resolveCertifications(catalog, 'certifications', slugs, inputs ?? slugs) : [...catalog.certifications];
  const pairs = matrixPairs(catalog, certs);
  const n = certs.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = pairs[k++]!.similarity;
      matrix[i]![j] = s;
      matrix[j]![i] = s;
    }
  }
  return { certifications: certs, similarity: matrix, similarity3: matrix.map((row) => row.map(round3)), pairs };
}

/**
 * The whole catalog's figures as tables, [i * n + j] in catalog order (the diagonal 1): what
 * overlapMatrix's similarity and pairs' coverages hold, the same numbers from the same sums, with
 * no object per pair (for a reader of numbers only: the explorer).
 */
export interface OverlapTables {
  certifications: readonly CertificationData[];
  similarity: Float64Array;
  /** coverage[i * n + j]: the share of j's content that a holder of i knows (a pair's coverageOfB, i < j; coverageOfA, i > j). */
  coverage: Float64Array;
}

/** The whole catalog's overlap tables (OverlapTables) from its pair table, made each call (the caller keeps them). */
export function overlapTables(catalog: CatalogIndex): OverlapTables {
  const table = pairTableOf(catalog);
  return { certifications: catalog.certifications, ...figuresOf(table.mins(), table.totals) };
}

// ---- The summary: a paragraph written from the numbers and the topic names ----

function coverageWords(x: number): string {
  if (x >= 0.9) return 'nearly all';
  if (x >= 0.66) return 'most';
  if (x >= 0.4) return 'a good part';
  if (x >= 0.15) return 'a small part';
  return 'very little';
}

/** The similarity alone in words (used only when neither certification includes the other). */
function similarityWords(similarity: number): string {
  return similarity >= 0.66 ? 'largely the same content' : similarity >= 0.33 ? 'substantial common ground with clear differences' : 'mostly different content';
}

/** What `wider` adds to `narrower`: topics the narrower lacks, and shared topics taken deeper. */
function addsWords(catalog: CatalogIndex, wider: string, narrower: string): string {
  const w = catalog.depthsByCertification.get(wider)!;
  const n = catalog.depthsByCertification.get(narrower)!;
  const topic = (t: string) => catalog.topicBySlug.get(t)!;
  const only = [...w.keys()].filter((t) => !n.has(t)).map(topic);
  const deeper = [...n.keys()].filter((t) => w.get(t)! > n.get(t)!).map(topic);
  if (!only.length) return `depth: it goes deeper on ${topicNames(deeper)}`;
  return `${topicNames(only)}${deeper.length ? ` (it also goes deeper on ${topicNames(deeper)})` : ''}`;
}

/**
 * The words for a pair, chosen from both coverages, not similarity alone: when one includes all
 * of the other ("KMP includes everything in TKP, and adds …"), else how far each knows the other.
 */
export function pairLabel(catalog: CatalogIndex, p: PairOverlap): string {
  const acronym = (slug: string) => catalog.certificationBySlug.get(slug)!.acronym;
  const [a, b] = [acronym(p.a), acronym(p.b)];
  switch (containmentOf(p)) {
    case 'SAME':
      return `${a} and ${b} cover the same topics at the same depth`;
    case 'A_INCLUDES_B':
      return `${a} includes everything in ${b}, and adds ${addsWords(catalog, p.a, p.b)}`;
    case 'B_INCLUDES_A':
      return `${b} includes everything in ${a}, and adds ${addsWords(catalog, p.b, p.a)}`;
    case 'NEITHER': {
      const [wide, narrow, share] = p.coverageOfB >= p.coverageOfA ? [a, b, p.coverageOfB] : [b, a, p.coverageOfA];
      if (share >= 0.66 && p.similarity < 0.66) return `most of ${narrow} is in ${wide} (${percent(share)}), and ${wide} adds a good deal more`;
      return similarityWords(p.similarity);
    }
  }
}

/**
 * The seed articles' story for a pair that overlaps a lot on the same Scrum foundations, taught
 * alike (every shared fundamental at the same depth): the shared foundations first (for two
 * courses from one provider, their shared first day), then each role's own content.
 */
function foundationsStory(catalog: CatalogIndex, c: Omit<Comparison, 'summary'>): string | null {
  if (c.certifications.length !== 2 || c.similarity < 0.33 || c.sharedFundamentals.length < 6) return null;
  const [x, y] = c.certifications as [CertificationData, CertificationData];
  const [dx, dy] = [x, y].map((z) => catalog.depthsByCertification.get(z.slug)!) as [Map<string, number>, Map<string, number>];
  if (!c.sharedFundamentals.every((t) => dx.get(t.slug) === dy.get(t.slug))) return null;
  const courses = x.requiresCourse && y.requiresCourse && x.provider === y.provider;
  const where = courses
    ? 'on the first day: the shared Scrum foundations, taught alike in both courses'
    : 'on the shared Scrum foundations, taught alike in both';
  return `${x.acronym} and ${y.acronym} overlap a lot, especially ${where}; then each turns to its own role's content.`;
}

function summarize(catalog: CatalogIndex, c: Omit<Comparison, 'summary'>): string {
  const names = c.certifications.map((x) => x.acronym);
  const sharedRoleSpecific = c.sharedTopics.filter((t) => t.kind === 'ROLE_SPECIFIC');
  const sentences: string[] = [];

  const fundamentals = c.sharedFundamentals.length
    ? `${count(c.sharedFundamentals.length, 'Scrum/agile fundamental')} (${topicNames(c.sharedFundamentals)})`
    : 'no fundamentals';
  sentences.push(
    `${listForPeople(names)} share ${fundamentals}` +
      (sharedRoleSpecific.length
        ? ` and ${count(sharedRoleSpecific.length, 'role-specific topic')} (${topicNames(sharedRoleSpecific)}).`
        : c.sharedFundamentals.length
          ? `; what ${names.length === 2 ? 'they have' : 'all of them have'} in common is fundamentals only.`
          : '.'),
  );

  const story = foundationsStory(catalog, c);
  if (story) sentences.push(story);

  const adds = c.distinct.map(({ certification, topics }) =>
    topics.length
      ? `${certification.acronym} adds ${topicNames(topics)}`
      : `${certification.acronym} adds no topic the ${names.length === 2 ? 'other lacks' : 'others lack'}`,
  );
  sentences.push(...adds.map((a) => `${a}.`));

  if (c.pairs.length === 1) {
    const p = c.pairs[0]!;
    const [a, b] = names as [string, string];
    sentences.push(
      `${capital(anAcronym(a))} holder already knows ${coverageWords(p.coverageOfB)} of ${b} (${percent(p.coverageOfB)} of its content, weighted by depth); ` +
        `${anAcronym(b)} holder knows ${coverageWords(p.coverageOfA)} of ${a} (${percent(p.coverageOfA)}).`,
    );
    const deeper = c.deeperIn.filter((d) => d.topics.some((t) => c.sharedTopics.includes(t)));
    for (const d of deeper) {
      const sharedDeeper = d.topics.filter((t) => c.sharedTopics.includes(t));
      sentences.push(`${d.certification.acronym} goes deeper on ${topicNames(sharedDeeper)}.`);
    }
  } else {
    const sorted = [...c.pairs].sort((x, y) => y.similarity - x.similarity);
    const closest = sorted[0]!;
    const furthest = sorted[sorted.length - 1]!;
    const acronym = (slug: string) => c.certifications.find((x) => x.slug === slug)!.acronym;
    sentences.push(
      `The closest pair is ${acronym(closest.a)} and ${acronym(closest.b)} (similarity ${closest.similarity.toFixed(2)}: ` +
        `${anAcronym(acronym(closest.a))} holder knows ${percent(closest.coverageOfB)} of ${acronym(closest.b)}); ` +
        `the furthest is ${acronym(furthest.a)} and ${acronym(furthest.b)} (${furthest.similarity.toFixed(2)}).`,
    );
  }
  const label = c.pairs.length === 1 ? pairLabel(catalog, c.pairs[0]!) : similarityWords(c.similarity);
  const contained = c.pairs.length === 1 && containmentOf(c.pairs[0]!) !== 'NEITHER';
  sentences.push(`Overall similarity ${c.similarity.toFixed(2)} on a 0-1 scale${contained ? ', but ' : ': '}${label}.`);
  if (c.pairs.length > 1) {
    const included = c.pairs.filter((p) => containmentOf(p) !== 'NEITHER' && containmentOf(p) !== 'SAME').map((p) => pairLabel(catalog, p));
    if (included.length) sentences.push(`${included.map(sentenceStart).join('. ')}.`);
  }
  return sentences.join(' ');
}

/** compare, memoized per isolate (src/resolvers/memo.ts): the same arguments give the same, frozen result. */
export const compare = memoized('compare', compareUncached);

/**
 * A matrix's bytes as the memo's walk counts them (keepBytes: 32 an object, 16 a property or
 * element, each pair's two slugs; the certifications are the catalog's), from its counts: the walk
 * of a matrix at 200 certifications (~60,000 objects) cost more than computing it.
 */
export function matrixBytes(m: OverlapMatrix): number {
  const n = m.certifications.length;
  const array = (length: number) => 32 + 16 * length;
  const table = array(n) + n * array(n);
  // Each pair has the same own properties (a class instance); each slug is in n - 1 pairs.
  const pairProperties = m.pairs.length ? Object.keys(m.pairs[0]!).length : 0;
  let slugs = 0;
  for (const c of m.certifications) slugs += stringBytes(c.slug);
  return array(Object.keys(m).length) + array(n) + 2 * table + array(m.pairs.length) + m.pairs.length * array(pairProperties) + (n - 1) * slugs;
}

/** Every object of a matrix the walk would freeze (not the catalog's certifications nor depth maps). */
function freezeMatrix(m: OverlapMatrix): void {
  for (const table of [m.similarity, m.similarity3]) {
    for (const row of table) Object.freeze(row);
    Object.freeze(table);
  }
  for (const p of m.pairs) Object.freeze(p);
  Object.freeze(m.pairs);
  Object.freeze(m.certifications);
  Object.freeze(m);
}

/**
 * overlapMatrix, memoized per isolate (src/resolvers/memo.ts): the same arguments give the same,
 * frozen result, sized from its counts (matrixBytes), not walked.
 */
export const overlapMatrix = memoized('overlapMatrix', overlapMatrixUncached, { bytes: matrixBytes, freeze: freezeMatrix });
