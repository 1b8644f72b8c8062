// The overlap explorer's script (bundled by `npm run assets` into public/explore/explore.js and
// served from this origin: the page's CSP allows no inline script). The page works without it;
// with it, the heatmap's cells become buttons in one tab stop (arrow keys move between them), the
// value of the cell under the pointer or the focus shows below the heatmap, and choosing a cell
// asks /graphql for the pair and shows it in place, with the address updated for sharing.
import { escapeHtml, fill, FRAGMENTS as f } from '../fragments.js';
import { renderPair } from '../pair-view.js';
import { PAIR_QUERY, type PairData } from '../queries.js';

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string }[];
}

function start(): void {
  const svg = document.getElementById('heatmap');
  const panel = document.getElementById('pair');
  const readout = document.getElementById('readout');
  const status = document.getElementById('status');
  if (!svg || !panel) return;

  // The grid: one row per <g class="row">, its children in column order (links, or the diagonal's rect).
  const grid: Element[][] = [...svg.querySelectorAll('g.row')].map((row) => [...row.children]);
  const n = grid.length;
  const cells = [...svg.querySelectorAll<SVGAElement>('g.row > a')];
  const labelOf = (cell: Element) => cell.querySelector('title')?.textContent ?? '';
  const positionOf = (cell: Element): [number, number] => {
    const i = grid.findIndex((row) => row.includes(cell));
    return [i, grid[i]!.indexOf(cell)];
  };

  let current: SVGAElement | undefined = svg.querySelector<SVGAElement>('a.on') ?? cells[0];
  for (const cell of cells) {
    cell.setAttribute('role', 'button');
    cell.setAttribute('aria-label', labelOf(cell));
    cell.setAttribute('tabindex', cell === current ? '0' : '-1');
    cell.setAttribute('aria-pressed', String(cell.classList.contains('on')));
  }

  const show = (cell: Element | null) => {
    if (readout) readout.textContent = cell ? labelOf(cell) : '';
  };
  const focusCell = (cell: SVGAElement) => {
    current?.setAttribute('tabindex', '-1');
    cell.setAttribute('tabindex', '0');
    current = cell;
    cell.focus();
  };

  /** The nearest cell from (i, j) in direction (di, dj), stepping over the diagonal. */
  const step = (i: number, j: number, di: number, dj: number): SVGAElement | null => {
    let [r, c] = [i + di, j + dj];
    while (r >= 0 && r < n && c >= 0 && c < n) {
      const cell = grid[r]![c]!;
      if (cell instanceof SVGAElement) return cell;
      [r, c] = [r + di, c + dj];
    }
    return null;
  };
  /** The first or last cell of a row or column (skipping the diagonal). */
  const edge = (i: number, j: number, di: number, dj: number): SVGAElement | null => {
    const [r, c] = [di === 0 ? i : di < 0 ? -1 : n, dj === 0 ? j : dj < 0 ? -1 : n];
    return step(r, c, -di, -dj);
  };

  svg.addEventListener('keydown', (event) => {
    const cell = (event.target as Element).closest('a');
    if (!(cell instanceof SVGAElement)) return;
    const [i, j] = positionOf(cell);
    let next: SVGAElement | null = null;
    switch (event.key) {
      case 'ArrowRight': next = step(i, j, 0, 1); break;
      case 'ArrowLeft': next = step(i, j, 0, -1); break;
      case 'ArrowDown': next = step(i, j, 1, 0); break;
      case 'ArrowUp': next = step(i, j, -1, 0); break;
      case 'Home': next = event.ctrlKey ? edge(0, j, -1, 0) : edge(i, 0, 0, -1); break;
      case 'End': next = event.ctrlKey ? edge(n - 1, j, 1, 0) : edge(i, n - 1, 0, 1); break;
      case 'PageUp': next = edge(i, j, -1, 0); break;
      case 'PageDown': next = edge(i, j, 1, 0); break;
      case ' ':
      case 'Enter':
        event.preventDefault();
        void open(cell, false);
        return;
      default:
        return;
    }
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

  let request = 0;
  async function open(cell: SVGAElement, byPointer: boolean): Promise<void> {
    const a = cell.dataset.a!;
    const b = cell.dataset.b!;
    for (const other of svg!.querySelectorAll('a.on')) {
      other.classList.remove('on');
      other.setAttribute('aria-pressed', 'false');
    }
    cell.classList.add('on');
    cell.setAttribute('aria-pressed', 'true');
    const url = new URL(location.href);
    url.searchParams.set('a', a);
    url.searchParams.set('b', b);
    url.hash = 'pair';
    history.pushState({ a, b }, '', url);
    await load(a, b);
    if (byPointer && panel!.getBoundingClientRect().top > innerHeight) panel!.scrollIntoView({ block: 'start' });
  }

  async function load(a: string, b: string): Promise<void> {
    const mine = ++request;
    panel!.setAttribute('aria-busy', 'true');
    let html: string;
    let said: string;
    try {
      // A GET, as the page's own render sends: the API's response cache and HTTP caching apply.
      const url = new URL('/graphql', location.href);
      url.searchParams.set('query', PAIR_QUERY);
      url.searchParams.set('variables', JSON.stringify({ pair: [a, b] }));
      const response = await fetch(url, { headers: { accept: 'application/graphql-response+json, application/json' } });
      const body = (await response.json()) as GraphQLBody<PairData>;
      if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join(' ') || `The API answered HTTP ${response.status}.`);
      html = renderPair(f, body.data);
      const [x, y] = body.data.compare.certifications;
      said = fill(f.shown, { a: x?.acronym ?? '', b: y?.acronym ?? '' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      html = fill(f.pairError, { alert: `<div class="alert" role="alert"><p>${escapeHtml(message)}</p></div>` });
      said = f.notShown;
    }
    if (mine !== request) return; // a later choice won
    panel!.innerHTML = html;
    panel!.removeAttribute('aria-busy');
    if (status) status.textContent = said;
  }

  addEventListener('popstate', () => {
    const params = new URL(location.href).searchParams;
    const a = params.get('a');
    const b = params.get('b');
    const cell = a && b ? cells.find((c) => c.dataset.a === a && c.dataset.b === b) : undefined;
    for (const other of svg.querySelectorAll('a.on')) other.classList.remove('on');
    if (cell) {
      cell.classList.add('on');
      void load(a!, b!);
    } else location.reload();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
