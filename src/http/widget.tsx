// The embeddable recommendations widget: a small, self-contained HTML page that partners put in
// an <iframe>. Server-rendered from escaped strings (no JSX runtime in the bundle); no script, no external asset (one inline <style>),
// so the Content-Security-Policy can forbid everything else. Bad parameters never throw: the page
// carries the domain's own message (field, bad value, what is allowed) in a role="alert" box.
import { catalog } from '../data/catalog.js';
import type { CertificationData, PartialDate } from '../data/types.js';
import { DomainError } from '../resolvers/errors.js';
import { ageWords, describePrice, money } from '../resolvers/facts.js';
import { checkProfile, type ProfileInput, type ProfileNote } from '../resolvers/profile.js';
import { recommendations, type Reason, type Recommendation, type RecommendationSet } from '../resolvers/recommend.js';
import { aRole, echoOne, inSentence, listForPeople } from '../resolvers/text.js';
import type { Partner } from './partners.js';

export type WidgetTheme = 'light' | 'dark';
const WIDGET_THEMES: readonly WidgetTheme[] = ['light', 'dark'];

/** How many recommendations the widget shows. */
const WIDGET_ITEMS = 3;
/** The most reasons shown per recommendation (the strongest, by the size of their weight). */
const WIDGET_REASONS = 3;
/** The most values a list parameter (`held`, `interests`) takes. */
/** As many values per list as the API's profile takes (`ProfileInput` lists: at most 50). */
const WIDGET_MAX_LIST = 50;

const BRAND = 'certgraph';

// ---------------------------------------------------------------------------------------------
// Styles. Contrast ratios (WCAG 2.x relative luminance), on the card / on the page background:
//   light  text #1b1f24 15.3 / 16.6, muted #4a5361 7.2 / 7.8, links #0b57d0 5.9 / 6.4 (underlined),
//          caution #a3350a 6.3 on the card, rank #fff on #1b1f24 16.6, alert text on #fdf0ef 14.9
//   dark   text #e8ecf1 13.5 / 15.3, muted #b5bdc9 8.5 / 9.6, links #8ab4f8 7.6 / 8.6 (underlined),
//          caution #ffb38a 9.2 on the card, rank #12161b on #e8ecf1 15.3, alert text on #2b1715 14.3
// Non-text (>= 3:1): focus ring 5.9 / 6.4 light, 7.6 / 8.6 dark; card borders 3.2 / 3.4 light,
// 3.3 / 3.7 dark. test/browser/widget.browser.ts measures the rendered page's lowest text contrast.
// ---------------------------------------------------------------------------------------------
const STYLES = `
:root{color-scheme:light;--bg:#ffffff;--card:#f4f6f9;--border:#808c9c;--text:#1b1f24;--muted:#4a5361;--link:#0b57d0;--focus:#0b57d0;--badge-bg:#1b1f24;--badge-text:#ffffff;--caution:#a3350a;--alert-bg:#fdf0ef;--alert-border:#b42318}
.theme-dark{color-scheme:dark;--bg:#12161b;--card:#1c222a;--border:#667284;--text:#e8ecf1;--muted:#b5bdc9;--link:#8ab4f8;--focus:#8ab4f8;--badge-bg:#e8ecf1;--badge-text:#12161b;--caution:#ffb38a;--alert-bg:#2b1715;--alert-border:#ff8a7a}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;background:var(--bg)}
body{max-width:72rem;margin:0 auto;padding:clamp(.75rem,2.5vw,1.5rem);background:var(--bg);color:var(--text);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere;word-break:normal}
h1{font-size:clamp(1.25rem,1.05rem + 1vw,1.6rem);line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.125rem;line-height:1.3;margin:0}
p{margin:0}
.intro{color:var(--muted);max-width:65ch;margin-bottom:1rem}
.recs{list-style:none;margin:0;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,17rem),1fr))}
.rec{background:var(--card);border:1px solid var(--border);border-radius:.5rem;padding:.875rem 1rem;display:flex;flex-direction:column;gap:.5rem;min-width:0}
.rec h2{display:flex;gap:.6rem;align-items:flex-start}
.rank{flex:none;display:inline-flex;align-items:center;justify-content:center;min-width:1.8rem;height:1.8rem;padding:0 .3rem;border-radius:999px;background:var(--badge-bg);color:var(--badge-text);font-size:1rem;line-height:1}
.title{min-width:0}
.acronym{display:block}
.name{display:block;font-size:.95rem;font-weight:400}
.provider{color:var(--muted);font-size:.95rem}
.label{font-weight:600}
.reasons{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.35rem;font-size:.9375rem;line-height:1.45}
.reasons li{display:flex;gap:.45rem;align-items:baseline}
.mark{flex:none;width:1rem;text-align:center;font-weight:700}
.against .mark{color:var(--caution)}
.status{font-weight:600}
.status.blocked{color:var(--caution)}
.summary{max-width:65ch;margin-bottom:1rem;display:flex;flex-direction:column;gap:.4rem}
.notice{background:var(--card);border:2px solid var(--caution);border-left-width:.5rem;border-radius:.5rem;padding:.75rem 1rem}
.notice h2{font-size:1rem;margin-bottom:.25rem}
.notes{margin:0;padding-left:1.25rem;color:var(--muted);font-size:.9375rem}
.notes-label{font-size:.9375rem;margin-top:.2rem}
.source{margin-top:auto;padding-top:.2rem}
a{color:var(--link);text-decoration:underline;text-decoration-thickness:.08em;text-underline-offset:.18em}
a:hover{text-decoration-thickness:.16em}
a:focus{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
a:focus:not(:focus-visible){outline:none}
.alert{background:var(--alert-bg);border:2px solid var(--alert-border);border-left-width:.5rem;border-radius:.5rem;padding:1rem;max-width:65ch;display:flex;flex-direction:column;gap:.6rem}
.alert ul{margin:0;padding-left:1.25rem}
.alert li+li{margin-top:.4rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
footer{margin-top:1rem;padding-top:.6rem;border-top:1px solid var(--border);color:var(--muted);font-size:.875rem;display:flex;flex-direction:column;gap:.2rem}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (forced-colors:active){.rank{border:1px solid}.alert{border-color:CanvasText}}
`.trim();

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

