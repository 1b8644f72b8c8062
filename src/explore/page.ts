// The overlap explorer's matrix page, rendered by the Worker: one HTML table that is both the
// picture (each cell coloured by its value, the value written in it) and the accessible form (row
// and column headers, a link per cell to the pair), inside a frame of its own that scrolls with
// sticky labels; the filters and orders as plain links; the intro's counts and names from the
// catalog. Filled into the page's shell (template.ts, a static asset). It works without script;
// the script (client/explore.ts) adds one tab stop with arrow keys, and a readout of both
// coverages on hover, focus or a first tap.
import type { CertificationData } from '../data/types.js';
import { ascii, escapeHtml as esc, type Fragments } from './fragments.js';
import type { ExplorerDomain } from './kit.js';
import { binOf, CELL_MARKUP, cellNumber, cellsOf, GROUP_CELL_MARKUP, LEVEL_ORDER, type MatrixModel, PERCENT } from './model.js';
import { type ExploreParams, filterOf, ORDERS, searchOf } from './params.js';

export const EXPLORE_PATH = '/explore';
export const EXPLORE_FRAGMENTS_PATH = '/explore/fragments.json';
export const EXPLORE_SCRIPT_PATH = '/explore/explore.js';
export const EXPLORE_TEMPLATE_PATH = '/explore/page.tmpl';

export interface MatrixView {
  /** Catalog indexes of the shown certifications, in display order. */
  rows: number[];
  /** Positions in `rows` where a new group (provider, level or role) starts, the first included. */
  groups: number[];
}

/** The filtered certifications (the API's own filter) in the chosen order; ties keep catalog order. */
export function matrixView(domain: Pick<ExplorerDomain, 'listCertifications'>, model: MatrixModel, params: ExploreParams): MatrixView {
  const { catalog, certs } = model;
  const filter = filterOf(params) as Parameters<ExplorerDomain['listCertifications']>[1];
  // The API's own filter (its order does not matter here); nothing to filter, nothing to call.
  const shown = filter ? new Set(domain.listCertifications(catalog, filter, null).map((c) => c.slug)) : null;
  const providerRank = new Map(catalog.providers.map((p, i) => [p.slug, i]));
  const roleRank = new Map(catalog.roles.map((r, i) => [r.slug, i]));
  const level = (c: CertificationData) => LEVEL_ORDER.indexOf(c.level);
  const groupOf = (c: CertificationData): number | null =>
    params.order === 'provider'
      ? providerRank.get(c.provider)!
      : params.order === 'level'
        ? level(c)
        : params.order === 'role'
          ? roleRank.get(c.primaryRole)!
          : null;
  const key = (i: number): number[] => {
    const c = certs[i]!;
    if (params.order === 'cluster') return [model.clusterRank[i]!];
    if (params.order === 'level') return [level(c), providerRank.get(c.provider)!, i];
    return [groupOf(c)!, level(c), i];
  };
  const rows = certs
    .map((_, i) => i)
    .filter((i) => !shown || shown.has(certs[i]!.slug))
    .map((i) => ({ i, k: key(i) }))
    .sort((x, y) => {
      for (let d = 0; d < x.k.length; d++) if (x.k[d] !== y.k[d]) return x.k[d]! - y.k[d]!;
      return x.i - y.i;
    })
    .map((x) => x.i);
  const groups = params.order === 'cluster' ? [0] : rows.flatMap((i, at) => (at === 0 || groupOf(certs[i]!) !== groupOf(certs[rows[at - 1]!]!) ? [at] : []));
  return { rows, groups: rows.length ? groups : [] };
}

/**
 * The table, pushed onto `out` piece by piece (joined once with the rest of the page: no large
 * intermediate strings). Row groups are tbody elements; a group's first column is marked (class g:
 * a line on its left), in the header and in every row.
 */
