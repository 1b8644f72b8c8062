// The order the domain sorts text in (slugs, reason codes, dates, names, path keys) is
// `localeCompare`'s: compareText (src/resolvers/text.ts) gives it without building ICU's collator
// on a fresh isolate's first answer. It must agree with `localeCompare`, in its default locale and
// in `en`, on every string: the catalog's own, each pair of characters, and generated ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { WEIGHTS } from '../../src/resolvers/reasons.js';
import { compareText } from '../../src/resolvers/text.js';

const sign = (n: number) => Math.sign(n);

function agrees(a: string, b: string): void {
  const mine = sign(compareText(a, b));
  expect(mine, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(sign(a.localeCompare(b)));
  expect(mine, `${JSON.stringify(a)} vs ${JSON.stringify(b)} (en)`).toBe(sign(a.localeCompare(b, 'en')));
}

/** Every printable ASCII character, and a few beyond it (an en dash, an accent, a combining mark). */
const CHARS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '–', 'é', '\u0301', 'ß'];

describe('compareText orders text as localeCompare does', () => {
  it('orders each pair of characters, and each pair of two-character strings of letters, digits and punctuation', () => {
    for (const a of CHARS) for (const b of CHARS) agrees(a, b);
    const some = ['a', 'A', 'z', '0', '9', '_', '-', ' ', '.', '(', 'é'];
    for (const a of some) for (const b of some) for (const c of some) for (const d of some) agrees(a + b, c + d);
  });

  it("orders the catalog's slugs, names and dates, and the reason codes", () => {
    const texts = [
      ...catalog.certifications.flatMap((c) => [c.slug, c.name, c.acronym, ...c.holders.map((h) => h.asOf)]),
      ...catalog.topics.flatMap((t) => [t.slug, t.name]),
      ...catalog.roles.flatMap((r) => [r.slug, r.name]),
      ...catalog.providers.flatMap((p) => [p.slug, p.name]),
      ...Object.keys(WEIGHTS),
      'NO_RENEWAL',
      'NOT_FOR_GOAL',
      'COST_UNKNOWN',
      'COURSE_REQUIRED',
    ];
    for (const a of texts) for (const b of texts) agrees(a, b);
    // The codes' order is not the code units' ('_' sorts before letters): the table's order, not `<`.
    expect(sign(compareText('NO_RENEWAL', 'NOT_FOR_GOAL'))).toBe(-1);
  });

  it('orders generated strings', () => {
    const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 });
    fc.assert(
      fc.property(text, text, text, (a, b, prefix) => {
        agrees(a, b);
        agrees(a, a + b);
        agrees(prefix + a, prefix + b);
      }),
      { numRuns: 3000 },
    );
  });
});
