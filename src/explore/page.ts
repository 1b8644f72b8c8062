// The overlap explorer's page, rendered by the Worker from the API's answers: an inline-SVG
// heatmap of the (filtered) catalog, ordered so that clusters show, a table alternative, filters
// as plain links, and the chosen pair side by side, filled into the page's template (styles,
// legend, downloads: a static asset built from template.ts, so none of it is in the Worker's
// bundle). It works without script; the page's script (client/explore.ts) adds keyboard navigation over the cells,
// the value readout on hover and focus, and opens pairs in place through /graphql.
import { searchOf, type ExploreParams, type Metric, type Order } from './params.js';
import { escapeHtml, levelName, percent, renderPair } from './pair-view.js';
import type { MatrixData, PairData } from './queries.js';
import { seriate } from './seriation.js';

export const EXPLORE_PATH = '/explore';
export const EXPLORE_SCRIPT_PATH = '/explore/explore.js';
export const EXPLORE_TEMPLATE_PATH = '/explore/page.tmpl';

/** Upper bounds of the colour classes b0..b6 (the last is 1, inclusive). */
export const BINS = [0.05, 0.15, 0.25, 0.4, 0.55, 0.7, 1] as const;

export function binOf(value: number): number {
  const i = BINS.findIndex((upper) => value < upper);
  return i < 0 ? BINS.length - 1 : i;
}

// Geometry of the heatmap, in SVG user units (CSS pixels at scale 1).
const CELL = 20;
const LEFT = 78;
const TOP = 78;



type Cert = MatrixData['certifications']['nodes'][number];

export interface MatrixView {
  certs: Cert[];
  /** values[i][j] in display order: similarity, or the share of j that a holder of i knows. */
  values: number[][];
  /** Group boundaries (indexes where a new provider or role starts), for separators. */
  breaks: number[];
}

/** The filtered certifications in display order, with the matrix of the chosen metric. */
export function matrixView(data: MatrixData, order: Order, metric: Metric): MatrixView {
  const index = new Map(data.overlapMatrix.certifications.map((c, i) => [c.slug, i]));
  const certs = data.certifications.nodes.filter((c) => index.has(c.slug));
  const sim = certs.map((a) => certs.map((b) => data.overlapMatrix.similarity[index.get(a.slug)!]![index.get(b.slug)!]!));
  const providerRank = new Map(data.providers.map((p, i) => [p.slug, i]));
  const roleRank = new Map(data.roles.map((r, i) => [r.slug, i]));
  const levelRank = { FOUNDATION: 0, ADVANCED: 1, EXPERT: 2 } as const;
  const catalogRank = (c: Cert) => index.get(c.slug)!;
  let permutation: number[];
  if (order === 'cluster') permutation = seriate(sim);
  else {
    const key = (c: Cert): number[] =>
      order === 'provider'
        ? [providerRank.get(c.provider.slug) ?? 99, roleRank.get(c.primaryRole.slug) ?? 99, levelRank[c.level], catalogRank(c)]
        : [roleRank.get(c.primaryRole.slug) ?? 99, providerRank.get(c.provider.slug) ?? 99, levelRank[c.level], catalogRank(c)];
    permutation = [...certs.keys()].sort((x, y) => {
      const kx = key(certs[x]!);
      const ky = key(certs[y]!);
      for (let k = 0; k < kx.length; k++) if (kx[k] !== ky[k]) return kx[k]! - ky[k]!;
      return 0;
    });
  }
  const ordered = permutation.map((i) => certs[i]!);
  const coverage = new Map<string, number>();
  for (const p of data.overlapMatrix.pairs) {
    coverage.set(`${p.a.slug}\n${p.b.slug}`, p.coverageOfB);
    coverage.set(`${p.b.slug}\n${p.a.slug}`, p.coverageOfA);
  }
  const values = ordered.map((a, i) =>
    ordered.map((b, j) => (metric === 'similarity' ? sim[permutation[i]!]![permutation[j]!]! : a.slug === b.slug ? 1 : coverage.get(`${a.slug}\n${b.slug}`) ?? 0)),
  );
  const groupOf = (c: Cert) => (order === 'provider' ? c.provider.slug : order === 'role' ? c.primaryRole.slug : null);
  const breaks: number[] = [];
  if (order !== 'cluster') for (let i = 1; i < ordered.length; i++) if (groupOf(ordered[i]!) !== groupOf(ordered[i - 1]!)) breaks.push(i);
  return { certs: ordered, values, breaks };
}

