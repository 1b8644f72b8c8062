// The widget's pages: a small, self-contained HTML page that partners put in an <iframe>.
// Server-rendered from escaped strings (no JSX runtime in the bundle); no external asset (one
// inline <style>, and the inline height reporter of src/widget/embed.ts, allowed by its hash), so
// the Content-Security-Policy can forbid everything else. Bad
// parameters never throw: the page lists every problem (src/widget/params.ts) in a role="alert" box.

import type { Partner } from '../admission/partners.js';
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { ageWords, describePrice } from '../resolvers/facts.js';
import type { ProfileInput, ProfileNote } from '../resolvers/profile.js';
import type { Reason, Recommendation, RecommendationSet } from '../resolvers/recommend.js';
import { numbered } from '../resolvers/text.js';
import { aRole, echoOne, inSentence, listForPeople, money, whenWords } from '../resolvers/wording.js';
import { HEIGHT_REPORTER_SHA256 } from './embed.js';
import { frameAncestors } from './framing.js';
import type { WidgetDomain } from './kit.js';
import { ignoredParams, inWidgetTerms, parseParams, type Query, themeOf, WIDGET_MAX_LIST, WIDGET_PARAMS, type WidgetTheme } from './params.js';
import { pathPicture } from './path-picture.js';
import { STYLES } from './styles.js';

/** How many recommendations the widget shows. */
const WIDGET_ITEMS = 3;
/** The most reasons shown per recommendation (the strongest, by the size of their weight). */
const WIDGET_REASONS = 3;

const BRAND = 'certgraph';

/** Whom the recommendations are for, in a sentence. */
function describeProfile(catalog: CatalogIndex, profile: ProfileInput, count: number): string {
  const parts: string[] = [];
  if (profile.currentRole) {
    const months = profile.experienceMonths != null ? ` for ${numbered(profile.experienceMonths, 'month')}` : '';
    parts.push(`working as ${aRole(catalog.roleBySlug.get(profile.currentRole)!.name)}${months}`);
  }
  if (profile.experience?.length) {
    parts.push(`with ${listForPeople(profile.experience.map((e) => `${numbered(e.months, 'month')} as ${aRole(catalog.roleBySlug.get(e.role)!.name)}`))}`);
  }
  if (profile.targetRole) parts.push(`aiming for the ${catalog.roleBySlug.get(profile.targetRole)!.name} role`);
  if (profile.held?.length) parts.push(`holding ${listForPeople(profile.held.map((s) => catalog.certificationBySlug.get(s)!.acronym))}`);
  if (profile.interests?.length) {
    parts.push(`interested in ${listForPeople(profile.interests.map((s) => inSentence(catalog.topicBySlug.get(s)!)))}`);
  }
  if (profile.budgetUsd != null) parts.push(`with a budget of ${money(profile.budgetUsd)}`);
  if (profile.providers?.length) parts.push(`preferring ${listForPeople(profile.providers.map((s) => catalog.providerBySlug.get(s)!.name))}`);
  if (profile.avoidRenewal) parts.push('preferring certifications that never need renewing');
  if (profile.selfStudy) parts.push('preferring self-study');
  const top = count === 1 ? 'The best match' : `The top ${count}`;
  if (!parts.length) return `${top} for anyone choosing an agile certification, ranked by fit, level and recognition.`;
  return `${top} for someone ${listForPeople(parts)}, ranked by how well each fits.`;
}

/**
 * The reasons a card shows, in the API's order: when it does not fit, whatever stands in the way
 * first (every one of them: not attainable yet, not for the goal, the level, the price against the
 * budget), then the strongest others. Never none: every recommendation has reasons, and the card
 * shows at least one.
 */
function mainReasons(rec: Recommendation): Reason[] {
  const blocking = rec.reasons.slice(0, rec.blocking);
  const rest = rec.reasons.slice(rec.blocking).filter((r) => r.weight !== 0);
  const shown = [...blocking, ...rest].slice(0, Math.max(WIDGET_REASONS, blocking.length));
  return shown.length ? shown : rec.reasons.slice(0, 1);
}

/** The card's one-line status: what the API's `eligible`, `fits` and `budgetFit` say, in words. */
function statusOf(rec: Recommendation): { text: string; blocked: boolean } {
  if (!rec.eligible) return { text: 'Not attainable yet', blocked: true };
  if (rec.budgetFit === 'OVER_BUDGET') return { text: 'Over your budget', blocked: true };
  if (rec.budgetFit === 'PRICE_UNKNOWN') return { text: 'Price not verified: may not fit your budget', blocked: true };
  if (!rec.fits) return { text: 'Attainable, but not a full fit: see why below', blocked: true };
  return { text: 'Fits what you asked for', blocked: false };
}

