// What a learning path costs: each step at its realistic figure (typical, else the highest seen),
// a total only when every step is priced, what it costs at least, the least it can plausibly
// cost, and how it compares with a budget (at figures no older than 3 years). Pure.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { type BudgetFit, budgetFigure, isStale, lowerBound, priceFloorOfKind } from './facts.js';
import { listForPeople, money } from './wording.js';

export interface PathCost {
  /** The whole path's realistic price; null when any step has no verified realistic figure. */
  totalUsd: number | null;
  /** The sum of the steps that have a realistic figure. */
  pricedSubtotalUsd: number;
  /** What the path costs at least: the priced steps plus the priced parts of incomplete prices. */
  atLeastUsd: number;
  complete: boolean;
  /** Steps whose price is unknown, unverified or leaves out a mandatory part. */
  unpriced: CertificationData[];
  /** The cost in words. */
  summary: string;
}

/** A candidate sequence of certifications (not yet held), prerequisites first. */
export interface Candidate {
  certs: CertificationData[];
  /** Sum of the realistic figures of the priced steps. */
  total: number;
  /** Sum of what each step costs at least (0 for an unknown one). */
  atLeast: number;
  complete: boolean;
  /** Every figure is dated within the last 3 years: an old figure cannot promise a path fits a budget. */
  fresh: boolean;
}

export function priced(catalog: CatalogIndex, certs: readonly CertificationData[]): Candidate {
  return {
    certs: [...certs],
    total: certs.reduce((sum, c) => sum + (budgetFigure(c.price) ?? 0), 0),
    atLeast: certs.reduce((sum, c) => sum + (lowerBound(c.price) ?? 0), 0),
    complete: certs.every((c) => budgetFigure(c.price) !== null),
    fresh: certs.every((c) => !isStale(catalog, c.price.asOf)),
  };
}

/**
 * The least a path can plausibly cost: each step's realistic figure, else what it costs at least,
 * else the cheapest published price of its kind (no course is free). A budget above it keeps the
 * path, with its prices to confirm: a $10,000 budget never turns an unpriced path into a shorter one.
 */
export function plausibleMinimum(catalog: CatalogIndex, c: Candidate): number {
  return c.certs.reduce((sum, x) => sum + (budgetFigure(x.price) ?? lowerBound(x.price) ?? priceFloorOfKind(catalog, x)), 0);
}

/** A path fits only when every step is priced and the total is within the budget, at current figures (or there is no budget). */
export function fits(c: Candidate, budget: number | null): boolean {
  return c.complete && (budget === null || (c.total <= budget && c.fresh));
}

export function budgetFitOfPath(c: Candidate, budget: number | null): BudgetFit {
  if (budget === null) return 'NO_BUDGET';
  if (c.complete) return c.total > budget ? 'OVER_BUDGET' : c.fresh ? 'WITHIN_BUDGET' : 'PRICE_UNKNOWN';
  return c.atLeast > budget ? 'OVER_BUDGET' : 'PRICE_UNKNOWN';
}

export function costSummary(c: Candidate): string {
  if (c.certs.length === 0) return 'Nothing to pay: no step left.';
  if (c.complete) return `${money(c.total)} in all, at each step's realistic price (typical, else the highest seen).`;
  const unpriced = c.certs.filter((x) => budgetFigure(x.price) === null).map((x) => x.acronym);
  return (
    `Unknown: ${listForPeople(unpriced)} ${unpriced.length === 1 ? 'has' : 'have'} no verified realistic price` +
    (c.atLeast > 0 ? `; the path costs at least ${money(c.atLeast)}.` : '.')
  );
}

export function pathCost(plan: Candidate): PathCost {
  return {
    totalUsd: plan.complete ? plan.total : null,
    pricedSubtotalUsd: plan.total,
    atLeastUsd: plan.atLeast,
    complete: plan.complete,
    unpriced: plan.certs.filter((c) => budgetFigure(c.price) === null),
    summary: costSummary(plan),
  };
}
