/// <reference types="vite/client" />
// The catalog's data files, checked as a contributor meets them: the files compile into exactly
// what the Worker bundles, and a mistake in any file is reported with the file, the field and
// the line, whichever file and whichever field it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { CatalogError, compileCatalog, type DataFile } from '../../src/data/compile.ts';
import bundled from '../../src/data/generated/catalog.json';

const raw = import.meta.glob<string>('../../src/data/catalog/**/*.yaml', { query: '?raw', import: 'default', eager: true });
const FILES: DataFile[] = Object.entries(raw).map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }));
const CERT_FILES = FILES.filter((f) => f.path.includes('/certifications/'));

/** The problems compiling these files reports (empty when it compiles). */
function problemsOf(files: DataFile[]): string[] {
  try {
    compileCatalog(files);
    return [];
  } catch (error) {
    if (error instanceof CatalogError) return error.problems;
    throw error;
  }
}

/** The files with one certification file's YAML edited (as a document, so the rest stays as written). */
function withEdit(path: string, edit: (doc: ReturnType<typeof parseDocument>) => void): DataFile[] {
  return FILES.map((f) => {
    if (f.path !== path) return f;
    const doc = parseDocument(f.text);
    edit(doc);
    return { path: f.path, text: doc.toString() };
  });
}

const lineOf = (text: string, needle: RegExp) => text.split('\n').findIndex((l) => needle.test(l)) + 1;

describe('the catalog as data files', () => {
  it('compiles without a problem into exactly what the Worker bundles', () => {
    expect(problemsOf(FILES)).toEqual([]);
    expect(JSON.parse(JSON.stringify(compileCatalog(FILES)))).toEqual(bundled);
  });

  it('has one file per certification, named by its slug', () => {
    const compiled = compileCatalog(FILES);
    expect(CERT_FILES.length).toBe(compiled.certifications.length);
    for (const c of compiled.certifications) expect(c.file).toBe(`src/data/catalog/certifications/${c.slug}.yaml`);
  });

  it("derives each certification's sources from the facts that cite them", () => {
    const compiled = compileCatalog(FILES);
    for (const c of compiled.certifications) {
      const cited = new Set<string>();
      const walk = (v: unknown, key?: string): void => {
        if (key === 'source') cited.add(typeof v === 'string' ? v : (v as { ref: string }).ref);
        else if (key && (key === 'sources' || key.endsWith('Sources')) && Array.isArray(v))
          for (const s of v) cited.add(typeof s === 'string' ? s : (s as { ref: string }).ref);
        else if (Array.isArray(v))
          v.forEach((x) => {
            walk(x);
          });
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!(k === 'sources' && v === c)) walk(x, k);
      };
      walk(c);
      expect(new Set(c.sources), c.slug).toEqual(cited);
    }
  });
});

/** One kind of mistake: how to make it in a certification's document, and the field the error must name. */
interface Mistake {
  name: string;
  make: (doc: ReturnType<typeof parseDocument>, slug: string) => void;
  field: RegExp;
  says: RegExp;
}

const MISTAKES: Mistake[] = [
  { name: 'a depth of 4', make: (d) => d.setIn(['topics', 0, 'depth'], 4), field: /topics\[0\]\.depth/, says: /depth of 1/ },
  { name: 'a depth of 0', make: (d) => d.setIn(['topics', 1, 'depth'], 0), field: /topics\[1\]\.depth/, says: /depth of 1/ },
  {
    name: 'an unknown topic',
    make: (d) => d.setIn(['topics', 2, 'topic'], 'underwater-basket-weaving'),
    field: /topics\[2\]\.topic/,
    says: /unknown topic "underwater-basket-weaving"/,
  },
  { name: 'an unknown provider', make: (d) => d.set('provider', 'acme-certs'), field: /provider/, says: /unknown provider "acme-certs"/ },
  { name: 'an unknown role', make: (d) => d.setIn(['roles', 0], 'wizard'), field: /roles\[0\]/, says: /unknown role "wizard"/ },
  {
    name: 'an unknown prerequisite',
    make: (d) => d.set('prerequisites', ['no-such-cert']),
    field: /prerequisites\[0\]/,
    says: /unknown certification "no-such-cert"/,
  },
  { name: 'itself as a prerequisite', make: (d, slug) => d.set('prerequisites', [slug]), field: /prerequisites\[0\]/, says: /cannot list itself/ },
  { name: 'an unknown source', make: (d) => d.setIn(['renewal', 'source'], 'nowhere-blog'), field: /renewal\.source/, says: /unknown source "nowhere-blog"/ },
  { name: 'a bad confidence', make: (d) => d.setIn(['price', 'confidence'], 'PROBABLY'), field: /price\.confidence/, says: /OFFICIAL/ },
  {
    name: 'a negative price',
    make: (d) => {
      d.setIn(['price', 'minUsd'], -5);
    },
    field: /price\.minUsd/,
    says: /zero or more/,
  },
  {
    name: 'a range upside down',
    make: (d) => {
      d.setIn(['price', 'minUsd'], 900);
      d.setIn(['price', 'maxUsd'], 100);
      d.setIn(['price', 'typicalUsd'], null);
      d.setIn(['price', 'sources'], ['psm-i-page']);
    },
    field: /price\.maxUsd/,
    says: /below minUsd/,
  },
  { name: 'a misspelt field', make: (d) => d.set('pirce', 1), field: /pirce|:\s/, says: /[Uu]nrecognized key.*pirce/ },
  { name: 'a missing field', make: (d) => d.delete('level'), field: /level/, says: /expected|Invalid/ },
  { name: 'a bad date', make: (d) => d.setIn(['price', 'asOf'], 'last spring'), field: /price\.asOf/, says: /YYYY/ },
  { name: 'a slug that is not its file name', make: (d) => d.set('slug', 'renamed-cert'), field: /slug/, says: /must match the file name/ },
  { name: 'too few topics', make: (d) => d.set('topics', [d.getIn(['topics', 0])]), field: /topics/, says: /at least 5/ },
  { name: 'no topic sources', make: (d) => d.set('topicSources', []), field: /topicSources/, says: /cite where the topics come from/ },
];

