// The two articles the product starts from tell a story; the numbers must tell it too.
// CSM vs CSPO: "a lot of overlap between the two, especially on the first day", each course then
// about its own role. PSM vs PSPO: the same shape at Scrum.org, PSM about servant leadership,
// team dynamics and continuous improvement, PSPO about vision, backlog, stakeholders and value.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { overlapOf } from '../../src/resolvers/overlap.js';
import { roleDepthShare } from '../../src/resolvers/recommend.js';
import { data } from '../helpers.js';

const depths = (slug: string) => catalog.depthsByCertification.get(slug)!;
const pair = (a: string, b: string) => overlapOf(a, depths(a), b, depths(b));
const sim = (a: string, b: string) => pair(a, b).similarity;
const fundamentals = (a: string, b: string) => pair(a, b).shared.filter((t) => catalog.topicBySlug.get(t)!.kind === 'FUNDAMENTAL');

describe("the seed articles' story", () => {
  it('CSM vs CSPO: substantial common ground, most of it Scrum fundamentals (the shared first day)', () => {
    expect(sim('csm', 'cspo')).toBeGreaterThanOrEqual(0.33);
    expect(fundamentals('csm', 'cspo').length).toBeGreaterThanOrEqual(6);
    // Both courses cover the same Scrum Foundations learning objectives, at the same depth.
    for (const t of fundamentals('csm', 'cspo')) expect(depths('csm').get(t), t).toBe(depths('cspo').get(t));
  });

  it('PSM I vs PSPO I: likewise, on the same Scrum framework competency', () => {
    expect(sim('psm-i', 'pspo-i')).toBeGreaterThanOrEqual(0.33);
    expect(fundamentals('psm-i', 'pspo-i').length).toBeGreaterThanOrEqual(6);
  });

  it("each provider's pair is closer than the cross-provider pairs: CSM is closer to CSPO than PSM I is, and PSM I closer to PSPO I than CSM is", () => {
    expect(sim('csm', 'cspo')).toBeGreaterThan(sim('psm-i', 'cspo'));
    expect(sim('psm-i', 'pspo-i')).toBeGreaterThan(sim('csm', 'pspo-i'));
    // Same role beats same provider: both Scrum Master certifications are closer than the seed pairs.
    expect(sim('csm', 'psm-i')).toBeGreaterThan(sim('csm', 'cspo'));
    expect(sim('cspo', 'pspo-i')).toBeGreaterThan(sim('csm', 'cspo'));
  });

  it("CSM serves the Product Owner: it introduces the Product Owner's work, which CSPO masters", () => {
    for (const t of ['product-backlog-management', 'product-vision', 'stakeholders-customers']) {
      expect(depths('csm').get(t), t).toBe(1);
      expect(depths('cspo').get(t), t).toBe(3);
    }
    const basis = catalog.certificationBySlug.get('csm')!.topics.filter((t) => /Service to the Product Owner/.test(t.basis));
    expect(basis.length).toBeGreaterThanOrEqual(3);
  });

  it('every Scrum Master certification covers impediment removal and continuous improvement (named by the PSM vs PSPO article)', () => {
    const sm = catalog.certifications.filter((c) => c.primaryRole === 'scrum-master' && c.slug !== 'sps');
    expect(sm.length).toBeGreaterThanOrEqual(7);
    for (const c of sm) {
      expect(depths(c.slug).has('impediment-removal'), `${c.slug} impediment removal`).toBe(true);
      expect(depths(c.slug).has('continuous-improvement'), `${c.slug} continuous improvement`).toBe(true);
    }
    // PSM I prepares for its own role: it practises most of what a Scrum Master does.
    expect(roleDepthShare(catalog, 'scrum-master', depths('psm-i'))).toBeGreaterThanOrEqual(0.45);
  });

  it('SAFe and PMI-ACP share agile fundamentals with the Scrum certifications', () => {
    for (const slug of ['ssm', 'popm', 'sa', 'pmi-acp']) {
      const fund = catalog.certificationBySlug.get(slug)!.topics.filter((t) => catalog.topicBySlug.get(t.topic)!.kind === 'FUNDAMENTAL');
      expect(fund.length, slug).toBeGreaterThanOrEqual(2);
    }
    expect(sim('csm', 'popm')).toBeGreaterThan(0.1);
    expect(fundamentals('csm', 'popm').length).toBeGreaterThan(0);
    expect(fundamentals('psm-i', 'pmi-acp').length).toBeGreaterThan(0);
  });

  it('compare tells the story in words: "substantial common ground" for both seed pairs', async () => {
    for (const c of [
      ['csm', 'cspo'],
      ['psm-i', 'pspo-i'],
    ]) {
      const { compare } = await data<{ compare: { summary: string } }>(
        `query($c: [String!]!) { compare(certifications: $c) { summary pairs { similarity } } }`,
        { c },
      );
      expect(compare.summary, c.join(' vs ')).toMatch(/substantial common ground with clear differences/);
      expect(compare.summary).not.toMatch(/mostly different content/);
    }
  });

  it("every depth says why: the seed pairs' topics carry a rationale from their sources", async () => {
    type Coverage = { depth: number; basis: string; rationale: string; topic: { slug: string } };
    const { certification } = await data<{ certification: { topics: Coverage[] } }>(
      `{ certification(slug: "csm") { topics { depth basis rationale topic { slug } } } }`,
    );
    const po = certification.topics.find((t) => t.topic.slug === 'product-backlog-management')!;
    expect(po.basis).toMatch(/Service to the Product Owner/);
    expect(po.rationale).toMatch(/^Introduced \(1\)/);
    const foundations = certification.topics.find((t) => t.topic.slug === 'scrum-events')!;
    expect(foundations.rationale).toMatch(/Scrum Foundations/);
  });
});
