// The overlap explorer's page, rendered by the Worker from the API's answers: an inline-SVG
// heatmap of the (filtered) catalog, ordered so that clusters show, with a legend, a table
// alternative, filters as plain links, the downloads, and the chosen pair side by side. It works
// without script; the page's script (client/explore.ts) adds keyboard navigation over the cells,
// the value readout on hover and focus, and opens pairs in place through /graphql.
import { searchOf, type ExploreParams, type Metric, type Order } from './params.js';
import { escapeHtml, levelName, percent, renderPair } from './pair-view.js';
import type { MatrixData, PairData } from './queries.js';
import { seriate } from './seriation.js';

export const EXPLORE_PATH = '/explore';
export const EXPLORE_SCRIPT_PATH = '/explore/explore.js';

/** Upper bounds of the colour classes b0..b6 (the last is 1, inclusive). */
export const BINS = [0.05, 0.15, 0.25, 0.4, 0.55, 0.7, 1] as const;
const BIN_COLOURS = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

export function binOf(value: number): number {
  const i = BINS.findIndex((upper) => value < upper);
  return i < 0 ? BINS.length - 1 : i;
}

// Geometry of the heatmap, in SVG user units (CSS pixels at scale 1).
const CELL = 20;
const LEFT = 78;
const TOP = 78;

// Contrast (WCAG 2.x): text #1b1f24 on #fff 16.6:1, muted #4a5361 7.8:1, links #0b57d0 6.4:1,
// alert text on #fdf0ef 14.9:1. Non-text: focus ring #c2410c on the cells' blues >= 3:1 against
// white and the darkest blue is marked by a double ring (white inside, orange outside).
export const STYLES = `
:root{color-scheme:light;--text:#1b1f24;--muted:#4a5361;--link:#0b57d0;--border:#808c9c;--card:#f4f6f9;--focus:#c2410c}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;padding:clamp(.75rem,2vw,1.5rem);color:var(--text);background:#fff;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:clamp(1.3rem,1.1rem + 1vw,1.75rem);line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:0 0 .5rem}
h3{font-size:1.05rem;margin:.75rem 0 .25rem}
h4{font-size:.95rem;margin:.5rem 0 .15rem}
p{margin:.25rem 0}
a{color:var(--link);text-underline-offset:.18em}
a:focus-visible,summary:focus-visible,h2:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.intro,.hint,.meta,.foot,.none,.count,.kind{color:var(--muted)}
.intro{max-width:70ch}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem;z-index:1}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:.75rem 0 1rem;padding:.5rem .75rem;background:var(--card);border:1px solid var(--border);border-radius:.5rem}
.facet{display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem .5rem}
.facet>span{font-weight:600}
.facet ul{display:flex;flex-wrap:wrap;gap:.1rem .6rem;list-style:none;margin:0;padding:0}
.facet a[aria-current]{color:var(--text);font-weight:700;text-decoration:none;border-bottom:3px solid var(--text)}
.layout{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,34rem),1fr));align-items:start}
.matrix{min-width:0}
.scroll{overflow-x:auto}
svg.heatmap{display:block;max-width:none;font-size:11px}
svg.heatmap text{fill:var(--text)}
svg.heatmap .sep{stroke:var(--text);stroke-width:1.5}
svg.heatmap a{outline:none}
svg.heatmap rect{stroke:#fff;stroke-width:1}
svg.heatmap .d{fill:#4a5361}
${BIN_COLOURS.map((c, i) => `.b${i}{fill:${c};background:${c}}`).join('')}
svg.heatmap a:hover rect,svg.heatmap a:focus rect{stroke:var(--focus);stroke-width:3}
svg.heatmap a.on rect{stroke:var(--text);stroke-width:3}
svg.heatmap a:focus-visible rect{stroke:var(--focus);stroke-width:4;paint-order:stroke}
.readout{min-height:3em;font-variant-numeric:tabular-nums}
.legend{display:flex;flex-wrap:wrap;gap:.25rem .9rem;list-style:none;margin:.25rem 0 .75rem;padding:0;font-size:.875rem}
.legend li{display:flex;align-items:center;gap:.3rem}
.sw{display:inline-block;width:1rem;height:1rem;border:1px solid var(--border)}
.sw.d{background:#4a5361}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--link);text-decoration:underline}
table{border-collapse:collapse;font-size:.8125rem;font-variant-numeric:tabular-nums}
th,td{border:1px solid #c9ced6;padding:.15rem .3rem;text-align:right}
th{background:var(--card);text-align:left}
caption{text-align:left;font-weight:600;padding:.25rem 0}
.downloads ul{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;margin:.25rem 0;padding:0}
.pair{border:1px solid var(--border);border-radius:.5rem;padding:1rem;background:#fff;min-width:0}
.pair[aria-busy=true]{opacity:.6}
.numbers{font-size:1.05rem}
.sides{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr))}
.side{background:var(--card);border-radius:.4rem;padding:.5rem .75rem}
.side ul{margin:.25rem 0;padding-left:1.1rem}
.differences{margin-top:.75rem;width:100%}
.differences td,.differences th{text-align:left;vertical-align:top}
.alert{background:#fdf0ef;border:2px solid #b42318;border-left-width:.5rem;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0;max-width:70ch}
.foot{margin-top:1.5rem;padding-top:.5rem;border-top:1px solid var(--border);font-size:.875rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;padding:0}
@media (forced-colors:active){svg.heatmap a:focus rect{stroke:Highlight}}
`.trim();