describe('a mistake in a data file names the file, the field and the line', () => {
  for (const mistake of MISTAKES) {
    it(`${mistake.name}, in any certification's file`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...CERT_FILES.map((f) => f.path)), (path) => {
          const slug = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
          const problems = problemsOf(withEdit(path, (d) => mistake.make(d, slug)));
          const mine = problems.filter((p) => p.startsWith(`${path}:`));
          expect(mine.length, problems.join('\n')).toBeGreaterThan(0);
          expect(
            mine.some((p) => mistake.field.test(p) && mistake.says.test(p)),
            mine.join('\n'),
          ).toBe(true);
          // A line number after the file name.
          for (const p of mine) expect(p).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}:\\d+: `));
        }),
        { numRuns: 8 },
      );
    });
  }

  it('the line it names is the line of the field', () => {
    const path = 'src/data/catalog/certifications/psm-i.yaml';
    const files = withEdit(path, (d) => d.setIn(['exam', 'passingScorePercent'], 185));
    const text = files.find((f) => f.path === path)!.text;
    const [problem] = problemsOf(files);
    expect(problem).toBe(`${path}:${lineOf(text, /^\s+passingScorePercent: 185/)}: exam.passingScorePercent: Too big: expected number to be <=100`);
  });

  it('invalid YAML is reported with its line, not thrown', () => {
    const path = 'src/data/catalog/certifications/cspo.yaml';
    const files = FILES.map((f) => (f.path === path ? { ...f, text: `${f.text}\nsummary: [unclosed\n` } : f));
    const problems = problemsOf(files);
    expect(
      problems.some((p) => p.startsWith(`${path}:`) && /not valid YAML/.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('a prerequisite cycle across files names the cycle', () => {
    const files = withEdit('src/data/catalog/certifications/psm-i.yaml', (d) => d.set('prerequisites', ['psm-iii']));
    const problems = problemsOf(files);
    expect(
      problems.some((p) => /prerequisites: cycle .*psm-i.*psm-iii|prerequisites: cycle .*psm-iii.*psm-i/.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('a source in the registry that nothing cites, or a broken registry entry, names sources.yaml', () => {
    const registry = 'src/data/catalog/sources.yaml';
    const files = FILES.map((f) =>
      f.path === registry
        ? {
            ...f,
            text: `${f.text}\nnever-cited:\n  title: A page\n  url: https://example.org/x\n  confidence: OFFICIAL\nbroken-entry:\n  title: No URL\n  confidence: OFFICIAL\n`,
          }
        : f,
    );
    const problems = problemsOf(files);
    expect(
      problems.some((p) => p.startsWith(`${registry}:`) && /broken-entry\.url/.test(p)),
      problems.join('\n'),
    ).toBe(true);
    const withoutBroken = FILES.map((f) =>
      f.path === registry ? { ...f, text: `${f.text}\nnever-cited:\n  title: A page\n  url: https://example.org/x\n  confidence: OFFICIAL\n` } : f,
    );
    expect(problemsOf(withoutBroken)).toEqual([`${registry}: never-cited: cited by no certification (remove it, or cite it)`]);
  });

  it('reports every problem at once, across files', () => {
    let files = withEdit('src/data/catalog/certifications/csm.yaml', (d) => d.setIn(['topics', 0, 'depth'], 9));
    files = files.map((f) => (f.path.endsWith('/pspo-i.yaml') ? { ...f, text: f.text.replace(/^provider: .*$/m, 'provider: nobody') } : f));
    const problems = problemsOf(files);
    expect(problems.some((p) => p.includes('/csm.yaml:'))).toBe(true);
    expect(problems.some((p) => p.includes('/pspo-i.yaml:'))).toBe(true);
  });
});
