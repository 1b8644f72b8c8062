// The widget and the API tell the same story for the same profile: the same certifications in
// the same order, the same verdicts (eligible, fits, budget), the same "nothing fits" message and
// profile notes, and every card with its reasons, starting with what stands in the way.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { describePrice } from '../../src/resolvers/facts.js';
import { data, htmlText, worker } from '../helpers.js';

const RECS = `query($p: ProfileInput!) { recommendations(profile: $p, first: 3) {
  nothingFits message notes { message }
  items { eligible fits budgetFit certification { slug acronym url urlKind } reasons { code message weight } } } }`;

interface ApiRecommendations {
  nothingFits: boolean;
  message: string;
  notes: { message: string }[];
  items: {
    eligible: boolean;
    fits: boolean;
    budgetFit: string;
    certification: { slug: string; acronym: string; url: string; urlKind: string };
    reasons: { code: string; message: string; weight: number }[];
  }[];
}

/** The text of an HTML fragment as a screen reader speaks it, white space folded. */
const text = (fragment: string): string => htmlText(fragment).replace(/\s+/g, ' ');

function cards(html: string) {
  const list = /<ol class="recs"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return list
    .split('<li class="rec">')
    .slice(1)
    .map((item) => ({
      acronym: /<span class="acronym">([^<]*)<\/span>/.exec(item)?.[1] ?? '',
      status: text(/<p class="status[^"]*">([\s\S]*?)<\/p>/.exec(item)?.[1] ?? ''),
      blocked: /<p class="status blocked">/.test(item),
      cost: text(/<p class="cost">([\s\S]*?)<\/p>/.exec(item)?.[1] ?? '').replace(/^Cost: /, ''),
      reasons: [...item.matchAll(/<li class="(for|against)">([\s\S]*?)<\/li>/g)].map((r) => text(r[2]!).replace(/^Caution: /, '')),
      link: text(/<a [^>]*>([\s\S]*?)<\/a>/.exec(item)?.[1] ?? ''),
      href: text(/<a href="([^"]*)"/.exec(item)?.[1] ?? ''),
    }));
}

/** The widget's query string for a profile. */
function query(p: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) {
    if (k === 'experience') q.set(k, (v as { role: string; months: number }[]).map((e) => `${e.role}:${e.months}`).join(','));
    else q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return `?${q}`;
}

/** Everything a Scrum Master with 14 months can take: what remains needs more experience (CSP-SM, A-CSPO, CSP-PO, PMI-ACP). */
const INELIGIBLE_HELD = [
  'psm-iii',
  'pspo-iii',
  'a-csm',
  'cspo',
  'psd-i',
  'pal-i',
  'psk-i',
  'sps',
  'csd',
  'icp',
  'icp-acc',
  'icp-apo',
  'sa',
  'ssm',
  'popm',
  'clb',
  'psm-ai-essentials',
  'rte',
  'clp',
  'tkp',
  'psu-i',
  'dasm',
  'psfs',
  'kmp',
  'pspo-ai-essentials',
  'icp-pdm',
  'pal-ebm',
  'spc',
  'agilepm-foundation',
  'agilepm-practitioner',
];

const profiles: Record<string, Record<string, unknown>> = {
  'no fit: a newcomer with $0': { targetRole: 'scrum-master', budgetUsd: 0 },
  'ineligible: a Scrum Master with 14 months who holds everything attainable': {
    held: INELIGIBLE_HELD,
    currentRole: 'scrum-master',
    experienceMonths: 14,
    targetRole: 'scrum-master',
  },
  'SM moving to PO': { currentRole: 'scrum-master', experienceMonths: 24, held: ['csm'], targetRole: 'product-owner' },
  'developer with $300': { currentRole: 'developer', experienceMonths: 30, budgetUsd: 300 },
  'per-role experience': {
    experience: [
      { role: 'product-owner', months: 12 },
      { role: 'scrum-master', months: 30 },
    ],
    held: ['cspo'],
    targetRole: 'product-owner',
  },
  contradictory: { held: ['psm-iii'], currentRole: 'scrum-master', experienceMonths: 0 },
};

