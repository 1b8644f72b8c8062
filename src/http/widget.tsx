// The embeddable recommendations widget: a small, self-contained HTML page that partners put in
// an <iframe>. Server-rendered with hono/jsx; no script, no external asset (one inline <style>),
// so the Content-Security-Policy can forbid everything else. Bad parameters never throw: the page
// carries the domain's own message (field, bad value, what is allowed) in a role="alert" box.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { catalog } from '../data/catalog.js';
import type { CertificationData, PartialDate } from '../data/types.js';
import { describeCost, money } from '../resolvers/differences.js';
import { DomainError } from '../resolvers/errors.js';
import { checkProfile, type ProfileInput } from '../resolvers/profile.js';
import { recommend, type Reason, type Recommendation } from '../resolvers/recommend.js';
import { echoOne, inSentence, listForPeople } from '../resolvers/text.js';
import type { Partner } from './partners.js';

export type WidgetTheme = 'light' | 'dark';
const WIDGET_THEMES: readonly WidgetTheme[] = ['light', 'dark'];

/** How many recommendations the widget shows. */
const WIDGET_ITEMS = 3;
/** The most reasons shown per recommendation (the strongest, by the size of their weight). */
const WIDGET_REASONS = 3;
/** The most values a list parameter (`held`, `interests`) takes. */
const WIDGET_MAX_LIST = 20;

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
  return message.replace(/`profile\.(\w+)`/g, '`$1`').replace('Use a slug or global ID of one of:', 'Use one of:');
}

/** Every problem with the parameters, each checked on its own so that all are reported at once. */
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
  for (const field of ['held', 'interests'] as const) {
    const values = listOf(query[field]);
    if (values.length > WIDGET_MAX_LIST) {
      problems.push(`\`${field}\` takes at most ${WIDGET_MAX_LIST} comma-separated values; got ${values.length}.`);
    } else if (values.length) profile[field] = values;
  }
  const budget = query.budgetUsd?.trim() ?? '';
  if (budget !== '') {
    if (NUMBER.test(budget)) profile.budgetUsd = Number(budget);
    else problems.push(`\`budgetUsd\` must be a number of US dollars, zero or more (for example 300); got ${JSON.stringify(echoOne(budget))}.`);
  }

  // The domain's checks, one field at a time, so that every bad field is named.
  for (const [field, value] of Object.entries(profile)) {
    try {
      checkProfile(catalog, { [field]: value });
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
  if (profile.targetRole) parts.push(`aiming for the ${catalog.roleBySlug.get(profile.targetRole)!.name} role`);
  if (profile.held?.length) parts.push(`holding ${listForPeople(profile.held.map((s) => catalog.certificationBySlug.get(s)!.acronym))}`);
  if (profile.interests?.length) {
    parts.push(`interested in ${listForPeople(profile.interests.map((s) => inSentence(catalog.topicBySlug.get(s)!)))}`);
  }
  if (profile.budgetUsd != null) parts.push(`with a budget of ${money(profile.budgetUsd)}`);
  const top = count === 1 ? 'The best match' : `The top ${count}`;
  if (!parts.length) return `${top} for anyone choosing an agile certification, ranked by fit, level and recognition.`;
  return `${top} for someone ${listForPeople(parts)}, ranked by how well each fits.`;
}

/** The strongest reasons, strongest first (recommend() already orders them by the size of their weight). */
function mainReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((r) => r.weight !== 0).slice(0, WIDGET_REASONS);
}

/** Prices and when they were seen, grouped by date: "on 2 September 2026 (PSM I) and in 2026 (PSPO I, CSM)". */
function pricesSeen(certs: readonly CertificationData[]): string | null {
  const byDate = new Map<string, string[]>();
  for (const c of certs) {
    if (!c.cost) continue;
    const list = byDate.get(c.cost.asOf) ?? [];
    list.push(c.acronym);
    byDate.set(c.cost.asOf, list);
  }
  if (!byDate.size) return null;
  const dates = [...byDate.keys()].sort().reverse();
  return listForPeople(dates.map((d) => `${whenSeen(d)} (${byDate.get(d)!.join(', ')})`));
}

/** A message with `code` spans, as the domain writes them. */
function Rich({ text }: { text: string }) {
  const parts = text.split('`');
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code>{p}</code> : p))}</>;
}

// ---------------------------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------------------------

function Page(props: { theme: WidgetTheme; title: string; children: Child; footer?: Child }) {
  return (
    <html lang="en" class={`theme-${props.theme}`}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content={props.theme} />
        <meta name="robots" content="noindex" />
        <title>{props.title}</title>
        <style>{raw(STYLES)}</style>
      </head>
      <body>
        <main>{props.children}</main>
        <footer>
          <p>Recommendations by {BRAND}.</p>
          {props.footer}
        </footer>
      </body>
    </html>
  );
}

