// The widget's picture of the learning path (src/widget/path-picture.ts) through the real Worker:
// the API's `learningPath` for the widget's profile, step by step in order, each at its level's
// indent, the held certifications a step builds on ticked, a text alternative that names every
// step; none without a target role. (test/browser/widget.browser.ts checks it laid out at 320,
// 390 and 1024 px: visible, nothing cut.)
import { describe, expect, it } from 'vitest';
import { data, worker } from '../helpers.js';

type Path = { learningPath: { steps: { order: number; certification: { acronym: string; name: string; level: string } }[] } };
const PATH = 'query($p: ProfileInput!) { learningPath(profile: $p) { steps { order certification { acronym name level } } } }';

async function picture(query: string) {
  const res = await worker(`/embed/recommendations?${query}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const figure = /<figure class="lp"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? null;
  const nodes = [...(figure ?? '').matchAll(/<g class="node (on|held)">[\s\S]*?<rect x="(\d+)"[^>]*\/><text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) => ({
    kind: m[1],
    x: Number(m[2]),
    label: m[3]!.replace(/&amp;/g, '&'),
  }));
  const alt = /<p id="lp-alt" class="vh">([^<]*)<\/p>/.exec(figure ?? '')?.[1] ?? '';
  return { figure, nodes, alt };
}

describe('the widget draws the learning path', () => {
  it.each([
    ['product-owner', ['csm']],
    ['scrum-master', ['psm-i']],
    ['agile-coach', []],
  ])('targetRole=%s, held=%j: the API’s steps in order, each at its level', async (role, held) => {
    const query = `targetRole=${role}${held.length ? `&held=${held.join(',')}` : ''}`;
    const { figure, nodes, alt } = await picture(query);
    const api = (await data<Path>(PATH, { p: { targetRole: role, held } })).learningPath.steps;
    expect(api.length).toBeGreaterThan(0);
    expect(figure).toContain('role="img" aria-labelledby="lp-alt"');
    const steps = nodes.filter((n) => n.kind === 'on');
    expect(steps.map((n) => n.label)).toEqual(api.map((s) => `${s.order}. ${s.certification.acronym}`));
    const indent = { FOUNDATION: 4, ADVANCED: 76, EXPERT: 148 } as Record<string, number>;
    expect(steps.map((n) => n.x)).toEqual(api.map((s) => indent[s.certification.level]));
    for (const s of api) expect(alt).toContain(`${s.order}. ${s.certification.acronym} (${s.certification.name}, ${s.certification.level.toLowerCase()})`);
    // An arrow into each step.
    expect((figure!.match(/<path class="edge on"/g) ?? []).length).toBe(api.length - (nodes[0]!.kind === 'on' ? 1 : 0));
  });

  it('ticks what the person holds when a step builds on it, and only then', async () => {
    const sm = await picture('targetRole=scrum-master&held=psm-i');
    expect(sm.nodes[0]).toMatchObject({ kind: 'held', label: '✓ PSM I' });
    expect(sm.alt).toMatch(/^Your learning path to Scrum Master, from PSM I, step by step: /);
    const po = await picture('targetRole=product-owner&held=csm');
    expect(po.nodes.filter((n) => n.kind === 'held')).toEqual([]);
  });

  it('no target role, no picture', async () => {
    expect((await picture('held=csm')).figure).toBeNull();
  });
});