interface WidgetParams {
  theme: WidgetTheme;
  profile: ProfileInput;
}

type Parsed = { ok: true; params: WidgetParams } | { ok: false; theme: WidgetTheme; problems: string[] };

function themeOf(value: string | undefined): WidgetTheme {
  return value === 'dark' ? 'dark' : 'light';
}

/** `held=csm, psm-i,` → ['csm', 'psm-i']: trimmed, empty entries dropped. */
function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The domain's messages name the GraphQL argument (`profile.targetRole`) and accept global IDs;
 * here the field is a query parameter (`targetRole`) and only slugs make sense.
 */
function forWidget(message: string): string {
  return message.replace(/`profile\.([\w.]+)`/g, '`$1`').replace('Use a slug or global ID of one of:', 'Use one of:');
}

/** Every problem with the parameters, each checked on its own so that all are reported at once. */
/** Every parameter the widget takes (`key` identifies a partner, handled before the page). */
const WIDGET_PARAMS = ['theme', 'targetRole', 'currentRole', 'experienceMonths', 'experience', 'held', 'interests', 'providers', 'budgetUsd', 'avoidRenewal', 'selfStudy', 'key'];

/**
 * Parameters the page does not use, said on the page (never a silent wrong answer: a misspelt
 * `provider=` would otherwise give an answer that looks right and is not). Campaign tags
 * (`utm_…`) are the partner's analytics, not part of the profile, and pass without a word.
 */
function ignoredParams(query: Record<string, string | undefined>): string[] {
  return Object.keys(query).filter((k) => !WIDGET_PARAMS.includes(k) && !/^utm_/.test(k));
}

function parseParams(query: Record<string, string | undefined>): Parsed {
  const problems: string[] = [];
  const rawTheme = query.theme?.trim() ?? '';
  if (rawTheme !== '' && !WIDGET_THEMES.includes(rawTheme as WidgetTheme)) {
    problems.push(`\`theme\` must be ${WIDGET_THEMES.join(' or ')} (the default is light); got ${JSON.stringify(echoOne(rawTheme))}.`);
  }
  const theme = themeOf(rawTheme);

  const profile: ProfileInput = {};
  const targetRole = query.targetRole?.trim();
  if (targetRole) profile.targetRole = targetRole;
  const currentRole = query.currentRole?.trim();
  if (currentRole) profile.currentRole = currentRole;
  const months = query.experienceMonths?.trim() ?? '';
  if (months !== '') {
    if (/^\d{1,4}$/.test(months)) profile.experienceMonths = Number(months);
    else problems.push(`\`experienceMonths\` must be a whole number of months in \`currentRole\` (for example 24); got ${JSON.stringify(echoOne(months))}.`);
  }
  const experience = listOf(query.experience);
  if (experience.length > WIDGET_MAX_LIST) {
    problems.push(`\`experience\` takes at most ${WIDGET_MAX_LIST} comma-separated values; got ${experience.length}.`);
  } else if (experience.length) {
    const entries: { role: string; months: number }[] = [];
    for (const item of experience) {
      const m = /^([a-z0-9-]+):(\d{1,4})$/.exec(item);
      if (m) entries.push({ role: m[1]!, months: Number(m[2]) });
      else problems.push(`\`experience\` takes role:months pairs, comma-separated (for example scrum-master:24,product-owner:6); got ${JSON.stringify(echoOne(item))}.`);
    }
    if (entries.length === experience.length) profile.experience = entries;
  }
  for (const field of ['held', 'interests', 'providers'] as const) {
    const values = listOf(query[field]);
    if (values.length > WIDGET_MAX_LIST) {
      problems.push(`\`${field}\` takes at most ${WIDGET_MAX_LIST} comma-separated values; got ${values.length}.`);
    } else if (values.length) profile[field] = values;
  }
  for (const field of ['avoidRenewal', 'selfStudy'] as const) {
    const raw = query[field]?.trim() ?? '';
    if (raw === 'true' || raw === 'false') profile[field] = raw === 'true';
    else if (raw !== '') problems.push(`\`${field}\` must be true or false; got ${JSON.stringify(echoOne(raw))}.`);
  }
  const budget = query.budgetUsd?.trim() ?? '';
  if (budget !== '') {
    if (NUMBER.test(budget)) profile.budgetUsd = Number(budget);
    else problems.push(`\`budgetUsd\` must be a number of US dollars, zero or more (for example 300); got ${JSON.stringify(echoOne(budget))}.`);
  }

  // The domain's checks, one field at a time, so that every bad field is named; then together,
  // for what only the whole profile can contradict (experienceMonths against experience).
  for (const [field, value] of Object.entries(profile)) {
    try {
      checkProfile(catalog, { [field]: value });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') problems.push(forWidget(error.message));
      else throw error;
    }
  }
  if (!problems.length) {
    try {
      checkProfile(catalog, profile);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') problems.push(forWidget(error.message));
      else throw error;
    }
  }
  return problems.length ? { ok: false, theme, problems } : { ok: true, params: { theme, profile } };
}

