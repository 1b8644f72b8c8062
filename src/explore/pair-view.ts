// The pair panel of the overlap explorer, as an HTML string: rendered by the Worker for the
// no-script view and by the page's script after it asks /graphql, from the same function so the
// two never drift. Every value is escaped. Plain TypeScript: bundled into the browser script too.
import type { PairData } from './queries.js';

export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const LEVEL_NAMES: Record<string, string> = { FOUNDATION: 'Foundation', ADVANCED: 'Advanced', EXPERT: 'Expert' };

export function levelName(level: string): string {
  return LEVEL_NAMES[level] ?? level;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function topicList(topics: { name: string; kind?: string }[], empty: string): string {
  if (!topics.length) return `<p class="none">${escapeHtml(empty)}</p>`;
  return `<ul>${topics.map((t) => `<li>${escapeHtml(t.name)}${t.kind === 'FUNDAMENTAL' ? ' <span class="kind">(fundamental)</span>' : ''}</li>`).join('')}</ul>`;
}

/** The heading level of the panel's title is 2; its parts are 3. */
export function renderPair(data: PairData): string {
  const c = data.compare;
  const [a, b] = c.certifications;
  const pair = c.pairs[0];
  if (!a || !b || !pair) return '<p class="none">No comparison.</p>';
  const distinctOf = (slug: string) => c.distinct.find((d) => d.certification.slug === slug)?.topics ?? [];
  const side = (cert: typeof a, other: typeof a) => `<div class="side">
<h3>Only in ${escapeHtml(cert.acronym)} <span class="count">(${distinctOf(cert.slug).length})</span></h3>
<p class="meta">${escapeHtml(cert.name)} · ${escapeHtml(cert.provider.name)} · ${escapeHtml(levelName(cert.level))} · for ${escapeHtml(cert.primaryRole.name)}s · <a href="${escapeHtml(cert.url)}" rel="noopener" target="_blank">official page<span class="vh"> of ${escapeHtml(cert.acronym)} (opens in a new tab)</span></a></p>
${topicList(distinctOf(cert.slug), `Nothing that ${other.acronym} does not cover too.`)}
</div>`;
  const differences = c.differences
    .map((d) => `<tr><th scope="row">${escapeHtml(d.attribute)}</th><td>${escapeHtml(d.values[0]?.value ?? '')}</td><td>${escapeHtml(d.values[1]?.value ?? '')}</td></tr>`)
    .join('');
  return `<h2 id="pair-title" tabindex="-1">${escapeHtml(a.acronym)} and ${escapeHtml(b.acronym)}</h2>
<p class="numbers">Similarity <strong>${pair.similarity.toFixed(2)}</strong>. A holder of ${escapeHtml(a.acronym)} already knows <strong>${percent(pair.coverageOfB)}</strong> of ${escapeHtml(b.acronym)}; a holder of ${escapeHtml(b.acronym)}, <strong>${percent(pair.coverageOfA)}</strong> of ${escapeHtml(a.acronym)}.</p>
<div class="sides">
${side(a, b)}
<div class="side shared">
<h3>Shared</h3>
<h4>Scrum fundamentals <span class="count">(${c.sharedFundamentals.length})</span></h4>
${topicList(c.sharedFundamentals, 'No shared fundamentals.')}
<h4>Role-specific content <span class="count">(${pair.sharedRoleSpecific.length})</span></h4>
${topicList(pair.sharedRoleSpecific, 'No shared role-specific content.')}
</div>
${side(b, a)}
</div>
<h3>In short</h3>
<p class="summary">${escapeHtml(c.summary)}</p>
<table class="differences"><caption>Practical differences</caption><thead><tr><th scope="col">Attribute</th><th scope="col">${escapeHtml(a.acronym)}</th><th scope="col">${escapeHtml(b.acronym)}</th></tr></thead><tbody>${differences}</tbody></table>`;
}
