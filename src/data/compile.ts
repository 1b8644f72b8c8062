// Compiles the catalog's data files (src/data/catalog/**.yaml) into the one object the Worker
// bundles: validated by the schema (./schema.ts), every cross-reference checked, every citation
// resolved to its source, and each certification's source list derived from the facts that cite
// them. Every problem is reported with the file, the field and the line, all at once.
//
// Used by scripts/catalog-build.ts (at build, start and test time) and by the integrity tests,
// so both say the same thing. Not imported by the Worker: zod and yaml stay out of its bundle.
// (Imports name `.ts` files so that Node runs this module as it is.)
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type CompiledCatalog, type CompiledCertification, isCitationList } from './link.ts';
import { nextStepsOf } from './next-steps.ts';
import { type Citation, CitationSchema, FileShapes, ProviderSchema, RoleSchema, type SourceRef, SourceRegistrySchema, TopicSchema } from './schema.ts';

/** Where the data files live, relative to the repository. */
export const CATALOG_DIR = 'src/data/catalog';

export interface DataFile {
  /** Path relative to the repository, e.g. src/data/catalog/certifications/psm-i.yaml. */
  path: string;
  text: string;
}

export class CatalogError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

type Path = readonly PropertyKey[];

/** A parsed file, able to say on which line a field stands. */
class Parsed {
  readonly doc: Document;
  readonly file: DataFile;
  private readonly lines = new LineCounter();
  constructor(file: DataFile) {
    this.file = file;
    this.doc = parseDocument(file.text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
  }
  /** `file:line: field: message`, with the line of the deepest part of the path that exists. */
  at(path: Path, message: string): string {
    let line: number | null = null;
    for (let n = path.length; n >= 0 && line === null; n--) {
      const node = this.doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) line = this.lines.linePos(node.range[0]).line;
    }
    const field = path.length ? `${formatPath(path)}: ` : '';
    return `${this.file.path}${line === null ? '' : `:${line}`}: ${field}${message}`;
  }
}

function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Parses and validates one file against a schema, collecting problems; null when invalid. */
function check<S extends z.ZodType>(parsed: Parsed, schema: S, problems: string[]): z.output<S> | null {
  if (parsed.doc.errors.length) {
    for (const e of parsed.doc.errors) problems.push(`${parsed.file.path}:${e.linePos?.[0]?.line ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}`);
    return null;
  }
  const result = schema.safeParse(parsed.doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(parsed.at(issue.path, issue.message));
  return null;
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');

/** Compiles the data files; throws a CatalogError listing every problem found. */
export function compileCatalog(files: readonly DataFile[]): CompiledCatalog {
  const problems: string[] = [];
  const byName = (name: string) => files.find((f) => f.path === `${CATALOG_DIR}/${name}`);
  const single = <S extends z.ZodType>(name: string, schema: S): z.output<S> | null => {
    const file = byName(name);
    if (!file) {
      problems.push(`${CATALOG_DIR}/${name}: missing`);
      return null;
    }
    return check(new Parsed(file), schema, problems);
  };
  const sources = single('sources.yaml', SourceRegistrySchema) ?? {};
  const providers = single('providers.yaml', ProviderSchema.array()) ?? [];
  const roles = single('roles.yaml', RoleSchema.array()) ?? [];
  const topics = single('topics.yaml', TopicSchema.array()) ?? [];

  const certFiles = files.filter((f) => f.path.startsWith(`${CATALOG_DIR}/certifications/`)).sort((a, b) => a.path.localeCompare(b.path));
  const parsed: { file: Parsed; data: z.output<typeof FileShapes.Certification> }[] = [];
  for (const file of certFiles) {
    const p = new Parsed(file);
    const data = check(p, FileShapes.Certification, problems);
    if (data) parsed.push({ file: p, data });
  }

  const ids = (items: readonly { slug: string }[], what: string, file: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.slug)) problems.push(`${CATALOG_DIR}/${file}: [${i}].slug: ${what} "${item.slug}" is defined twice`);
      seen.add(item.slug);
    });
    return seen;
  };
  const providerSlugs = ids(providers, 'provider', 'providers.yaml');
  const roleSlugs = ids(roles, 'role', 'roles.yaml');
  const topicSlugs = ids(topics, 'topic', 'topics.yaml');
  // Named by their files, so that one invalid file does not make every reference to it fail too.
  const certSlugs = new Set(certFiles.map((f) => nameOf(f.path)));
  topics.forEach((t, i) => {
    for (const r of t.roles)
      if (!roleSlugs.has(r)) problems.push(`${CATALOG_DIR}/topics.yaml: [${i}].roles: unknown role "${r}" (roles.yaml has ${[...roleSlugs].join(', ')})`);
    if (t.kind === 'FUNDAMENTAL' && t.roles.length)
      problems.push(`${CATALOG_DIR}/topics.yaml: [${i}].roles: a FUNDAMENTAL topic belongs to no role; "${t.slug}" lists ${t.roles.join(', ')}`);
    if (t.kind === 'ROLE_SPECIFIC' && !t.roles.length)
      problems.push(`${CATALOG_DIR}/topics.yaml: [${i}].roles: a ROLE_SPECIFIC topic names its roles; "${t.slug}" names none`);
  });

  for (const { file, data } of parsed) checkCertification(file, data, { providerSlugs, roleSlugs, topicSlugs, certSlugs, sources }, problems);
  problems.push(...prerequisiteCycles(parsed));
  for (const [id] of Object.entries(sources)) {
    const cited = parsed.some(({ data }) => citationsOf(data).some((c) => refOf(c) === id));
    if (!cited) problems.push(`${CATALOG_DIR}/sources.yaml: ${id}: cited by no certification (remove it, or cite it)`);
  }
  if (problems.length) throw new CatalogError(problems);

  const certifications = parsed.map(({ file, data }) => withDerivedSources(data, file.file.path));
  return { providers, roles, topics, certifications, sources };
}

