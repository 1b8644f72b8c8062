// The overlap explorer's page, rendered by the Worker from the API's answers: an inline-SVG
// heatmap of the (filtered) catalog, ordered so that clusters show, a table alternative, filters
// as plain links, and the chosen pair side by side, filled into the page's template (styles,
// legend, downloads: a static asset built from template.ts, so none of it is in the Worker's
// bundle). It works without script; the page's script (client/explore.ts) adds keyboard navigation over the cells,
// the value readout on hover and focus, and opens pairs in place through /graphql.
import { escapeHtml as esc, type Fragments, fill, percent } from './fragments.js';
import { levelName, renderPair } from './pair-view.js';
import { type ExploreParams, type Metric, ORDERS, type Order, searchOf } from './params.js';
import type { MatrixData, PairData } from './queries.js';

export const EXPLORE_PATH = '/explore';
export const EXPLORE_FRAGMENTS_PATH = '/explore/fragments.json';
export const EXPLORE_SCRIPT_PATH = '/explore/explore.js';
export const EXPLORE_TEMPLATE_PATH = '/explore/page.tmpl';

/** Upper bounds of the colour classes b0..b6 (the last is 1, inclusive). */
export const BINS = [0.05, 0.15, 0.25, 0.4, 0.55, 0.7, 1] as const;

export function binOf(value: number): number {
  const i = BINS.findIndex((upper) => value < upper);
  return i < 0 ? BINS.length - 1 : i;
}

// Geometry of the heatmap, in SVG user units (CSS pixels at scale 1); fragments.ts has the same.
const CELL = 20;
const EDGE = 78; // room for the labels, left and top

type Cert = MatrixData['certifications']['nodes'][number];

export interface MatrixView {
  certs: Cert[];
  /** values[i][j] in display order: similarity, or the share of j that a holder of i knows. */
  values: number[][];
  /** Group boundaries (indexes where a new provider or role starts), for separators. */
  breaks: number[];
}

/** The filtered certifications in display order, with the matrix of the chosen metric. */
/**
 * `clusterOrder`: the whole catalog's slugs in the order that seriation.ts finds (computed from the
 * API's matrix when the assets are built: fragments.json); a filtered view keeps that order.
 */
export function matrixView(data: MatrixData, order: Order, metric: Metric, clusterOrder: string[]): MatrixView {
  const index = new Map(data.overlapMatrix.certifications.map((c, i) => [c.slug, i]));
  const certs = data.certifications.nodes.filter((c) => index.has(c.slug));
  const sim = certs.map((a) => certs.map((b) => data.overlapMatrix.similarity[index.get(a.slug)!]![index.get(b.slug)!]!));
  // Clusters: the seriation's order (a certification it does not know goes last). By provider or
  // role: groups in the API's order, then by level. Ties: catalog order.
  const rankOf = (list: { slug: string }[], slug: string) => list.findIndex((x) => x.slug === slug);
  const key = (c: Cert) =>
    (order === 'cluster'
      ? (clusterOrder.indexOf(c.slug) + 1 || 999) * 1e6
      : (order === 'provider' ? rankOf(data.providers, c.provider.slug) : rankOf(data.roles, c.primaryRole.slug)) * 1e6 +
        ['FOUNDATION', 'ADVANCED', 'EXPERT'].indexOf(c.level) * 1e3) + index.get(c.slug)!;
  const permutation = [...certs.keys()].sort((x, y) => key(certs[x]!) - key(certs[y]!));
  const ordered = permutation.map((i) => certs[i]!);
  const coverage = new Map<string, number>();
  for (const p of data.overlapMatrix.pairs) {
    coverage.set(`${p.a.slug}\n${p.b.slug}`, p.coverageOfB);
    coverage.set(`${p.b.slug}\n${p.a.slug}`, p.coverageOfA);
  }
  const values = ordered.map((a, i) =>
    ordered.map((b, j) =>
      metric === 'similarity' ? sim[permutation[i]!]![permutation[j]!]! : a.slug === b.slug ? 1 : (coverage.get(`${a.slug}\n${b.slug}`) ?? 0),
    ),
  );
  const groupOf = (c: Cert) => (order === 'provider' ? c.provider.slug : order === 'role' ? c.primaryRole.slug : null);
  const breaks: number[] = [];
  if (order !== 'cluster') for (let i = 1; i < ordered.length; i++) if (groupOf(ordered[i]!) !== groupOf(ordered[i - 1]!)) breaks.push(i);
  return { certs: ordered, values, breaks };
}

export function cellLabel(f: Fragments, metric: Metric, a: Cert, b: Cert, value: number): string {
  return fill(metric === 'similarity' ? f.labelSimilarity : f.labelCoverage, {
    a: a.acronym,
    b: b.acronym,
    value: metric === 'similarity' ? value.toFixed(2) : percent(value),
  });
}

