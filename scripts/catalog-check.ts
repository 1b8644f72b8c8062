// The catalog's freshness report: `npm run catalog:check [-- --months 18] [--json]`.
// Lists every dated fact older than the threshold (and every undated one), every fact that rests
// on an UNVERIFIED or CONFLICT source, every URL that is a home page rather than the
// certification's own page, and the catalog's coverage. A report, not a gate: it exits 0 unless
// the data files do not compile.
import { compileCatalog } from '../src/data/compile.ts';
import { type LinkedCatalog, linkCatalog } from '../src/data/link.ts';
import type { CertificationData, PartialDate, SourceRef } from '../src/data/schema.ts';
import { readDataFiles } from './catalog-build.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const MONTHS = Number(arg('months') ?? 18);
const TODAY = arg('today') ?? new Date().toISOString().slice(0, 10);

/** Months from a partial date (its last possible day) to today. */
function ageInMonths(date: PartialDate, today = TODAY): number {
  const [y, m = '12'] = date.split('-');
  const [ty, tm] = today.split('-');
  return (Number(ty) - Number(y)) * 12 + (Number(tm) - Number(m));
}

interface Fact {
  file: string;
  field: string;
  what: string;
  source?: SourceRef;
}

/** Every fact that carries a source, with its path in the file. */
function factsOf(c: CertificationData): (Fact & { asOf: PartialDate | null | undefined })[] {
  const facts: (Fact & { asOf: PartialDate | null | undefined })[] = [];
  const add = (field: string, what: string, source: SourceRef, asOf?: PartialDate | null) => facts.push({ file: c.file, field, what, source, asOf });
  if (c.exam) add('exam', `exam: ${c.exam.questions ?? '?'} questions, ${c.exam.durationMinutes} min`, c.exam.source);
  c.price.sources.forEach((s, i) => {
    add(`price.sources[${i}]`, `price ${c.price.minUsd ?? '?'}–${c.price.maxUsd ?? '?'} USD`, s, c.price.asOf);
  });
  if (c.experience) add('experience', `${c.experience.months} months as ${c.experience.roles.join('/')}`, c.experience.source);
  add('renewal', `renewal: ${c.renewal.required ? `every ${c.renewal.everyYears ?? '?'} years` : 'none'}`, c.renewal.source);
  c.holders.forEach((h, i) => {
    add(`holders[${i}]`, `${h.count.toLocaleString('en-US')} holders`, h.source, h.asOf);
  });
  c.statements.forEach((s, i) => {
    add(`statements[${i}]`, `statement "${s.text.slice(0, 50)}…"`, s.source, s.asOf);
  });
  c.topicSources.forEach((s, i) => {
    add(`topicSources[${i}]`, 'topic mapping', s);
  });
  c.ruleSources.forEach((s, i) => {
    add(`ruleSources[${i}]`, 'rules (course, prerequisites, eligibility)', s);
  });
  return facts;
}

/** A URL that names a site rather than a page: no path, or only a language or section root. */
const isHomePage = (url: string) => {
  const { pathname, search } = new URL(url);
  return !search && /^\/?([a-z]{2}(-[a-z]{2})?\/?)?$/i.test(pathname);
};

export function report(cat: LinkedCatalog) {
  const certs = cat.certifications;
  const facts = certs.flatMap(factsOf);
  const stale = facts.filter((f) => f.asOf && ageInMonths(f.asOf) > MONTHS).map((f) => ({ ...f, age: ageInMonths(f.asOf!) }));
  const undatedFigures = certs
    .filter((c) => c.price.minUsd !== null && !c.price.asOf)
    .map((c) => ({ file: c.file, field: 'price.asOf', what: `price ${c.price.minUsd}–${c.price.maxUsd} USD is undated` }));
  const unverified = [
    ...facts.filter((f) => f.source?.confidence === 'UNVERIFIED'),
    ...certs.filter((c) => c.price.confidence === 'UNVERIFIED').map((c) => ({ file: c.file, field: 'price.confidence', what: 'price marked UNVERIFIED' })),
  ];
  const conflicting = facts.filter((f) => f.source?.confidence === 'CONFLICT');
  const homePages = [
    ...certs.filter((c) => c.urlKind === 'PROVIDER_PAGE' || isHomePage(c.url)).map((c) => ({ file: c.file, field: 'url', what: c.url })),
    ...facts.filter((f) => f.source && isHomePage(f.source.url)).map((f) => ({ file: f.file, field: f.field, what: f.source!.url })),
  ];
  const share = (pred: (c: CertificationData) => boolean) => ({ count: certs.filter(pred).length, of: certs.length });
  const coverage = {
    price: share((c) => c.price.minUsd !== null && c.price.confidence !== 'UNVERIFIED'),
    typicalPrice: share((c) => c.price.typicalUsd !== null),
    exam: share((c) => c.exam !== null && c.exam.source.confidence !== 'UNVERIFIED'),
    renewalRule: share((c) => c.renewal.source.confidence !== 'UNVERIFIED'),
    holderCount: share((c) => c.holders.length > 0),
    officialPage: share((c) => c.urlKind === 'CERTIFICATION_PAGE' && !isHomePage(c.url)),
  };
  const providers = new Set(certs.map((c) => c.provider)).size;
  return {
    today: TODAY,
    months: MONTHS,
    certifications: certs.length,
    providers,
    coverage,
    prices: priceCoverage(certs),
    stale,
    undatedFigures,
    unverified,
    conflicting,
    homePages,
  };
}