interface Known {
  providerSlugs: Set<string>;
  roleSlugs: Set<string>;
  topicSlugs: Set<string>;
  certSlugs: Set<string>;
  sources: Record<string, SourceRef>;
}

function checkCertification(file: Parsed, c: z.output<typeof FileShapes.Certification>, known: Known, problems: string[]): void {
  const say = (path: Path, message: string) => problems.push(file.at(path, message));
  const list = (set: Set<string>) => [...set].join(', ');
  if (c.slug !== nameOf(file.file.path)) say(['slug'], `"${c.slug}" must match the file name (${nameOf(file.file.path)}.yaml)`);
  if (!known.providerSlugs.has(c.provider)) say(['provider'], `unknown provider "${c.provider}" (providers.yaml has ${list(known.providerSlugs)})`);
  for (const [i, r] of c.roles.entries()) {
    if (!known.roleSlugs.has(r)) say(['roles', i], `unknown role "${r}" (roles.yaml has ${list(known.roleSlugs)})`);
  }
  if (c.roles[0] !== c.primaryRole) say(['roles'], `must start with primaryRole "${c.primaryRole}"`);
  if (c.exam && c.noExamSources.length) say(['noExamSources'], 'cites sources for "no exam", but an exam is listed: drop one of them');
  if (c.exam && c.exam.openBook === null && c.exam.openBookSources.length)
    say(['exam', 'openBookSources'], 'cites sources for open book, but openBook is null');
  for (const [i, r] of (c.experience?.roles ?? []).entries()) {
    if (!known.roleSlugs.has(r)) say(['experience', 'roles', i], `unknown role "${r}"`);
  }
  for (const key of ['prerequisites', 'recommendedBefore'] as const) {
    c[key].forEach((s, i) => {
      if (s === c.slug) say([key, i], 'a certification cannot list itself');
      else if (!known.certSlugs.has(s)) say([key, i], `unknown certification "${s}" (no certifications/${s}.yaml)`);
    });
  }
  const seenTopics = new Set<string>();
  c.topics.forEach((t, i) => {
    if (!known.topicSlugs.has(t.topic)) say(['topics', i, 'topic'], `unknown topic "${t.topic}" (add it to topics.yaml, or use one there)`);
    if (seenTopics.has(t.topic)) say(['topics', i, 'topic'], `topic "${t.topic}" is listed twice`);
    seenTopics.add(t.topic);
  });
  if ((c.track === null) !== (c.trackOrder === null)) say(['trackOrder'], 'track and trackOrder are both set or both null');
  walkCitations(c, [], (citation, path) => {
    const ref = refOf(citation);
    if (!known.sources[ref]) say(path, `unknown source "${ref}" (add it to sources.yaml)`);
  });
  if (citationsOf(c).length === 0) say([], 'cites no source: every certification needs at least one');
}

const refOf = (c: Citation) => (typeof c === 'string' ? c : c.ref);

/** Calls `visit` for every citation in a file's certification, with its path. */
function walkCitations(value: unknown, path: PropertyKey[], visit: (c: Citation, path: PropertyKey[]) => void): void {
  if (Array.isArray(value))
    value.forEach((v, i) => {
      walkCitations(v, [...path, i], visit);
    });
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source') visit(CitationSchema.parse(v), [...path, key]);
      else if (isCitationList(key) && Array.isArray(v)) {
        for (const [i, s] of v.entries()) visit(CitationSchema.parse(s), [...path, key, i]);
      } else walkCitations(v, [...path, key], visit);
    }
  }
}

function citationsOf(c: unknown): Citation[] {
  const all: Citation[] = [];
  walkCitations(c, [], (citation) => all.push(citation));
  return all;
}

/** The certification as compiled: citations stay ids (linked at isolate start); its source list is derived. */
function withDerivedSources(c: z.output<typeof FileShapes.Certification>, file: string): CompiledCertification {
  const ids = new Set<string>();
  walkCitations(c, [], (citation) => ids.add(refOf(citation)));
  return { ...c, sources: [...ids], file };
}