/** The heatmap (`matrix`) and its table alternative (`table`). */
function matrix(f: Fragments, view: MatrixView, params: ExploreParams, title: string): { matrix: string; table: string } {
  const n = view.certs.length;
  const end = EDGE + n * CELL + 2;
  const show = (v: number) => (params.metric === 'similarity' ? v.toFixed(2) : percent(v));
  const rows = view.certs.map((a, i) => {
    const y = EDGE + i * CELL;
    const cells = view.certs.map((b, j) => {
      const x = EDGE + j * CELL;
      if (i === j) return fill(f.diagonal, { x, y });
      const value = view.values[i]![j]!;
      return fill(f.cell, {
        href: esc(`${searchOf({ ...params, a: a.slug, b: b.slug }) || '?'}#pair`),
        on: params.a === a.slug && params.b === b.slug ? f.on : '',
        a: esc(a.slug),
        b: esc(b.slug),
        x,
        y,
        bin: binOf(value),
        label: esc(cellLabel(f, params.metric, a, b, value)),
      });
    });
    return fill(f.row, { cells: cells.join('') });
  });
  const values = {
    title: esc(title),
    size: end + 2,
    labels: view.certs.map((c, i) => fill(f.label, { name: esc(c.acronym), y: EDGE + i * CELL + 14, x: EDGE + i * CELL + 6 })).join(''),
    rows: rows.join(''),
    seps: view.breaks.map((k) => fill(f.sep, { at: EDGE + k * CELL, end })).join(''),
    caption: params.metric === 'similarity' ? f.captionSimilarity : f.captionCoverage,
    head: view.certs.map((c) => fill(f.th, { text: esc(c.acronym) })).join(''),
    body: view.certs
      .map((a, i) => fill(f.tr, { name: esc(a.acronym), cells: view.values[i]!.map((v, j) => fill(f.td, { text: i === j ? '–' : show(v) })).join('') }))
      .join(''),
  };
  return { matrix: fill(f.matrix, values), table: fill(f.table, values) };
}

function filters(f: Fragments, data: MatrixData | null, params: ExploreParams): string {
  // A filter link keeps the other choices and drops the pair (it may be filtered out).
  const option = (text: string, change: Partial<ExploreParams>, current: boolean, keepPair = false) =>
    fill(f.option, {
      href: esc(searchOf({ ...params, ...(keepPair ? {} : { a: null, b: null }), ...change }) || EXPLORE_PATH),
      current: current ? f.current : '',
      text: esc(text),
    });
  const [provider, role, level, order, metric] = f.facetLabels.split('|');
  const facet = (id: string, label: string | undefined, items: string[]) => fill(f.facet, { id, label: label ?? id, items: items.join('') });
  const levels = ['FOUNDATION', 'ADVANCED', 'EXPERT'] as const;
  return fill(f.nav, {
    items: [
      facet('provider', provider, [
        option(f.any, { provider: null }, !params.provider),
        ...(data?.providers ?? []).map((p) => option(p.name, { provider: p.slug }, params.provider === p.slug)),
      ]),
      facet('role', role, [
        option(f.any, { role: null }, !params.role),
        ...(data?.roles ?? []).map((r) => option(r.name, { role: r.slug }, params.role === r.slug)),
      ]),
      facet('level', level, [option(f.any, { level: null }, !params.level), ...levels.map((l) => option(levelName(f, l), { level: l }, params.level === l))]),
      facet(
        'order',
        order,
        f.orders.split('|').map((text, i) => option(text, { order: ORDERS[i] }, params.order === ORDERS[i], true)),
      ),
      facet(
        'metric',
        metric,
        f.metrics.split('|').map((text, i) => option(text, { metric: i ? 'coverage' : 'similarity' }, (params.metric === 'coverage') === (i === 1), true)),
      ),
    ].join(''),
  });
}

export interface PageInput {
  params: ExploreParams;
  /** Problems with the query string, or the API's own error messages. */
  problems: string[];
  data: MatrixData | null;
  pair: PairData | null;
  pairProblems: string[];
}

/** The page: its template (template.ts) filled with this view, built from its fragments (fragments.ts). */
export function renderExplorePage(template: string, f: Fragments, input: PageInput): string {
  const { params, data } = input;
  const alert = (problems: string[]) => (problems.length ? fill(f.alert, { items: problems.map((p) => fill(f.item, { text: esc(p) })).join('') }) : '');
  let body = { matrix: '', table: '' };
  if (data) {
    const view = matrixView(data, params.order, params.metric, f.clusterOrder.split('|'));
    const title = fill(f.title, {
      what: f.metrics.split('|')[params.metric === 'similarity' ? 0 : 1]!,
      shown: view.certs.length,
      total: data.catalog.certificationCount,
      order: f.orderWords.split('|')[ORDERS.indexOf(params.order)]!,
    });
    body =
      view.certs.length < 2
        ? {
            matrix: fill(f.empty, { title: esc(title), text: view.certs.length ? fill(f.emptyOne, { a: esc(view.certs[0]!.acronym) }) : f.emptyNone }),
            table: '',
          }
        : matrix(f, view, params, title);
  }
  const pair = input.pair ? renderPair(f, input.pair) : input.pairProblems.length ? fill(f.pairError, { alert: alert(input.pairProblems) }) : f.pick;
  return fill(template, {
    bodyClass: `m-${params.metric}${body.table ? '' : ' empty'}`,
    nav: filters(f, data, params),
    alert: alert(input.problems),
    ...body,
    pair,
    version: data ? `Catalog ${esc(data.catalog.version)}, facts as of ${esc(data.catalog.asOf)}. ` : '',
    reset: searchOf(params) === '' ? '' : `<a href="${EXPLORE_PATH}">Reset the view</a>.`,
  });
}
