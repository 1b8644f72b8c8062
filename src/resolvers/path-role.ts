// The path to a role: among the chains to the role's highest level (or the next one up from
// what is held), the best by the person's situation, within the budget when one is given, and
// why it was chosen over the others, in words.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import { budgetFigure } from './facts.js';
import type { DepthMap } from './overlap.js';
import { better, chainTo, heldTrackOf, keepingWishes, NOTHING_PLANNED, preferred, providerNames } from './path-chain.js';
import { budgetFitOfPath, type Candidate, fits, plausibleMinimum, priced } from './path-cost.js';
import type { Profile, ProfileNote } from './profile.js';
import { shortfallWords } from './profile-standing.js';
import { levelGap, scoreAll } from './recommend.js';
import { compareText } from './text.js';
import { aRole, listForPeople, money } from './wording.js';

export interface Plan {
  goal: string;
  plan: Candidate;
  goalDepths: DepthMap;
}

/** A candidate's steps and cost in words: "PSM II → PSM III, $750 in all". */
function chainWords(c: Candidate): string {
  const steps = c.certs.map((x) => x.acronym).join(' → ');
  return c.complete ? `${steps}, ${money(c.total)} in all` : `${steps}, price to confirm`;
}

type RoleCandidate = Candidate & { key: string; goal: CertificationData };

/** Why a path was not chosen (or gives way to a shorter one): its unpublished prices, the experience it needs, else its cost. */
function whyNotChosen(catalog: CatalogIndex, profile: Profile) {
  return (c: Candidate): string => {
    const blockers: string[] = [];
    if (!c.complete) blockers.push('its prices are not all published');
    const short = c.certs.filter((x) => shortfallWords(catalog, profile, x) !== null).map((x) => x.acronym);
    if (short.length) blockers.push(`${listForPeople(short)} ${short.length === 1 ? 'needs' : 'need'} experience you do not have yet`);
    return blockers.length ? `: ${blockers.join('; ')}` : ': it costs more';
  };
}

/** Why the best of the paths to the role's highest level was chosen, and what its prices leave to confirm. */
function choiceWords(catalog: CatalogIndex, candidates: readonly RoleCandidate[], track: CertificationData | null, why: (c: Candidate) => string): string {
  const best = candidates[0]!;
  const unpriced = best.certs.filter((x) => budgetFigure(x.price) === null).map((x) => x.acronym);
  const priceWords = unpriced.length
    ? ` Price to confirm: ${listForPeople(unpriced)} ${unpriced.length === 1 ? 'has' : 'have'} no published price; ask for quotes.`
    : '';
  if (candidates.length === 1) return '.';
  if (track) {
    const cheaper = candidates
      .slice(1)
      .filter((c) => c.complete)
      .sort((a, b) => a.total - b.total || compareText(a.key, b.key))[0];
    return (
      `, continuing the ${catalog.providerBySlug.get(track.provider)!.name} track of the ${track.acronym} you hold.${priceWords}` +
      (cheaper ? ` A fully priced alternative: ${chainWords(cheaper)}.` : '')
    );
  }
  if (best.complete) {
    return `, the cheapest fully priced path. Not chosen: ${candidates
      .slice(1)
      .map((c) => `${c.goal.acronym}${why(c)}`)
      .join('. ')}.`;
  }
  return `: of the paths to ${listForPeople(candidates.map((c) => c.goal.acronym))}, none has every price verified; this one has the lowest verified part.${priceWords}`;
}

/**
 * With the role's highest level already held: the best-ranked certification for the role still
 * open at that level (a PMP holder goes on to PMI-ACP), or null.
 */
function nextAtTop(catalog: CatalogIndex, profile: Profile, roleCerts: readonly CertificationData[]): CertificationData | null {
  const top = Math.max(...roleCerts.map((c) => LEVEL_ORDER[c.level]));
  const open = new Set(roleCerts.filter((c) => LEVEL_ORDER[c.level] === top && !profile.covered.has(c.slug)).map((c) => c.slug));
  return scoreAll(catalog, profile).find((r) => open.has(r.certification.slug) && r.eligible)?.certification ?? null;
}