/** What a price gives: a typical figure, a range only (no typical figure), or no figure at all. */
export type PriceKind = 'TYPICAL' | 'RANGE_ONLY' | 'NONE';

export function priceKind(c: CertificationData): PriceKind {
  if (c.price.typicalUsd !== null) return 'TYPICAL';
  return c.price.minUsd !== null ? 'RANGE_ONLY' : 'NONE';
}

/**
 * Price coverage: how many certifications have a typical figure, a range only, none; and every
 * one without a typical figure, with what was searched for it (`price.searched`) or "no note yet".
 */
export function priceCoverage(certs: readonly CertificationData[]) {
  const of = (kind: PriceKind) => certs.filter((c) => priceKind(c) === kind).length;
  const withoutTypical = certs
    .filter((c) => priceKind(c) !== 'TYPICAL')
    .map((c) => ({
      file: c.file,
      field: 'price.searched',
      kind: priceKind(c),
      what: `${c.acronym} (${priceKind(c) === 'NONE' ? 'no figure' : 'range only'}): ${c.price.searched ?? 'no note yet'}`,
      noted: c.price.searched !== null,
    }));
  return { typical: of('TYPICAL'), rangeOnly: of('RANGE_ONLY'), none: of('NONE'), of: certs.length, withoutTypical };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = report(linkCatalog(compileCatalog(readDataFiles())));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    const pct = ({ count, of }: { count: number; of: number }) => `${count}/${of} (${Math.round((100 * count) / of)}%)`;
    const list = (title: string, rows: { file: string; field: string; what: string }[]) => {
      console.log(`\n${title}: ${rows.length}`);
      for (const row of rows) console.log(`  ${row.file.replace('src/data/catalog/', '')}  ${row.field}  ${row.what}`);
    };
    console.log(`catalog:check on ${r.today}: ${r.certifications} certifications from ${r.providers} providers`);
    console.log('\nCoverage (share of certifications with…)');
    console.log(`  a price (not UNVERIFIED)      ${pct(r.coverage.price)}`);
    console.log(`  a typical price               ${pct(r.coverage.typicalPrice)}`);
    console.log(`  an exam (not UNVERIFIED)      ${pct(r.coverage.exam)}`);
    console.log(`  a renewal rule (not UNVERIFIED) ${pct(r.coverage.renewalRule)}`);
    console.log(`  a dated holder count          ${pct(r.coverage.holderCount)}`);
    console.log(`  its own official page as url  ${pct(r.coverage.officialPage)}`);
    list(
      `Dated facts older than ${r.months} months`,
      r.stale.map((f) => ({ ...f, what: `${f.what} (as of ${f.asOf}, ${f.age} months)` })),
    );
    console.log('\nPrice coverage');
    console.log(`  a typical figure              ${r.prices.typical}/${r.prices.of}`);
    console.log(`  a range only (no typical)     ${r.prices.rangeOnly}/${r.prices.of}`);
    console.log(`  no figure                     ${r.prices.none}/${r.prices.of}`);
    const noted = r.prices.withoutTypical.filter((x) => x.noted).length;
    list(
      `Without a typical figure, with what was searched (${noted} noted, ${r.prices.withoutTypical.length - noted} with no note yet)`,
      r.prices.withoutTypical,
    );
    list('Prices with figures but no date', r.undatedFigures);
    list('Facts resting on an UNVERIFIED source', r.unverified);
    list('Facts resting on conflicting sources (CONFLICT)', r.conflicting);
    list('Home pages where a certification page belongs', r.homePages);
  }
}
