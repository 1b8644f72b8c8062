// What a learning path says beside its steps: the note before each step (experience to gain,
// predecessors skipped, prices to check), the steps that need experience first, and whether the
// path's first step agrees with the recommendations for the same profile. Pure.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { budgetFigureWords, describePrice, isStale, priceMarks, priceStatus } from './facts.js';
import type { Profile, ProfileNote } from './profile.js';
import { recommendedCoveredByLevel, shortfallWords } from './profile-standing.js';
import { levelGap, levelTakes, scoreAll } from './recommend.js';
import { numbered } from './text.js';
import { aRole, listForPeople, money } from './wording.js';

/** How many of the top recommendations a path's first step should be among (the API's default `first`, the widget's cards). */
export const AGREE_WITHIN_TOP = 3;

/** The steps of a plan, in order. */
export interface PlannedSteps {
  certs: readonly CertificationData[];
}

const levelWord = (level: string) => level.charAt(0) + level.slice(1).toLowerCase();

/**
 * What to know before a step: experience to gain (an eligibility shortfall, or a level the
 * person's months do not reach yet, with the earlier steps counted as held), predecessors skipped,
 * prices to check.
 */
export function stepNote(catalog: CatalogIndex, cert: CertificationData, profile: Profile, earlier: readonly CertificationData[]): string | null {
  const notes: string[] = [];
  const missing = cert.prerequisites.filter((p) => !profile.heldWithPrerequisites.has(p));
  const short = shortfallWords(catalog, profile, cert);
  if (short) notes.push(`Needs ${short}: gain it before this step.`);
  else if (missing.length === 0 && cert.experience) notes.push('Your experience meets its requirement.');
  const level = levelGap(catalog, profile, cert, earlier);
  if (level.gap > 0 && !short) {
    notes.push(
      `${levelWord(cert.level)} level: usually taken after ${levelTakes(cert.level)} (you have ${numbered(level.months, 'month')} as ${aRole(catalog.roleBySlug.get(cert.primaryRole)!.name)}); take this step when you have the experience.`,
    );
  }
  const skipped = recommendedCoveredByLevel(catalog, profile, cert);
  if (skipped.length) {
    notes.push(
      `${listForPeople(skipped.map((p) => p.acronym))} ${skipped.length === 1 ? 'is' : 'are'} recommended first (not required); the certification you hold covers that level, so the path skips ${skipped.length === 1 ? 'it' : 'them'}.`,
    );
  }
  const price = cert.price;
  switch (priceStatus(price)) {
    case 'UNKNOWN':
      notes.push(
        cert.requiresCourse
          ? 'No verified price: the course fee is set by each trainer or partner; ask before you plan.'
          : "No verified price for this assessment: check the provider's page before you plan.",
      );
      break;
    case 'UNVERIFIED':
    case 'PARTIAL':
      notes.push(`${describePrice(catalog, price, cert.requiresCourse)}.`);
      break;
    case 'RANGE':
      notes.push(`Planned price: ${budgetFigureWords(catalog, price)}${isStale(catalog, price.asOf) ? '; re-check it' : ''}.`);
      break;
    case 'KNOWN':
      if (isStale(catalog, price.asOf)) notes.push(`Price: ${money(price.minUsd!)}${priceMarks(catalog, price)}; re-check it.`);
      break;
  }
  return notes.length ? notes.join(' ') : null;
}

/**
 * Steps that need experience the person does not have yet (an eligibility requirement, or a level
 * their months do not reach), said once for the whole path: a path is a plan over years, and its
 * budget check covers every step, the later ones included.
 */
export function experienceAhead(catalog: CatalogIndex, profile: Profile, plan: PlannedSteps): ProfileNote[] {
  const ahead = plan.certs.filter(
    (cert, i) => shortfallWords(catalog, profile, cert) !== null || levelGap(catalog, profile, cert, plan.certs.slice(0, i)).gap > 0,
  );
  if (!ahead.length) return [];
  const names = listForPeople(ahead.map((c) => c.acronym));
  const now = plan.certs.slice(0, plan.certs.indexOf(ahead[0]!)).map((c) => c.acronym);
  const one = ahead.length === 1;
  const when = now.length
    ? `Take ${listForPeople(now)} now; ${names} when you have the experience.`
    : `No step of this path is within your reach yet: start with ${plan.certs[0]!.acronym} when you have the experience.`;
  return [
    {
      code: 'EXPERIENCE_AHEAD',
      message: `${names} ${one ? 'needs' : 'need'} experience you do not have yet (${one ? 'its step says' : 'their steps say'} how much). ${when}`,
    },
  ];
}

/**
 * The path and the recommendations for the same profile tell one story: the path's first step is
 * among the top AGREE_WITHIN_TOP recommendations, or the path says why it is not.
 */
export function agreement(catalog: CatalogIndex, profile: Profile, plan: PlannedSteps): ProfileNote[] {
  const first = plan.certs[0];
  if (!first) return [];
  const ranked = scoreAll(catalog, profile);
  const at = ranked.findIndex((r) => r.certification.slug === first.slug);
  if (at >= 0 && at < AGREE_WITHIN_TOP) return [];
  const top = listForPeople(ranked.slice(0, AGREE_WITHIN_TOP).map((r) => r.certification.acronym));
  let why: string;
  if (at < 0) {
    const needs = plan.certs.find((c) => c.prerequisites.includes(first.slug));
    why = `your certifications already cover its content, so the recommendations leave it out, but ${needs ? `${needs.acronym} requires it` : 'the path requires it'} as a certification.`;
  } else {
    const r = ranked[at]!;
    why = r.blocking
      ? `as its card says first: ${r.reasons[0]!.message}`
      : `it leads to this path's goal, while the recommendations rank what you can take now, and ${top} score higher for you.`;
  }
  return [
    {
      code: 'PATH_DIFFERS_FROM_RECOMMENDATIONS',
      message: `${first.acronym}, this path's first step, is ${at < 0 ? 'not ranked' : `#${at + 1}`} in the recommendations for the same profile, not among the top ${AGREE_WITHIN_TOP} (${top}): ${why}`,
    },
  ];
}
