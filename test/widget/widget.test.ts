// The embeddable recommendations widget, through the real Worker (GET /embed/recommendations)
// and through its render functions: self-contained HTML (no script, no external asset), the
// top 3 with their reasons, cost and official link, themes, and bad parameters explained inside
// the widget with status 400.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { keyHash, type Partner } from '../../src/admission/partners.js';
import { catalog } from '../../src/data/catalog.js';
import { describePrice } from '../../src/resolvers/facts.js';
import { widgetKit } from '../../src/surface-kits.js';
import { HEIGHT_REPORTER, HEIGHT_REPORTER_SHA256 } from '../../src/widget/embed.js';
import { renderRecommendationsWidget, renderWidgetMessage, widgetHeaders } from '../../src/widget/render.js';
import { htmlText, worker } from '../helpers.js';

const PATH = '/embed/recommendations';
const CSP_BASE = `default-src 'none'; script-src ${HEIGHT_REPORTER_SHA256}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors `;
/** The page without its one script, the height reporter (src/widget/embed.ts), which test/widget/widget-embed.test.ts checks. */
const REPORTER = `<script>${HEIGHT_REPORTER}</script>`;
const withoutReporter = (html: string) => html.replace(REPORTER, '');

async function widget(query = ''): Promise<{ res: Response; html: string }> {
  const res = await worker(`${PATH}${query}`);
  return { res, html: await res.text() };
}

/** The ranked items as a person reads them: rank, acronym, cost line, reasons, link. */
function items(html: string) {
  const list = /<ol class="recs"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return list
    .split('<li class="rec">')
    .slice(1)
    .map((item) => {
      const link = /<a ([^>]*)>([\s\S]*?)<\/a>/.exec(item);
      return {
        rank: Number(/<span class="vh">Rank <\/span>(\d+)<\/span>/.exec(item)?.[1]),
        acronym: /<span class="acronym">([^<]*)<\/span>/.exec(item)?.[1] ?? '',
        cost: /<p class="cost"><span class="label">Cost:<\/span> ([^<]*)<\/p>/.exec(item)?.[1] ?? '',
        reasons: [...item.matchAll(/<li class="(for|against)">([\s\S]*?)<\/li>/g)].map((r) => text(r[2]!)),
        linkAttrs: link?.[1] ?? '',
        linkText: text(link?.[2] ?? ''),
      };
    });
}

/** The text of an HTML fragment as a screen reader speaks it. */
const text = (fragment: string): string => htmlText(fragment);

const attr = (attrs: string, name: string) => {
  const v = new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
  return v === undefined ? v : text(v);
};
const alertOf = (html: string) => text(/<div class="alert" role="alert">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '');
const byAcronym = (acronym: string) => catalog.certifications.find((c) => c.acronym === acronym)!;

