// A profile read: checked (profile.ts), defaults filled in, and what the held certifications
// imply worked out (their prerequisites, the experience they prove), with a note wherever the
// reading needed one: said to the person, never silent.
import type { CatalogIndex } from '../data/catalog.js';
import { type Profile, type ProfileInput, type ProfileNote, roleName, validateProfile } from './profile.js';
import { coveredBy, LEVEL_MONTHS, withPrerequisites } from './profile-standing.js';
import { numbered } from './text.js';
import { aRole, listForPeople } from './wording.js';

/** Certifications' acronyms, as a list for people. */
function acronyms(catalog: CatalogIndex, slugs: Iterable<string>): string {
  return listForPeople([...slugs].map((s) => catalog.certificationBySlug.get(s)!.acronym));
}

/** Months per role as stated (`experience`, and `experienceMonths` for the current role), and months with no role. */
function statedExperience(input: ProfileInput, notes: ProfileNote[]): { stated: Map<string, number>; unassignedMonths: number | null } {
  const stated = new Map((input.experience ?? []).map((e) => [e.role, e.months] as const));
  if (input.experienceMonths == null) return { stated, unassignedMonths: null };
  if (input.currentRole != null) {
    stated.set(input.currentRole, input.experienceMonths);
    return { stated, unassignedMonths: null };
  }
  notes.push({
    code: 'EXPERIENCE_WITHOUT_ROLE',
    message:
      `Your ${numbered(input.experienceMonths, 'month')} of experience have no role (\`experienceMonths\` counts months in \`currentRole\`, which is not set), ` +
      'so they count toward no requirement: certifications that require experience in a role are shown as not yet attainable. ' +
      'Set `currentRole`, or list months per role in `experience`.',
  });
  return { stated, unassignedMonths: input.experienceMonths };
}

/** What held certifications imply: their prerequisites, and what lies below them, said in a note. */
function impliedByHeld(catalog: CatalogIndex, held: readonly string[]): ProfileNote[] {
  const notes: ProfileNote[] = [];
  for (const slug of held) {
    const cert = catalog.certificationBySlug.get(slug)!;
    const prereqs = [...withPrerequisites(catalog, [slug])].filter((s) => s !== slug && !held.includes(s));
    const below = [...coveredBy(catalog, [slug])].filter((s) => s !== slug && !held.includes(s) && !prereqs.includes(s));
    const parts: string[] = [];
    if (prereqs.length) parts.push(`${cert.acronym} requires ${acronyms(catalog, prereqs)}, so you hold ${prereqs.length === 1 ? 'it' : 'them'} too`);
    if (below.length)
      parts.push(
        `${acronyms(catalog, below)} ${below.length === 1 ? 'sits' : 'sit'} below ${cert.acronym} and ${below.length === 1 ? 'is' : 'are'} not recommended`,
      );
    if (parts.length) notes.push({ code: 'IMPLIED_BY_HELD', message: `${parts.join('; ')}.` });
  }
  return notes;
}

/** Months per role as stated, raised to what held certifications prove; a note where the two disagree. */
function provenExperience(
  catalog: CatalogIndex,
  stated: ReadonlyMap<string, number>,
  heldWithPrerequisites: ReadonlySet<string>,
  notes: ProfileNote[],
): Map<string, number> {
  // Experience a held certification proves (Scrum Alliance validates it before awarding A-CSM, CSP-PO...).
  const experience = new Map(stated);
  for (const slug of heldWithPrerequisites) {
    const cert = catalog.certificationBySlug.get(slug)!;
    const req = cert.experience;
    if (req?.roles.length !== 1) continue;
    const role = req.roles[0]!;
    const have = experience.get(role) ?? 0;
    if (have >= req.months) continue;
    if (stated.has(role)) {
      notes.push({
        code: 'EXPERIENCE_IMPLIED_BY_HELD',
        message:
          `You hold ${cert.acronym}, which is awarded only after validating ${numbered(req.months, 'month')} as ${aRole(roleName(catalog, role))}, ` +
          `but state ${stated.get(role)}. Requirements are checked against the ${numbered(req.months, 'month')} your certification proves; correct your experience if that is wrong.`,
      });
    }
    experience.set(role, req.months);
  }

  return experience;
}

/** A note for each advanced or expert certification held with less experience stated than its level usually takes. */
function levelWithoutExperience(
  catalog: CatalogIndex,
  held: readonly string[],
  stated: ReadonlyMap<string, number>,
  experience: ReadonlyMap<string, number>,
  unassignedMonths: number | null,
): ProfileNote[] {
  const notes: ProfileNote[] = [];
  // An advanced or expert certification held with less experience stated than its level usually takes.
  for (const slug of held) {
    const cert = catalog.certificationBySlug.get(slug)!;
    if (cert.level === 'FOUNDATION' || cert.experience) continue;
    const needed = LEVEL_MONTHS[cert.level];
    const roleStated = stated.has(cert.primaryRole);
    const months = roleStated ? experience.get(cert.primaryRole)! : unassignedMonths;
    if (months === null || months >= needed) continue;
    notes.push({
      code: 'LEVEL_WITHOUT_EXPERIENCE',
      message:
        `You hold ${cert.acronym} (${cert.level === 'EXPERT' ? 'expert' : 'advanced'} level) but state ${numbered(months, 'month')}${roleStated ? ` as ${aRole(roleName(catalog, cert.primaryRole))}` : ''}, ` +
        `less than the ${numbered(needed, 'month')} that level usually takes. Recommendations take your certifications as what you know, ` +
        'and check experience requirements against the months you state.',
    });
  }

  return notes;
}

/** A checked profile: every problem refused (validateProfile), defaults filled in, what the held certifications imply worked out. */
export function checkProfile(catalog: CatalogIndex, input: ProfileInput): Profile {
  validateProfile(catalog, input);
  const interests = [...new Set(input.interests ?? [])];
  const held = [...new Set(input.held ?? [])];
  const providers = [...new Set(input.providers ?? [])];
  const notes: ProfileNote[] = [];
  const { stated, unassignedMonths } = statedExperience(input, notes);
  const heldWithPrerequisites = withPrerequisites(catalog, held);
  const covered = coveredBy(catalog, held);
  notes.push(...impliedByHeld(catalog, held));
  const experience = provenExperience(catalog, stated, heldWithPrerequisites, notes);
  notes.push(...levelWithoutExperience(catalog, held, stated, experience, unassignedMonths));
  return {
    currentRole: input.currentRole ?? null,
    targetRole: input.targetRole ?? null,
    experience,
    experienceStated: new Set(stated.keys()),
    unassignedMonths,
    interests,
    held,
    heldWithPrerequisites,
    covered,
    budgetUsd: input.budgetUsd ?? null,
    providers,
    avoidRenewal: input.avoidRenewal ?? false,
    selfStudy: input.selfStudy ?? false,
    notes,
  };
}
