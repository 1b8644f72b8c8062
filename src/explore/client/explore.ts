// The overlap explorer's script (bundled by `npm run assets` into public/explore/explore.js and
// served from this origin: the page's CSP allows no inline script). The page works without it;
// with it, the heatmap's cells become buttons in one tab stop (arrow keys move between them), the
// value of the cell under the pointer or the focus shows below the heatmap, and choosing a cell
// asks /graphql for the pair and shows it in place, with the address updated for sharing.
import { escapeHtml, FRAGMENTS as f, fill } from '../fragments.js';
import { renderPair } from '../pair-view.js';
import { PAIR_QUERY, type PairData } from '../queries.js';

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/** The heatmap as a grid: one row per <g class="row">, its children in column order (links, or the diagonal's rect). */
interface Grid {
  rows: Element[][];
  n: number;
  cells: SVGAElement[];
}

function gridOf(svg: HTMLElement): Grid {
  const rows: Element[][] = [...svg.querySelectorAll('g.row')].map((row) => [...row.children]);
  return { rows, n: rows.length, cells: [...svg.querySelectorAll<SVGAElement>('g.row > a')] };
}

const labelOf = (cell: Element) => cell.querySelector('title')?.textContent ?? '';

function positionOf(grid: Grid, cell: Element): [number, number] {
  const i = grid.rows.findIndex((row) => row.includes(cell));
  return [i, grid.rows[i]!.indexOf(cell)];
}

/** The nearest cell from (i, j) in direction (di, dj), stepping over the diagonal. */
function step(grid: Grid, i: number, j: number, di: number, dj: number): SVGAElement | null {
  let [r, c] = [i + di, j + dj];
  while (r >= 0 && r < grid.n && c >= 0 && c < grid.n) {
    const cell = grid.rows[r]![c]!;
    if (cell instanceof SVGAElement) return cell;
    [r, c] = [r + di, c + dj];
  }
  return null;
}

/** The first or last cell of a row or column (skipping the diagonal). */
function edge(grid: Grid, i: number, j: number, di: number, dj: number): SVGAElement | null {
  const [r, c] = [di === 0 ? i : di < 0 ? -1 : grid.n, dj === 0 ? j : dj < 0 ? -1 : grid.n];
  return step(grid, r, c, -di, -dj);
}

/** Where a key moves the focus from a cell: a cell, nowhere (null), or not a key of the grid (undefined). */
function moveFor(grid: Grid, cell: Element, event: KeyboardEvent): SVGAElement | null | undefined {
  const [i, j] = positionOf(grid, cell);
  const last = grid.n - 1;
  const moves: Record<string, () => SVGAElement | null> = {
    ArrowRight: () => step(grid, i, j, 0, 1),
    ArrowLeft: () => step(grid, i, j, 0, -1),
    ArrowDown: () => step(grid, i, j, 1, 0),
    ArrowUp: () => step(grid, i, j, -1, 0),
    Home: () => (event.ctrlKey ? edge(grid, 0, j, -1, 0) : edge(grid, i, 0, 0, -1)),
    End: () => (event.ctrlKey ? edge(grid, last, j, 1, 0) : edge(grid, i, last, 0, 1)),
    PageUp: () => edge(grid, i, j, -1, 0),
    PageDown: () => edge(grid, i, j, 1, 0),
  };
  return Object.hasOwn(moves, event.key) ? moves[event.key]!() : undefined;
}

