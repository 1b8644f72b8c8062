// People as an experienced agile coach would meet them: a developer with $300, a student with $0,
// a Scrum Master moving to Product Owner, a PMP going agile, a SAFe product manager, an agile
// coach, a brand-new Product Owner, a contradictory profile, and more. Each asks the real Worker
// and checks what an expert would check (eligibility, budget honesty, level, path cost, that
// interests and providers shape the path), never an exact ranking. Then generated profiles
// (fast-check) check the invariants for every kind of person.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/data/catalog.js';
import { budgetFigure } from '../src/resolvers/facts.js';
import { learningPath } from '../src/resolvers/path.js';
import { checkProfile, type ProfileInput } from '../src/resolvers/profile.js';
import { recommendations, scoreAll, WEIGHTS } from '../src/resolvers/recommend.js';
import readme from '../README.md?raw';
import { data, error } from './helpers.js';

const RECS = `query($p: ProfileInput!, $first: Int) { recommendations(profile: $p, first: $first) {
  fitCount nothingFits message notes { code message }
  items { rank score rawScore eligible fits budgetFit alreadyCovered
    certification { slug acronym level primaryRole { slug } requiresCourse price { status budgetUsd minUsd maxUsd typicalUsd confidence } }
    reasons { code message weight } missingPrerequisites { slug } } } }`;
const PATH = `query($p: ProfileInput!) { learningPath(profile: $p) {
  goal costComplete withinBudget budgetFit coverage notes { code message }
  cost { totalUsd pricedSubtotalUsd atLeastUsd complete unpriced { slug } summary }
  steps { order costUsd note certification { slug acronym level provider { slug } prerequisites { slug } } } } }`;

type Reason = { code: string; message: string; weight: number };
/** The reasons that say why a certification does not fit. */
const BLOCKING = ['MISSING_PREREQUISITE', 'NOT_FOR_GOAL', 'ALREADY_COVERED', 'OTHER_PROVIDER', 'LEVEL_FIT', 'OVER_BUDGET', 'COST_UNKNOWN'];
type Item = {
  rank: number; score: number; rawScore: number; eligible: boolean; fits: boolean; budgetFit: string;
  certification: { slug: string; acronym: string; level: string; primaryRole: { slug: string }; requiresCourse: boolean; price: any };
  reasons: Reason[]; missingPrerequisites: { slug: string }[];
};
type Set = { fitCount: number; nothingFits: boolean; message: string; notes: { code: string; message: string }[]; items: Item[] };

const ask = async (p: ProfileInput, first = 10): Promise<Set> => (await data(RECS, { p, first })).recommendations;
const path = async (p: ProfileInput) => (await data(PATH, { p })).learningPath;
const slugs = (items: { certification: { slug: string } }[]) => items.map((i) => i.certification.slug);
const reason = (item: Item, code: string) => item.reasons.find((r) => r.code === code);
/** Every certification scored for a profile (the API returns at most 10). */
const all = (p: ProfileInput) => scoreAll(catalog, checkProfile(catalog, p));
const scored = (p: ProfileInput, slug: string) => all(p).find((r) => r.certification.slug === slug)!;

/** What every answer must satisfy, whoever asks. */
function expectHonest(set: Set, p: ProfileInput) {
  const where = JSON.stringify(p);
  for (const item of set.items) {
    expect(item.reasons.length, `${item.certification.slug}: a card without reasons (${where})`).toBeGreaterThan(0);
    expect(Math.abs(item.reasons.reduce((s, r) => s + r.weight, 0) - item.rawScore)).toBeLessThan(0.0015);
    if (!item.eligible) expect(reason(item, 'MISSING_PREREQUISITE'), `${item.certification.slug} ineligible without saying why`).toBeDefined();
    // A card that does not fit says why first.
    if (!item.fits) expect(BLOCKING, `${item.certification.slug}: first reason "${item.reasons[0]?.message}" does not say why it does not fit (${where})`).toContain(item.reasons[0]!.code);
    if (!item.fits) expect(item.reasons[0]!.weight).toBeLessThanOrEqual(0);
    if (item.budgetFit === 'WITHIN_BUDGET') {
      expect(item.certification.price.budgetUsd, `${item.certification.slug}: within budget needs a verified realistic figure`).not.toBeNull();
      expect(item.certification.price.budgetUsd).toBeLessThanOrEqual(p.budgetUsd!);
    }
  }
  // Eligible before ineligible; those that fit before those that do not.
  const order = set.items.map((i) => Number(!i.eligible) * 2 + Number(!i.fits));
  expect(order, where).toEqual([...order].sort((a, b) => a - b));
  expect(set.nothingFits).toBe(set.fitCount === 0);
}

