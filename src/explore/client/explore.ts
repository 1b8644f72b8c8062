// The overlap explorer's script (bundled by `npm run assets` into public/explore/explore.js and
// served from this origin: the page's CSP allows no inline script). The page works without it;
// with it, the matrix's cells are one tab stop (arrow keys, Home/End, PageUp/PageDown move), and
// the cell under the pointer, the focus or a first tap is read out in words above the matrix:
// both certifications' full names and both coverages (each row carries what its holder knows of
// every column, in `data-k`). On a touch screen the first tap reads a cell, the second opens it.

interface Grid {
  table: HTMLTableElement;
  rows: HTMLTableRowElement[];
  names: string[];
  acronyms: string[];
  similarity: boolean;
}

function gridOf(table: HTMLTableElement): Grid {
  const rows = [...table.tBodies].flatMap((b) => [...b.rows]);
  const heads = rows.map((r) => r.cells[0]!);
  return {
    table,
    rows,
    names: heads.map((h) => h.getAttribute('title') ?? h.textContent ?? ''),
    acronyms: heads.map((h) => h.textContent ?? ''),
    similarity: table.classList.contains('m-similarity'),
  };
}

/** The cell's (row, column) in the matrix: column 0 is the row header, so a cell's column is its index - 1. */
function positionOf(grid: Grid, link: Element): [number, number] {
  const td = link.closest('td')!;
  const tr = td.parentElement as HTMLTableRowElement;
  return [grid.rows.indexOf(tr), td.cellIndex - 1];
}

const coverageOf = (grid: Grid, i: number, j: number): string => grid.rows[i]!.dataset.k?.split(' ')[j] ?? '?';

/** A cell in words: names, the value shown, and both directions. */
function describe(grid: Grid, link: Element): string {
  const [i, j] = positionOf(grid, link);
  const [a, b] = [grid.acronyms[i]!, grid.acronyms[j]!];
  const shared = grid.similarity ? `share ${link.textContent} of 100 (similarity ${(Number(link.textContent) / 100).toFixed(2)}). ` : '';
  return (
    `${a} (${grid.names[i]}) and ${b} (${grid.names[j]}): ${shared}` +
    `A ${a} holder already knows ${coverageOf(grid, i, j)}% of ${b}; a ${b} holder, ${coverageOf(grid, j, i)}% of ${a}.`
  );
}

function cellAt(grid: Grid, i: number, j: number): HTMLAnchorElement | null {
  return grid.rows[i]?.cells[j + 1]?.querySelector('a') ?? null;
}

/** The nearest cell from (i, j) in direction (di, dj), stepping over the diagonal. */
function step(grid: Grid, i: number, j: number, di: number, dj: number): HTMLAnchorElement | null {
  const n = grid.rows.length;
  for (let [r, c] = [i + di, j + dj]; r >= 0 && r < n && c >= 0 && c < n; r += di, c += dj) {
    const cell = cellAt(grid, r, c);
    if (cell) return cell;
  }
  return null;
}

function moveFor(grid: Grid, link: Element, event: KeyboardEvent): HTMLAnchorElement | null | undefined {
  const [i, j] = positionOf(grid, link);
  const n = grid.rows.length;
  const moves: Record<string, () => HTMLAnchorElement | null> = {
    ArrowRight: () => step(grid, i, j, 0, 1),
    ArrowLeft: () => step(grid, i, j, 0, -1),
    ArrowDown: () => step(grid, i, j, 1, 0),
    ArrowUp: () => step(grid, i, j, -1, 0),
    Home: () => (event.ctrlKey ? step(grid, -1, j, 1, 0) : step(grid, i, -1, 0, 1)),
    End: () => (event.ctrlKey ? step(grid, n, j, -1, 0) : step(grid, i, n, 0, -1)),
    PageUp: () => step(grid, -1, j, 1, 0),
    PageDown: () => step(grid, n, j, -1, 0),
  };
  return Object.hasOwn(moves, event.key) ? moves[event.key]!() : undefined;
}

function start(): void {
  const table = document.getElementById('matrix') as HTMLTableElement | null;
  const readout = document.getElementById('readout');
  if (!table || !readout) return;
  const grid = gridOf(table);
  const links = [...table.querySelectorAll<HTMLAnchorElement>('td > a')];
  let current = links[0];
  for (const link of links) link.tabIndex = link === current ? 0 : -1;
  const show = (link: Element | null) => {
    if (link) readout.textContent = describe(grid, link);
  };
  const focusCell = (link: HTMLAnchorElement) => {
    if (current) current.tabIndex = -1;
    link.tabIndex = 0;
    current = link;
    link.focus();
  };
  table.addEventListener('keydown', (event) => {
    const link = (event.target as Element).closest('td > a');
    if (!link) return;
    const next = moveFor(grid, link, event);
    if (next === undefined) return;
    event.preventDefault();
    if (next) focusCell(next);
  });
  table.addEventListener('focusin', (event) => show((event.target as Element).closest('td > a')));
  table.addEventListener('pointerover', (event) => show((event.target as Element).closest('td > a')));
  // A touch: the first tap on a cell reads it out (and marks it); a second tap on it opens the pair.
  let touch = false;
  let tapped: Element | null = null;
  table.addEventListener('pointerdown', (event) => {
    touch = event.pointerType === 'touch';
  });
  table.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('td > a') as HTMLAnchorElement | null;
    if (!link || !touch || link === tapped) return;
    event.preventDefault();
    tapped?.classList.remove('on');
    tapped = link;
    link.classList.add('on');
    focusCell(link);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