describe('GET /embed/recommendations', () => {
  it('answers 200 with the top 3, ranked, each with cost, its strongest reasons and its official page', async () => {
    const { res, html } = await widget('?targetRole=scrum-master');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const recs = items(html);
    expect(recs.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(byAcronym(recs[0]!.acronym).primaryRole).toBe('scrum-master');
    for (const r of recs) {
      const cert = byAcronym(r.acronym);
      expect(cert, r.acronym).toBeDefined();
      expect(r.cost).toBe(describePrice(catalog, cert.price, cert.requiresCourse));
      expect(r.reasons.length).toBeGreaterThanOrEqual(2);
      expect(r.reasons.length).toBeLessThanOrEqual(3);
      expect(attr(r.linkAttrs, 'href')).toBe(cert.url);
      expect(attr(r.linkAttrs, 'target')).toBe('_blank');
      expect(attr(r.linkAttrs, 'rel')).toBe('noopener');
      // Link text that makes sense out of context.
      expect(r.linkText).toBe(`${cert.acronym} official page (opens in a new tab)`);
    }
    expect(recs[0]!.reasons[0]).toMatch(/^Prepares for Scrum Master, your target role\./);
    expect(html).toContain(`<span class="name">${byAcronym(recs[0]!.acronym).name}</span>`);
    expect(html).toMatch(/<p class="provider">From [^<]+<\/p>/);
  });

  it('is one accessible, self-describing page: lang, title, main, h1 then h2, an ordered list, a footer', async () => {
    const { html } = await widget('?targetRole=scrum-master');
    expect(html).toMatch(/^<!doctype html><html lang="en" class="theme-light">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]).toBe('Certifications for a future Scrum Master · certgraph');
    expect(html.match(/<main>/g)).toHaveLength(1);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.indexOf('<h1>')).toBeLessThan(html.indexOf('<h2>'));
    expect(html.match(/<h2>/g)).toHaveLength(3);
    expect(html).not.toMatch(/<h[3-6]/);
    expect(html).toContain('<ol class="recs" role="list">');
    // The footer is the page's contentinfo landmark, after <main>.
    expect(html).toContain('</main><footer>');
    const footer = text(/<footer>([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '');
    expect(footer).toContain('Recommendations by certgraph.');
    // The prices' dates (cost.asOf), said in words, and the warning they may have changed.
    expect(footer).toMatch(/Prices as seen (on|in) [^;]*\d{4} \([^)]+\).*; they may have changed since\./);
  });

  it('loads nothing from anywhere: one script (its height reporter), no stylesheet link, no src, no CSS url(); the only links are the official pages', async () => {
    for (const query of ['?targetRole=scrum-master', '?targetRole=product-owner&held=csm&theme=dark', '', '?targetRole=wizard']) {
      const page = await widget(query);
      expect(page.html.split(REPORTER)).toHaveLength(2);
      const html = withoutReporter(page.html);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<link/i);
      expect(html).not.toMatch(/<(img|iframe|object|embed|video|audio|source|form|base)\b/i);
      expect(html).not.toMatch(/\ssrc=/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      expect(style).not.toMatch(/url\(|@import|https?:/i);
      expect(html.match(/<style>/g)).toHaveLength(1);
      const urls = new Set(catalog.certifications.map((c) => c.url));
      for (const m of html.matchAll(/<(\w+)[^>]*\shref="([^"]*)"/g)) {
        expect(m[1], `href on <${m[1]}>`).toBe('a');
        expect(urls.has(text(m[2]!)), `${m[2]} is an official page`).toBe(true);
      }
    }
  });

  it('sends a CSP that allows no script but the height reporter and no external asset; frame-ancestors * without a key', async () => {
    const { res } = await widget('?targetRole=scrum-master');
    expect(res.headers.get('content-security-policy')).toBe(`${CSP_BASE}*`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it("with a partner's key, frame-ancestors lists the framing origin alone, when it is one of the partner's", async () => {
    const key = 'cg_widget_test_key_000001';
    const partner: Partner = {
      id: 'p-widget',
      name: 'Widget Test',
      origins: ['https://learn.example.com', 'http://localhost:3000'],
      tier: 'standard',
      createdAt: '2026-11-01T00:00:00Z',
    };
    await (env as unknown as { PARTNERS: KVNamespace }).PARTNERS.put(await keyHash(key), JSON.stringify(partner));
    const res = await worker(`${PATH}?targetRole=scrum-master&key=${key}`, { headers: { referer: 'http://localhost:3000/page' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(`${CSP_BASE}http://localhost:3000`);
    expect(items(html)).toHaveLength(3);
  });

  it('an unknown key gets a widget-shaped 401 page with the message in an alert', async () => {
    const { res, html } = await widget('?targetRole=scrum-master&key=no-such-key&theme=dark');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('class="theme-dark"');
    expect(alertOf(html)).toContain('Unknown API key');
    expect(withoutReporter(html)).not.toMatch(/<script/i);
  });

  it('theme=dark switches the page to the dark theme; light is the default; the content is the same', async () => {
    const light = (await widget('?targetRole=scrum-master')).html;
    const explicit = (await widget('?targetRole=scrum-master&theme=light')).html;
    const dark = (await widget('?targetRole=scrum-master&theme=dark')).html;
    expect(light).toContain('<html lang="en" class="theme-light">');
    expect(light).toContain('<meta name="color-scheme" content="light"/>');
    expect(explicit).toBe(light);
    expect(dark).toContain('<html lang="en" class="theme-dark">');
    expect(dark).toContain('<meta name="color-scheme" content="dark"/>');
    expect(dark).toMatch(/\.theme-dark\{color-scheme:dark;--bg:#[0-9a-f]{6}/);
    expect(items(dark)).toEqual(items(light));
  });

  describe('bad parameters: status 400, the message inside the widget, naming the bad value and what is allowed', () => {
    const cases: [string, string, RegExp[]][] = [
      ['targetRole=wizard', 'targetRole', [/Unknown role "wizard" in targetRole\./, /Use one of: scrum-master, product-owner/]],
      ['budgetUsd=-5', 'budgetUsd', [/budgetUsd must be zero or more \(US dollars\); got -5\./]],
      ['budgetUsd=abc', 'budgetUsd', [/budgetUsd must be a number of US dollars, zero or more .*; got "abc"\./]],
      ['theme=neon', 'theme', [/theme must be light or dark .*; got "neon"\./]],
      ['held=csm,nope', 'held', [/Unknown certification "nope" in held\./, /psm-i/]],
      ['interests=knitting', 'interests', [/Unknown topic "knitting" in interests\./]],
    ];
    for (const [query, field, messages] of cases) {
      it(`${query}`, async () => {
        const { res, html } = await widget(`?${query}`);
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(res.headers.get('content-security-policy')).toBe(`${CSP_BASE}*`);
        // The same page shell, with the message in an alert instead of the list.
        expect(html).toMatch(/^<!doctype html><html lang="en" class="theme-light">/);
        expect(html).toContain('<main>');
        expect(html).toContain('<h1>Certification recommendations</h1>');
        expect(html).not.toContain('<ol');
        const alert = alertOf(html);
        expect(alert).toContain(field);
        for (const m of messages) expect(alert).toMatch(m);
        expect(html).toContain(`<code>${field}</code>`);
      });
    }

    it('more than 50 values in a list (as many as the API takes)', async () => {
      const slugs = [...catalog.certifications.map((c) => c.slug), ...catalog.certifications.map((c) => c.slug)].slice(0, 51);
      const { res, html } = await widget(`?held=${slugs.join(',')}`);
      expect(res.status).toBe(400);
      expect(alertOf(html)).toContain('held takes at most 50 comma-separated values; got 51.');
      const ok = await widget(
        `?held=${catalog.certifications
          .slice(0, 30)
          .map((c) => c.slug)
          .join(',')}`,
      );
      expect(ok.res.status).toBe(200);
    });

    it('reports every problem at once, in the chosen theme when the theme is valid', async () => {
      const { res, html } = await widget('?targetRole=wizard&budgetUsd=abc&theme=dark&interests=knitting');
      expect(res.status).toBe(400);
      expect(html).toContain('class="theme-dark"');
      const alert = alertOf(html);
      expect(alert).toContain('has 3 problems');
      expect(alert).toContain('"wizard"');
      expect(alert).toContain('"abc"');
      expect(alert).toContain('"knitting"');
    });

    it('escapes what it echoes back', async () => {
      const { res, html } = await widget(`?targetRole=${encodeURIComponent('<script>alert(1)</script>')}`);
      expect(res.status).toBe(400);
      expect(withoutReporter(html)).not.toMatch(/<script/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });
  });

  it('an empty query gives a sensible general answer: 3 foundation certifications to start with', async () => {
    const { res, html } = await widget('');
    expect(res.status).toBe(200);
    const recs = items(html);
    expect(recs).toHaveLength(3);
    for (const r of recs) expect(byAcronym(r.acronym).level).toBe('FOUNDATION');
    expect(/<h1>([^<]*)<\/h1>/.exec(html)?.[1]).toBe('Recommended agile certifications');
    expect(text(/<p class="intro">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '')).toMatch(/^The top 3 for anyone choosing an agile certification/);
  });

  it('never recommends what is held', async () => {
    const held = ['csm', 'pspo-i', 'psm-i'];
    const { res, html } = await widget(`?targetRole=product-owner&held=${held.join(',')}`);
    expect(res.status).toBe(200);
    const shown = items(html).map((r) => byAcronym(r.acronym).slug);
    expect(shown).toHaveLength(3);
    for (const h of held) expect(shown).not.toContain(h);
    // Held certifications appear only in the sentence saying whom the list is for.
    expect(text(/<p class="intro">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '')).toContain('holding CSM, PSPO I and PSM I');
  });

  it('takes a budget and interests, and ignores unknown parameters and spacing around list values', async () => {
    const { res, html } = await widget(
      '?targetRole=product-owner&interests=product-vision,%20product-backlog-management&budgetUsd=300&utm_source=partner&foo=bar',
    );
    expect(res.status).toBe(200);
    const recs = items(html);
    expect(recs).toHaveLength(3);
    expect(recs.flatMap((r) => r.reasons).join(' ')).toMatch(/budget|interests/);
    expect(text(/<p class="intro">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '')).toContain('with a budget of $300');
  });
});

describe('the render functions', () => {
  it('renderRecommendationsWidget ignores `key` and unknown parameters, and never throws for bad input', () => {
    expect(renderRecommendationsWidget(widgetKit.domain, catalog, { key: 'anything', foo: 'bar', targetRole: 'scrum-master' }).status).toBe(200);
    expect(renderRecommendationsWidget(widgetKit.domain, catalog, {}).status).toBe(200);
    expect(renderRecommendationsWidget(widgetKit.domain, catalog, { targetRole: '', held: '', interests: ',', budgetUsd: '', theme: '' }).status).toBe(200);
    for (const query of [
      { budgetUsd: 'NaN' },
      { budgetUsd: 'Infinity' },
      { budgetUsd: '1e3' },
      { budgetUsd: '-0.5' },
      { theme: 'DARK' },
      { targetRole: 'x'.repeat(5000) },
    ]) {
      const page = renderRecommendationsWidget(widgetKit.domain, catalog, query);
      expect(page.status, JSON.stringify(query).slice(0, 60)).toBe(400);
      expect(page.html).toContain('role="alert"');
    }
    expect(renderRecommendationsWidget(widgetKit.domain, catalog, { budgetUsd: '0' }).status).toBe(200);
    expect(renderRecommendationsWidget(widgetKit.domain, catalog, { budgetUsd: '99.5' }).status).toBe(200);
  });

  it('shows the strongest reasons, with cautions marked in words, not by colour alone', () => {
    const { html } = renderRecommendationsWidget(widgetKit.domain, catalog, { targetRole: 'scrum-master', budgetUsd: '100' });
    const recs = items(html);
    const cautions = recs.flatMap((r) => r.reasons).filter((r) => r.startsWith('Caution: '));
    expect(cautions.length).toBeGreaterThan(0);
    expect(cautions.join(' ')).toMatch(/over your \$100 budget|check it fits your \$100 budget/);
    expect(html.match(/<li class="against">/g)?.length).toBe(cautions.length);
  });

  it('renderWidgetMessage: a widget-shaped page carrying one message, in either theme', () => {
    const page = renderWidgetMessage(429, 'Too many requests', 'Retry after `60` seconds.', 'dark');
    expect(page.status).toBe(429);
    expect(page.html).toMatch(/^<!doctype html><html lang="en" class="theme-dark">/);
    expect(page.html).toContain('<title>Too many requests · certgraph</title>');
    expect(alertOf(page.html)).toBe('Too many requestsRetry after 60 seconds.');
    expect(page.html).toContain('<code>60</code>');
    expect(renderWidgetMessage(403, 'Not here', '<b>x</b>', 'neon').html).toContain('class="theme-light"');
    expect(renderWidgetMessage(403, 'Not here', '<b>x</b>').html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it("widgetHeaders: the framing origin as frame-ancestors when it is the partner's, * without a partner, nothing a stored value could inject", () => {
    const partner = (origins: string[]): Partner => ({ id: 'p', name: 'P', origins, tier: 'standard', createdAt: '2026-01-01T00:00:00Z' });
    expect(widgetHeaders(null)).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `${CSP_BASE}*`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    const two = partner(['https://a.example', 'https://b.example:8443']);
    expect(widgetHeaders(two, 'https://b.example:8443')['Content-Security-Policy']).toBe(`${CSP_BASE}https://b.example:8443`);
    expect(widgetHeaders(two, 'https://c.example')['Content-Security-Policy']).toBe(`${CSP_BASE}'none'`);
    expect(widgetHeaders(two)['Content-Security-Policy']).toBe(`${CSP_BASE}'none'`);
    const injected = 'https://a.example; script-src *';
    expect(widgetHeaders(partner([injected, 'https://ok.example']), injected)['Content-Security-Policy']).toBe(`${CSP_BASE}'none'`);
    expect(widgetHeaders(partner([]), 'https://a.example')['Content-Security-Policy']).toBe(`${CSP_BASE}'none'`);
  });
});