function expectPathHonest(lp: any, p: ProfileInput) {
  const priced = lp.steps.every((s: any) => s.costUsd !== null);
  expect(lp.cost.complete).toBe(priced);
  expect(lp.costComplete).toBe(priced);
  if (priced) expect(lp.cost.totalUsd).toBe(lp.steps.reduce((s: number, x: any) => s + x.costUsd, 0));
  else {
    expect(lp.cost.totalUsd, 'unpriced steps make the total unknown, not $0').toBeNull();
    expect(lp.withinBudget, 'an unpriced path is never within budget').toBe(false);
    expect(lp.cost.summary).toMatch(/^Unknown/);
  }
  if (lp.withinBudget && p.budgetUsd != null) expect(lp.cost.totalUsd).toBeLessThanOrEqual(p.budgetUsd);
  const order = lp.steps.map((s: any) => s.certification.slug);
  lp.steps.forEach((s: any, i: number) => {
    for (const pre of s.certification.prerequisites) {
      const at = order.indexOf(pre.slug);
      // A prerequisite is either held (or implied by what is held) or an earlier step.
      if (at >= 0) expect(at).toBeLessThan(i);
      else expect(checkProfile(catalog, p).heldWithPrerequisites.has(pre.slug), `${s.certification.slug} needs ${pre.slug}`).toBe(true);
    }
  });
  // Nothing already covered is taken again, unless a later step requires it as a certification.
  const profile = checkProfile(catalog, p);
  lp.steps.forEach((s: any, i: number) => {
    if (!profile.covered.has(s.certification.slug)) return;
    expect(profile.heldWithPrerequisites.has(s.certification.slug)).toBe(false);
    expect(lp.steps.slice(i + 1).some((later: any) => later.certification.prerequisites.some((x: any) => x.slug === s.certification.slug))).toBe(true);
  });
}

