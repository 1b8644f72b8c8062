// How old a fact is and how far it can be trusted, and what a price means for a budget. Every
// answer that uses a price or a holder count goes through here, so age and confidence travel
// with the figure into recommendations, learning paths, comparisons and the widget.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, Confidence, CostComponent, HolderCountData, PartialDate, PriceData } from '../data/types.js';
import { grouped, verb } from './text.js';
import { dateWords, money } from './wording.js';

/** A fact older than this (against the catalog's as-of date) is stale: said with its age, never called current. */
export const STALE_AFTER_YEARS = 3;
/** A holder count below this is not a sign of wide recognition. */
export const WIDELY_HELD_MIN = 10_000;

/** The middle of the period a partial date names: 'YYYY' is 1 July, 'YYYY-MM' the 15th. */
function midpoint(date: PartialDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  return Date.UTC(y, m != null ? m - 1 : 6, d ?? (m != null ? 15 : 1));
}

/**
 * Years between a fact's date and the catalog's as-of date (its newest fact), one decimal. The
 * catalog's date, not today's, so that the same catalog always gives the same answer (and HTTP
 * caches stay valid); it is published as `catalog.asOf`. Null for an undated fact.
 */
export function ageYears(catalog: CatalogIndex, date: PartialDate | null): number | null {
  if (date == null) return null;
  const years = (midpoint(catalog.asOf) - midpoint(date)) / (365.25 * 24 * 3600 * 1000);
  return Math.max(0, Math.round(years * 10) / 10);
}

/** Stale: older than STALE_AFTER_YEARS, or undated (its age cannot be known). */
export function isStale(catalog: CatalogIndex, date: PartialDate | null): boolean {
  const age = ageYears(catalog, date);
  return age === null || age > STALE_AFTER_YEARS;
}

/** How old, in words: '15 years old', 'undated'. Null when the fact is fresh. */
export function ageWords(catalog: CatalogIndex, date: PartialDate | null): string | null {
  const age = ageYears(catalog, date);
  if (age === null) return 'undated';
  if (age <= STALE_AFTER_YEARS) return null;
  return `${Math.floor(age)} years old`;
}