/** The page's own policy, on top of the Worker's header: nothing but its own script and this style. */
export function metaPolicy(styleHash: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src '${styleHash}'`,
    "img-src data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

let styleHashPromise: Promise<string> | undefined;
/** sha256-… of STYLES, for the page's CSP (computed once per isolate). */
export function styleHash(): Promise<string> {
  styleHashPromise ??= crypto.subtle.digest('SHA-256', new TextEncoder().encode(STYLES)).then((digest) => {
    let binary = '';
    for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
    return `sha256-${btoa(binary)}`;
  });
  return styleHashPromise;
}

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

function legend(metric: Metric): string {
  let lower = 0;
  const items = BINS.map((upper, i) => {
    const fmt = (v: number) => (metric === 'similarity' ? v.toFixed(2) : percent(v));
    const label = i === BINS.length - 1 ? `${fmt(lower)} to ${fmt(1)}` : `${fmt(lower)} to under ${fmt(upper)}`;
    lower = upper;
    return `<li><span class="sw b${i}" aria-hidden="true"></span>${label}</li>`;
  });
  items.push('<li><span class="sw d" aria-hidden="true"></span>the same certification</li>');
  return `<ul class="legend" aria-label="Legend: colours from light (little overlap) to dark (much overlap)">${items.join('')}</ul>`;
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

export const DOWNLOADS: { path: string; text: string }[] = [
  { path: '/data/overlap.csv', text: 'Overlap of every pair (CSV)' },
  { path: '/data/overlap.json', text: 'JSON' },
  { path: '/data/overlap-matrix.csv', text: 'Similarity matrix (CSV)' },
  { path: '/data/certifications.csv', text: 'Certifications with their facts (CSV)' },
  { path: '/data/certifications.json', text: 'JSON' },
  { path: '/data/certification-topics.csv', text: 'Topics of each certification, with depth (CSV)' },
  { path: '/data/certification-topics.json', text: 'JSON' },
];

export interface PageInput {
  params: ExploreParams;
  /** Problems with the query string, or the API's own error messages. */
  problems: string[];
  data: MatrixData | null;
  pair: PairData | null;
  pairProblems: string[];
  styleHash: string;
}

const ORDER_WORDS: Record<Order, string> = { cluster: 'clustered by overlap', provider: 'by provider', role: 'by role' };

export function renderExplorePage(input: PageInput): string {
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
${legend(params.metric)}
${table(view, params.metric)}`;
  }
  const pairSection = input.pair
    ? renderPair(input.pair)
    : input.pairProblems.length
      ? `<h2 id="pair-title" tabindex="-1">This pair cannot be shown</h2>${alert(input.pairProblems)}`
      : `<h2 id="pair-title" tabindex="-1">Choose a pair</h2><p class="none">Choose a cell of the heatmap to see two certifications side by side: the Scrum fundamentals they share, the role-specific content they share, what each adds, and the comparison in words.</p>`;
  const downloads = `<div class="downloads"><h2>Take the numbers with you</h2><p class="hint">The whole catalog, as CSV for spreadsheets and JSON for notebooks (column names are documented in the README):</p><ul>${DOWNLOADS.map((d) => `<li><a href="${d.path}">${escapeHtml(d.text)}</a></li>`).join('')}</ul></div>`;
  const version = data ? `Catalog ${escapeHtml(data.catalog.version)}, facts as of ${escapeHtml(data.catalog.asOf)}. ` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${metaPolicy(input.styleHash)}">
<title>Overlap explorer · certgraph</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
<script src="${EXPLORE_SCRIPT_PATH}" defer></script>
</head><body>
<a class="skip" href="#heatmap">Skip to the heatmap</a>
<header><h1>How much do agile certifications overlap?</h1>
<p class="intro">If you hold one certification, how much of another do you already know? Scrum.org, Scrum Alliance, PMI, ICAgile and SAFe certifications compared by the topics they cover, weighted by how deeply.</p></header>
${filters(data, params)}
${alert(input.problems)}
<main class="layout">
<section class="matrix" aria-labelledby="heatmap-title">${matrix}${downloads}</section>
<section id="pair" class="pair" aria-labelledby="pair-title">${pairSection}</section>
</main>
<p id="status" class="vh" role="status"></p>
<p class="foot">${version}Every number on this page comes from certgraph's GraphQL API at <a href="/graphql">/graphql</a>, the same queries any client sends. ${searchOf(params) === '' ? '' : `<a href="${EXPLORE_PATH}">Reset the view</a>.`}</p>
</body></html>`;
}