describe('personas', () => {
  it('a developer with $300: only verified realistic prices count as within budget; no Scrum Master or PO ladder they cannot enter', async () => {
    const p = { currentRole: 'developer', experienceMonths: 30, budgetUsd: 300 };
    const set = await ask(p);
    expectHonest(set, p);
    expect(set.nothingFits).toBe(false);
    const top = set.items[0]!;
    expect(top).toMatchObject({ eligible: true, fits: true, budgetFit: 'WITHIN_BUDGET' });
    // CSM's trainer-set course starts at $250 but is typically $1,295: never "within your $300 budget".
    const csm = scored(p, 'csm');
    expect(csm.budgetFit).toBe('OVER_BUDGET');
    expect(csm.reasons.find((r) => r.code === 'OVER_BUDGET')!.message).toMatch(/\$1,295 \(typical; \$250–\$2,495 seen\)/);
    expect(csm.reasons.some((r) => r.code === 'WITHIN_BUDGET')).toBe(false);
    // 30 months as a developer are not Scrum Master or Product Owner experience.
    for (const slug of ['a-csm', 'a-cspo']) {
      const r = scored(p, slug);
      expect(r.eligible, slug).toBe(false);
      expect(r.reasons.find((x) => x.code === 'MISSING_PREREQUISITE')!.message).toMatch(/your 30 months as a Developer do not count toward it/);
    }
    // Unknown prices never rank above a fitting, verified one.
    const firstUnknown = set.items.findIndex((i) => i.budgetFit === 'PRICE_UNKNOWN');
    if (firstUnknown >= 0) expect(set.items.slice(firstUnknown).some((i) => i.fits)).toBe(false);
    const lp = await path(p);
    expectPathHonest(lp, p);
    expect(lp.steps[0].certification.slug).toBe('psd-i');
    expect(lp.withinBudget).toBe(true);
  });

  it('a student with $0: says nothing fits and why, and puts the cheapest verified option first, not an unpriced course', async () => {
    const p = { budgetUsd: 0 };
    const set = await ask(p);
    expectHonest(set, p);
    expect(set.nothingFits).toBe(true);
    expect(set.message).toMatch(/No certification is free/);
    expect(set.message).toMatch(/cheapest with a verified price .*\$200/);
    const top = set.items[0]!;
    expect(top.eligible).toBe(true);
    expect(top.certification.level).toBe('FOUNDATION');
    expect(top.certification.price.budgetUsd).toBe(200);
    // No ineligible or advanced certification in the top 3 for a newcomer; every card explains itself.
    for (const item of set.items.slice(0, 3)) {
      expect(item.eligible).toBe(true);
      expect(item.certification.level).toBe('FOUNDATION');
      expect(reason(item, 'OVER_BUDGET') ?? reason(item, 'COST_UNKNOWN')).toBeDefined();
    }
    // An unknown price (SSM, a paid SAFe course) never ranks above a known price.
    const known = set.items.filter((i) => i.certification.price.budgetUsd !== null).map((i) => i.rank);
    const unknown = set.items.filter((i) => i.eligible && i.certification.price.budgetUsd === null).map((i) => i.rank);
    if (known.length && unknown.length) expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...known));
    const lp = await path(p);
    expectPathHonest(lp, p);
    expect(lp.withinBudget).toBe(false);
    expect(lp.budgetFit).toBe('OVER_BUDGET');
  });

  it('a Scrum Master moving to Product Owner: the PO side first, eligible, at foundation level; A-CSPO is not yet attainable, and says why', async () => {
    const p = { currentRole: 'scrum-master', experienceMonths: 24, held: ['csm'], targetRole: 'product-owner' };
    const set = await ask(p);
    expectHonest(set, p);
    for (const item of set.items.slice(0, 3)) {
      expect(item.certification.primaryRole.slug).toBe('product-owner');
      expect(item).toMatchObject({ eligible: true, fits: true });
      expect(item.certification.level).toBe('FOUNDATION');
      expect(reason(item, 'CROSS_ROLE')).toBeDefined();
    }
    expect(slugs(set.items)).not.toContain('csm');
    const acspo = scored(p, 'a-cspo');
    expect(acspo.eligible).toBe(false);
    expect(acspo.missingPrerequisites.map((m) => m.slug)).toEqual(['cspo']);
    const why = acspo.reasons.find((r) => r.code === 'MISSING_PREREQUISITE')!.message;
    expect(why).toMatch(/CSPO first/);
    expect(why).toMatch(/12 months as a Product Owner .*you have 0; your 24 months as a Scrum Master do not count toward it/);
    expectPathHonest(await path(p), p);
  });

  it('a Scrum Master holding CSM and CSPO with no Product Owner months: A-CSPO is never ranked as eligible (the 12 months are as a Product Owner)', async () => {
    const p = { currentRole: 'scrum-master', experienceMonths: 24, held: ['csm', 'cspo'], targetRole: 'product-owner' };
    const set = await ask(p);
    expectHonest(set, p);
    expect(set.items[0]!.certification.slug).not.toBe('a-cspo');
    const acspo = scored(p, 'a-cspo');
    expect(acspo.eligible).toBe(false);
    expect(acspo.fits).toBe(false);
    const ranked = all(p);
    expect(ranked.findIndex((r) => r.certification.slug === 'a-cspo')).toBeGreaterThan(ranked.findLastIndex((r) => r.eligible));
    // With a year as a Product Owner it becomes the next step on the track.
    const later = scored({ ...p, experience: [{ role: 'product-owner', months: 12 }] }, 'a-cspo');
    expect(later.eligible).toBe(true);
    expect(later.reasons.map((r) => r.code)).toContain('BUILDS_ON_HELD');
  });

  it('a PMP going agile: PMI-ACP is eligible and at their level; its $495 is only the exam, never a full price', async () => {
    const p = { currentRole: 'project-manager', experienceMonths: 60, targetRole: 'project-manager' };
    const set = await ask(p);
    expectHonest(set, p);
    const acp = set.items.find((i) => i.certification.slug === 'pmi-acp')!;
    expect(acp.rank).toBe(1);
    expect(acp).toMatchObject({ eligible: true, fits: true });
    const level = reason(acp, 'LEVEL_FIT')!;
    expect(level.weight).toBeGreaterThan(0);
    expect(level.message).not.toMatch(/after a foundation certification/);
    expect(acp.certification.price).toMatchObject({ status: 'PARTIAL', budgetUsd: null, minUsd: 495 });
    // With a budget the exam fits, but the required training is unpriced: it cannot be said to fit.
    const withBudget = scored({ ...p, budgetUsd: 600 }, 'pmi-acp');
    expect(withBudget.budgetFit).toBe('PRICE_UNKNOWN');
    expect(withBudget.reasons.find((r) => r.code === 'COST_UNKNOWN')!.message).toMatch(/At least \$495: exam only; the required course is extra/);
    expect(scored({ ...p, budgetUsd: 400 }, 'pmi-acp').budgetFit).toBe('OVER_BUDGET');
    const lp = await path(p);
    expectPathHonest(lp, p);
    expect(lp.cost.totalUsd).toBeNull();
    expect(lp.cost.atLeastUsd).toBe(495);
  });

  it('a SAFe product manager: the path has a SAFe step, interests shape it with the target role, and an unverified price stays unknown', async () => {
    const p = { currentRole: 'product-owner', experienceMonths: 18, providers: ['scaled-agile'], interests: ['scaling'], targetRole: 'product-owner' };
    const lp = await path(p);
    expectPathHonest(lp, p);
    expect(lp.steps.map((s: any) => s.certification.provider.slug)).toContain('scaled-agile');
    expect(lp.steps.map((s: any) => s.certification.slug)).toContain('popm');
    expect(lp.goal).toMatch(/Scaled Agile/);
    expect(lp.goal).toMatch(/scaling/);
    // POPM's $995 comes from one trainer blog: not a price to plan on.
    expect(lp.cost.totalUsd).toBeNull();
    expect(lp.withinBudget).toBe(false);
    const set = await ask(p);
    expectHonest(set, p);
    const popm = set.items.find((i) => i.certification.slug === 'popm')!;
    expect(popm.rank).toBe(1);
    expect(reason(popm, 'PREFERRED_PROVIDER')).toBeDefined();
    expect(popm.certification.price).toMatchObject({ status: 'UNVERIFIED', budgetUsd: null, confidence: 'UNVERIFIED' });
  });

  it('an agile coach: coaching certifications fit; interests beyond the coaching track extend the path; unpriced courses make the total unknown', async () => {
    const p = { currentRole: 'agile-coach', experienceMonths: 36, held: ['psm-i'], targetRole: 'agile-coach' };
    const set = await ask(p);
    expectHonest(set, p);
    expect(set.items.filter((i) => i.fits).map((i) => i.certification.primaryRole.slug)).toEqual(expect.arrayContaining(['agile-coach']));
    const lp = await path(p);
    expectPathHonest(lp, p);
    // ICAgile's coaching track to its expert level: ICP-ATF and ICP-ACC are required before ICE-AC.
    expect(lp.steps.map((s: any) => s.certification.slug)).toEqual(['icp-atf', 'icp-acc', 'ice-ac']);
    expect(lp.cost.unpriced.map((u: any) => u.slug)).toEqual(['icp-atf', 'icp-acc']);
    expect(lp.cost.totalUsd).toBeNull();
    for (const s of lp.steps.slice(0, 2)) expect(s.note).toMatch(/No verified price: the course fee is set by each trainer/);
    // Interests are used together with the target role: scaling is not on the coaching track.
    const wider = await path({ ...p, interests: ['scaling'] });
    expectPathHonest(wider, { ...p, interests: ['scaling'] });
    expect(wider.goal).toMatch(/Then your interests: scaling agile/);
    expect(wider.steps.length).toBeGreaterThan(lp.steps.length);
    expect(wider.coverage).toBe(1);
  });

  it('a brand-new Product Owner: foundation first; expert and advanced levels are cautioned, never on top', async () => {
    const p = { currentRole: 'product-owner', experienceMonths: 0, targetRole: 'product-owner' };
    const set = await ask(p);
    expectHonest(set, p);
    for (const item of set.items.slice(0, 3)) expect(item.certification.level).toBe('FOUNDATION');
    for (const slug of ['pspo-iii', 'pspo-ii']) {
      const r = scored(p, slug);
      expect(r.fits, slug).toBe(false);
      const level = r.reasons.find((x) => x.code === 'LEVEL_FIT')!;
      expect(level.weight, slug).toBeLessThan(0);
      expect(level.message).toMatch(/above where you are/);
    }
    expect(scored(p, 'pspo-iii').reasons.find((x) => x.code === 'LEVEL_FIT')!.weight).toBe(2 * WEIGHTS.LEVEL_ABOVE);
    const lp = await path(p);
    expectPathHonest(lp, p);
    const expert = lp.steps.find((s: any) => s.certification.level === 'EXPERT');
    if (expert) expect(expert.note).toMatch(/two years or more in the role, with a certification in it \(you have 0 months as a Product Owner\)/);
    if (expert) expect(lp.notes.find((n: any) => n.code === 'EXPERIENCE_AHEAD')?.message).toContain(expert.certification.acronym);
  });

  it('a contradictory profile gets a clear answer: notes say how it was read; values that cannot both be true are refused', async () => {
    // PSM III held with 0 months as a Scrum Master.
    const p = { held: ['psm-iii'], currentRole: 'scrum-master', experienceMonths: 0 };
    const set = await ask(p);
    expectHonest(set, p);
    expect(set.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['LEVEL_WITHOUT_EXPERIENCE', 'IMPLIED_BY_HELD']));
    expect(set.notes.find((n) => n.code === 'LEVEL_WITHOUT_EXPERIENCE')!.message).toMatch(/PSM III .*0 months as a Scrum Master/);
    expect(set.message).toMatch(/see the notes/);
    const every = all(p).map((r) => r.certification.slug);
    expect(every).not.toContain('psm-i');
    expect(every).not.toContain('psm-ii');
    // A-CSM proves 12 months as a Scrum Master: a stated 0 is read as 12, and said so; CSM (its prerequisite) is held.
    const acsm = await ask({ held: ['a-csm'], currentRole: 'scrum-master', experienceMonths: 0 });
    expect(acsm.notes.map((n) => n.code)).toContain('EXPERIENCE_IMPLIED_BY_HELD');
    expect(all({ held: ['a-csm'] }).map((r) => r.certification.slug)).not.toContain('csm');
    // Months with no role count toward no role, and the answer says so.
    const loose = await ask({ experienceMonths: 30, targetRole: 'scrum-master' });
    expect(loose.notes.map((n) => n.code)).toContain('EXPERIENCE_WITHOUT_ROLE');
    expect(scored({ experienceMonths: 30, targetRole: 'scrum-master', held: ['csm'] }, 'a-csm').eligible).toBe(false);
    // Two different month counts for the same role: refused, naming both.
    const e = await error(RECS, { p: { currentRole: 'scrum-master', experienceMonths: 30, experience: [{ role: 'scrum-master', months: 6 }] } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/experienceMonths.*30.*experience.*scrum-master: 6/);
    const dup = await error(RECS, { p: { experience: [{ role: 'developer', months: 6 }, { role: 'developer', months: 8 }] } });
    expect(dup.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dup.message).toMatch(/"developer" twice/);
    const unknown = await error(RECS, { p: { experience: [{ role: 'wizard', months: 6 }] } });
    expect(unknown.message).toMatch(/Unknown role "wizard" in `profile.experience.role`/);
  });

  it('a developer with 30 months aiming for Scrum Master: A-CSM is not attainable (CSM first, and a year as a Scrum Master)', async () => {
    const p = { currentRole: 'developer', experienceMonths: 30, targetRole: 'scrum-master' };
    const set = await ask(p);
    expectHonest(set, p);
    expect(set.items[0]!.certification.level).toBe('FOUNDATION');
    const acsm = scored(p, 'a-csm');
    expect(acsm.eligible).toBe(false);
    expect(acsm.reasons.find((r) => r.code === 'MISSING_PREREQUISITE')!.message).toMatch(/CSM first and 12 months as a Scrum Master/);
    // Per-role experience counts where it belongs.
    const sm = scored({ ...p, held: ['csm'], experience: [{ role: 'scrum-master', months: 12 }, { role: 'developer', months: 30 }], experienceMonths: undefined }, 'a-csm');
    expect(sm.eligible).toBe(true);
  });

  it('a newcomer with no money who wants to be a Scrum Master: nothing fits; the closest options are eligible and explained', async () => {
    const p = { targetRole: 'scrum-master', budgetUsd: 0 };
    const set = await ask(p);
    expectHonest(set, p);
    expect(set.nothingFits).toBe(true);
    expect(set.message).toMatch(/for a Scrum Master costs money/);
    expect(set.items[0]!.certification.slug).toBe('psm-i');
    for (const item of set.items.slice(0, 3)) expect(item.eligible).toBe(true);
  });

  it('a leader with $1,000: a verified price within budget comes before a course with no published price', async () => {
    const p = { currentRole: 'agile-leader', experienceMonths: 48, targetRole: 'agile-leader', budgetUsd: 1000 };
    const set = await ask(p);
    expectHonest(set, p);
    const pal = set.items.find((i) => i.certification.slug === 'pal-i')!;
    const sa = all(p).find((r) => r.certification.slug === 'sa')!;
    expect(pal.rank).toBe(1);
    expect(sa.budgetFit).toBe('PRICE_UNKNOWN');
    expect(sa.fits).toBe(false);
    expect(sa.reasons.find((r) => r.code === 'COST_UNKNOWN')!.weight).toBe(WEIGHTS.COST_UNKNOWN);
  });

  it('a team member curious about Kanban with $250: interests pick the certification and the path stays within budget', async () => {
    const p = { interests: ['flow-kanban', 'agile-metrics'], budgetUsd: 250 };
    const set = await ask(p);
    expectHonest(set, p);
    expect(set.items[0]!.certification.slug).toBe('psk-i');
    const lp = await path(p);
    expectPathHonest(lp, p);
    expect(lp.withinBudget).toBe(true);
    expect(lp.cost.totalUsd).toBe(200);
  });

  it('a PSPO II holder: PSPO III is priced as Scrum.org prices it (no trainer), and PSPO I is never offered', async () => {
    const p = { held: ['pspo-ii'], currentRole: 'product-owner', experienceMonths: 40, targetRole: 'product-owner' };
    const lp = await path(p);
    expectPathHonest(lp, p);
    expect(lp.steps.map((s: any) => s.certification.slug)).toEqual(['pspo-iii']);
    expect(lp.steps[0].costUsd).toBe(500);
    expect(lp.steps[0].note ?? '').not.toMatch(/trainer/);
    expect(all(p).map((r) => r.certification.slug)).not.toContain('pspo-i');
  });

  it('a CSPO holder who prefers Scrum Alliance: the track\'s own next steps, in order, with the price unknown rather than $0', async () => {
    const p = { held: ['cspo'], targetRole: 'product-owner', providers: ['scrum-alliance'], budgetUsd: 5000 };
    const lp = await path(p);
    expectPathHonest(lp, p);
    expect(lp.steps.map((s: any) => s.certification.slug)).toEqual(['a-cspo', 'csp-po']);
    expect(lp.totalCostUsd === 0 && lp.withinBudget).toBe(false);
    expect(lp.budgetFit).toBe('PRICE_UNKNOWN');
  });
});