/** How a confidence tag reads after a value, or null when it needs no word. */
export function confidenceWords(confidence: Confidence): string | null {
  switch (confidence) {
    case 'CONFLICT':
      return 'sources disagree';
    case 'UNVERIFIED':
      return 'unverified';
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Holder counts
// ---------------------------------------------------------------------------------------------

/** The newest published holder count, or null when none is published. */
export function latestHolderCount(cert: CertificationData): HolderCountData | null {
  let latest: HolderCountData | null = null;
  for (const h of cert.holders) if (!latest || h.asOf > latest.asOf) latest = h;
  return latest;
}

/** A count that can be called "widely held": large, current and not unverified. */
export function isWidelyHeld(catalog: CatalogIndex, count: HolderCountData | null): boolean {
  return count !== null && count.count >= WIDELY_HELD_MIN && !isStale(catalog, count.asOf) && count.source.confidence !== 'UNVERIFIED';
}

/** '759,519 holders as of 1 May 2026' or '95,000 holders as of July 2011 (15 years old)'. */
export function holderWords(catalog: CatalogIndex, count: HolderCountData): string {
  const age = ageWords(catalog, count.asOf);
  return `${grouped(count.count)} holders as of ${dateWords(count.asOf)}${age ? ` (${age})` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Prices
// ---------------------------------------------------------------------------------------------

/**
 * What a price is: KNOWN (one figure), RANGE (figures differ), PARTIAL (figures leave out a
 * mandatory part, so they are only a lower bound), UNVERIFIED (a figure no reliable source
 * confirms: never used as a fact), UNKNOWN (no figure).
 */
export type PriceStatus = 'KNOWN' | 'RANGE' | 'PARTIAL' | 'UNVERIFIED' | 'UNKNOWN';

export function priceStatus(price: PriceData): PriceStatus {
  if (price.minUsd === null) return 'UNKNOWN';
  if (price.confidence === 'UNVERIFIED') return 'UNVERIFIED';
  if (price.excludes.length > 0) return 'PARTIAL';
  return price.maxUsd !== null && price.maxUsd !== price.minUsd ? 'RANGE' : 'KNOWN';
}

/**
 * The figure budget decisions use: the typical figure where a source gives one, else the
 * highest figure seen (conservative), never the floor. Null when the price is unknown,
 * unverified or leaves out a mandatory part: such a price cannot be said to fit a budget.
 */
export function budgetFigure(price: PriceData): number | null {
  const status = priceStatus(price);
  if (status !== 'KNOWN' && status !== 'RANGE') return null;
  return price.typicalUsd ?? price.maxUsd ?? price.minUsd;
}

/** What the price is known to be at least: the priced part of a PARTIAL price, or the budget figure. */
export function lowerBound(price: PriceData): number | null {
  const status = priceStatus(price);
  if (status === 'PARTIAL') return price.minUsd;
  return budgetFigure(price);
}

/** How a price relates to a budget. */
export type BudgetFit = 'WITHIN_BUDGET' | 'OVER_BUDGET' | 'PRICE_UNKNOWN' | 'NO_BUDGET';

/**
 * How a price relates to a budget. A stale figure (undated, or older than STALE_AFTER_YEARS)
 * within the budget cannot promise that it still fits (prices rise): it is PRICE_UNKNOWN, to
 * confirm. A stale figure over the budget stays over it.
 */
export function budgetFitOf(catalog: CatalogIndex, price: PriceData, budget: number | null): BudgetFit {
  if (budget === null) return 'NO_BUDGET';
  const figure = budgetFigure(price);
  if (figure !== null) {
    if (figure > budget) return 'OVER_BUDGET';
    return isStale(catalog, price.asOf) ? 'PRICE_UNKNOWN' : 'WITHIN_BUDGET';
  }
  // A PARTIAL price whose priced part alone exceeds the budget is over it, whatever the rest costs.
  const atLeast = lowerBound(price);
  if (atLeast !== null && atLeast > budget) return 'OVER_BUDGET';
  return 'PRICE_UNKNOWN';
}

/**
 * What a certification with no usable price costs at least, judged from the catalog: the lowest
 * published figure of any certification of its kind (a course, for one that requires a course;
 * else any exam or course). Unverified figures do not count. 0 when the catalog has none. Used
 * only to say that an unpriced certification cannot fit a budget below every price of its kind
 * (no course is free): never as its price.
 */
export function priceFloorOfKind(catalog: CatalogIndex, cert: CertificationData): number {
  // Two answers per catalog (with or without a course): worked out once, not once per candidate.
  let floors = floorsByCatalog.get(catalog);
  if (!floors) {
    floors = { withCourse: computeFloor(catalog, true), any: computeFloor(catalog, false) };
    floorsByCatalog.set(catalog, floors);
  }
  return cert.requiresCourse ? floors.withCourse : floors.any;
}

const floorsByCatalog = new WeakMap<CatalogIndex, { withCourse: number; any: number }>();

function computeFloor(catalog: CatalogIndex, requiresCourse: boolean): number {
  let floor: number | null = null;
  for (const c of catalog.certifications) {
    const status = priceStatus(c.price);
    if (status === 'UNKNOWN' || status === 'UNVERIFIED') continue;
    if (requiresCourse && !c.price.includes.includes('COURSE')) continue;
    floor = floor === null ? c.price.minUsd! : Math.min(floor, c.price.minUsd!);
  }
  return floor ?? 0;
}

const COMPONENT_WORDS: Record<CostComponent, string> = { EXAM: 'exam', COURSE: 'course', MEMBERSHIP: 'membership' };

function componentList(components: readonly CostComponent[]): string {
  const words = components.map((c) => COMPONENT_WORDS[c]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The marks a price figure carries: confidence and age, e.g. ' (sources disagree; as seen in 2023, 3 years old)'. */
export function priceMarks(catalog: CatalogIndex, price: PriceData): string {
  const marks: string[] = [];
  const confidence = confidenceWords(price.confidence);
  if (confidence) marks.push(confidence);
  const age = ageWords(catalog, price.asOf);
  if (age === 'undated') marks.push('undated figure');
  else if (age) marks.push(`as seen in ${price.asOf!.slice(0, 4)}, ${age}`);
  return marks.length ? ` (${marks.join('; ')})` : '';
}

/**
 * A price in one line a person can act on: what to budget, what it pays for, and how far to
 * trust it. An unverified figure is said as such and never as a price; an unknown one says who
 * sets the fee.
 */
export function describePrice(catalog: CatalogIndex, price: PriceData, requiresCourse: boolean): string {
  const status = priceStatus(price);
  const includesCourse = price.includes.includes('COURSE');
  const what = includesCourse
    ? `for the required course${price.includes.length > 1 ? `, ${componentList(price.includes.filter((c) => c !== 'COURSE'))} included` : ''}`
    : `${componentList(price.includes)}${requiresCourse ? ', course required' : ', no course required'}`;
  switch (status) {
    case 'UNKNOWN':
      return requiresCourse ? 'No verified price: the required course fee is set by each trainer or partner' : 'No verified price';
    case 'UNVERIFIED':
      return `No verified price: one unverified source says about ${money(price.minUsd!)} ${what}`;
    case 'PARTIAL':
      return `At least ${money(price.minUsd!)}: ${componentList(price.includes)} only; ${excludedWords(price.excludes, requiresCourse)}${priceMarks(catalog, price)}`;
    case 'RANGE': {
      const range = `${money(price.minUsd!)}–${money(price.maxUsd!)}`;
      const figure = price.typicalUsd !== null ? `${money(price.typicalUsd)} typical (${range} seen)` : `Up to ${money(price.maxUsd!)} (${range} seen)`;
      return `${figure} ${what}${priceMarks(catalog, price)}`;
    }
    case 'KNOWN':
      return `${money(price.minUsd!)} ${what}${priceMarks(catalog, price)}`;
  }
}

/** The price words a reason or note uses for the budget figure: '$1,295 (typical; $250–$2,495 seen)'. */
export function budgetFigureWords(catalog: CatalogIndex, price: PriceData): string {
  const figure = budgetFigure(price);
  if (figure === null) return describePrice(catalog, price, false);
  const status = priceStatus(price);
  const basis =
    status === 'RANGE'
      ? price.typicalUsd !== null
        ? ` (typical; ${money(price.minUsd!)}–${money(price.maxUsd!)} seen)`
        : ` (the highest of ${money(price.minUsd!)}–${money(price.maxUsd!)} seen)`
      : '';
  return `${money(figure)}${basis}${priceMarks(catalog, price)}`;
}

/**
 * What a partial price leaves out, said truly: a course the certification requires (and an exam
 * fee) is "required ... extra and unpriced"; a membership is optional (a discount, never a
 * condition), and so is a course the certification does not require.
 */
function excludedWords(excludes: readonly CostComponent[], requiresCourse: boolean): string {
  const required = excludes.filter((c) => c === 'EXAM' || (c === 'COURSE' && requiresCourse));
  const optional = excludes.filter((c) => !required.includes(c));
  const parts: string[] = [];
  if (required.length) parts.push(`the required ${componentList(required)} ${verb(required.length, 'is', 'are')} extra and unpriced`);
  if (optional.length) parts.push(`${componentList(optional)} ${verb(optional.length, 'is', 'are')} optional`);
  return parts.join(', and ');
}