// ---------------------------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2026-09-02' → 'on 2 September 2026'; '2026-09' → 'in September 2026'; '2026' → 'in 2026'. */
function whenSeen(date: PartialDate): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `on ${Number(d)} ${month} ${y}`;
  if (month) return `in ${month} ${y}`;
  return `in ${y}`;
}

/** Whom the recommendations are for, in a sentence. */
function describeProfile(profile: ProfileInput, count: number): string {
  const parts: string[] = [];
  if (profile.currentRole) {
    const months = profile.experienceMonths != null ? ` for ${profile.experienceMonths} months` : '';
    parts.push(`working as ${aRole(catalog.roleBySlug.get(profile.currentRole)!.name)}${months}`);
  }
  if (profile.experience?.length) {
    parts.push(`with ${listForPeople(profile.experience.map((e) => `${e.months} months as ${aRole(catalog.roleBySlug.get(e.role)!.name)}`))}`);
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
function pricesSeen(certs: readonly CertificationData[]): string | null {
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
  const dates = [...byDate.keys()].filter((d) => d !== 'undated').sort().reverse();
  if (byDate.has('undated')) dates.push('undated');
  return listForPeople(
    dates.map((d) => {
      if (d === 'undated') return `on undated pages (${byDate.get(d)!.join(', ')})`;
      const age = ageWords(catalog, d);
      return `${whenSeen(d)}${age ? `, ${age}` : ''} (${byDate.get(d)!.join(', ')})`;
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

function item(rec: Recommendation): string {
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
function summary(set: RecommendationSet, profile: ProfileInput): string {
  const notes: ProfileNote[] = set.notes;
  const who = describeProfile(profile, set.items.length);
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

/** Renders the widget for the query parameters. Never throws for bad input: returns status 400 with the message inside the widget. */
export function renderRecommendationsWidget(query: Record<string, string | undefined>): { status: 200 | 400; html: string } {
  const parsed = parseParams(query);
  if (!parsed.ok) return problemPage(parsed.theme, parsed.problems);

  const { theme, profile } = parsed.params;
  let set: RecommendationSet;
  try {
    set = recommendations(catalog, profile, WIDGET_ITEMS);
  } catch (error) {
    // parseParams ran the same checks; kept so that a future check still lands in the widget.
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
      return problemPage(theme, [forWidget(error.message)]);
    }
    throw error;
  }

  const recs = set.items;
  const role = profile.targetRole ? catalog.roleBySlug.get(profile.targetRole)!.name : null;
  const seen = pricesSeen(recs.map((r) => r.certification));
  const ignored = ignoredParams(query);
  const ignoredNote = ignored.length
    ? `<p class="intro ignored">Not used: ${esc(listForPeople(ignored.slice(0, 5).map((k) => echoOne(k))))}${ignored.length > 5 ? ` and ${ignored.length - 5} more` : ''} (this widget takes ${esc(listForPeople(WIDGET_PARAMS.filter((k) => k !== 'key')))}).</p>`
    : '';
  const body =
    `<h1>${esc(role ? `Recommended certifications for a future ${role}` : 'Recommended agile certifications')}</h1>` +
    ignoredNote +
    (recs.length ? `${summary(set, profile)}<ol class="recs" role="list">${recs.map(item).join('')}</ol>` : `<p class="intro">${esc(set.message)}</p>`);
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

/** Origins as CSP sources: scheme://host[:port] only, so that a stored value cannot add directives. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** Response headers for a widget page: Content-Type text/html; charset=utf-8, a Content-Security-Policy of default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors <the partner's origins, space-separated, or * when partner is null>, X-Content-Type-Options nosniff, Referrer-Policy strict-origin-when-cross-origin. */
export function widgetHeaders(partner: Partner | null): Record<string, string> {
  const ancestors = partner ? partner.origins.filter((o) => ORIGIN.test(o)).join(' ') || "'none'" : '*';
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
