// The catalog ships as a static asset that each isolate loads once, before its first request:
// a cold isolate answers from it, concurrent first requests share one load, a failed load is
// refused (never answered from a missing catalog) and retried by the next request, and the list
// sizes the build measured for prices are the loaded catalog's own.
import { describe, expect, it, vi } from 'vitest';
import { CATALOG_ASSET, catalog } from '../../src/data/catalog.js';
import { overlapMatrix } from '../../src/resolvers/compare.js';
import { LIST_SIZE } from '../../src/schema/costs.js';
import { bindings, freshModules } from '../helpers.js';

/** A fresh module load of the Worker (a cold isolate) whose static assets answer as `assets` says. */
async function coldWorkerWith(assets: (request: Request) => Promise<Response>) {
  freshModules();
  const app = (await import('../../src/index.js')).default;
  const env = { ...bindings, ASSETS: { fetch: assets } as unknown as Fetcher };
  return (body: string) =>
    Promise.resolve(app.fetch(new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }), env));
}
const QUERY = JSON.stringify({ query: '{ catalog { version certificationCount } certification(slug: "psm-i") { acronym } }' });

describe('the catalog, loaded once per isolate from the static assets', () => {
  it('a cold isolate loads it before its first answer, and concurrent first requests share one load', async () => {
    let loads = 0;
    const send = await coldWorkerWith((request) => {
      if (new URL(request.url).pathname === CATALOG_ASSET.path) loads++;
      return bindings.ASSETS.fetch(request);
    });
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(QUERY)));
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        data: { catalog: { version: catalog.version, certificationCount: catalog.certifications.length }, certification: { acronym: 'PSM I' } },
        extensions: expect.anything(),
      });
    }
    expect(loads).toBe(1);
    await send(QUERY);
    expect(loads).toBe(1);
  });

  it('when the asset cannot be read, every request is refused with 503 and a request id, then served once it can (after the back-off)', async () => {
    let broken = true;
    const send = await coldWorkerWith((request) => (broken ? Promise.resolve(new Response('gone', { status: 404 })) : bindings.ASSETS.fetch(request)));
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (let i = 0; i < 2; i++) {
      const refused = await send(QUERY);
      expect(refused.status).toBe(503);
      // The first refusal tried the asset (retry in 5 s); the next falls in the back-off window (retry when it ends).
      expect(refused.headers.get('retry-after')).toBe(i === 0 ? '5' : '1');
      const body = (await refused.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: refused.headers.get('x-request-id') });
      expect(body.errors[0]!.message).toMatch(/^The catalog could not be loaded; try again in a few seconds\. Quote request id [0-9a-f-]+ if you report it\.$/);
    }
    // Logged for operators, at error level, with what failed.
    expect(errorSpy.mock.calls.some((call) => String(call[0]).includes(`${CATALOG_ASSET.path} answered 404`))).toBe(true);
    errorSpy.mockRestore();
    broken = false;
    // Past the back-off window, the next request tries again.
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 2_000);
    const served = await send(QUERY);
    vi.restoreAllMocks();
    expect(served.status).toBe(200);
  });

  it('a network failure reading the asset is refused the same way', async () => {
    const send = await coldWorkerWith(() => Promise.reject(new TypeError('network connection lost')));
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const refused = await send(QUERY);
    errorSpy.mockRestore();
    expect(refused.status).toBe(503);
    expect(JSON.stringify(await refused.json())).not.toMatch(/network connection lost|TypeError/);
  });

  it('the list sizes the build measured for prices are the largest lists of the loaded catalog', () => {
    const largest = (sizes: readonly number[]) => Math.max(1, ...sizes);
    const pairs = overlapMatrix(catalog, null).pairs;
    expect(LIST_SIZE.catalogCertifications).toBe(catalog.certifications.length);
    expect(LIST_SIZE.catalogPairs).toBe(pairs.length);
    expect(LIST_SIZE.pairShared).toBe(largest(pairs.map((p) => p.shared.length)));
    expect(LIST_SIZE.pairOnly).toBe(largest(pairs.flatMap((p) => [p.onlyA.length, p.onlyB.length])));
    expect(LIST_SIZE.certificationTopics).toBe(largest(catalog.certifications.map((c) => c.topics.length)));
    expect(LIST_SIZE.certificationSources).toBe(largest(catalog.certifications.map((c) => c.sources.length)));
    expect(LIST_SIZE.certificationStatements).toBe(largest(catalog.certifications.map((c) => c.statements.length)));
    expect(LIST_SIZE.topicCertifications).toBe(largest(catalog.topics.map((t) => catalog.certificationsByTopic.get(t.slug)?.length ?? 0)));
    expect(LIST_SIZE.certificationLinks).toBe(
      largest(catalog.certifications.map((c) => Math.max(c.prerequisites.length, c.recommendedBefore.length, catalog.nextSteps.get(c.slug)?.length ?? 0))),
    );
    expect(LIST_SIZE.roleTopics).toBe(largest(catalog.roles.map((r) => catalog.topicsByRole.get(r.slug)?.length ?? 0)));
    expect(LIST_SIZE.providerCertifications).toBe(largest(catalog.providers.map((p) => catalog.certificationsByProvider.get(p.slug)?.length ?? 0)));
  });
});
