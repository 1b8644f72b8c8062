// The ladders (/explore/ladders): each provider's certifications drawn as a graph, server-rendered
// SVG, foundation -> advanced -> expert from left to right, one row per track (a provider's
// ladder, e.g. PSM I -> PSM II -> PSM III) and the standalone ones below; solid arrows are
// prerequisites, dashed ones the recommended order. On demand (`overlap=on`), each certification's
// closest one at another provider. Given a profile (`held`, `targetRole`), the person's
// `learningPath` (the domain's own, as the API answers it) is highlighted on the map and listed.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import type { ProfileInput } from '../resolvers/profile.js';
import { escapeHtml as esc, type Fragments, fill } from './fragments.js';
import type { ExplorerDomain } from './kit.js';
import { LEVEL_ORDER, type MatrixModel } from './model.js';
import { EXPLORE_PATH } from './page.js';
import type { KnownSlugs } from './params.js';

export interface LaddersParams {
  provider: string | null;
  held: string[];
  targetRole: string | null;
  overlap: boolean;
}

/** How close (similarity) another provider's certification must be to be named with `overlap=on`. */
export const OVERLAP_AT_LEAST = 0.5;
const MAX_HELD = 10;

/** Parses and checks the ladders' parameters (the profile through the API's own checks). */
export function laddersParams(
  domain: Pick<ExplorerDomain, 'profileProblems'>,
  f: Fragments,
  query: URLSearchParams,
  known: KnownSlugs,
  catalog: CatalogIndex,
): { params: LaddersParams; problems: string[] } {
  const problems: string[] = [];
  const one = (name: string): string | null => {
    const values = query.getAll(name).filter((v) => v.trim() !== '');
    if (values.length > 1) problems.push(fill(f.oneValue, { name, count: values.length }));
    const v = values.length === 1 ? values[0]!.trim().toLowerCase() : null;
    if (v !== null && v.length > 100) {
      problems.push(fill(f.tooLong, { name, length: v.length, max: 100 }));
      return null;
    }
    return v;
  };
  const choice = (name: string, allowed: readonly string[]): string | null => {
    const v = one(name);
    if (v === null || allowed.includes(v)) return v;
    problems.push(fill(f.oneOf, { name, allowed: allowed.join(', '), got: v }));
    return null;
  };
  const provider = choice('provider', known.providers);
  const targetRole = choice('targetRole', known.roles);
  const overlap = choice('overlap', ['on', 'off']) === 'on';
  const heldText = one('held');
  const held = heldText
    ? [
        ...new Set(
          heldText
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ].sort()
    : [];
  if (held.length > MAX_HELD) problems.push(`\`held\` takes at most ${MAX_HELD} certifications; got ${held.length}.`);
  for (const slug of held)
    if (!known.certifications.includes(slug)) problems.push(`\`held\`: no certification "${slug}" in the catalog (slugs such as psm-i, cspo).`);
  if (!problems.length && (held.length || targetRole)) {
    for (const p of domain.profileProblems(catalog, profileOf({ provider, held, targetRole, overlap }))) problems.push(p.message);
  }
  return { params: { provider, held, targetRole, overlap }, problems };
}

const profileOf = (p: LaddersParams): ProfileInput => ({ held: p.held, targetRole: p.targetRole });

/** The normal form of the parameters (the caches' key). */
export function laddersKey(p: LaddersParams): string {
  const q = new URLSearchParams();
  if (p.provider) q.set('provider', p.provider);
  if (p.held.length) q.set('held', p.held.join(','));
  if (p.targetRole) q.set('targetRole', p.targetRole);
  if (p.overlap) q.set('overlap', 'on');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The price: a unit per certification drawn, and a learning path's search when a profile is given. */
export function laddersPrice(catalog: CatalogIndex, p: LaddersParams): { cost: number; tooBig: string } {
  const drawn = p.provider ? (catalog.certificationsByProvider.get(p.provider)?.length ?? 0) : catalog.certifications.length;
  return { cost: drawn * (p.overlap ? 4 : 1) + (p.held.length || p.targetRole ? 500 : 0), tooBig: 'Choose one provider to draw fewer ladders.' };
}

// Geometry, in SVG user units.
const COL = 190;
const NODE_W = 150;
const NODE_H = 30;
const ROW = 42;
const TOP = 24;

interface Placed {
  cert: CertificationData;
  x: number;
  y: number;
}

/** Nodes of one provider: a row per track, then the standalone ones packed under each level. */
function place(certs: readonly CertificationData[]): Placed[] {
  const tracks = [...new Set(certs.filter((c) => c.track).map((c) => c.track!))].sort();
  const placed: Placed[] = [];
  const at = (c: CertificationData, row: number) => placed.push({ cert: c, x: 8 + LEVEL_ORDER.indexOf(c.level) * COL, y: TOP + row * ROW });
  // A track may hold two certifications at one level: each takes the next free row of the track's block.
  let row = 0;
  for (const t of tracks) {
    const members = certs.filter((c) => c.track === t).sort((a, b) => (a.trackOrder ?? 0) - (b.trackOrder ?? 0));
    const perLevel = new Map<string, number>();
    for (const c of members) {
      const k = perLevel.get(c.level) ?? 0;
      perLevel.set(c.level, k + 1);
      at(c, row + k);
    }
    row += Math.max(...perLevel.values());
  }
  const standalone = new Map<string, number>();
  for (const c of certs) {
    if (c.track) continue;
    const k = standalone.get(c.level) ?? 0;
    standalone.set(c.level, k + 1);
    at(c, row + k);
  }
  return placed;
}

function ladderSvg(catalog: CatalogIndex, providerSlug: string, certs: readonly CertificationData[], path: Map<string, number>, held: Set<string>): string {
  const placed = place(certs);
  const bySlug = new Map(placed.map((p) => [p.cert.slug, p]));
  const height = Math.max(...placed.map((p) => p.y)) + NODE_H + 8;
  const width = 8 + 2 * COL + NODE_W + 8;
  const edges: string[] = [];
  for (const p of placed) {
    const links = [...p.cert.prerequisites.map((s) => ({ s, rec: false })), ...p.cert.recommendedBefore.map((s) => ({ s, rec: true }))];
    // Only the nearest rung: PSM III names PSM I and PSM II; the arrow comes from PSM II.
    const direct = links.filter(({ s }) => !links.some((o) => o.s !== s && catalog.certificationBySlug.get(o.s)?.recommendedBefore.includes(s)));
    for (const { s, rec } of direct) {
      const from = bySlug.get(s);
      if (!from) continue;
      const on = path.has(p.cert.slug) && (path.has(s) || held.has(s));
      const cls = `edge${rec ? ' rec' : ''}${on ? ' on' : ''}`;
      if (from.x === p.x) {
        // The same level: from one box's right edge round to the other's.
        const [x, y1, y2] = [p.x + NODE_W, from.y + NODE_H / 2, p.y + NODE_H / 2];
        edges.push(`<path class="${cls}" d="M${x} ${y1}C${x + 28} ${y1} ${x + 28} ${y2} ${x + 6} ${y2}" marker-end="url(#arrow)"/>`);
        continue;
      }
      const [x1, y1, x2, y2] = [from.x + NODE_W, from.y + NODE_H / 2, p.x, p.y + NODE_H / 2];
      const mid = (x1 + x2) / 2;
      edges.push(`<path class="${cls}" d="M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2 - 6} ${y2}" marker-end="url(#arrow)"/>`);
    }
  }
  const nodes = placed.map((p) => {
    const step = path.get(p.cert.slug);
    const cls = step ? ' on' : held.has(p.cert.slug) ? ' held' : '';
    const label = step ? `${step}. ${p.cert.acronym}` : held.has(p.cert.slug) ? `✓ ${p.cert.acronym}` : p.cert.acronym;
    return (
      `<g class="node${cls}" data-slug="${esc(p.cert.slug)}"><title>${esc(`${p.cert.name}: ${p.cert.level.toLowerCase()}`)}</title>` +
      `<rect x="${p.x}" y="${p.y}" width="${NODE_W}" height="${NODE_H}" rx="6"/><text x="${p.x + 8}" y="${p.y + 19}">${esc(label)}</text></g>`
    );
  });
  const levels = ['Foundation', 'Advanced', 'Expert'].map((l, i) => `<text class="lvl" x="${8 + i * COL}" y="14">${l} →</text>`).join('');
  const name = catalog.providerBySlug.get(providerSlug)?.name ?? providerSlug;
  return (
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="l-${esc(providerSlug)}">` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="4" refY="5" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#4a5361"/></marker></defs>` +
    `${levels}${edges.join('')}${nodes.join('')}</svg>` +
    `<p class="vh">${esc(name)}: ${certs.map((c) => `${c.acronym} (${c.level.toLowerCase()}${c.recommendedBefore.length || c.prerequisites.length ? `, after ${[...c.prerequisites, ...c.recommendedBefore].map((s) => catalog.certificationBySlug.get(s)?.acronym ?? s).join(', ')}` : ''})`).join('; ')}.</p>`
  );
}

/** Each certification's closest one at another provider, when at least OVERLAP_AT_LEAST alike. */
function closest(model: MatrixModel, certs: readonly CertificationData[]): string {
  const index = new Map(model.certs.map((c, i) => [c.slug, i]));
  const items = certs.flatMap((c) => {
    const i = index.get(c.slug)!;
    let best = -1;
    for (let j = 0; j < model.certs.length; j++) {
      if (model.certs[j]!.provider === c.provider) continue;
      if (best < 0 || model.similarity[i]![j]! > model.similarity[i]![best]!) best = j;
    }
    const s = best < 0 ? 0 : model.similarity[i]![best]!;
    if (s < OVERLAP_AT_LEAST) return [];
    const other = model.certs[best]!;
    return [
      `<li><a href="${EXPLORE_PATH}/pair/${esc(c.slug)}/${esc(other.slug)}">${esc(c.acronym)} ≈ ${esc(other.acronym)}</a> (${esc(model.catalog.providerBySlug.get(other.provider)?.name ?? '')}, ${Math.round(s * 100)} of 100 shared)</li>`,
    ];
  });
  return items.length
    ? `<ul class="overlaps">${items.join('')}</ul>`
    : `<p class="none">Nothing at another provider shares ${Math.round(OVERLAP_AT_LEAST * 100)} of 100 or more.</p>`;
}

/** The ladders page's body. */
export function renderLaddersBody(domain: Pick<ExplorerDomain, 'learningPath'>, model: MatrixModel, p: LaddersParams): string {
  const { catalog } = model;
  const held = new Set(p.held);
  const path = new Map<string, number>();
  let pathBox = '';
  if (p.held.length || p.targetRole) {
    const lp = domain.learningPath(catalog, profileOf(p));
    for (const s of lp.steps) path.set(s.certification.slug, s.order);
    const role = p.targetRole ? catalog.roleBySlug.get(p.targetRole)?.name : null;
    const steps = lp.steps
      .map((s) => `<li><strong>${esc(s.certification.acronym)}</strong> (${esc(s.certification.name)})${s.note ? `: ${esc(s.note)}` : ''}</li>`)
      .join('');
    pathBox =
      `<section class="path" aria-labelledby="path-title"><h2 id="path-title">Your learning path${role ? ` to ${esc(role)}` : ''}${p.held.length ? `, holding ${esc(p.held.map((s) => catalog.certificationBySlug.get(s)!.acronym).join(', '))}` : ''}</h2>` +
      (steps ? `<ol>${steps}</ol><p>${esc(lp.cost.summary)}</p>` : '<p>Nothing more to take: what you hold covers the goal.</p>') +
      `${lp.notes.map((n) => `<p class="meta">${esc(n.message)}</p>`).join('')}<p class="meta">Highlighted below: the steps numbered, what you hold ticked. The same as the API’s <code>learningPath</code>.</p></section>`;
  }
  const providers = catalog.providers.filter((x) => !p.provider || x.slug === p.provider);
  const ladders = providers.map((prov) => {
    const certs = catalog.certificationsByProvider.get(prov.slug) ?? [];
    return (
      `<section class="ladder" aria-labelledby="l-${esc(prov.slug)}"><h2 id="l-${esc(prov.slug)}">${esc(prov.name)} <span class="count">(${certs.length})</span></h2>` +
      `${certs.length ? ladderSvg(catalog, prov.slug, certs, path, held) : ''}${p.overlap ? `<h3>Closest at other providers</h3>${closest(model, certs)}` : ''}</section>`
    );
  });
  const toggle = laddersKey({ ...p, overlap: !p.overlap });
  return (
    `<p class="back"><a href="${EXPLORE_PATH}">← The overlap matrix</a></p>` +
    `<header><h1>The ladders: ${catalog.certifications.length} certifications, ${catalog.providers.length} providers</h1>` +
    `<p class="intro">Each provider’s certifications from foundation to expert, left to right; a row per track. Solid arrows are prerequisites, dashed ones the recommended order. ` +
    `<a href="${EXPLORE_PATH}/ladders${toggle}">${p.overlap ? 'Hide' : 'Show'} the overlap across providers</a>. ` +
    `Add a profile to the address (<code>?held=psm-i&amp;targetRole=product-owner</code>) to see a learning path on the map.</p></header>` +
    `<main id="main">${pathBox}<div class="ladders">${ladders.join('')}</div></main>`
  );
}