function table(out: string[], model: MatrixModel, view: MatrixView, params: ExploreParams, caption: string): void {
  const n = model.certs.length;
  const cells = cellsOf(model, params.metric);
  const { rows, groups } = view;
  const m = rows.length;
  const isStart = new Uint8Array(m);
  for (const at of groups.slice(1)) isStart[at] = 1;
  const { slug, title, acronym } = model;
  out.push(
    `<div class="frame" id="frame" role="region" aria-labelledby="matrix-title" tabindex="-1">`,
    `<table id="matrix" class="matrix m-${params.metric}"><caption class="vh">${esc(caption)}</caption><thead><tr><td class="corner"></td>`,
  );
  const head = new Array<string>(m);
  for (let at = 0; at < m; at++) {
    const i = rows[at]!;
    head[at] = `<th scope="col" data-s="${slug[i]}" title="${title[i]}"${isStart[at] ? ' class="g"' : ''}><span>${acronym[i]}</span></th>`;
  }
  out.push(head.join(''), '</tr></thead>');
  // A row is joined on its own (a few KB, from strings made once per catalog: model.ts); the
  // page is then encoded piece by piece (serve.ts). Two arrays reused for every row.
  const ks = new Array<string>(m);
  const line = new Array<string>(m + 2);
  line[m + 1] = '</tr>';
  for (let at = 0; at < m; at++) {
    if (at === 0 || isStart[at]) out.push(at === 0 ? '<tbody>' : '</tbody><tbody>');
    const i = rows[at]!;
    const known = model.coverageRow[i]!;
    for (let col = 0; col < m; col++) ks[col] = PERCENT[known[rows[col]!]!]!;
    line[0] = `<tr data-k="${ks.join(' ')}"><th scope="row" data-s="${slug[i]}" title="${title[i]}"><a href="${EXPLORE_PATH}/row/${slug[i]}">${acronym[i]}</a></th>`;
    const base = i * n;
    for (let col = 0; col < m; col++) line[col + 1] = (isStart[col] ? GROUP_CELL_MARKUP : CELL_MARKUP)[cells[base + rows[col]!]!]!;
    out.push(line.join(''));
  }
  out.push('</tbody></table></div>');
}

/** The filters, the order and the measure as links; each keeps the other choices. */
function nav(f: Fragments, model: MatrixModel, params: ExploreParams): string {
  const { catalog } = model;
  const option = (text: string, change: Partial<ExploreParams>, current: boolean) =>
    `<li><a href="${esc(searchOf({ ...params, a: null, b: null, ...change }) || EXPLORE_PATH)}"${current ? ' aria-current="true"' : ''}>${esc(text)}</a></li>`;
  const facet = (id: string, label: string, items: string[]) =>
    `<div class="facet"><span id="f-${id}">${label}</span><ul aria-labelledby="f-${id}">${items.join('')}</ul></div>`;
  const levels = f.levels.split('|');
  return `<nav aria-label="Filters and order">${[
    facet('provider', 'Provider', [
      option('Any', { provider: null }, !params.provider),
      ...catalog.providers.map((p) => option(p.name, { provider: p.slug }, params.provider === p.slug)),
    ]),
    facet('role', 'Role', [option('Any', { role: null }, !params.role), ...catalog.roles.map((r) => option(r.name, { role: r.slug }, params.role === r.slug))]),
    facet('level', 'Level', [
      option('Any', { level: null }, !params.level),
      ...LEVEL_ORDER.map((l, i) => option(levels[i]!, { level: l }, params.level === l)),
    ]),
    facet(
      'order',
      'Order',
      f.orders.split('|').map((text, i) => option(text, { order: ORDERS[i]! }, params.order === ORDERS[i])),
    ),
    facet(
      'metric',
      'Show',
      f.metrics.split('|').map((text, i) => option(text, { metric: i ? 'coverage' : 'similarity' }, (params.metric === 'coverage') === (i === 1))),
    ),
  ].join('')}</nav>`;
}

/** "a, b and c" */
export const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The intro: what the page is for, with the catalog's own counts and names. */
function intro(model: MatrixModel): string {
  const { catalog } = model;
  const n = catalog.certifications.length;
  return (
    `<p class="intro">If you hold one certification, how much of another do you already know? ${n} certifications from ` +
    `${catalog.providers.length} providers (${esc(listWords(catalog.providers.map((p) => p.name)))}), compared by the ${catalog.topics.length} topics ` +
    'they cover, weighted by how deeply each is taught.</p>'
  );
}

/** The one-sentence legend, the colour key, and how to read a cell. */
function legend(metric: ExploreParams['metric']): string {
  const sentence =
    metric === 'similarity'
      ? 'A cell’s number is how much of their content the row’s and the column’s certifications share, from 0 (nothing) to 100 (the same), weighted by topic depth.'
      : 'A cell’s number is the percentage of the column’s certification that a holder of the row’s already knows, weighted by topic depth.';
  const swatches = ['0', '', '', '', '', '', '100'].map((t, i) => `<span class="sw b${i}">${t}</span>`).join('');
  return ascii(
    `<p id="legend" class="legend"><strong>${sentence}</strong> <span class="key" aria-hidden="true">${swatches}</span> ` +
      'Hover, focus or tap a cell for both directions; choose it (click, Enter, or a second tap) for the two side by side. A row’s label lists its row in words.</p>',
  );
}

