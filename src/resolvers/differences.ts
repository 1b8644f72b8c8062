// The practical differences between certifications, one row per attribute, each value written
// for a person ("$200 exam, no course required", "No exam", "Every 2 years: $100 + 20 SEUs"),
// with the confidence and date of the fact it comes from: an unverified or disputed value says
// so in its words, a stale one says its age.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, Confidence, ExamData, PartialDate, RenewalData } from '../data/types.js';
import { ageWords, confidenceWords, describePrice, latestHolderCount } from './facts.js';
import { aRole, dateWords, listForPeople, money } from './wording.js';


export interface DifferenceValue {
  certification: CertificationData;
  value: string;
  /** How far the fact behind the value can be trusted. */
  confidence: Confidence;
  /** When the fact was seen, where it is dated. */
  asOf: PartialDate | null;
}

export interface Difference {
  attribute: string;
  values: DifferenceValue[];
}

/** A value with its confidence said in words when it needs them: "… (unverified)". */
function marked(value: string, confidence: Confidence): string {
  const words = confidenceWords(confidence);
  return words && !value.includes(`(${words}`) && !value.includes(`; ${words}`) ? `${value} (${words})` : value;
}

export function describeExam(exam: ExamData | null): string {
  if (!exam) return 'No exam';
  const parts = [
    exam.questions != null ? `${exam.questions} questions` : null,
    `${exam.durationMinutes} min`,
    exam.passingScorePercent != null ? `pass at ${exam.passingScorePercent}%` : 'graded pass/fail or cut score not published',
    exam.openBook === true ? 'open book' : exam.openBook === false ? 'closed book' : null,
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

export function describeDifferences(catalog: CatalogIndex, certs: readonly CertificationData[]): Difference[] {
  const acronym = (slug: string) => catalog.certificationBySlug.get(slug)!.acronym;
  const roleName = (slug: string) => catalog.roleBySlug.get(slug)!.name;
  const official = (value: string): Omit<DifferenceValue, 'certification'> => ({ value, confidence: 'OFFICIAL', asOf: null });
  const rows: [string, Row][] = [
    ['cost', (c) => ({ value: describePrice(catalog, c.price, c.requiresCourse), confidence: c.price.confidence, asOf: c.price.asOf })],
    ['exam', (c) => (c.exam ? { value: marked(describeExam(c.exam), c.exam.source.confidence), confidence: c.exam.source.confidence, asOf: null } : official('No exam'))],
    ['course', (c) => official(c.requiresCourse ? 'Course required' : 'No course required')],
    ['renewal', (c) => ({ value: marked(describeRenewal(c.renewal), c.renewal.source.confidence), confidence: c.renewal.source.confidence, asOf: null })],
    [
      'prerequisites',
      (c) =>
        official(
          c.prerequisites.length
            ? `Must hold ${listForPeople(c.prerequisites.map(acronym))}`
            : c.recommendedBefore.length
              ? `None required (${listForPeople(c.recommendedBefore.map(acronym))} recommended)`
              : 'None',
        ),
    ],
    [
      'experience',
      (c) => {
        const req = c.experience;
        if (!req) return official('None required');
        const where = req.roles.length >= 3 ? 'of agile project experience, any role' : `as ${aRole(listForPeople(req.roles.map(roleName)))}`;
        const within = req.withinYears ? ` within ${req.withinYears} years` : '';
        return { value: marked(`${req.months} months ${where}${within}`, req.source.confidence), confidence: req.source.confidence, asOf: null };
      },
    ],
    ['level', (c) => official(LEVEL_WORDS[c.level])],
    ['provider', (c) => official(catalog.providerBySlug.get(c.provider)!.name)],
    [
      'holders',
      (c) => {
        const latest = latestHolderCount(c);
        if (!latest) return { value: 'No published count', confidence: 'UNVERIFIED', asOf: null };
        const age = ageWords(catalog, latest.asOf);
        const value = `${latest.count.toLocaleString('en-US')} as of ${dateWords(latest.asOf)}${age ? ` (${age})` : ''}`;
        return { value: marked(value, latest.source.confidence), confidence: latest.source.confidence, asOf: latest.asOf };
      },
    ],
  ];
  return rows.map(([attribute, describe]) => ({
    attribute,
    values: certs.map((certification) => ({ certification, ...describe(certification) })),
  }));
}