export function cellLabel(metric: Metric, a: Cert, b: Cert, value: number): string {
  return metric === 'similarity'
    ? `${a.acronym} and ${b.acronym}: similarity ${value.toFixed(2)}`
    : `A ${a.acronym} holder already knows ${percent(value)} of ${b.acronym}`;
}

function heatmap(view: MatrixView, params: ExploreParams): string {
  const n = view.certs.length;
  const size = n * CELL;
  const width = LEFT + size + 4;
  const height = TOP + size + 4;
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = view.certs[i]!;
    const y = TOP + i * CELL;
    const cells: string[] = [];
    for (let j = 0; j < n; j++) {
      const x = LEFT + j * CELL;
      if (i === j) {
        cells.push(`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" class="d"/>`);
        continue;
      }
      const b = view.certs[j]!;
      const value = view.values[i]![j]!;
      const href = `${searchOf({ ...params, a: a.slug, b: b.slug }) || '?'}#pair`;
      const on = params.a === a.slug && params.b === b.slug ? ' class="on"' : '';
      cells.push(
        `<a href="${escapeHtml(href)}"${on} data-a="${escapeHtml(a.slug)}" data-b="${escapeHtml(b.slug)}"><rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" class="b${binOf(value)}"/><title>${escapeHtml(cellLabel(params.metric, a, b, value))}</title></a>`,
      );
    }
    rows.push(`<g class="row">${cells.join('')}</g>`);
  }
  const labels = view.certs
    .map((c, i) => {
      const middle = i * CELL + CELL / 2 + 4;
      return `<text x="${LEFT - 6}" y="${TOP + middle}" text-anchor="end">${escapeHtml(c.acronym)}</text><text transform="translate(${LEFT + middle - 8} ${TOP - 6}) rotate(-90)">${escapeHtml(c.acronym)}</text>`;
    })
    .join('');
  const seps = view.breaks
    .map((k) => {
      const at = k * CELL;
      return `<line class="sep" x1="${LEFT + at}" y1="${TOP - 2}" x2="${LEFT + at}" y2="${TOP + size + 2}"/><line class="sep" x1="${LEFT - 2}" y1="${TOP + at}" x2="${LEFT + size + 2}" y2="${TOP + at}"/>`;
    })
    .join('');
  return `<svg class="heatmap" id="heatmap" tabindex="-1" role="group" aria-labelledby="heatmap-title" aria-describedby="how" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-n="${n}"><g aria-hidden="true">${labels}</g>${rows.join('')}<g aria-hidden="true">${seps}</g></svg>`;
}

function table(view: MatrixView, metric: Metric): string {
  const caption =
    metric === 'similarity'
      ? 'Similarity of each pair (0 to 1, weighted by topic depth)'
      : 'Share of the column’s content that a holder of the row already knows';
  const head = view.certs.map((c) => `<th scope="col">${escapeHtml(c.acronym)}</th>`).join('');
  const body = view.certs
    .map((a, i) => {
      const cells = view.values[i]!.map((v, j) => `<td>${i === j ? '–' : metric === 'similarity' ? v.toFixed(2) : percent(v)}</td>`).join('');
      return `<tr><th scope="row">${escapeHtml(a.acronym)}</th>${cells}</tr>`;
    })
    .join('');
  return `<details><summary>The matrix as a table</summary><div class="scroll"><table id="matrix-table"><caption>${caption}</caption><thead><tr><td></td>${head}</tr></thead><tbody>${body}</tbody></table></div></details>`;
}

function facet(label: string, id: string, options: { text: string; params: ExploreParams; current: boolean }[]): string {
  const links = options
    .map((o) => `<li><a href="${escapeHtml(searchOf(o.params) || EXPLORE_PATH)}"${o.current ? ' aria-current="true"' : ''}>${escapeHtml(o.text)}</a></li>`)
    .join('');
  return `<div class="facet"><span id="${id}">${label}</span><ul aria-labelledby="${id}">${links}</ul></div>`;
}

