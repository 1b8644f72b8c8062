// The pair panel of the overlap explorer, filled from its fragments (fragments.ts): rendered by the
// Worker for the no-script view and by the page's script after it asks /graphql, with the same
// function and fragments, so the two never drift. Every value is escaped.
import { escapeHtml as esc, type Fragments, fill, percent } from './fragments.js';
import type { PairData } from './queries.js';

export const levelName = (f: Fragments, level: string) => f.levels.split('|')[['FOUNDATION', 'ADVANCED', 'EXPERT'].indexOf(level)] ?? level;

export function renderPair(f: Fragments, data: PairData): string {
  const c = data.compare;
  const [a, b] = c.certifications;
  const pair = c.pairs[0]!;
  const list = (topics: { name: string; kind?: string }[], empty: string) =>
    topics.length
      ? fill(f.topics, { items: topics.map((t) => fill(f.topic, { name: esc(t.name), kind: t.kind === 'FUNDAMENTAL' ? f.fundamental : '' })).join('') })
      : fill(f.none, { text: esc(empty) });
  const side = (x: typeof a & {}, other: typeof a & {}) => {
    const topics = c.distinct.find((d) => d.certification.slug === x.slug)?.topics ?? [];
    return fill(f.side, {
      acronym: esc(x.acronym),
      count: topics.length,
      name: esc(x.name),
      provider: esc(x.provider.name),
      level: esc(levelName(f, x.level)),
      role: esc(x.primaryRole.name),
      url: esc(x.url),
      topics: list(topics, fill(f.noneDistinct, { other: other.acronym })),
    });
  };
  return fill(f.pair, {
    a: esc(a!.acronym),
    b: esc(b!.acronym),
    similarity: pair.similarity.toFixed(2),
    coverageOfB: percent(pair.coverageOfB),
    coverageOfA: percent(pair.coverageOfA),
    sideA: side(a!, b!),
    sideB: side(b!, a!),
    fundamentalCount: c.sharedFundamentals.length,
    fundamentals: list(c.sharedFundamentals, f.noneFundamentals),
    roleSpecificCount: pair.sharedRoleSpecific.length,
    roleSpecific: list(pair.sharedRoleSpecific, f.noneRoleSpecific),
    summary: esc(c.summary),
    differences: c.differences
      .map((d) => fill(f.difference, { attribute: esc(d.attribute), a: esc(d.values[0]?.value ?? ''), b: esc(d.values[1]?.value ?? '') }))
      .join(''),
  });
}
