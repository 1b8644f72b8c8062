// The catalog is reviewed like code: these checks keep every reference, slug and figure sound.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const certs = catalog.certifications;

describe('catalog integrity', () => {
  it('has the certifications of all eight providers', () => {
    const required = [
      'psm-i',
      'psm-ii',
      'psm-iii',
      'pspo-i',
      'pspo-ii',
      'pspo-iii',
      'psd-i',
      'pal-i',
      'psk-i',
      'sps',
      'psu-i',
      'psfs',
      'pal-ebm',
      'psm-ai-essentials',
      'pspo-ai-essentials',
      'csm',
      'a-csm',
      'csp-sm',
      'cspo',
      'a-cspo',
      'csp-po',
      'csd',
      'a-csd',
      'csp-d',
      'pmi-acp',
      'pmp',
      'dasm',
      'dassm',
      'icp',
      'icp-atf',
      'icp-acc',
      'icp-apo',
      'icp-pdm',
      'ice-ac',
      'sa',
      'ssm',
      'popm',
      'spc',
      'rte',
      'tkp',
      'kmp',
      'clb',
      'clp',
      'agilepm-foundation',
      'agilepm-practitioner',
    ];
    expect(certs.length).toBeGreaterThanOrEqual(45);
    for (const slug of required) expect(catalog.certificationBySlug.has(slug), slug).toBe(true);
    expect(new Set(certs.map((c) => c.provider))).toEqual(
      new Set(['scrum-org', 'scrum-alliance', 'pmi', 'icagile', 'scaled-agile', 'kanban-university', 'less', 'apmg-international']),
    );
  });

  it('has the roles and 25 to 48 canonical topics', () => {
    for (const slug of ['scrum-master', 'product-owner', 'developer', 'agile-coach', 'agile-leader', 'project-manager']) {
      expect(catalog.roleBySlug.has(slug), slug).toBe(true);
    }
    expect(catalog.topics.length).toBeGreaterThanOrEqual(25);
    expect(catalog.topics.length).toBeLessThanOrEqual(48);
  });

  it('slugs are unique and kebab-case', () => {
    for (const list of [catalog.providers, catalog.roles, catalog.topics, certs]) {
      const slugs = list.map((x) => x.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(KEBAB);
    }
  });

  it('every reference resolves', () => {
    for (const c of certs) {
      expect(catalog.providerBySlug.has(c.provider), `${c.slug}.provider`).toBe(true);
      expect(catalog.roleBySlug.has(c.primaryRole), `${c.slug}.primaryRole`).toBe(true);
      expect(c.roles[0], `${c.slug}: primary role first`).toBe(c.primaryRole);
      for (const r of c.roles) expect(catalog.roleBySlug.has(r), `${c.slug}.roles ${r}`).toBe(true);
      for (const p of [...c.prerequisites, ...c.recommendedBefore]) {
        expect(catalog.certificationBySlug.has(p), `${c.slug} -> ${p}`).toBe(true);
        expect(p).not.toBe(c.slug);
      }
      for (const t of c.topics) expect(catalog.topicBySlug.has(t.topic), `${c.slug} topic ${t.topic}`).toBe(true);
    }
    for (const t of catalog.topics) {
      for (const r of t.roles) expect(catalog.roleBySlug.has(r), `${t.slug}.roles ${r}`).toBe(true);
      expect(t.kind === 'FUNDAMENTAL' ? t.roles.length === 0 : t.roles.length > 0, `${t.slug} kind vs roles`).toBe(true);
    }
  });

  it('every certification has a source, at least 5 topics, depths 1-3 and no topic twice', () => {
    for (const c of certs) {
      expect(c.sources.length, c.slug).toBeGreaterThanOrEqual(1);
      for (const s of c.sources) expect(s.url, c.slug).toMatch(/^https?:\/\//);
      expect(c.topics.length, c.slug).toBeGreaterThanOrEqual(5);
      for (const t of c.topics) expect([1, 2, 3], `${c.slug} ${t.topic}`).toContain(t.depth);
      expect(new Set(c.topics.map((t) => t.topic)).size, c.slug).toBe(c.topics.length);
    }
  });

  it('prerequisites form no cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (slug: string, path: string[]) => {
      if (done.has(slug)) return;
      if (visiting.has(slug)) throw new Error(`prerequisite cycle: ${[...path, slug].join(' -> ')}`);
      visiting.add(slug);
      const cert = catalog.certificationBySlug.get(slug)!;
      for (const p of [...cert.prerequisites, ...cert.recommendedBefore]) visit(p, [...path, slug]);
      visiting.delete(slug);
      done.add(slug);
    };
    for (const c of certs) visit(c.slug, []);
    expect(done.size).toBe(certs.length);
  });

  it('every role is the primary role of at least one certification', () => {
    for (const r of catalog.roles) {
      expect(catalog.certificationsByPrimaryRole.get(r.slug)?.length ?? 0, r.slug).toBeGreaterThan(0);
    }
  });

  it('every figure is dated and sourced', () => {
    for (const c of certs) {
      const p = c.price;
      if (p.asOf !== null) expect(p.asOf, `${c.slug} price.asOf`).toMatch(PARTIAL_DATE);
      // Figures come together with a source; no figure, no source, and then nothing is claimed.
      expect(p.minUsd === null, `${c.slug}: min and max`).toBe(p.maxUsd === null);
      if (p.minUsd !== null) {
        expect(p.sources.length, `${c.slug}: a figure needs a source`).toBeGreaterThan(0);
        expect(p.minUsd).toBeGreaterThanOrEqual(0);
        expect(p.maxUsd!).toBeGreaterThanOrEqual(p.minUsd);
        if (p.typicalUsd !== null) {
          expect(p.typicalUsd, `${c.slug}: typical within the range`).toBeGreaterThanOrEqual(p.minUsd);
          expect(p.typicalUsd).toBeLessThanOrEqual(p.maxUsd!);
        }
      } else {
        expect(p.typicalUsd).toBeNull();
        expect(p.confidence, `${c.slug}: no figure is UNVERIFIED`).toBe('UNVERIFIED');
      }
      expect(p.note.length, `${c.slug}: price note`).toBeGreaterThan(20);
      expect(p.includes.length, `${c.slug}: what the price pays for`).toBeGreaterThan(0);
      for (const x of p.excludes) expect(p.includes, `${c.slug}: includes and excludes overlap`).not.toContain(x);
      // A certification that needs a course prices the course, or says it leaves it out.
      if (c.requiresCourse) expect([...p.includes, ...p.excludes], `${c.slug}: course in the price`).toContain('COURSE');
      for (const h of c.holders) {
        expect(h.asOf, `${c.slug} holders.asOf`).toMatch(PARTIAL_DATE);
        expect(h.source.url).toMatch(/^https?:\/\//);
      }
      if (c.exam) expect(c.exam.durationMinutes).toBeGreaterThan(0);
      if (c.renewal.required) expect(c.renewal.everyYears, c.slug).toBeGreaterThan(0);
    }
  });

  it('an unverified fact is null or carries a note saying so', () => {
    for (const c of certs) {
      const facts = [c.exam, c.renewal, c.experience].filter((f) => f !== null);
      for (const f of facts) {
        if (f!.source.confidence === 'UNVERIFIED' || f!.source.confidence === 'CONFLICT') {
          expect(f!.note, `${c.slug}: a ${f!.source.confidence} fact needs a note`).toBeTruthy();
        }
      }
      // An unverified or disputed price says so in its note; one without a figure says why in the caveats too.
      if (c.price.confidence === 'UNVERIFIED' && c.price.minUsd !== null) expect(c.price.note, c.slug).toMatch(/unverified/i);
      if (c.price.minUsd === null) expect(c.caveats.join(' '), `${c.slug}: why no price`).toMatch(/cost|fee|price/i);
    }
  });

  it('carries every figure of the two articles with its date and source', () => {
    const count = (slug: string, asOf: string) => catalog.certificationBySlug.get(slug)!.holders.find((h) => h.asOf === asOf);
    expect(count('csm', '2011-07')?.count).toBe(95000);
    expect(count('cspo', '2011-07')?.count).toBe(10000);
    expect(count('csm', '2011-07')?.source.url).toContain('excella.com');
    const statements = certs.flatMap((c) => c.statements.map((s) => ({ slug: c.slug, ...s })));
    // What each course covers (Excella quoting Scrum Alliance), and PSM's three levels.
    expect(statements.some((s) => s.slug === 'csm' && /basics of the Scrum framework/.test(s.text))).toBe(true);
    expect(statements.some((s) => s.slug === 'cspo' && /managing stakeholders, ROI/.test(s.text))).toBe(true);
    expect(statements.some((s) => s.slug === 'psm-i' && /three levels/.test(s.text))).toBe(true);
    expect(statements.some((s) => s.slug === 'pspo-i' && /product visioning/.test(s.text))).toBe(true);
    for (const s of statements) expect(s.source.url, s.text).toMatch(/^https?:\/\//);
  });

  it('every topic depth says why it is what it is', () => {
    for (const c of certs) {
      for (const t of c.topics) {
        expect(t.basis.length, `${c.slug} ${t.topic} basis`).toBeGreaterThan(2);
        expect(t.rationale.length, `${c.slug} ${t.topic} rationale`).toBeGreaterThan(30);
        // The rationale names the depth it explains (introduced 1, practised 2, mastered 3), or says it is carried or inferred.
        expect(t.rationale, `${c.slug} ${t.topic}`).toMatch(/Introduced \(1\)|Practised \(2\)|Mastered \(3\)|Carried over|Inferred/);
        const said = /Introduced \(1\)/.test(t.rationale) ? 1 : /Practised \(2\)/.test(t.rationale) ? 2 : /Mastered \(3\)/.test(t.rationale) ? 3 : null;
        if (said !== null) expect(t.depth, `${c.slug} ${t.topic}: rationale says depth ${said}`).toBe(said);
      }
    }
  });

  it('experience requirements name real roles and a source; the role experience the ladders need', () => {
    for (const c of certs) {
      if (!c.experience) continue;
      expect(c.experience.roles.length, c.slug).toBeGreaterThan(0);
      for (const r of c.experience.roles) expect(catalog.roleBySlug.has(r), `${c.slug} experience role ${r}`).toBe(true);
      expect(c.experience.months).toBeGreaterThan(0);
      expect(c.experience.source.url).toMatch(/^https?:\/\//);
    }
    const roles = (slug: string) => catalog.certificationBySlug.get(slug)!.experience?.roles;
    expect(roles('a-csm')).toEqual(['scrum-master']);
    expect(roles('csp-sm')).toEqual(['scrum-master']);
    expect(roles('a-cspo')).toEqual(['product-owner']);
    expect(roles('csp-po')).toEqual(['product-owner']);
    expect(roles('pmi-acp')).toContain('project-manager');
  });

  it('a home page is never passed off as a certification page', () => {
    const homes = new Set(catalog.providers.map((p) => p.url.replace(/\/$/, '')));
    for (const c of certs) {
      if (homes.has(c.url.replace(/\/$/, ''))) expect(c.urlKind, `${c.slug}: ${c.url} is a home page`).toBe('PROVIDER_PAGE');
      if (c.urlKind === 'CERTIFICATION_PAGE') expect(new URL(c.url).pathname.length, c.slug).toBeGreaterThan(1);
    }
  });

  it('tracks are consistent: each rung covers the one below at least as deeply', () => {
    for (const c of certs) {
      for (const next of catalog.nextSteps.get(c.slug) ?? []) {
        if (next.track !== c.track) continue;
        const depths = catalog.depthsByCertification.get(next.slug)!;
        const lower = c.topics.filter((t) => (depths.get(t.topic) ?? 0) < t.depth).map((t) => t.topic);
        expect(lower, `${next.slug} covers less of ${c.slug}`).toEqual([]);
      }
    }
  });
});