function filters(data: MatrixData | null, params: ExploreParams): string {
  // Changing a filter keeps the other choices and drops the pair (it may be filtered out).
  const base: ExploreParams = { ...params, a: null, b: null };
  const with_ = (change: Partial<ExploreParams>) => ({ ...base, ...change });
  const providers = data?.providers ?? [];
  const roles = data?.roles ?? [];
  return `<nav aria-label="Filters and view">
${facet('Provider', 'f-provider', [{ text: 'Any', params: with_({ provider: null }), current: !params.provider }, ...providers.map((p) => ({ text: p.name, params: with_({ provider: p.slug }), current: params.provider === p.slug }))])}
${facet('Role', 'f-role', [{ text: 'Any', params: with_({ role: null }), current: !params.role }, ...roles.map((r) => ({ text: r.name, params: with_({ role: r.slug }), current: params.role === r.slug }))])}
${facet('Level', 'f-level', [{ text: 'Any', params: with_({ level: null }), current: !params.level }, ...(['FOUNDATION', 'ADVANCED', 'EXPERT'] as const).map((l) => ({ text: levelName(l), params: with_({ level: l }), current: params.level === l }))])}
${facet('Order', 'f-order', [
  { text: 'Clusters', params: { ...params, order: 'cluster' }, current: params.order === 'cluster' },
  { text: 'By provider', params: { ...params, order: 'provider' }, current: params.order === 'provider' },
  { text: 'By role', params: { ...params, order: 'role' }, current: params.order === 'role' },
])}
${facet('Show', 'f-metric', [
  { text: 'Similarity', params: { ...params, metric: 'similarity' }, current: params.metric === 'similarity' },
  { text: 'What a holder already knows', params: { ...params, metric: 'coverage' }, current: params.metric === 'coverage' },
])}
</nav>`;
}

export interface PageInput {
  params: ExploreParams;
  /** Problems with the query string, or the API's own error messages. */
  problems: string[];
  data: MatrixData | null;
  pair: PairData | null;
  pairProblems: string[];
}

const ORDER_WORDS: Record<Order, string> = { cluster: 'clustered by overlap', provider: 'by provider', role: 'by role' };

/** The page: the template (src/explore/template.ts, a static asset) filled with this view. */
export function renderExplorePage(template: string, input: PageInput): string {
  const { params, data } = input;
  const alert = (problems: string[]) =>
    problems.length
      ? `<div class="alert" role="alert"><p><strong>This view cannot be shown as asked.</strong></p><ul>${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul><p><a href="${EXPLORE_PATH}">Start again with the whole catalog</a>.</p></div>`
      : '';
  let matrix = '';
  if (data) {
    const view = matrixView(data, params.order, params.metric);
    const what = params.metric === 'similarity' ? 'Similarity' : 'What a holder already knows';
    const title = `${what}: ${view.certs.length} of ${data.catalog.certificationCount} certifications, ${ORDER_WORDS[params.order]}`;
    matrix =
      view.certs.length < 2
        ? `<h2 id="heatmap-title">${escapeHtml(title)}</h2><p class="none">${view.certs.length === 0 ? 'No certification matches these filters.' : `Only ${escapeHtml(view.certs[0]!.acronym)} matches these filters: there is no pair to compare.`} Widen a filter above.</p>`
        : `<h2 id="heatmap-title">${escapeHtml(title)}</h2>
<p id="how" class="hint">${params.metric === 'similarity' ? 'Each cell compares two certifications by the topics they cover, weighted by depth (0: nothing in common, 1: the same content).' : 'Each cell reads: a holder of the row’s certification already knows this share of the column’s.'} Hover or focus a cell for its value; choose it to see the pair side by side. In the heatmap, arrow keys move between cells.</p>
<div class="scroll">${heatmap(view, params)}</div>
<p id="readout" class="readout" aria-hidden="true"></p>
${table(view, params.metric)}`;
  }
  const pairSection = input.pair
    ? renderPair(input.pair)
    : input.pairProblems.length
      ? `<h2 id="pair-title" tabindex="-1">This pair cannot be shown</h2>${alert(input.pairProblems)}`
      : '<h2 id="pair-title" tabindex="-1">Choose a pair</h2><p class="none">Choose a cell of the heatmap to see the two side by side.</p>';
  const fill: Record<string, string> = {
    bodyClass: `m-${params.metric}${matrix.includes('<svg') ? '' : ' empty'}`,
    nav: filters(data, params),
    alert: alert(input.problems),
    matrix,
    pair: pairSection,
    version: data ? `Catalog ${escapeHtml(data.catalog.version)}, facts as of ${escapeHtml(data.catalog.asOf)}. ` : '',
    reset: searchOf(params) === '' ? '' : `<a href="${EXPLORE_PATH}">Reset the view</a>.`,
  };
  // One pass over the template: inserted text is never scanned for markers.
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => fill[name] ?? '');
}
