// Prices, experience requirements, holder counts and comparison values through the real Worker:
// each says what it is, how far to trust it and how old it is, and an unverified figure is never
// served as a plain fact.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { budgetFigure, isStale } from '../../src/resolvers/facts.js';
import { checkProfile } from '../../src/resolvers/profile-read.js';
import { scoreAll } from '../../src/resolvers/recommend.js';
import { data, type Slugged, slugs } from '../helpers.js';

interface Source {
  url: string;
  confidence: string;
}
interface CertFacts extends Slugged {
  url: string;
  urlKind: string;
  widelyHeld: boolean;
  experienceMonths: number | null;
  experienceRequirement: { roles: Slugged[]; months: number; withinYears: number | null; note: string | null; source: Source } | null;
  cost: { amountUsd: number; maxAmountUsd: number | null; includes: string[]; asOf: string | null } | null;
  price: {
    status: string;
    minUsd: number | null;
    maxUsd: number | null;
    typicalUsd: number | null;
    budgetUsd: number | null;
    includes: string[];
    excludes: string[];
    confidence: string;
    asOf: string | null;
    ageYears: number | null;
    stale: boolean;
    note: string | null;
    summary: string;
    sources: Source[];
  };
  holders: { count: number; asOf: string; ageYears: number; stale: boolean; source: { confidence: string } }[];
}
type DifferenceValue = { certification: Slugged; value: string; confidence: string; asOf: string | null };
type FieldInfo = { name: string; isDeprecated: boolean; deprecationReason: string | null };

const CERT = `query($s: String!) { certification(slug: $s) {
  slug url urlKind widelyHeld experienceMonths
  experienceRequirement { roles { slug } months withinYears note source { url confidence } }
  cost { amountUsd maxAmountUsd includes asOf }
  price { status minUsd maxUsd typicalUsd budgetUsd includes excludes confidence asOf ageYears stale note summary sources { url confidence } }
  holders { count asOf ageYears stale source { confidence } } } }`;
const cert = async (s: string) => (await data<{ certification: CertFacts }>(CERT, { s })).certification;