/** Prices and when they were seen, grouped by date: "on 2 September 2026 (PSM I) and in 2023, 3 years ago (PMI-ACP)". */
function pricesSeen(catalog: CatalogIndex, certs: readonly CertificationData[]): string | null {
  const byDate = new Map<string, string[]>();
  for (const c of certs) {
    // Only figures that are prices: an unverified one is not (its card says so).
    if (c.price.minUsd === null || c.price.confidence === 'UNVERIFIED') continue;
    const key = c.price.asOf ?? 'undated';
    const list = byDate.get(key) ?? [];
    list.push(c.acronym);
    byDate.set(key, list);
  }
  if (!byDate.size) return null;
  const dates = [...byDate.keys()]
    .filter((d) => d !== 'undated')
    .sort()
    .reverse();
  if (byDate.has('undated')) dates.push('undated');
  return listForPeople(
    dates.map((d) => {
      if (d === 'undated') return `on undated pages (${byDate.get(d)!.join(', ')})`;
      const age = ageWords(catalog, d);
      return `${whenWords(d)}${age ? `, ${age}` : ''} (${byDate.get(d)!.join(', ')})`;
    }),
  );
}

/** Escapes text for HTML, as hono/jsx did: & < > " ' (the page is built from strings, with no JSX runtime). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A message with `code` spans, as the domain writes them. */
function rich(text: string): string {
  return text
    .split('`')
    .map((p, i) => (i % 2 === 1 ? `<code>${esc(p)}</code>` : esc(p)))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Components: functions returning HTML strings; every value from outside goes through esc().
// ---------------------------------------------------------------------------------------------

function page(theme: WidgetTheme, title: string, body: string, footer = ''): string {
  return (
    `<!doctype html><html lang="en" class="theme-${theme}"><head><meta charset="utf-8"/>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="color-scheme" content="${theme}"/>` +
    `<meta name="robots" content="noindex"/><title>${esc(title)}</title><style>${STYLES}</style></head>` +
    `<body><main>${body}</main><footer><p>Recommendations by ${BRAND}.</p>${footer}</footer></body></html>`
  );
}

function reasonItem(r: Reason): string {
  return r.weight > 0
    ? `<li class="for"><span class="mark" aria-hidden="true">+</span><span>${esc(r.message)}</span></li>`
    : `<li class="against"><span class="mark" aria-hidden="true">!</span><span><span class="label">Caution: </span>${esc(r.message)}</span></li>`;
}

function item(catalog: CatalogIndex, rec: Recommendation): string {
  const cert = rec.certification;
  const provider = catalog.providerBySlug.get(cert.provider)?.name ?? cert.provider;
  const status = statusOf(rec);
  const linkText = cert.urlKind === 'CERTIFICATION_PAGE' ? `${cert.acronym} official page` : `${provider} website (no ${cert.acronym} page found)`;
  return (
    `<li class="rec"><h2><span class="rank"><span class="vh">Rank </span>${rec.rank}</span>` +
    `<span class="title"><span class="acronym">${esc(cert.acronym)}</span><span class="vh">: </span><span class="name">${esc(cert.name)}</span></span></h2>` +
    `<p class="provider">From ${esc(provider)}</p>` +
    `<p class="${status.blocked ? 'status blocked' : 'status'}">${esc(status.text)}</p>` +
    `<p class="cost"><span class="label">Cost:</span> ${esc(describePrice(catalog, cert.price, cert.requiresCourse))}</p>` +
    `<div><p class="label" id="why-${rec.rank}">Why</p><ul class="reasons" aria-labelledby="why-${rec.rank}">${mainReasons(rec).map(reasonItem).join('')}</ul></div>` +
    `<p class="source"><a href="${esc(cert.url)}" target="_blank" rel="noopener">${esc(linkText)}<span class="vh"> (opens in a new tab)</span></a></p></li>`
  );
}

/** What the list means: the API's `message`, as a notice when nothing fits, and the profile notes. */
function summary(catalog: CatalogIndex, set: RecommendationSet, profile: ProfileInput): string {
  const notes: ProfileNote[] = set.notes;
  const who = describeProfile(catalog, profile, set.items.length);
  const head = set.nothingFits
    ? `<p class="intro">${esc(who.replace(/^The top (\d+|best match)/, (m) => m.replace('top', 'closest').replace('best match', 'closest option')))}</p>` +
      `<div class="notice" role="status"><h2>Nothing fits everything you asked for</h2>` +
      `<p>${esc(set.message.replace(/^Nothing fits everything you asked for \([^)]*\)\. /, ''))}</p></div>`
    : `<p class="intro">${esc(who)} ${esc(set.message)}</p>`;
  const list = notes.length
    ? `<p class="label notes-label">How your profile was read</p><ul class="notes" aria-label="How your profile was read">${notes.map((n) => `<li>${rich(n.message)}</li>`).join('')}</ul>`
    : '';
  return `<div class="summary">${head}${list}</div>`;
}

function problems(heading: string, body: string): string {
  return `<div class="alert" role="alert"><h2>${esc(heading)}</h2>${body}</div>`;
}

/** The page for bad parameters: every problem, and what the parameters take. */
function problemPage(theme: WidgetTheme, list: readonly string[]): { status: 400; html: string } {
  const heading = list.length === 1 ? 'This widget’s address has a problem' : `This widget’s address has ${list.length} problems`;
  const body =
    `<ul>${list.map((p) => `<li>${rich(p)}</li>`).join('')}</ul>` +
    '<p>It takes <code>targetRole</code> and <code>currentRole</code> (roles), <code>experienceMonths</code> (months in the current role), ' +
    `<code>experience</code> (role:months pairs), <code>held</code>, <code>interests</code> and <code>providers</code> (comma-separated, at most ${WIDGET_MAX_LIST} each), ` +
    '<code>budgetUsd</code> (zero to 1,000,000), <code>avoidRenewal</code> and <code>selfStudy</code> (true or false) and <code>theme</code> (light or dark).</p>';
  return {
    status: 400,
    html: page(theme, `Cannot show certification recommendations · ${BRAND}`, `<h1>Certification recommendations</h1>${problems(heading, body)}`),
  };
}

// ---------------------------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------------------------

/** The recommendations for a checked profile; a caller's mistake the checks missed still lands in the widget. */
function recommendationsFor(domain: WidgetDomain, catalog: CatalogIndex, profile: ProfileInput): RecommendationSet | { problems: string[] } {
  const { recommendations, classify } = domain;
  try {
    return recommendations(catalog, profile, WIDGET_ITEMS);
  } catch (error) {
    const verdict = classify(error);
    if (!verdict.caller || verdict.code !== 'BAD_USER_INPUT' || !verdict.domain) throw error;
    return { problems: [inWidgetTerms(domain, verdict.domain)] };
  }
}

/**
 * Renders the widget for the query parameters, from the request's catalog, with the domain's
 * functions the kit brings (./kit.ts). Never throws for bad input: returns status 400 with the
 * message inside the widget.
 */
export function renderRecommendationsWidget(domain: WidgetDomain, catalog: CatalogIndex, query: Query): { status: 200 | 400; html: string } {
  const parsed = parseParams(domain, catalog, query);
  if (!parsed.ok) return problemPage(parsed.theme, parsed.problems);
  const { theme, profile } = parsed;
  const set = recommendationsFor(domain, catalog, profile);
  if ('problems' in set) return problemPage(theme, set.problems);

  const recs = set.items;
  const role = profile.targetRole ? catalog.roleBySlug.get(profile.targetRole)!.name : null;
  const seen = pricesSeen(
    catalog,
    recs.map((r) => r.certification),
  );
  const ignored = ignoredParams(query);
  const ignoredNote = ignored.length
    ? `<p class="intro ignored">Not used: ${esc(listForPeople(ignored.slice(0, 5).map((k) => echoOne(k))))}${ignored.length > 5 ? ` and ${ignored.length - 5} more` : ''} (this widget takes ${esc(listForPeople(WIDGET_PARAMS.filter((k) => k !== 'key')))}).</p>`
    : '';
  const body =
    `<h1>${esc(role ? `Recommended certifications for a future ${role}` : 'Recommended agile certifications')}</h1>` +
    ignoredNote +
    (recs.length
      ? `${summary(catalog, set, profile)}<ol class="recs" role="list">${recs.map((rec) => item(catalog, rec)).join('')}</ol>`
      : `<p class="intro">${esc(set.message)}</p>`) +
    pathPicture(domain, catalog, profile);
  return {
    status: 200,
    html: page(
      theme,
      `${role ? `Certifications for a future ${role}` : 'Recommended agile certifications'} · ${BRAND}`,
      body,
      seen ? `<p>Prices as seen ${esc(seen)}; they may have changed since.</p>` : '',
    ),
  };
}

/** A widget-shaped page carrying only a message, for errors found by the caller (401 unknown key, 403 wrong origin, 429 rate limited). */
export function renderWidgetMessage(status: number, title: string, message: string, theme?: string): { status: number; html: string } {
  return {
    status,
    html: page(themeOf(theme), `${title} · ${BRAND}`, `<h1>Certification recommendations</h1>${problems(title, `<p>${rich(message)}</p>`)}`),
  };
}

/**
 * Response headers for a widget page: Content-Type text/html; charset=utf-8, a Content-Security-Policy of default-src 'none'; script-src
 * <the height reporter's hash>; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors <see
 * frameAncestors: * without a partner; with one, only the framing origin when it is registered, else 'none'>, X-Content-Type-Options nosniff,
 * Referrer-Policy strict-origin-when-cross-origin.
 */
export function widgetHeaders(partner: Partner | null, framingOrigin: string | null = null): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; script-src ${HEIGHT_REPORTER_SHA256}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors ${frameAncestors(partner, framingOrigin)}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