/** Every prerequisite cycle, named by its certifications (recommendedBefore counts too). */
function prerequisiteCycles(certs: readonly { file: Parsed; data: z.output<typeof FileShapes.Certification> }[]): string[] {
  const bySlug = new Map(certs.map((c) => [c.data.slug, c]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (slug: string, trail: string[]) => {
    if (state.get(slug) === 'done') return;
    if (state.get(slug) === 'open') {
      const loop = [...trail.slice(trail.indexOf(slug)), slug];
      if (loop.length > 2) cycles.push(bySlug.get(slug)!.file.at(['prerequisites'], `cycle ${loop.join(' -> ')}`));
      return;
    }
    state.set(slug, 'open');
    const c = bySlug.get(slug)!.data;
    for (const n of [...c.prerequisites, ...c.recommendedBefore]) if (bySlug.has(n)) visit(n, [...trail, slug]);
    state.set(slug, 'done');
  };
  for (const c of certs) visit(c.data.slug, []);
  return cycles;
}

/**
 * For each certification, how many certifications a learning path takes to reach it from nothing:
 * itself and everything before it, transitively (required prerequisites and recommended
 * predecessors), which is what `chainTo` (src/resolvers/path-chain.ts) can put in a path for it.
 */
export function chainSizes(certs: readonly Pick<CompiledCertification, 'slug' | 'prerequisites' | 'recommendedBefore'>[]): number[] {
  const bySlug = new Map(certs.map((c) => [c.slug, c]));
  return certs.map((c) => {
    const seen = new Set<string>();
    const stack = [c.slug];
    while (stack.length) {
      const slug = stack.pop()!;
      const cert = bySlug.get(slug);
      if (seen.has(slug) || !cert) continue;
      seen.add(slug);
      stack.push(...cert.prerequisites, ...cert.recommendedBefore);
    }
    return seen.size;
  });
}

/**
 * The catalog's list sizes, for the query cost (src/schema/costs.ts): for each list field, the most
 * items it holds (`maxima`, what a price must assume: a list's price is an upper bound of its work
 * and its response, whichever items a query reaches through it). Computed here, at build time, so
 * that prices are known before an isolate has loaded the catalog; test/catalog/catalog-loading.test.ts
 * checks them against the loaded catalog.
 */
export function catalogSizes(compiled: CompiledCatalog): { maxima: Record<string, number> } {
  const certs = compiled.certifications;
  const kindOf = new Map(compiled.topics.map((t) => [t.slug, t.kind]));
  const topicsOf = certs.map((c) => new Set(c.topics.map((t) => t.topic)));
  const steps = nextStepsOf(certs);
  const nextSteps = (c: CompiledCertification) => steps.get(c.slug)!.length;
  const shared: number[] = [];
  const only: number[] = [];
  for (let i = 0; i < certs.length; i++) {
    for (let j = i + 1; j < certs.length; j++) {
      const a = topicsOf[i]!;
      const b = topicsOf[j]!;
      const both = [...a].filter((t) => b.has(t)).length;
      shared.push(both);
      only.push(a.size - both, b.size - both);
    }
  }
  const n = certs.length;
  // Every list field's sizes over the catalog: one entry per entity that holds such a list.
  const lists: Record<string, readonly number[]> = {
    catalogCertifications: [n],
    catalogPairs: [(n * (n - 1)) / 2],
    providers: [compiled.providers.length],
    roles: [compiled.roles.length],
    topics: [compiled.topics.length],
    providerCertifications: compiled.providers.map((p) => certs.filter((c) => c.provider === p.slug).length),
    roleCertifications: compiled.roles.map((r) => certs.filter((c) => c.primaryRole === r.slug).length),
    roleTopics: compiled.roles.map((r) => compiled.topics.filter((t) => t.kind === 'ROLE_SPECIFIC' && t.roles.includes(r.slug)).length),
    topicCertifications: compiled.topics.map((t) => topicsOf.filter((s) => s.has(t.slug)).length),
    topicRoles: compiled.topics.map((t) => t.roles.length),
    certificationTopics: certs.map((c) => c.topics.length),
    certificationRoles: certs.map((c) => Math.max(c.roles.length, c.experience?.roles.length ?? 0)),
    certificationLinks: certs.map((c) => Math.max(c.prerequisites.length, c.recommendedBefore.length, nextSteps(c))),
    certificationSources: certs.map((c) => c.sources.length),
    certificationHolders: certs.map((c) => c.holders.length),
    certificationStatements: certs.map((c) => c.statements.length),
    certificationFundamentals: certs.map((c) => c.topics.filter((t) => kindOf.get(t.topic) === 'FUNDAMENTAL').length),
    certificationRoleSpecific: certs.map((c) => c.topics.filter((t) => kindOf.get(t.topic) === 'ROLE_SPECIFIC').length),
    pairShared: shared,
    pairOnly: only,
    /** The longest chain a path takes to one certification (src/schema/costs.ts prices a path's steps by it). */
    pathChain: chainSizes(certs),
  };
  const maxima: Record<string, number> = {};
  // (A loop, not Math.max(...values): a catalog of 1,000 certifications has ~500,000 pairs, past the argument limit.)
  for (const [name, values] of Object.entries(lists)) maxima[name] = values.reduce((max, v) => (v > max ? v : max), 1);
  return { maxima };
}
