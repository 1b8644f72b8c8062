// The pair view (/explore/pair/:a/:b), rendered by the Worker from the domain's `compare` (the
// function the API's `compare` resolves with: its numbers, its topic lists, its summary in words;
// nothing is compared here). It tells the story in order: how much they share, the summary, the
// shared fundamentals and role-specific content, what each adds, the practical differences, and
// the next step ("which should I take?").
import type { CatalogIndex } from '../data/catalog.js';
import type { TopicData } from '../data/types.js';
import { round3 } from '../resolvers/overlap.js';
import { escapeHtml as esc, percent } from './fragments.js';
import type { ExplorerDomain } from './kit.js';
import { EXPLORE_PATH } from './page.js';

const levelName = (level: string) => level.charAt(0) + level.slice(1).toLowerCase();

function topics(list: readonly TopicData[], empty: string): string {
  return list.length ? `<ul>${list.map((t) => `<li>${esc(t.name)}</li>`).join('')}</ul>` : `<p class="none">${esc(empty)}</p>`;
}

/** The pair page's body (the shell's {{body}}); `a` and `b` are known slugs, different. */
export function renderPairBody(domain: Pick<ExplorerDomain, 'compare'>, catalog: CatalogIndex, a: string, b: string): { title: string; body: string } {
  const c = domain.compare(catalog, [a, b]);
  const [x, y] = c.certifications as [(typeof c.certifications)[0], (typeof c.certifications)[0]];
  const p = c.pairs[0]!;
  const shared = c.sharedTopics;
  const roleSpecific = shared.filter((t) => t.kind !== 'FUNDAMENTAL');
  const [ax, ay] = [esc(x.acronym), esc(y.acronym)];
  const provider = (slug: string) => esc(catalog.providerBySlug.get(slug)?.name ?? slug);
  const role = (slug: string) => catalog.roleBySlug.get(slug)?.name ?? slug;
  const side = (cert: typeof x, other: typeof x) => {
    const own = c.distinct.find((d) => d.certification.slug === cert.slug)?.topics ?? [];
    return (
      `<section class="side" aria-labelledby="adds-${esc(cert.slug)}"><h3 id="adds-${esc(cert.slug)}">What ${esc(cert.acronym)} adds <span class="count">(${own.length})</span></h3>` +
      `<p class="meta">${esc(cert.name)} · ${provider(cert.provider)} · ${levelName(cert.level)} · for ${esc(role(cert.primaryRole))}s · <a href="${esc(cert.url)}" rel="noopener">official page<span class="vh"> of ${esc(cert.acronym)}</span></a></p>` +
      `${topics(own, `Nothing that ${other.acronym} does not cover too.`)}</section>`
    );
  };
  const differences = c.differences
    .map((d) => `<tr><th scope="row">${esc(d.attribute)}</th><td>${esc(d.values[0]?.value ?? '')}</td><td>${esc(d.values[1]?.value ?? '')}</td></tr>`)
    .join('');
  const roles = [...new Set([x.primaryRole, y.primaryRole])];
  const widget = (r: string, held?: string) => `/embed/recommendations?targetRole=${encodeURIComponent(r)}${held ? `&held=${encodeURIComponent(held)}` : ''}`;
  const next = [
    ...roles.map((r) => `<li><a href="${esc(widget(r))}">Which certifications fit a future ${esc(role(r))}</a>: recommendations with their reasons.</li>`),
    `<li>Holding one, aiming at the other’s role: <a href="${EXPLORE_PATH}/ladders?held=${esc(x.slug)}&amp;targetRole=${esc(y.primaryRole)}">your learning path from ${ax}, on the ladders</a>; <a href="${EXPLORE_PATH}/ladders?held=${esc(y.slug)}&amp;targetRole=${esc(x.primaryRole)}">from ${ay}</a>.</li>`,
    `<li><a href="/graphql">Ask the API</a>: <code>recommendations</code> and <code>learningPath</code> take your whole situation (what you hold, your experience, your budget).</li>`,
  ].join('');
  const body =
    `<p class="back"><a href="${EXPLORE_PATH}">← The whole matrix</a></p>` +
    `<header><h1>${ax} and ${ay}</h1>` +
    `<p class="numbers">They share <strong>${Math.round(round3(p.similarity) * 100)}</strong> of 100 (similarity ${round3(p.similarity).toFixed(2)}). ` +
    `A holder of ${ax} already knows <strong>${percent(round3(p.coverageOfB))}</strong> of ${ay}; a holder of ${ay}, <strong>${percent(round3(p.coverageOfA))}</strong> of ${ax}.</p></header>` +
    `<main id="main"><section aria-labelledby="story"><h2 id="story">In short</h2><p class="summary">${esc(c.summary)}</p></section>` +
    `<section aria-labelledby="both"><h2 id="both">What both cover <span class="count">(${shared.length})</span></h2><div class="sides">` +
    `<section class="side"><h3>Scrum and agile fundamentals <span class="count">(${c.sharedFundamentals.length})</span></h3>${topics(c.sharedFundamentals, 'No shared fundamentals.')}</section>` +
    `<section class="side"><h3>Role-specific content <span class="count">(${roleSpecific.length})</span></h3>${topics(roleSpecific, 'No shared role-specific content.')}</section></div></section>` +
    `<section aria-labelledby="adds"><h2 id="adds">What each adds</h2><div class="sides">${side(x, y)}${side(y, x)}</div></section>` +
    `<section aria-labelledby="diff"><h2 id="diff">Practical differences</h2><div class="frame-x"><table class="differences"><thead><tr><th scope="col">Attribute</th><th scope="col">${ax}</th><th scope="col">${ay}</th></tr></thead><tbody>${differences}</tbody></table></div></section>` +
    `<section aria-labelledby="next" class="next"><h2 id="next">Which should I take?</h2><ul>${next}</ul></section></main>` +
    `<p class="foot">Catalog ${esc(catalog.version)}. The same as the API’s <code>compare(certifications: ["${esc(x.slug)}", "${esc(y.slug)}"])</code>.</p>`;
  return { title: `${x.acronym} and ${y.acronym}`, body };
}