/** The pair's panel, from a GET to /graphql as the page's own render sends (the API's caches apply). */
async function pairPanel(a: string, b: string): Promise<{ html: string; said: string }> {
  try {
    const url = new URL('/graphql', location.href);
    url.searchParams.set('query', PAIR_QUERY);
    url.searchParams.set('variables', JSON.stringify({ pair: [a, b] }));
    const response = await fetch(url, { headers: { accept: 'application/graphql-response+json, application/json' } });
    const body = (await response.json()) as GraphQLBody<PairData>;
    if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join(' ') || `The API answered HTTP ${response.status}.`);
    const [x, y] = body.data.compare.certifications;
    return { html: renderPair(f, body.data), said: fill(f.shown, { a: x?.acronym ?? '', b: y?.acronym ?? '' }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { html: fill(f.pairError, { alert: `<div class="alert" role="alert"><p>${escapeHtml(message)}</p></div>` }), said: f.notShown };
  }
}

/** Marks one cell as the chosen pair (none when null). */
function choose(svg: HTMLElement, cell: SVGAElement | null): void {
  for (const other of svg.querySelectorAll('a.on')) {
    other.classList.remove('on');
    other.setAttribute('aria-pressed', 'false');
  }
  cell?.classList.add('on');
  cell?.setAttribute('aria-pressed', 'true');
}

/** The heatmap's cells as buttons in one tab stop; returns how to move the focus to a cell. */
function makeCellsButtons(svg: HTMLElement, grid: Grid): (cell: SVGAElement) => void {
  let current: SVGAElement | undefined = svg.querySelector<SVGAElement>('a.on') ?? grid.cells[0];
  for (const cell of grid.cells) {
    cell.setAttribute('role', 'button');
    cell.setAttribute('aria-label', labelOf(cell));
    cell.setAttribute('tabindex', cell === current ? '0' : '-1');
    cell.setAttribute('aria-pressed', String(cell.classList.contains('on')));
  }
  return (cell) => {
    current?.setAttribute('tabindex', '-1');
    cell.setAttribute('tabindex', '0');
    current = cell;
    cell.focus();
  };
}

/** Loading a pair into the panel (the latest choice wins), and opening a cell's pair with the address updated for sharing. */
function pairOpener(svg: HTMLElement, panel: HTMLElement, status: HTMLElement | null) {
  let request = 0;
  async function load(a: string, b: string): Promise<void> {
    const mine = ++request;
    panel.setAttribute('aria-busy', 'true');
    const { html, said } = await pairPanel(a, b);
    if (mine !== request) return; // a later choice won
    panel.innerHTML = html;
    panel.removeAttribute('aria-busy');
    if (status) status.textContent = said;
  }
  async function open(cell: SVGAElement, byPointer: boolean): Promise<void> {
    const a = cell.dataset.a!;
    const b = cell.dataset.b!;
    choose(svg, cell);
    const url = new URL(location.href);
    url.searchParams.set('a', a);
    url.searchParams.set('b', b);
    url.hash = 'pair';
    history.pushState({ a, b }, '', url);
    await load(a, b);
    if (byPointer && panel.getBoundingClientRect().top > innerHeight) panel.scrollIntoView({ block: 'start' });
  }
  return { load, open };
}

/** Back and forward: the pair the address names, or the page as it was. */
function followHistory(svg: HTMLElement, grid: Grid, load: (a: string, b: string) => Promise<void>): void {
  addEventListener('popstate', () => {
    const params = new URL(location.href).searchParams;
    const a = params.get('a');
    const b = params.get('b');
    const cell = a && b ? grid.cells.find((c) => c.dataset.a === a && c.dataset.b === b) : undefined;
    for (const other of svg.querySelectorAll('a.on')) other.classList.remove('on');
    if (cell) {
      cell.classList.add('on');
      void load(a!, b!);
    } else location.reload();
  });
}

function start(): void {
  const svg = document.getElementById('heatmap');
  const panel = document.getElementById('pair');
  const readout = document.getElementById('readout');
  if (!svg || !panel) return;
  const grid = gridOf(svg);
  const focusCell = makeCellsButtons(svg, grid);
  const { load, open } = pairOpener(svg, panel, document.getElementById('status'));
  const show = (cell: Element | null) => {
    if (readout) readout.textContent = cell ? labelOf(cell) : '';
  };

  svg.addEventListener('keydown', (event) => {
    const cell = (event.target as Element).closest('a');
    if (!(cell instanceof SVGAElement)) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      void open(cell, false);
      return;
    }
    const next = moveFor(grid, cell, event);
    if (next === undefined) return;
    event.preventDefault();
    if (next) focusCell(next);
  });
  svg.addEventListener('focusin', (event) => show((event.target as Element).closest('a')));
  svg.addEventListener('pointerover', (event) => show((event.target as Element).closest('a')));
  svg.addEventListener('pointerleave', () => show(svg.contains(document.activeElement) ? document.activeElement!.closest('a') : null));
  svg.addEventListener('click', (event) => {
    const cell = (event.target as Element).closest('a');
    if (!(cell instanceof SVGAElement) || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    focusCell(cell);
    void open(cell, true);
  });
  followHistory(svg, grid, load);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
