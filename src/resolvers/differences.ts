// The practical differences between certifications, one row per attribute, each value written
// for a person ("$200 exam, no course required", "No exam", "Every 2 years: $100 + 20 SEUs").
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, CostData, ExamData, RenewalData } from '../data/types.js';
import { listForPeople } from './text.js';

export interface Difference {
  attribute: string;
  values: { certification: CertificationData; value: string }[];
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function money(amount: number): string {
  return usd.format(amount);
}

export function describeCost(cost: CostData | null, requiresCourse: boolean): string {
  if (!cost) return requiresCourse ? 'No verified price: the required course fee is set by each trainer' : 'No verified price';
  const amount = cost.maxAmountUsd != null && cost.maxAmountUsd !== cost.amountUsd
    ? `${money(cost.amountUsd)}–${money(cost.maxAmountUsd)}`
    : money(cost.amountUsd);
  const unverified = /unverified/i.test(cost.note ?? '') ? ' (unverified)' : '';
  if (cost.includes.includes('COURSE')) {
    return `${amount} for the required course${cost.includes.includes('EXAM') ? ', exam included' : ''}${unverified}`;
  }
  const what = cost.includes.map((c) => c.toLowerCase()).join(' + ');
  return `${amount} ${what}${unverified}, ${requiresCourse ? 'course required' : 'no course required'}`;
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

export function describeDifferences(catalog: CatalogIndex, certs: readonly CertificationData[]): Difference[] {
  const acronym = (slug: string) => catalog.certificationBySlug.get(slug)!.acronym;
  const rows: [string, (c: CertificationData) => string][] = [
    ['cost', (c) => describeCost(c.cost, c.requiresCourse)],
    ['exam', (c) => describeExam(c.exam)],
    ['course', (c) => (c.requiresCourse ? 'Course required' : 'No course required')],
    ['renewal', (c) => describeRenewal(c.renewal)],
    [
      'prerequisites',
      (c) =>
        c.prerequisites.length
          ? `Must hold ${listForPeople(c.prerequisites.map(acronym))}`
          : c.recommendedBefore.length
            ? `None required (${listForPeople(c.recommendedBefore.map(acronym))} recommended)`
            : 'None',
    ],
    ['experience', (c) => (c.experienceMonths ? `${c.experienceMonths} months in the role` : 'None required')],
    ['level', (c) => LEVEL_WORDS[c.level]],
    ['provider', (c) => catalog.providerBySlug.get(c.provider)!.name],
  ];
  return rows.map(([attribute, describe]) => ({
    attribute,
    values: certs.map((certification) => ({ certification, value: describe(certification) })),
  }));
}
