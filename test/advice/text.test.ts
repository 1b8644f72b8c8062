// The text layer (src/resolvers/text.ts) and every sentence built with it. First the layer's own
// rules over every name in the catalog (certifications, roles, topics, providers); then every
// reason, summary, note and comparison label rendered for all certifications and all pairs over a
// grid of profiles, each checked for broken casing, a wrong a/an, a wrong singular or plural, and
// an empty or broken sentence.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { compare, pairLabel, pairsOf } from '../../src/resolvers/compare.js';
import { learningPath } from '../../src/resolvers/path.js';
import type { ProfileInput } from '../../src/resolvers/profile.js';
import { checkProfile } from '../../src/resolvers/profile-read.js';
import { recommendations, scoreAll } from '../../src/resolvers/recommend.js';
import { articleFor, counted, grouped, joinList, midSentence, plural, sentenceStart, withArticle } from '../../src/resolvers/text.js';
import { NAMES, wordingProblems } from './wording-check.js';

const expectReadable = (text: string, where: string) => expect(wordingProblems(text), `${where}: ${text}`).toEqual([]);

describe('the text layer', () => {
  it('groups whole numbers as Intl does for en-US, without calling it', () => {
    for (const n of [0, 7, 999, 1000, 1295, -1295, 12345, 999999, 1000000, 123456789, Number.MAX_SAFE_INTEGER, -42, 1.5, 0.25, 1234.5]) {
      expect(grouped(n), String(n)).toBe(n.toLocaleString('en-US'));
    }
  });
  it('puts the article people say before every name: "an Agile Coach", "a UX Designer", "an SSM", "a PSM I"', () => {
    expect(withArticle('Agile Coach')).toBe('an Agile Coach');
    expect(withArticle('UX Designer')).toBe('a UX Designer');
    expect(withArticle('SSM')).toBe('an SSM');
    expect(withArticle('PSM I')).toBe('a PSM I');
    expect(withArticle('ICP-ATF')).toBe('an ICP-ATF');
    expect(withArticle('A-CSM')).toBe('an A-CSM');
    expect(withArticle('AgilePM Foundation')).toBe('an AgilePM Foundation');
    expect(withArticle('Release Train Engineer')).toBe('a Release Train Engineer');
    expect(withArticle('user')).toBe('a user');
    expect(withArticle('hour')).toBe('an hour');
    expect(withArticle('update')).toBe('an update');
    // Every name gets "a" or "an", never something else, and the same answer twice.
    for (const name of NAMES) expect(['a', 'an'], name).toContain(articleFor(name));
  });

  it('keeps names verbatim mid-sentence: "AI in agile work", "Large-Scale Scrum (LeSS)", never "aI" or "large-Scale"', () => {
    expect(midSentence('AI in agile work')).toBe('AI in agile work');
    expect(midSentence('Large-Scale Scrum (LeSS)')).toBe('Large-Scale Scrum (LeSS)');
    expect(midSentence('Facilitation')).toBe('facilitation');
    expect(midSentence('Scrum events')).toBe('Scrum events');
    expect(midSentence('User experience (UX) design in Scrum')).toBe('user experience (UX) design in Scrum');
    for (const name of NAMES) {
      const mid = midSentence(name);
      expect(mid.slice(1), name).toBe(name.slice(1));
      expectReadable(`It covers ${mid}.`, name);
    }
  });

  it('counts in the singular for one and the plural otherwise; joins lists for reading', () => {
    expect(counted(1, 'certification')).toBe('1 certification');
    expect(counted(2, 'certification')).toBe('2 certifications');
    expect(counted(0, 'topic')).toBe('no topics');
    expect(counted(3, 'study', 'studies')).toBe('3 studies');
    expect(plural(1, 'year')).toBe('year');
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b'])).toBe('a and b');
    expect(joinList(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('the checker itself catches what the issue found: "aI in agile work", "large-Scale Scrum", "None of the 1 certification", "an UX Designer"', () => {
    expect(wordingProblems('Covers aI in agile work.')).not.toEqual([]);
    expect(wordingProblems('Covers large-Scale Scrum (LeSS).')).not.toEqual([]);
    expect(wordingProblems('None of the 1 certification you can take now fits.')).not.toEqual([]);
    expect(wordingProblems('Not an UX Designer certification.')).not.toEqual([]);
    expect(wordingProblems('It needs 1 years.')).not.toEqual([]);
    expect(wordingProblems('Fine. . Then')).not.toEqual([]);
    expect(wordingProblems('')).toEqual(['empty']);
    expect(wordingProblems('Not a UX Designer certification: it is for an Agile Coach, with 2 topics and 1 year.')).toEqual([]);
  });
});

// ---- Every generated sentence, over a grid of profiles ----

const roles = [null, ...catalog.roles.map((r) => r.slug)];
const GRID: ProfileInput[] = [];
for (const targetRole of roles) {
  for (const [i, extra] of [
    {},
    { budgetUsd: 0, selfStudy: true },
    { budgetUsd: 300, avoidRenewal: true, interests: ['ai-for-agile', 'large-scale-scrum'] },
    { budgetUsd: 10000, held: ['csm'], currentRole: 'scrum-master', experienceMonths: 14, providers: ['scaled-agile'] },
    { experience: [{ role: 'developer', months: 3 }], interests: ['user-experience-design'], selfStudy: true, avoidRenewal: true },
  ].entries()) {
    GRID.push({ ...(targetRole ? { targetRole } : {}), ...extra, ...(i === 3 && targetRole === 'scrum-master' ? { held: ['psm-ii'] } : {}) });
  }
}

describe('every generated sentence reads right', () => {
  it(`every reason of every certification, and every message and note, for ${GRID.length} profiles`, () => {
    let checked = 0;
    for (const p of GRID) {
      const where = JSON.stringify(p);
      for (const r of scoreAll(catalog, checkProfile(catalog, p))) {
        for (const reason of r.reasons) {
          expectReadable(reason.message, `${r.certification.slug} ${reason.code} ${where}`);
          checked++;
        }
      }
      const set = recommendations(catalog, p, 10);
      expectReadable(set.message, `message ${where}`);
      for (const n of set.notes) expectReadable(n.message, `${n.code} ${where}`);
    }
    expect(checked).toBeGreaterThan(GRID.length * catalog.certifications.length * 3);
  });

  it('every learning path: goal, step notes, cost summary and notes', () => {
    for (const p of GRID) {
      const where = JSON.stringify(p);
      const lp = learningPath(catalog, p);
      expectReadable(lp.goal, `goal ${where}`);
      expectReadable(lp.cost.summary, `cost ${where}`);
      for (const s of lp.steps) if (s.note) expectReadable(s.note, `${s.certification.slug} note ${where}`);
      for (const n of lp.notes) expectReadable(n.message, `${n.code} ${where}`);
    }
  });

  it('every comparison label for every pair of certifications, and the summary of every pair', () => {
    const pairs = pairsOf(catalog, catalog.certifications);
    expect(pairs.length).toBe((catalog.certifications.length * (catalog.certifications.length - 1)) / 2);
    for (const p of pairs) {
      expectReadable(sentenceStart(pairLabel(catalog, p)), `${p.a} vs ${p.b} label`);
      expectReadable(compare(catalog, [p.a, p.b]).summary, `${p.a} vs ${p.b} summary`);
    }
  });
});
