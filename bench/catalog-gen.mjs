// Catalogs of any size generated from the real one with the same statistics, for the benchmarks
// (bench/scale.mjs, bench/profile.mjs): the real catalog + (n - 45) certifications, each a copy of
// a real one drawn at random (so providers, levels, roles, tracks, prices and topic counts keep
// their distribution), with a new slug and ~30% of its topics swapped for others of the same kind
// (fundamental or role-specific), drawn by how often the real catalog uses each topic, depths kept
// (so the depth distribution holds). A seeded PRNG: the same seed generates the same catalog.
// Served as a Worker's static asset as the build publishes the real one (scripts/catalog-build.ts
// `publishCatalog`): its derived tables, and its own list maxima (src/data/compile.ts
// `catalogSizes`, what the build writes to catalog-ref.json), so the cost limit prices it.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishCatalog } from '../scripts/catalog-build.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Share of a generated certification's topics swapped for others. */
const SWAP = 0.3;

/** The real compiled catalog (npm run catalog:build writes it). */
export const realCatalog = () => JSON.parse(readFileSync(join(root, 'src/data/generated/catalog.json'), 'utf8'));

/** mulberry32: a small seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real compiled catalog grown to n certifications (see the top of this file). */
export function generateCatalog(real, n, seed = 14) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const kindOf = new Map(real.topics.map((t) => [t.slug, t.kind]));
  // Each kind's topics, each as often as real certifications cover it.
  const pools = { FUNDAMENTAL: [], ROLE_SPECIFIC: [] };
  for (const c of real.certifications) for (const t of c.topics) pools[kindOf.get(t.topic)].push(t.topic);
  const certifications = [...real.certifications];
  for (let k = 1; certifications.length < n; k++) {
    const template = pick(real.certifications);
    const topics = template.topics.map((t) => ({ ...t }));
    const used = new Set(topics.map((t) => t.topic));
    for (const t of topics) {
      if (rand() >= SWAP) continue;
      const pool = pools[kindOf.get(t.topic)];
      for (let tries = 0; tries < 20; tries++) {
        const other = pick(pool);
        if (used.has(other)) continue;
        used.delete(t.topic);
        used.add(other);
        t.topic = other;
        break;
      }
    }
    const slug = `${template.slug}-g${k}`;
    certifications.push({
      ...template,
      slug,
      acronym: `${template.acronym}-G${k}`,
      name: `${template.name} (generated ${k})`,
      file: template.file.replace(template.slug, slug),
      topics,
    });
  }
  return { ...real, certifications: certifications.slice(0, n) };
}

/**
 * Writes a compiled catalog as the asset a Worker loads, published as the build publishes the real
 * one (scripts/catalog-build.ts `publishCatalog`: its tables derived by the same function, its name
 * the hash of its content); returns its reference and folder.
 */
export function catalogAsset(compiled) {
  const { text, path, ref } = publishCatalog(compiled);
  const dir = mkdtempSync(join(tmpdir(), 'certgraph-scale-'));
  mkdirSync(join(dir, '_catalog'));
  writeFileSync(join(dir, path), text);
  return { dir, ref };
}