function Item({ rec }: { rec: Recommendation }) {
  const cert = rec.certification;
  const provider = catalog.providerBySlug.get(cert.provider)?.name ?? cert.provider;
  return (
    <li class="rec">
      <h2>
        <span class="rank">
          <span class="vh">Rank </span>
          {rec.rank}
        </span>
        <span class="title">
          <span class="acronym">{cert.acronym}</span>
          <span class="vh">: </span>
          <span class="name">{cert.name}</span>
        </span>
      </h2>
      <p class="provider">From {provider}</p>
      <p class="cost">
        <span class="label">Cost:</span> {describeCost(cert.cost, cert.requiresCourse)}
      </p>
      <div>
        <p class="label" id={`why-${rec.rank}`}>
          Why
        </p>
        <ul class="reasons" aria-labelledby={`why-${rec.rank}`}>
          {mainReasons(rec.reasons).map((r) =>
            r.weight > 0 ? (
              <li class="for">
                <span class="mark" aria-hidden="true">
                  +
                </span>
                <span>{r.message}</span>
              </li>
            ) : (
              <li class="against">
                <span class="mark" aria-hidden="true">
                  !
                </span>
                <span>
                  <span class="label">Caution: </span>
                  {r.message}
                </span>
              </li>
            ),
          )}
        </ul>
      </div>
      <p class="source">
        <a href={cert.url} target="_blank" rel="noopener">
          {cert.acronym} official page<span class="vh"> (opens in a new tab)</span>
        </a>
      </p>
    </li>
  );
}

function Problems(props: { heading: string; children: Child }) {
  return (
    <div class="alert" role="alert">
      <h2>{props.heading}</h2>
      {props.children}
    </div>
  );
}

function html(node: { toString(): string | Promise<string> }): string {
  const out = node.toString();
  if (typeof out !== 'string') throw new Error('the widget renders synchronously');
  return '<!doctype html>' + out;
}

/** The page for bad parameters: every problem, and what the parameters take. */
function problemPage(theme: WidgetTheme, problems: readonly string[]): { status: 400; html: string } {
  return {
    status: 400,
    html: html(
      <Page theme={theme} title={`Cannot show certification recommendations · ${BRAND}`}>
        <h1>Certification recommendations</h1>
        <Problems heading={problems.length === 1 ? 'This widget’s address has a problem' : `This widget’s address has ${problems.length} problems`}>
          <ul>
            {problems.map((p) => (
              <li>
                <Rich text={p} />
              </li>
            ))}
          </ul>
          <p>
            It takes <code>targetRole</code> (a role), <code>held</code> and <code>interests</code> (comma-separated, at most {WIDGET_MAX_LIST} each),{' '}
            <code>budgetUsd</code> (zero or more) and <code>theme</code> (light or dark).
          </p>
        </Problems>
      </Page>,
    ),
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
  let recs: Recommendation[];
  try {
    recs = recommend(catalog, profile, WIDGET_ITEMS);
  } catch (error) {
    // parseParams ran the same checks; kept so that a future check still lands in the widget.
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
      return problemPage(theme, [forWidget(error.message)]);
    }
    throw error;
  }

  const role = profile.targetRole ? catalog.roleBySlug.get(profile.targetRole)!.name : null;
  const seen = pricesSeen(recs.map((r) => r.certification));
  return {
    status: 200,
    html: html(
      <Page
        theme={theme}
        title={`${role ? `Certifications for a future ${role}` : 'Recommended agile certifications'} · ${BRAND}`}
        footer={seen ? <p>Prices as seen {seen}; they may have changed since.</p> : undefined}
      >
        <h1>{role ? `Recommended certifications for a future ${role}` : 'Recommended agile certifications'}</h1>
        {recs.length ? (
          <>
            <p class="intro">{describeProfile(profile, recs.length)}</p>
            <ol class="recs" role="list">
              {recs.map((rec) => (
                <Item rec={rec} />
              ))}
            </ol>
          </>
        ) : (
          <p class="intro">Every certification in the catalog is already held: there is nothing left to recommend.</p>
        )}
      </Page>,
    ),
  };
}

/** A widget-shaped page carrying only a message, for errors found by the caller (401 unknown key, 403 wrong origin, 429 rate limited). */
export function renderWidgetMessage(status: number, title: string, message: string, theme?: string): { status: number; html: string } {
  return {
    status,
    html: html(
      <Page theme={themeOf(theme)} title={`${title} · ${BRAND}`}>
        <h1>Certification recommendations</h1>
        <Problems heading={title}>
          <p>
            <Rich text={message} />
          </p>
        </Problems>
      </Page>,
    ),
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
