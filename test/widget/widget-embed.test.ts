// The embed (src/widget/embed.ts): the script a partner's page loads to create the widget's frame
// and follow its height, served under a stable name (revalidated) and under its content hash
// (immutable); the widget's inline height reporter, allowed by the hash in its CSP and posting
// only to the framing origin the server named.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/edge/digest.js';
import { EMBED_SCRIPT, embedHash, HEIGHT_REPORTER, HEIGHT_REPORTER_SHA256, withHeightReporter } from '../../src/widget/embed.js';
import { worker } from '../helpers.js';

const base64Sha256 = async (text: string) =>
  btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))));

describe('the embed script', () => {
  it('is served at /embed/embed.js with its hash as ETag, revalidated hourly; a matching If-None-Match is a 304', async () => {
    const hash = await embedHash();
    const res = await worker('/embed/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('etag')).toBe(`"${hash}"`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await res.text()).toBe(EMBED_SCRIPT);
    for (const tag of [`"${hash}"`, `W/"${hash}"`, `"x", "${hash}"`])
      expect((await worker('/embed/embed.js', { headers: { 'if-none-match': tag } })).status, tag).toBe(304);
    expect((await worker('/embed/embed.js', { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
  });

  it('is served under its content hash for a year, immutable; an older hash redirects to the current one', async () => {
    const hash = await embedHash();
    expect(hash).toBe((await sha256Hex(EMBED_SCRIPT)).slice(0, 16));
    const res = await worker(`/embed/embed-${hash}.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(EMBED_SCRIPT);
    const old = await worker('/embed/embed-0123456789abcdef.js', { redirect: 'manual' });
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe(`/embed/embed-${hash}.js`);
  });

  it("takes heights only from the Worker's origin and its own frames, and asks for the framing origin as Referer", () => {
    expect(EMBED_SCRIPT).toContain('if(e.origin!==base)return;');
    expect(EMBED_SCRIPT).toContain('x.contentWindow===e.source');
    expect(EMBED_SCRIPT).toContain('f.referrerPolicy="origin"');
    // No way to inject markup: the frame's address is built with URL, its title set as a property.
    expect(EMBED_SCRIPT).not.toMatch(/innerHTML|document\.write|eval\(/);
  });
});

describe("the widget's height reporter", () => {
  it("is allowed by the hash in the widget's CSP, and is the page's only script", async () => {
    expect(HEIGHT_REPORTER_SHA256).toBe(`'sha256-${await base64Sha256(HEIGHT_REPORTER)}'`);
    const res = await worker('/embed/recommendations?targetRole=scrum-master', { headers: { referer: 'https://learn.example/page' } });
    const html = await res.text();
    expect(res.headers.get('content-security-policy')).toContain(`script-src ${HEIGHT_REPORTER_SHA256};`);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain(`<script>${HEIGHT_REPORTER}</script></body></html>`);
  });

  it('posts only to the framing origin the server names, never to *', async () => {
    expect(HEIGHT_REPORTER).toContain('postMessage({certgraph:"height",height:n},o)');
    expect(HEIGHT_REPORTER).not.toContain('"*"');
    const page = '<!doctype html><html lang="en"><body></body></html>';
    expect(withHeightReporter(page, 'https://a.example')).toMatch(/^<!doctype html><html data-parent-origin="https:\/\/a\.example" lang="en">/);
    expect(withHeightReporter(page, null)).toMatch(/^<!doctype html><html lang="en">/);
    expect(withHeightReporter(page, 'https://a.example"><script>')).toContain('data-parent-origin="https://a.example&quot;&gt;&lt;script&gt;"');
  });
});
