// The practical differences between certifications, one row per attribute, each value written
// for a person ("$200 exam, no course required", "No exam", "Every 2 years: $100 + 20 SEUs"),
// with the confidence and date of the fact it comes from: an unverified or disputed value says
// so in its words, a stale one says its age.

import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, Confidence, ExamData, PartialDate, RenewalData, SourceRef } from '../data/types.js';
import { ageWords, confidenceWords, describePrice, latestHolderCount } from './facts.js';
import { grouped, numbered } from './text.js';
import { aRole, dateWords, listForPeople, money } from './wording.js';

export interface DifferenceValue {
  certification: CertificationData;
  value: string;
  /** How far the fact behind the value can be trusted: the weakest of the sources it rests on. */
  confidence: Confidence;
  /** When the fact was seen, where dated (the price's date, the count's date, else when its source was read). */
  asOf: PartialDate | null;
  /** The sources the value rests on (empty when no source confirms it: the value then says so). */
  sources: SourceRef[];
}

export interface Difference {
  attribute: string;
  values: DifferenceValue[];
}

/** From most to least trusted. */
const TRUST: readonly Confidence[] = ['OFFICIAL', 'MIRROR', 'SECONDARY', 'CONFLICT', 'UNVERIFIED'];

/** The weakest confidence among sources: a value is only as sure as its least sure part. UNVERIFIED when there is none. */
export function weakest(sources: readonly SourceRef[]): Confidence {
  if (!sources.length) return 'UNVERIFIED';
  return sources.reduce<Confidence>((worst, s) => (TRUST.indexOf(s.confidence) > TRUST.indexOf(worst) ? s.confidence : worst), 'OFFICIAL');
}

/** The oldest date the sources were read, where every one is dated; null when any is undated. */
function seen(sources: readonly SourceRef[]): PartialDate | null {
  if (!sources.length || sources.some((s) => s.accessed == null)) return null;
  return sources.map((s) => s.accessed!).sort()[0]!;
}

/** How a value's confidence and age read after it: "(secondhand)", "(unverified)", "(sources disagree; 4 years old)". */
function marks(catalog: CatalogIndex, value: string, confidence: Confidence, asOf: PartialDate | null): string {
  const words: string[] = [];
  const trust = confidence === 'SECONDARY' ? 'secondhand' : confidenceWords(confidence);
  if (trust && !value.includes(`(${trust}`) && !value.includes(`; ${trust}`)) words.push(trust);
  const age = asOf ? ageWords(catalog, asOf) : null;
  if (age) words.push(`seen ${dateWords(asOf!)}, ${age}`);
  return words.length ? `${value} (${words.join('; ')})` : value;
}

/** A value resting on `sources`: its confidence is theirs (the weakest), its date when they were read. */
function sourced(catalog: CatalogIndex, value: string, sources: readonly SourceRef[]): Omit<DifferenceValue, 'certification'> {
  const confidence = weakest(sources);
  const asOf = seen(sources);
  return { value: marks(catalog, value, confidence, asOf), confidence, asOf, sources: [...sources] };
}

/** The exam in words; an open-book claim the provider does not make is said as a third party's. */
export function describeExam(exam: ExamData | null): string {
  if (!exam) return 'No exam';
  const thirdParty = exam.openBookSources.length > 0;
  const parts = [
    exam.questions != null ? `${exam.questions} questions` : null,
    `${exam.durationMinutes} min`,
    exam.passingScorePercent != null ? `pass at ${exam.passingScorePercent}%` : 'graded pass/fail or cut score not published',
    exam.openBook === true
      ? thirdParty
        ? 'open book per third parties (the provider does not say)'
        : 'open book'
      : exam.openBook === false
        ? 'closed book'
        : null,
  ];
  return parts.filter((p) => p !== null).join(', ');
}

export function describeRenewal(renewal: RenewalData): string {
  if (!renewal.required) return 'Never expires';
  const period = renewal.everyYears === 1 ? 'Every year' : `Every ${renewal.everyYears} years`;
  const fee = renewal.feeUsd != null ? money(renewal.feeUsd) : 'fee unverified';
  const units = renewal.educationUnits != null ? ` + ${renewal.educationUnits} ${renewal.unitName ?? 'units'}` : '';
  return `${period}: ${fee}${units}`;
}

const LEVEL_WORDS = { FOUNDATION: 'Foundation', ADVANCED: 'Advanced', EXPERT: 'Expert' } as const;

