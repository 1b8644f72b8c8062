// The overlap explorer's HTML fragments: every piece of markup and wording of the page's dynamic
// parts, with {{markers}} that `fill` replaces (values are escaped by the caller). The Worker
// reads them as a static asset (public/explore/fragments.json, written by `npm run assets`), so
// its bundle holds only the logic; the browser script bundles them. One source for both, so the
// server's and the script's pair view never drift.
import { MATRIX_QUERY, PAIR_QUERY } from './queries.js';

export const FRAGMENTS = {
  // The GraphQL documents the page sends (the server's render and the script send the same text).
  matrixQuery: MATRIX_QUERY,
  pairQuery: PAIR_QUERY,
  /** The catalog's slugs in seriation order (seriation.ts), '|'-separated: set by `npm run assets`. */
  clusterOrder: '',
  // Problems with the query string
  oneValue: '`{{name}}` takes one value; got {{count}}.',
  tooLong: '`{{name}}` is too long ({{length}} characters; at most {{max}}).',
  oneOf: '`{{name}}` must be one of {{allowed}}; got "{{got}}".',
  pairHalf: 'A pair needs both `a` and `b` (two certification slugs).',
  pairSame: '`a` and `b` must be two different certifications; both are "{{a}}".',
  apiStatus: 'The API answered HTTP {{status}}.',
  // Filters and view
  nav: '<nav aria-label="Filters and view">{{items}}</nav>',
  facet: '<div class="facet"><span id="f-{{id}}">{{label}}</span><ul aria-labelledby="f-{{id}}">{{items}}</ul></div>',
  option: '<li><a href="{{href}}"{{current}}>{{text}}</a></li>',
  current: ' aria-current="true"',
  facetLabels: 'Provider|Role|Level|Order|Show',
  any: 'Any',
  levels: 'Foundation|Advanced|Expert',
  orders: 'Clusters|By provider|By role',
  metrics: 'Similarity|What a holder already knows',
  // Problems
  alert:
    '<div class="alert" role="alert"><p><strong>This view cannot be shown as asked.</strong></p><ul>{{items}}</ul><p><a href="/explore">Start again with the whole catalog</a>.</p></div>',
  item: '<li>{{text}}</li>',
  // The heatmap and its table
  title: '{{what}}: {{shown}} of {{total}} certifications, {{order}}',
  orderWords: 'clustered by overlap|by provider|by role',
  matrix:
    '<h2 id="heatmap-title">{{title}}</h2><div class="scroll"><svg class="heatmap" id="heatmap" tabindex="-1" role="group" aria-labelledby="heatmap-title" aria-describedby="how" width="{{size}}" height="{{size}}" viewBox="0 0 {{size}} {{size}}"><g aria-hidden="true">{{labels}}</g>{{rows}}<g aria-hidden="true">{{seps}}</g></svg></div><p id="readout" class="readout" aria-hidden="true"></p>',
  table:
    '<details><summary>The matrix as a table</summary><div class="scroll"><table id="matrix-table"><caption>{{caption}}</caption><thead><tr><td></td>{{head}}</tr></thead><tbody>{{body}}</tbody></table></div></details>',
  empty: '<h2 id="heatmap-title">{{title}}</h2><p class="none">{{text}} Widen a filter above.</p>',
  emptyNone: 'No certification matches these filters.',
  emptyOne: 'Only {{a}} matches these filters: there is no pair to compare.',
  row: '<g class="row">{{cells}}</g>',
  diagonal: '<rect x="{{x}}" y="{{y}}" width="20" height="20" class="d"/>',
  cell: '<a href="{{href}}"{{on}} data-a="{{a}}" data-b="{{b}}"><rect x="{{x}}" y="{{y}}" width="20" height="20" class="b{{bin}}"/><title>{{label}}</title></a>',
  on: ' class="on"',
  label: '<text x="72" y="{{y}}" text-anchor="end">{{name}}</text><text transform="translate({{x}} 72) rotate(-90)">{{name}}</text>',
  sep: '<line class="sep" x1="{{at}}" y1="76" x2="{{at}}" y2="{{end}}"/><line class="sep" x1="76" y1="{{at}}" x2="{{end}}" y2="{{at}}"/>',
  labelSimilarity: '{{a}} and {{b}}: similarity {{value}}',
  labelCoverage: 'A {{a}} holder already knows {{value}} of {{b}}',
  captionSimilarity: 'Similarity of each pair (0 to 1, weighted by topic depth)',
  captionCoverage: 'Share of the column’s content that a holder of the row already knows',
  th: '<th scope="col">{{text}}</th>',
  tr: '<tr><th scope="row">{{name}}</th>{{cells}}</tr>',
  td: '<td>{{text}}</td>',
  // The pair
  pick: '<h2 id="pair-title" tabindex="-1">Choose a pair</h2><p class="none">Choose a cell of the heatmap to see the two side by side.</p>',
  pairError: '<h2 id="pair-title" tabindex="-1">This pair cannot be shown</h2>{{alert}}',
  pair: `<h2 id="pair-title" tabindex="-1">{{a}} and {{b}}</h2>
<p class="numbers">Similarity <strong>{{similarity}}</strong>. A holder of {{a}} already knows <strong>{{coverageOfB}}</strong> of {{b}}; a holder of {{b}}, <strong>{{coverageOfA}}</strong> of {{a}}.</p>
<div class="sides">
{{sideA}}
<div class="side shared">
<h3>Shared</h3>
<h4>Scrum fundamentals <span class="count">({{fundamentalCount}})</span></h4>
{{fundamentals}}
<h4>Role-specific content <span class="count">({{roleSpecificCount}})</span></h4>
{{roleSpecific}}
</div>
{{sideB}}
</div>
<h3>In short</h3>
<p class="summary">{{summary}}</p>
<table class="differences"><caption>Practical differences</caption><thead><tr><th scope="col">Attribute</th><th scope="col">{{a}}</th><th scope="col">{{b}}</th></tr></thead><tbody>{{differences}}</tbody></table>`,
  side: `<div class="side">
<h3>Only in {{acronym}} <span class="count">({{count}})</span></h3>
<p class="meta">{{name}} · {{provider}} · {{level}} · for {{role}}s · <a href="{{url}}" rel="noopener" target="_blank">official page<span class="vh"> of {{acronym}} (opens in a new tab)</span></a></p>
{{topics}}
</div>`,
  topics: '<ul>{{items}}</ul>',
  topic: '<li>{{name}}{{kind}}</li>',
  fundamental: ' <span class="kind">(fundamental)</span>',
  none: '<p class="none">{{text}}</p>',
  noneDistinct: 'Nothing that {{other}} does not cover too.',
  noneFundamentals: 'No shared fundamentals.',
  noneRoleSpecific: 'No shared role-specific content.',
  difference: '<tr><th scope="row">{{attribute}}</th><td>{{a}}</td><td>{{b}}</td></tr>',
  shown: 'Showing {{a}} and {{b}} side by side.',
  notShown: 'This pair cannot be shown.',
};

export type Fragments = typeof FRAGMENTS;

/** A fragment with its markers replaced, in one pass (inserted values are never scanned again). */
export function fill(fragment: string, values: Record<string, string | number>): string {
  return fragment.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
