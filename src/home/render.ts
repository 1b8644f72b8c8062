// The index pages' HTML (GET / and GET /data): one small page, the same facts as the JSON beside
// it. Rendered by `npm run assets` (pages.ts), not by the Worker: its text stays out of the bundle.

export interface IndexEntry {
  /** Where it is on this Worker; none for what lives elsewhere (the docs, in the repository). */
  href?: string;
  title: string;
  /** What it is for, one sentence. */
  about: string;
  /** Extra facts shown after the sentence (a download's size and rows). */
  facts?: string;
}

export interface IndexPage {
  title: string;
  intro: string;
  sections: { heading: string; entries: IndexEntry[] }[];
  /** The JSON answer (the same facts, for scripts). */
  json: unknown;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;color:#1b1f24;max-width:52rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}ul{padding-left:1.2rem}li{margin:.4rem 0}a{color:#0b57d0}code{font-size:.9em}.facts{color:#4a5361}';

export function renderIndexHtml(page: IndexPage): string {
  const entry = (e: IndexEntry) =>
    `<li>${e.href ? `<a href="${escapeHtml(e.href)}">${escapeHtml(e.title)}</a>` : `<code>${escapeHtml(e.title)}</code>`}: ${escapeHtml(e.about)}${e.facts ? ` <span class="facts">(${escapeHtml(e.facts)})</span>` : ''}</li>`;
  const sections = page.sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2><ul>${s.entries.map(entry).join('')}</ul>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(page.title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head><body><main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.intro)}</p>${sections}</main></body></html>`;
}
