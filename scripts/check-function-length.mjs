// Fails when a function in src/ is longer than MAX_LINES (the data files of src/data aside: they
// are tables, not logic). Run by `npm run lint`. Every function counts: declarations, methods,
// arrow functions and function expressions, nested ones on their own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const MAX_LINES = 60;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Source files of src/, without src/data (the catalog's data). */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(src, 'data') ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function nameOf(node, file) {
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) return parent.name.getText(file);
  return '(anonymous)';
}

/** Every function of a file with its length in lines. */
export function functionLengths(path) {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(node.end).line;
      found.push({ name: nameOf(node, file), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const tooLong = sourceFiles(src).flatMap((path) =>
  functionLengths(path)
    .filter((f) => f.lines > MAX_LINES)
    .map((f) => `${relative(root, path)}:${f.line} ${f.name}: ${f.lines} lines`),
);
const longest = sourceFiles(src)
  .flatMap((path) => functionLengths(path).map((f) => ({ ...f, path: relative(root, path) })))
  .sort((a, b) => b.lines - a.lines)[0];
if (tooLong.length) {
  console.error(`Functions over ${MAX_LINES} lines in src/ (split them into named steps):\n  ${tooLong.join('\n  ')}`);
  process.exit(1);
}
console.log(`functions: none over ${MAX_LINES} lines in src/ (the longest: ${longest.path}:${longest.line} ${longest.name}, ${longest.lines} lines)`);