/** The matrix page's body (the shell's {{body}}), as pieces to be joined once. */
export function renderMatrixBody(domain: Pick<ExplorerDomain, 'listCertifications'>, f: Fragments, model: MatrixModel, params: ExploreParams): string[] {
  const view = matrixView(domain, model, params);
  const total = model.certs.length;
  const shown = view.rows.length;
  const what = f.metrics.split('|')[params.metric === 'similarity' ? 0 : 1]!;
  const title = `${what}: ${shown} of ${total} certifications, ${f.orderWords.split('|')[ORDERS.indexOf(params.order)]}`;
  const reset = searchOf(params) === '' ? '' : ` <a href="${EXPLORE_PATH}">Reset the view</a>.`;
  // Every piece in ASCII (escapeHtml, ascii): the page stays a one-byte string (fragments.ts).
  const out = [
    ascii(
      `<header><h1>How much do agile certifications overlap?</h1>${intro(model)}` +
        `<p class="links"><a href="${EXPLORE_PATH}/ladders">The ladders: each provider’s certifications, drawn</a> · <a href="/graphql">The API, in GraphiQL</a> · <a href="/data">Downloads</a></p></header>` +
        `${nav(f, model, params)}<main id="main"><h2 id="matrix-title">${esc(title)}</h2>`,
    ),
  ];
  if (shown >= 2) {
    out.push(`${legend(params.metric)}<p id="readout" class="readout" aria-live="polite"></p>`);
    table(out, model, view, params, title);
  } else {
    const none = shown ? `Only ${model.acronym[view.rows[0]!]} matches these filters: there is no pair to compare.` : 'No certification matches these filters.';
    out.push(ascii(`<p class="none">${none} Widen a filter above.</p>`));
  }
  out.push(
    ascii(
      `</main><p class="foot">Catalog ${esc(model.catalog.version)}, facts as of ${esc(String(model.catalog.asOf))}. Every number here is the API’s (<code>overlapMatrix</code>, <code>compare</code> at <a href="/graphql">/graphql</a>).${reset}</p>`,
    ),
  );
  return out;
}

/** One row of the matrix in words (/explore/row/:slug): every other certification, closest first, both directions. */
export function renderRowBody(model: MatrixModel, slug: string): { title: string; body: string } {
  const i = model.certs.findIndex((c) => c.slug === slug);
  const cert = model.certs[i]!;
  const a = model.acronym[i]!;
  const others = model.certs
    .map((_, j) => j)
    .filter((j) => j !== i)
    .sort((x, y) => model.similarity[i]![y]! - model.similarity[i]![x]! || x - y);
  const rows = others
    .map((j) => {
      const other = model.certs[j]!;
      const provider = model.catalog.providerBySlug.get(other.provider)?.name ?? other.provider;
      return (
        `<tr><th scope="row"><a href="${EXPLORE_PATH}/pair/${esc(slug)}/${esc(other.slug)}">${model.acronym[j]}</a> <span class="meta">${esc(other.name)}, ${esc(provider)}</span></th>` +
        `<td class="b${binOf(model.similarity[i]![j]!)}">${cellNumber(model.similarity[i]![j]!)}</td><td>${model.coverageRow[i]![j]}%</td><td>${model.coverageRow[j]![i]}%</td></tr>`
      );
    })
    .join('');
  const body =
    `<p class="back"><a href="${EXPLORE_PATH}">← The whole matrix</a></p>` +
    `<header><h1>${a} next to the other ${others.length}</h1><p class="intro">${esc(cert.name)}, closest first. Choose one for the two side by side.</p></header>` +
    `<main id="main"><div class="frame-x"><table class="row-list"><caption class="vh">${a} and each other certification</caption>` +
    `<thead><tr><th scope="col">Certification</th><th scope="col">Shared, of 100</th><th scope="col">A ${a} holder knows of it</th><th scope="col">Its holder knows of ${a}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></div></main>`;
  return { title: `${cert.acronym}: its row`, body };
}
