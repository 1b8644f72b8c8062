// The widget's small picture of the person's learning path: the API's `learningPath` for the
// profile, drawn as a ladder in inline SVG (no script, no asset: the widget's CSP allows none),
// one row a step, each indented by its level (foundation, advanced, expert: left to right), an
// arrow from each step to the next. It highlights as the explorer's ladders do
// (src/explore/ladders.ts): the steps numbered on orange, what the person holds and a step
// builds on ticked on green. Its text alternative names every step with its level and name (no
// link: the widget links only to official pages, test/widget/widget.test.ts). The
// SVG scales to its box (a viewBox 320 wide): at 320-390 px its text stays 12-15 px, nothing cut.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import type { LearningPath } from '../resolvers/path.js';
import type { ProfileInput } from '../resolvers/profile.js';
import { listForPeople } from '../resolvers/wording.js';
import type { WidgetDomain } from './kit.js';

const LEVELS = ['FOUNDATION', 'ADVANCED', 'EXPERT'] as const;
const LEVEL_NAMES = ['Foundation', 'Advanced', 'Expert'];
/** Geometry in SVG units: the width, each level's indent, a row's height and step, the header. */
const [WIDTH, INDENT, NODE_H, ROW, TOP] = [320, 72, 28, 40, 22];
/** Roughly the width of a character of the node's 13-unit label (system-ui), to keep a label inside its box. */
const CHAR_W = 7.6;
/** The most held certifications drawn above the steps (those a step builds on). */
const MAX_HELD = 3;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value: string | number) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The person's learning path, or null: no target role, nothing to take, or a profile the path cannot read (the page says why elsewhere). */
function pathFor(
  { learningPath, classify }: Pick<WidgetDomain, 'learningPath' | 'classify'>,
  catalog: CatalogIndex,
  profile: ProfileInput,
): LearningPath | null {
  if (!profile.targetRole) return null;
  try {
    const lp = learningPath(catalog, profile);
    return lp.steps.length ? lp : null;
  } catch (error) {
    // A caller's mistake is the recommendations' to report; anything else is a fault.
    if (classify(error).caller) return null;
    throw error;
  }
}

interface Row {
  cert: CertificationData;
  /** The step's number, or null for a certification held. */
  step: number | null;
}

/** What is drawn: the held certifications a step builds on (a prerequisite or recommended before), then every step. */
function rowsOf(catalog: CatalogIndex, lp: LearningPath, profile: ProfileInput): Row[] {
  const before = new Set(lp.steps.flatMap((s) => [...s.certification.prerequisites, ...s.certification.recommendedBefore]));
  const held = (profile.held ?? [])
    .filter((slug) => before.has(slug))
    .slice(0, MAX_HELD)
    .map((slug) => ({ cert: catalog.certificationBySlug.get(slug)!, step: null }));
  return [...held, ...lp.steps.map((s) => ({ cert: s.certification, step: s.order }))];
}

const xOf = (cert: CertificationData) => 4 + Math.max(0, LEVELS.indexOf(cert.level)) * INDENT;

function node(row: Row, at: number): string {
  const x = xOf(row.cert);
  const y = TOP + at * ROW;
  const width = WIDTH - 4 - x;
  const label = row.step === null ? `✓ ${row.cert.acronym}` : `${row.step}. ${row.cert.acronym}`;
  // A label longer than its box is drawn narrower, never cut.
  const fit = label.length * CHAR_W > width - 16 ? ` textLength="${width - 16}" lengthAdjust="spacingAndGlyphs"` : '';
  return (
    `<g class="${row.step === null ? 'node held' : 'node on'}"><title>${esc(`${row.cert.name}: ${row.cert.level.toLowerCase()}`)}</title>` +
    `<rect x="${x}" y="${y}" width="${width}" height="${NODE_H}" rx="6"/><text x="${x + 8}" y="${y + 19}"${fit}>${esc(label)}</text></g>`
  );
}

/**
 * An arrow from one row's box down to the next's, near the next box's left edge: straight down
 * when the next is as deep or deeper (every box reaches the right edge), else curving left.
 */
function edge(from: Row, to: Row, at: number): string {
  const [x1, y1] = [Math.max(xOf(from.cert), xOf(to.cert)) + 16, TOP + at * ROW + NODE_H];
  const [x2, y2] = [xOf(to.cert) + 16, TOP + (at + 1) * ROW - 3];
  return `<path class="edge on" d="M${x1} ${y1}C${x1} ${y1 + 8} ${x2} ${y2 - 8} ${x2} ${y2}" marker-end="url(#lp-arrow)"/>`;
}

/** The picture (a figure with its heading, the SVG and its text alternative), or '' when there is no path to draw. */
export function pathPicture(domain: Pick<WidgetDomain, 'learningPath' | 'classify'>, catalog: CatalogIndex, profile: ProfileInput): string {
  const lp = pathFor(domain, catalog, profile);
  if (!lp) return '';
  const rows = rowsOf(catalog, lp, profile);
  const height = TOP + rows.length * ROW - (ROW - NODE_H) + 4;
  const levels = LEVEL_NAMES.map((name, i) => `<text class="lvl" x="${4 + i * INDENT}" y="13">${name}</text>`).join('');
  // An arrow into each step, from the row above it (what it builds on, or the step before).
  const edges = rows.slice(1).flatMap((row, i) => (row.step === null ? [] : [edge(rows[i]!, row, i)]));
  const role = catalog.roleBySlug.get(profile.targetRole!)?.name ?? profile.targetRole!;
  const held = rows.filter((r) => r.step === null).map((r) => r.cert.acronym);
  const steps = lp.steps.map((s) => `${s.order}. ${s.certification.acronym} (${s.certification.name}, ${s.certification.level.toLowerCase()})`);
  const words = `Your learning path to ${role}${held.length ? `, from ${listForPeople(held)}` : ''}, step by step: ${steps.join('; ')}.`;
  return (
    `<figure class="lp" aria-labelledby="lp-h"><h2 id="lp-h">Your learning path to ${esc(role)}</h2>` +
    `<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="lp-alt">` +
    `<defs><marker id="lp-arrow" viewBox="0 0 10 10" refX="5" refY="5" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker></defs>` +
    `${levels}${edges.join('')}${rows.map(node).join('')}</svg>` +
    `<p id="lp-alt" class="vh">${esc(words)}</p>` +
    `<figcaption>Numbered: the steps, in order${held.length ? '; ticked: what you hold that they build on' : ''}.</figcaption></figure>`
  );
}