type Row = (c: CertificationData) => Omit<DifferenceValue, 'certification'>;

/**
 * One row per practical attribute. Every value carries the confidence and date of the sources it
 * rests on, never OFFICIAL by default: the exam's source (and the open-book claim's), the sources
 * that say there is no exam, the renewal's and the experience requirement's sources, and the
 * certification's rule sources for the course and prerequisites rules. A rule with no source is
 * UNVERIFIED and says so.
 */
export function describeDifferences(catalog: CatalogIndex, certs: readonly CertificationData[]): Difference[] {
  const rows = [...requirementRows(catalog), ...recordRows(catalog)];
  return rows.map(([attribute, describe]) => ({
    attribute,
    values: certs.map((certification) => ({ certification, ...describe(certification) })),
  }));
}

/** What it takes: cost, exam, course, renewal, prerequisites and experience, each on its sources. */
function requirementRows(catalog: CatalogIndex): [string, Row][] {
  const acronym = (slug: string) => catalog.certificationBySlug.get(slug)!.acronym;
  const roleName = (slug: string) => catalog.roleBySlug.get(slug)!.name;
  return [
    [
      'cost',
      (c) => ({ value: describePrice(catalog, c.price, c.requiresCourse), confidence: c.price.confidence, asOf: c.price.asOf, sources: [...c.price.sources] }),
    ],
    [
      'exam',
      (c) =>
        c.exam
          ? sourced(catalog, describeExam(c.exam), [c.exam.source, ...c.exam.openBookSources])
          : c.noExamSources.length
            ? sourced(catalog, 'No exam', c.noExamSources)
            : sourced(catalog, 'No exam listed: no source confirms there is none', []),
    ],
    ['course', (c) => sourced(catalog, c.requiresCourse ? 'Course required' : 'No course required', c.ruleSources)],
    ['renewal', (c) => sourced(catalog, describeRenewal(c.renewal), [c.renewal.source])],
    [
      'prerequisites',
      (c) =>
        sourced(
          catalog,
          c.prerequisites.length
            ? `Must hold ${listForPeople(c.prerequisites.map(acronym))}`
            : c.recommendedBefore.length
              ? `No certification required (${listForPeople(c.recommendedBefore.map(acronym))} recommended)`
              : 'No certification required',
          c.ruleSources,
        ),
    ],
    [
      'experience',
      (c) => {
        const req = c.experience;
        if (!req) return sourced(catalog, 'None required', c.ruleSources);
        const where = req.roles.length >= 3 ? 'of agile project experience, any role' : `as ${aRole(listForPeople(req.roles.map(roleName)))}`;
        const within = req.withinYears ? ` within ${req.withinYears} years` : '';
        return sourced(catalog, `${numbered(req.months, 'month')} ${where}${within}`, [req.source]);
      },
    ],
  ];
}

/** What it is on record as: its level, who awards it and how many hold it. */
function recordRows(catalog: CatalogIndex): [string, Row][] {
  return [
    // The level: the provider's own ladder (I, II, III; foundation, advanced, professional) where
    // the certification is on one, else the catalog's reading.
    [
      'level',
      (c) =>
        c.track !== null
          ? { value: LEVEL_WORDS[c.level], confidence: 'OFFICIAL', asOf: null, sources: [] }
          : { value: `${LEVEL_WORDS[c.level]} (this catalog's reading; the provider numbers no levels)`, confidence: 'SECONDARY', asOf: null, sources: [] },
    ],
    // Who awards it is what the certification page itself says.
    [
      'provider',
      (c) => ({
        value: catalog.providerBySlug.get(c.provider)!.name,
        confidence: c.urlKind === 'CERTIFICATION_PAGE' ? 'OFFICIAL' : 'SECONDARY',
        asOf: null,
        sources: [],
      }),
    ],
    [
      'holders',
      (c) => {
        const latest = latestHolderCount(c);
        if (!latest) return { value: 'No published count', confidence: 'UNVERIFIED', asOf: null, sources: [] };
        const age = ageWords(catalog, latest.asOf);
        const value = `${grouped(latest.count)} as of ${dateWords(latest.asOf)}${age ? ` (${age})` : ''}`;
        const trust = confidenceWords(latest.source.confidence);
        return { value: trust ? `${value} (${trust})` : value, confidence: latest.source.confidence, asOf: latest.asOf, sources: [latest.source] };
      },
    ],
  ];
}