describe('price: a shape that says what it is', () => {
  it('a trainer-set range: the typical figure is what to budget, never the $250 floor', async () => {
    const csm = await cert('csm');
    expect(csm.price).toMatchObject({
      status: 'RANGE',
      minUsd: 250,
      maxUsd: 2495,
      typicalUsd: 1295,
      budgetUsd: 1295,
      includes: ['COURSE', 'EXAM', 'MEMBERSHIP'],
      excludes: [],
      confidence: 'CONFLICT',
      asOf: '2026',
      stale: false,
    });
    expect(csm.price.summary).toBe('$1,295 typical ($250–$2,495 seen) for the required course, exam and membership included (sources disagree)');
    expect(csm.price.sources.length).toBeGreaterThanOrEqual(3);
    // API v1's cost stays, as the lowest figure seen (deprecated in favour of price).
    expect(csm.cost).toMatchObject({ amountUsd: 250, maxAmountUsd: 2495 });
  });

  it('a range with no typical figure is budgeted at its highest; an undated figure is stale and kept out of v1 `cost`', async () => {
    const dasm = await cert('dasm');
    expect(dasm.price).toMatchObject({ status: 'RANGE', minUsd: 399, maxUsd: 499, typicalUsd: null, budgetUsd: 499, asOf: null, ageYears: null, stale: true });
    expect(dasm.price.summary).toMatch(/^Up to \$499 \(\$399–\$499 seen\) for the required course.*\(undated figure\)$/);
    expect(dasm.cost).toBeNull();
  });

  it('the same trainer-set market is priced the same way: CSM and CSPO, two-day courses by the same trainers, share one range and one typical figure', async () => {
    const [csm, cspo] = [await cert('csm'), await cert('cspo')];
    for (const k of ['status', 'minUsd', 'maxUsd', 'typicalUsd', 'budgetUsd', 'confidence', 'asOf', 'stale'] as const)
      expect(cspo.price[k], k).toEqual(csm.price[k]);
    expect(cspo.price.note).toMatch(/by analogy/);
    // So a budget never finds one within it and the other over it.
    for (const budgetUsd of [300, 1000, 1300, 1400, 3000]) {
      const fitOf = (slug: string) => scoreAll(catalog, checkProfile(catalog, { budgetUsd })).find((r) => r.certification.slug === slug)!.budgetFit;
      expect(fitOf('cspo'), `$${budgetUsd}`).toBe(fitOf('csm'));
    }
  });

  it('a stale figure within the budget is a price to confirm, never "within budget"; one over it stays over', () => {
    for (const c of catalog.certifications) {
      const figure = budgetFigure(c.price);
      if (figure === null || !isStale(catalog, c.price.asOf)) continue;
      const at = (budgetUsd: number) => scoreAll(catalog, checkProfile(catalog, { budgetUsd })).find((r) => r.certification.slug === c.slug);
      const within = at(figure + 100);
      if (within) {
        expect(within.budgetFit, c.slug).toBe('PRICE_UNKNOWN');
        expect(within.reasons.find((r) => r.code === 'COST_UNKNOWN')!.message, c.slug).toMatch(
          c.price.asOf === null ? /an undated figure, so it cannot be promised to fit/ : /too old a figure to promise it still fits/,
        );
      }
      if (figure > 0) expect(at(figure - 1)?.budgetFit ?? 'OVER_BUDGET', c.slug).toBe('OVER_BUDGET');
    }
  });

  it('an unverified figure is never a price: no budget figure, no v1 cost, and words that say so', async () => {
    const popm = await cert('popm');
    expect(popm.price).toMatchObject({ status: 'UNVERIFIED', minUsd: 995, budgetUsd: null, confidence: 'UNVERIFIED' });
    expect(popm.price.summary).toBe('No verified price: one unverified source says about $995 for the required course, exam included');
    expect(popm.cost).toBeNull();
    for (const c of catalog.certifications.filter((x) => x.price.confidence === 'UNVERIFIED')) {
      const { certification } = await data<{ certification: unknown }>(
        `query($s: String!) { certification(slug: $s) { cost { amountUsd } price { budgetUsd } } }`,
        { s: c.slug },
      );
      expect(certification, c.slug).toEqual({ cost: null, price: { budgetUsd: null } });
    }
  });

  it('a price that leaves out a mandatory part is only a lower bound (PMI-ACP: exam without the required training)', async () => {
    const acp = await cert('pmi-acp');
    expect(acp.price).toMatchObject({ status: 'PARTIAL', minUsd: 495, budgetUsd: null, includes: ['EXAM'], excludes: ['COURSE'], asOf: '2023', stale: true });
    expect(acp.price.summary).toBe('At least $495: exam only; the required course is extra and unpriced (as seen in 2023, 3 years old)');
    expect(acp.price.note).toMatch(/28 hours/);
  });

  it('no figure: UNKNOWN, no sources, and a note saying who sets the fee', async () => {
    const acsm = await cert('a-csm');
    expect(acsm.price).toMatchObject({ status: 'UNKNOWN', minUsd: null, budgetUsd: null, sources: [] });
    expect(acsm.price.note).toMatch(/set by each trainer/);
    expect(acsm.price.summary).toBe('No verified price: the required course fee is set by each trainer or partner');
    // A Scrum.org assessment is never said to be priced by a trainer.
    const pspo2 = await cert('pspo-ii');
    expect(pspo2.price).toMatchObject({ status: 'KNOWN', budgetUsd: 250 });
  });
});

describe('experience: a requirement names its role', () => {
  it('A-CSPO needs 12 months as a Product Owner within 5 years; experienceMonths (deprecated) still answers', async () => {
    const a = await cert('a-cspo');
    expect(a.experienceRequirement).toMatchObject({ roles: [{ slug: 'product-owner' }], months: 12, withinYears: 5 });
    expect(a.experienceMonths).toBe(12);
    expect((await cert('psm-i')).experienceRequirement).toBeNull();
    const acp = await cert('pmi-acp');
    expect(slugs(acp.experienceRequirement!.roles)).toEqual(expect.arrayContaining(['project-manager', 'scrum-master', 'developer']));
  });
});