export function pathToRole(catalog: CatalogIndex, profile: Profile, role: string, notes: ProfileNote[]): Plan {
  const roleName = catalog.roleBySlug.get(role)!.name;
  const roleCerts = keepingWishes(
    profile,
    preferred(catalog, profile, catalog.certificationsByPrimaryRole.get(role) ?? [], `${aRole(roleName)} certification`, notes),
    `${roleName} certification${profile.providers.length ? ' from your preferred providers' : ''}`,
    notes,
  );
  const top = Math.max(...roleCerts.map((c) => LEVEL_ORDER[c.level]));
  const goals = roleCerts.filter((c) => LEVEL_ORDER[c.level] === top);
  const scope =
    profile.providers.length && roleCerts.every((c) => profile.providers.includes(c.provider))
      ? ` that ${providerNames(catalog, profile.providers)} offer${profile.providers.length === 1 ? 's' : ''}`
      : '';
  const highestWords = `the highest level in this catalog${scope}`;
  const achieved = goals.find((g) => profile.held.includes(g.slug) || profile.covered.has(g.slug));
  if (achieved) {
    const next = nextAtTop(catalog, profile, roleCerts);
    return {
      goal: `${roleName} at ${highestWords}: you already hold ${achieved.acronym}.${next ? ` Next at that level: ${next.acronym}, the top recommendation for your profile.` : ''}`,
      plan: priced(catalog, next ? chainTo(catalog, next, NOTHING_PLANNED, profile) : []),
      goalDepths: catalog.depthsByCertification.get((next ?? achieved).slug)!,
    };
  }
  const candidates = goals
    .map((g) => ({ ...priced(catalog, chainTo(catalog, g, NOTHING_PLANNED, profile)), key: g.slug, goal: g }))
    .sort(better(catalog, profile));
  const best = candidates[0]!;
  const level = best.goal.level.charAt(0) + best.goal.level.slice(1).toLowerCase();
  const why = whyNotChosen(catalog, profile);
  const track = heldTrackOf(catalog, profile, best.goal);
  const choice = choiceWords(catalog, candidates, track, why);
  const highest: Plan = {
    goal: `${roleName} at ${highestWords} (${level}): ${best.goal.acronym}${choice}`,
    plan: best,
    goalDepths: catalog.depthsByCertification.get(best.goal.slug)!,
  };
  // A path known to be over the budget gives way to a shorter one within it; so does one whose
  // prices are unpublished, unless it continues a track the person holds: then the unknown cost
  // is said (above), never a reason to switch tracks.
  const fit = budgetFitOfPath(best, profile.budgetUsd);
  if (fit === 'NO_BUDGET' || fit === 'WITHIN_BUDGET' || (fit === 'PRICE_UNKNOWN' && (track || plausibleMinimum(catalog, best) <= profile.budgetUsd!)))
    return highest;
  // "PSM III (it costs more)", not "PSM III: it costs more" inside a sentence that already has a colon.
  return withinBudget(catalog, profile, roleName, roleCerts, `${best.goal.acronym} (${why(best).replace(/^: /, '')})`) ?? highest;
}

export const levelWord = (level: string) => level.charAt(0) + level.slice(1).toLowerCase();

/**
 * When the path to the role's highest level is over the budget (or unpriced, off a held track): the path to the
 * highest level it does fit and that starts at the person's level, if any (a developer with $300
 * starts with PSD I; the expert ladder is named as what lies beyond), on a track the person holds
 * first. Null when no level fits, or when the person already holds the highest level the budget
 * would reach.
 */
export function withinBudget(catalog: CatalogIndex, profile: Profile, roleName: string, roleCerts: readonly CertificationData[], beyond: string): Plan | null {
  const levels = [...new Set(roleCerts.map((c) => LEVEL_ORDER[c.level]))].sort((a, b) => b - a).slice(1);
  for (const level of levels) {
    const goals = roleCerts.filter((c) => LEVEL_ORDER[c.level] === level);
    if (goals.some((g) => profile.held.includes(g.slug) || profile.covered.has(g.slug))) return null;
    // A path whose first step is above the person's level is no start (SPS is not where a new
    // Scrum Master with $250 begins, though it has no prerequisite).
    const best = goals
      .map((g) => ({ ...priced(catalog, chainTo(catalog, g, NOTHING_PLANNED, profile)), key: g.slug, goal: g }))
      .filter((c) => c.certs.length > 0 && levelGap(catalog, profile, c.certs[0]!).gap <= 0)
      .sort(better(catalog, profile))
      .find((c) => fits(c, profile.budgetUsd));
    if (best) {
      return {
        goal: `${roleName} as far as your ${money(profile.budgetUsd!)} budget reaches (${levelWord(best.goal.level)}): ${best.goal.acronym}. Beyond it, the highest level: ${beyond}.`,
        plan: best,
        goalDepths: catalog.depthsByCertification.get(best.goal.slug)!,
      };
    }
  }
  return null;
}