// ---- Generated people ----

const roles = catalog.roles.map((r) => r.slug);
const topics = catalog.topics.map((t) => t.slug);
const certs = catalog.certifications.map((c) => c.slug);
const providerSlugs = catalog.providers.map((p) => p.slug);

const profileArb: fc.Arbitrary<ProfileInput> = fc
  .record(
    {
      currentRole: fc.constantFrom(...roles),
      targetRole: fc.constantFrom(...roles),
      experienceMonths: fc.integer({ min: 0, max: 120 }),
      experience: fc.uniqueArray(fc.record({ role: fc.constantFrom(...roles), months: fc.integer({ min: 0, max: 120 }) }), { selector: (e) => e.role, maxLength: 3 }),
      interests: fc.uniqueArray(fc.constantFrom(...topics), { maxLength: 4 }),
      held: fc.uniqueArray(fc.constantFrom(...certs), { maxLength: 4 }),
      budgetUsd: fc.oneof(fc.constant(0), fc.integer({ min: 50, max: 3000 })),
      providers: fc.uniqueArray(fc.constantFrom(...providerSlugs), { maxLength: 2 }),
      avoidRenewal: fc.boolean(),
      selfStudy: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  // experienceMonths is the months in currentRole: a different figure for that role in `experience` is refused (tested above).
  .map((p) => (p.currentRole && p.experience?.some((e) => e.role === p.currentRole) ? { ...p, experienceMonths: undefined } : p));

describe('generated profiles (fast-check)', () => {
  it('eligible before ineligible, fitting before not; every recommendation has reasons that add up', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const ranked = scoreAll(catalog, checkProfile(catalog, p));
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          expect(Number(a.eligible) >= Number(b.eligible)).toBe(true);
          if (a.eligible === b.eligible) expect(Number(a.fits) >= Number(b.fits)).toBe(true);
        }
        for (const r of ranked) {
          expect(r.reasons.length).toBeGreaterThan(0);
          for (const x of r.reasons) expect(x.message.length).toBeGreaterThan(10);
          expect(Math.abs(r.reasons.reduce((s, x) => s + x.weight, 0) - r.rawScore)).toBeLessThan(0.0015);
          if (!r.eligible) expect(r.reasons.some((x) => x.code === 'MISSING_PREREQUISITE')).toBe(true);
          expect(checkProfile(catalog, p).covered.has(r.certification.slug)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an unknown price never ranks as cheaper than a known one: never penalised less, never ranked above one within budget', () => {
    fc.assert(
      fc.property(profileArb.filter((p) => p.budgetUsd != null), (p) => {
        const ranked = scoreAll(catalog, checkProfile(catalog, p));
        const weightOf = (code: string) => ranked.flatMap((r) => r.reasons.filter((x) => x.code === code).map((x) => x.weight));
        const unknown = weightOf('COST_UNKNOWN');
        const over = weightOf('OVER_BUDGET');
        const within = weightOf('WITHIN_BUDGET');
        for (const u of unknown) {
          for (const o of over) expect(u).toBeLessThanOrEqual(o);
          for (const w of within) expect(u).toBeLessThan(w);
        }
        // Among certifications equally eligible, one within budget that otherwise fits never ranks below an unknown price.
        ranked.forEach((a, i) => {
          if (a.budgetFit !== 'PRICE_UNKNOWN') return;
          for (const b of ranked.slice(i + 1)) if (b.eligible === a.eligible) expect(b.fits).toBe(false);
        });
        // Within budget means a verified realistic figure within it; never the floor of a range.
        for (const r of ranked) {
          const figure = budgetFigure(r.certification.price);
          if (r.budgetFit === 'WITHIN_BUDGET') expect(figure !== null && figure <= p.budgetUsd!).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a learning path is priced in full or marked unknown, never $0 for unpriced steps, and follows prerequisites', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const lp = learningPath(catalog, p);
        const priced = lp.steps.every((s) => s.costUsd !== null);
        expect(lp.cost.complete).toBe(priced);
        expect(lp.cost.totalUsd === null).toBe(!priced);
        if (priced) expect(lp.cost.totalUsd).toBe(lp.steps.reduce((s, x) => s + x.costUsd!, 0));
        if (lp.withinBudget) {
          expect(priced).toBe(true);
          if (p.budgetUsd != null) expect(lp.cost.totalUsd!).toBeLessThanOrEqual(p.budgetUsd);
        }
        expect(lp.budgetFit === 'WITHIN_BUDGET').toBe(p.budgetUsd != null && lp.withinBudget);
        const profile = checkProfile(catalog, p);
        const order = lp.steps.map((s) => s.certification.slug);
        lp.steps.forEach((s, i) => {
          for (const pre of s.certification.prerequisites) {
            if (!profile.heldWithPrerequisites.has(pre)) expect(order.indexOf(pre)).toBeGreaterThanOrEqual(0);
            if (order.includes(pre)) expect(order.indexOf(pre)).toBeLessThan(i);
          }
          // Nothing already covered is taken again, unless a later step requires it as a
          // certification (ICE-AC requires ICP-ATF even of an ICP-ACC holder, whose course covers it).
          if (profile.covered.has(s.certification.slug)) {
            expect(profile.heldWithPrerequisites.has(s.certification.slug)).toBe(false);
            expect(lp.steps.slice(i + 1).some((later) => later.certification.prerequisites.includes(s.certification.slug))).toBe(true);
          }
        });
        // Preferred providers shape a role path: its goal comes from one of them, unless a note says none offers the role.
        if (p.targetRole && p.providers?.length && !p.interests?.length && lp.steps.length) {
          const offered = lp.notes.some((n) => n.code === 'PROVIDERS_NOT_OFFERED');
          expect(offered || p.providers.includes(lp.steps[lp.steps.length - 1]!.certification.provider)).toBe(true);
          const offers = catalog.certifications.some((c) => c.primaryRole === p.targetRole && p.providers!.includes(c.provider));
          expect(offered).toBe(!offers);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the answer says when nothing fits, and the message says why', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const set = recommendations(catalog, p, 10);
        expect(set.nothingFits).toBe(set.fitCount === 0 && set.items.length > 0);
        if (set.nothingFits) expect(set.message).toMatch(/^Nothing fits everything you asked for \(.+\)\. .+ The closest options follow/);
        else if (set.items.length) expect(set.message).toMatch(/^\d+ of \d+ certifications fits? everything you asked for/);
        // Words never look like a stack trace ("at X (…"), which the HTTP layer treats as a leak.
        const words = [set.message, ...set.notes.map((n) => n.message), ...set.items.flatMap((i) => i.reasons.map((r) => r.message)), ...learningPath(catalog, p).steps.map((s) => s.note ?? '')];
        for (const w of words) expect(w).not.toMatch(/\s+at\s+\S+\s+\(/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the weights, one table in code and in the README', () => {
  it('the README\'s table lists every weight with its value, and the unknown-below-known rule holds', () => {
    const rows = new Map(
      [...readme.matchAll(/^\| `([A-Z_]+)` \| ([+-]?[\d.]+) \|/gm)].map((m) => [m[1]!, Number(m[2])]),
    );
    expect(Object.fromEntries(rows)).toEqual({ ...WEIGHTS });
    expect(WEIGHTS.COST_UNKNOWN).toBeLessThanOrEqual(WEIGHTS.OVER_BUDGET_FAR);
    expect(WEIGHTS.OVER_BUDGET_FAR).toBeLessThanOrEqual(WEIGHTS.OVER_BUDGET);
    expect(WEIGHTS.OVER_BUDGET).toBeLessThan(0);
    expect(WEIGHTS.WITHIN_BUDGET).toBeGreaterThan(0);
  });
});

describe('paths as a coach would draw them on a wider catalog', () => {
  it('an ICP-ACC holder aiming at expert coaching is told to take ICP-ATF, which ICE-AC requires, before ICE-AC', async () => {
    const p = { currentRole: 'agile-coach', experienceMonths: 30, held: ['icp-acc'], targetRole: 'agile-coach' };
    const lp = await path(p);
    expectPathHonest(lp, p);
    expect(lp.steps.map((s: any) => s.certification.slug)).toEqual(['icp-atf', 'ice-ac']);
  });

  it('with a budget the top of the ladder does not fit, the path goes as far as the budget reaches and names what lies beyond', async () => {
    for (const [role, budget] of [['developer', 300], ['scrum-master', 250], ['product-owner', 250]] as const) {
      const p = { currentRole: role, targetRole: role, budgetUsd: budget };
      const lp = await path(p);
      expectPathHonest(lp, p);
      expect(lp.withinBudget, role).toBe(true);
      expect(lp.cost.totalUsd, role).toBeLessThanOrEqual(budget);
      expect(lp.steps.length, role).toBeGreaterThan(0);
      expect(lp.goal, role).toMatch(new RegExp(`as far as your \\$${budget} budget reaches \\(Foundation\\): .+\\. Beyond it, the highest level: `));
    }
    // Without a budget, the goal is the top of the ladder.
    const open = await path({ currentRole: 'developer', targetRole: 'developer' });
    expect(open.goal).toMatch(/at the highest level .*\(Expert\)/);
  });
});