describe('holder counts carry their age; "widely held" only for large, current counts', () => {
  it("the 2011 CSM count is 15 years old and stale; PSM I's 2026 count is current", async () => {
    const csm = await cert('csm');
    expect(csm.holders[0]).toMatchObject({ count: 95000, asOf: '2011-07', stale: true });
    expect(csm.holders[0]!.ageYears).toBeGreaterThan(14);
    expect(csm.widelyHeld).toBe(false);
    const psm = await cert('psm-i');
    expect(psm.holders[0]).toMatchObject({ count: 759519, stale: false });
    expect(psm.widelyHeld).toBe(true);
    expect((await cert('psm-iii')).widelyHeld).toBe(false); // 1,316 holders
  });

  it('no recommendation calls a small or stale count widely held', () => {
    const profiles = [{}, { targetRole: 'scrum-master' }, { targetRole: 'product-owner' }, { budgetUsd: 0 }, { held: ['psm-ii'], targetRole: 'scrum-master' }];
    let seen = 0;
    for (const p of profiles) {
      for (const r of scoreAll(catalog, checkProfile(catalog, p))) {
        const w = r.reasons.find((x) => x.code === 'WIDELY_HELD');
        if (!w) continue;
        seen++;
        expect(['csm', 'cspo', 'psm-iii', 'pspo-iii', 'psk-i', 'sps'], w.message).not.toContain(r.certification.slug);
        expect(w.message).toMatch(/as of \d+ \w+ 2026/);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('compare marks what is unverified, disputed or old', () => {
  const COMPARE = `query($c: [String!]!) { compare(certifications: $c) { differences { attribute values { certification { slug } value confidence asOf } } } }`;
  const row = async (c: string[], attribute: string) =>
    Object.fromEntries(
      (await data<{ compare: { differences: { attribute: string; values: DifferenceValue[] }[] } }>(COMPARE, { c })).compare.differences
        .find((d) => d.attribute === attribute)!
        .values.map((v) => [v.certification.slug, v]),
    );

  it('an unverified price and a disputed exam say so, with their confidence', async () => {
    const cost = await row(['popm', 'psm-i', 'csm'], 'cost');
    expect(cost.popm).toMatchObject({ confidence: 'UNVERIFIED' });
    expect(cost.popm!.value).toMatch(/unverified/);
    expect(cost['psm-i']).toMatchObject({ value: '$200 exam, no course required', confidence: 'OFFICIAL', asOf: '2026-09-02' });
    expect(cost.csm!.value).toMatch(/sources disagree/);
    const exam = await row(['psd-i', 'popm'], 'exam');
    expect(exam['psd-i']).toMatchObject({ confidence: 'CONFLICT' });
    expect(exam['psd-i']!.value).toMatch(/\(sources disagree\)$/);
    expect(exam.popm!.value).toMatch(/\(sources disagree\)$/);
  });

  it('holder counts are compared with their dates and ages', async () => {
    const holders = await row(['csm', 'psm-i', 'a-csm'], 'holders');
    expect(holders.csm!.value).toBe('95,000 as of July 2011 (15 years old)');
    expect(holders['psm-i']!.value).toMatch(/^759,519 as of 1 May 2026/);
    expect(holders['a-csm']!.value).toBe('No published count');
  });

  it('experience says in which role', async () => {
    const exp = await row(['a-cspo', 'pmi-acp', 'psm-i'], 'experience');
    expect(exp['a-cspo']!.value).toBe('12 months as a Product Owner within 5 years');
    expect(exp['pmi-acp']!.value).toMatch(/^24 months of agile project experience, any role/);
    // "None required" rests on the rule sources, here secondhand pages, and says so.
    expect(exp['psm-i']!.value).toBe('None required (secondhand)');
    expect(exp['psm-i']!.confidence).toBe('SECONDARY');
  });
});

describe('official pages, not home pages', () => {
  it("links the certification's own page where a source gives one, and says when it cannot", async () => {
    expect(await cert('psm-ii')).toMatchObject({
      urlKind: 'CERTIFICATION_PAGE',
      url: 'https://www.scrum.org/assessments/professional-scrum-master-ii-certification',
    });
    expect(await cert('cspo')).toMatchObject({ urlKind: 'CERTIFICATION_PAGE' });
    expect(await cert('icp-atf')).toMatchObject({ urlKind: 'PROVIDER_PAGE', url: 'https://www.icagile.com' });
  });
});

describe('superseded fields are deprecated, not removed', () => {
  it('cost, experienceMonths, recommend and totalCostUsd still answer and say what replaces them', async () => {
    const schema = await data<{
      __schema: { queryType: { fields: FieldInfo[] } };
      c: { fields: FieldInfo[] };
      p: { fields: FieldInfo[] };
    }>(`{ __schema { queryType { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }
      c: __type(name: "Certification") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
      p: __type(name: "LearningPath") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
    const find = (list: FieldInfo[], name: string) => list.find((f) => f.name === name)!;
    expect(find(schema.__schema.queryType.fields, 'recommend')).toMatchObject({
      isDeprecated: true,
      deprecationReason: expect.stringMatching(/recommendations/),
    });
    expect(find(schema.__schema.queryType.fields, 'recommendations').isDeprecated).toBe(false);
    expect(find(schema.c.fields, 'cost').deprecationReason).toMatch(/price/);
    expect(find(schema.c.fields, 'experienceMonths').deprecationReason).toMatch(/experienceRequirement/);
    expect(find(schema.p.fields, 'totalCostUsd').deprecationReason).toMatch(/cost.totalUsd/);
  });
});