describe("the widget tells the API's story", () => {
  for (const [name, p] of Object.entries(profiles)) {
    it(name, async () => {
      const api = (await data<{ recommendations: ApiRecommendations }>(RECS, { p })).recommendations;
      const res = await worker(`/embed/recommendations${query(p)}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      const shown = cards(html);
      expect(shown.map((c) => c.acronym)).toEqual(api.items.map((i) => i.certification.acronym));
      shown.forEach((card, i) => {
        const item = api.items[i]!;
        const cert = catalog.certificationBySlug.get(item.certification.slug)!;
        // Never a card without its why; the first reasons are what stands in the way.
        expect(card.reasons.length, card.acronym).toBeGreaterThan(0);
        for (const r of card.reasons) expect(item.reasons.map((x) => x.message)).toContain(r);
        const blocking = item.reasons.filter(
          (r) => r.code === 'MISSING_PREREQUISITE' || ((r.code === 'OVER_BUDGET' || r.code === 'COST_UNKNOWN') && !item.fits),
        );
        for (const b of blocking) expect(card.reasons, `${card.acronym} hides ${b.code}`).toContain(b.message);
        // The same verdicts, in words.
        if (!item.eligible) expect(card.status).toBe('Not attainable yet');
        else if (item.budgetFit === 'OVER_BUDGET') expect(card.status).toBe('Over your budget');
        else if (item.budgetFit === 'PRICE_UNKNOWN') expect(card.status).toMatch(/^Price not verified/);
        else if (item.fits) expect(card.status).toBe('Fits what you asked for');
        expect(card.blocked).toBe(!item.fits);
        expect(card.cost).toBe(describePrice(catalog, cert.price, cert.requiresCourse));
        expect(card.href).toBe(item.certification.url);
        expect(card.link).toMatch(
          item.certification.urlKind === 'CERTIFICATION_PAGE' ? / official page \(opens in a new tab\)$/ : /website \(no .* page found\)/,
        );
      });
      const page = text(html);
      if (api.nothingFits) {
        expect(html).toContain('<div class="notice" role="status">');
        expect(page).toContain('Nothing fits everything you asked for');
        expect(page).toContain(api.message.replace(/^Nothing fits everything you asked for \([^)]*\)\. /, ''));
      } else {
        expect(html).not.toContain('class="notice"');
        expect(page).toContain(api.message);
      }
      for (const n of api.notes) expect(page).toContain(text(n.message.replace(/`/g, '')));
    });
  }

  it('the ineligible case shows the shortfall in its role on the card', async () => {
    const p = profiles['ineligible: a Scrum Master with 14 months who holds everything attainable']!;
    const html = await (await worker(`/embed/recommendations${query(p)}`)).text();
    const csp = cards(html).find((c) => c.acronym === 'CSP-SM');
    expect(csp, 'CSP-SM is shown').toBeDefined();
    expect(csp!.status).toBe('Not attainable yet');
    expect(csp!.reasons[0]).toMatch(/^Not yet attainable: requires 24 months as a Scrum Master within the past 5 years \(you have 14\)\./);
  });

  it('takes currentRole, experienceMonths and experience, and explains a bad value', async () => {
    const ok = await worker('/embed/recommendations?currentRole=scrum-master&experienceMonths=24&experience=product-owner:6&targetRole=product-owner');
    expect(ok.status).toBe(200);
    expect(text(await ok.text())).toContain('working as a Scrum Master for 24 months, with 6 months as a Product Owner and aiming for the Product Owner role');
    for (const [q, message] of [
      ['experience=product-owner', /experience takes role:months pairs.*got "product-owner"/],
      ['experienceMonths=two', /experienceMonths must be a whole number of months/],
      ['experience=wizard:3', /Unknown role "wizard" in experience.role/],
      ['currentRole=scrum-master&experienceMonths=30&experience=scrum-master:6', /experienceMonths \(30\) and experience \(scrum-master: 6\) disagree/],
    ] as const) {
      const res = await worker(`/embed/recommendations?${q}`);
      expect(res.status, q).toBe(400);
      expect(text(await res.text()), q).toMatch(message);
    }
  });
});
