// The overlap explorer's script (bundled by `npm run assets` into public/explore/explore.js and
// served from this origin: the page's CSP allows no inline script). Without it, the numbers are
// written in the cells and each row's label leads to that row in words. With it, the cells are one
// tab stop (arrow keys, Home/End, PageUp/PageDown move), a click or Enter opens the pair, and the
// cell under the pointer, the focus or a first tap is read out in words above the matrix: both
// certifications' full names and both coverages (each row carries what its holder knows of every
// column, in `data-k`). On a touch screen the first tap reads a cell, the second opens it.

interface Grid {
  table: HTMLTableElement;
  rows: HTMLTableRowElement[];
  names: string[];
  acronyms: string[];
  /** Column j's certification slug (the rows are in the same order). */
  slugs: string[];
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
    slugs: heads.map((h) => h.dataset.s ?? ''),
    similarity: table.classList.contains('m-similarity'),
  };
}

/** The cell's (row, column) in the matrix: column 0 is the row header, so a cell's column is its index - 1. */
function positionOf(grid: Grid, td: HTMLTableCellElement): [number, number] {
  const tr = td.parentElement as HTMLTableRowElement;
  return [grid.rows.indexOf(tr), td.cellIndex - 1];
}

const coverageOf = (grid: Grid, i: number, j: number): string => grid.rows[i]!.dataset.k?.split(' ')[j] ?? '?';

/** A cell in words: names, the value shown, and both directions. */
function describe(grid: Grid, link: HTMLTableCellElement): string {
  const [i, j] = positionOf(grid, link);
  const [a, b] = [grid.acronyms[i]!, grid.acronyms[j]!];
  const shared = grid.similarity ? `share ${link.textContent} of 100 (similarity ${(Number(link.textContent) / 100).toFixed(2)}). ` : '';
  return (
    `${a} (${grid.names[i]}) and ${b} (${grid.names[j]}): ${shared}` +
    `A ${a} holder already knows ${coverageOf(grid, i, j)}% of ${b}; a ${b} holder, ${coverageOf(grid, j, i)}% of ${a}.`
  );
}

type Cell = HTMLTableCellElement;

/** The cell at (i, j), or null off the grid and on the diagonal (class d). */
function cellAt(grid: Grid, i: number, j: number): Cell | null {
  const cell = grid.rows[i]?.cells[j + 1];
  return cell && !cell.classList.contains('d') ? cell : null;
}

const pairOf = (grid: Grid, cell: Cell): string => {
  const [i, j] = positionOf(grid, cell);
  return `/explore/pair/${grid.slugs[i]}/${grid.slugs[j]}`;
};

/** The nearest cell from (i, j) in direction (di, dj), stepping over the diagonal. */
function step(grid: Grid, i: number, j: number, di: number, dj: number): Cell | null {
  const n = grid.rows.length;
  for (let [r, c] = [i + di, j + dj]; r >= 0 && r < n && c >= 0 && c < n; r += di, c += dj) {
    const cell = cellAt(grid, r, c);
    if (cell) return cell;
  }
  return null;
}

function moveFor(grid: Grid, link: Cell, event: KeyboardEvent): Cell | null | undefined {
  const [i, j] = positionOf(grid, link);
  const n = grid.rows.length;
  const moves: Record<string, () => Cell | null> = {
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

/** The grid's cell an event happened in, if any. */
const cellOf = (event: Event): Cell | null => {
  const td = (event.target as Element).closest('tbody td');
  return td instanceof HTMLTableCellElement && !td.classList.contains('d') ? td : null;
};

function start(): void {
  const table = document.getElementById('matrix') as HTMLTableElement | null;
  const readout = document.getElementById('readout');
  if (!table || !readout) return;
  const grid = gridOf(table);
  const cells = [...table.querySelectorAll<Cell>('tbody td:not(.d)')];
  let current = cells[0];
  for (const cell of cells) cell.tabIndex = cell === current ? 0 : -1;
  const show = (cell: Cell | null) => {
    if (cell) readout.textContent = describe(grid, cell);
  };
  const focusCell = (cell: Cell) => {
    if (current) current.tabIndex = -1;
    cell.tabIndex = 0;
    current = cell;
    cell.focus();
  };
  table.addEventListener('keydown', (event) => {
    const cell = cellOf(event);
    if (!cell) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      location.assign(pairOf(grid, cell));
      return;
    }
    const next = moveFor(grid, cell, event);
    if (next === undefined) return;
    event.preventDefault();
    if (next) focusCell(next);
  });
  table.addEventListener('focusin', (event) => show(cellOf(event)));
  table.addEventListener('pointerover', (event) => show(cellOf(event)));
  // A touch: the first tap on a cell reads it out (and marks it); a second tap on it opens the pair.
  let touch = false;
  let tapped: Cell | null = null;
  table.addEventListener('pointerdown', (event) => {
    touch = event.pointerType === 'touch';
  });
  table.addEventListener('click', (event) => {
    const cell = cellOf(event);
    if (!cell) return;
    if (touch && cell !== tapped) {
      tapped?.classList.remove('on');
      tapped = cell;
      cell.classList.add('on');
      focusCell(cell);
      return;
    }
    location.assign(pairOf(grid, cell));
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
