// The overlap explorer's page template: everything of the page that does not depend on the view
// (styles, header, legend, downloads, footer), with {{markers}} the Worker fills (page.ts). Built
// into public/explore/page.tmpl by `npm run assets`, with the page's Content-Security-Policy,
// whose style hash is computed here; the Worker reads it through its ASSETS binding. Not imported
// by the Worker: none of this is in its bundle.
import { percent } from './fragments.js';
import { BINS, EXPLORE_SCRIPT_PATH } from './page.js';

export const BIN_COLOURS = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

// Contrast (WCAG 2.x): text #1b1f24 on #fff 16.6:1, muted #4a5361 7.8:1, links #0b57d0 6.4:1,
// alert text on #fdf0ef 14.9:1. Non-text: focus ring #c2410c on the cells' blues >= 3:1 against
// white and the darkest blue is marked by a double ring (white inside, orange outside).
export const STYLES = `
:root{color-scheme:light;--text:#1b1f24;--muted:#4a5361;--link:#0b57d0;--border:#808c9c;--card:#f4f6f9;--focus:#c2410c}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;padding:clamp(.75rem,2vw,1.5rem);color:var(--text);background:#fff;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:clamp(1.3rem,1.1rem + 1vw,1.75rem);line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:0 0 .5rem}
h3{font-size:1.05rem;margin:.75rem 0 .25rem}
h4{font-size:.95rem;margin:.5rem 0 .15rem}
p{margin:.25rem 0}
a{color:var(--link);text-underline-offset:.18em}
a:focus-visible,summary:focus-visible,h2:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.intro,.hint,.meta,.foot,.none,.count,.kind{color:var(--muted)}
.intro{max-width:70ch}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem;z-index:1}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:.75rem 0 1rem;padding:.5rem .75rem;background:var(--card);border:1px solid var(--border);border-radius:.5rem}
.facet{display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem .5rem}
.facet>span{font-weight:600}
.facet ul{display:flex;flex-wrap:wrap;gap:.1rem .6rem;list-style:none;margin:0;padding:0}
.facet a[aria-current]{color:var(--text);font-weight:700;text-decoration:none;border-bottom:3px solid var(--text)}
.layout{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,34rem),1fr));align-items:start}
.matrix{min-width:0}
.scroll{overflow-x:auto}
svg.heatmap{display:block;max-width:none;font-size:11px}
svg.heatmap text{fill:var(--text)}
svg.heatmap .sep{stroke:var(--text);stroke-width:1.5}
svg.heatmap a{outline:none}
svg.heatmap rect{stroke:#fff;stroke-width:1}
svg.heatmap .d{fill:#4a5361}
${BIN_COLOURS.map((c, i) => `.b${i}{fill:${c};background:${c}}`).join('')}
.m-similarity .legend-coverage,.m-coverage .legend-similarity,.empty .legends{display:none}
svg.heatmap a:hover rect,svg.heatmap a:focus rect{stroke:var(--focus);stroke-width:3}
svg.heatmap a.on rect{stroke:var(--text);stroke-width:3}
svg.heatmap a:focus-visible rect{stroke:var(--focus);stroke-width:4;paint-order:stroke}
.readout{min-height:3em;font-variant-numeric:tabular-nums}
.legend{display:flex;flex-wrap:wrap;gap:.25rem .9rem;list-style:none;margin:.25rem 0 .75rem;padding:0;font-size:.875rem}
.legend li{display:flex;align-items:center;gap:.3rem}
.sw{display:inline-block;width:1rem;height:1rem;border:1px solid var(--border)}
.sw.d{background:#4a5361}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--link);text-decoration:underline}
table{border-collapse:collapse;font-size:.8125rem;font-variant-numeric:tabular-nums}
th,td{border:1px solid #c9ced6;padding:.15rem .3rem;text-align:right}
th{background:var(--card);text-align:left}
caption{text-align:left;font-weight:600;padding:.25rem 0}
.downloads h2{margin-top:1.25rem}
.downloads ul{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;margin:.25rem 0;padding:0}
.pair{border:1px solid var(--border);border-radius:.5rem;padding:1rem;background:#fff;min-width:0}
.pair[aria-busy=true]{opacity:.6}
.numbers{font-size:1.05rem}
.sides{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr))}
.side{background:var(--card);border-radius:.4rem;padding:.5rem .75rem}
.side ul{margin:.25rem 0;padding-left:1.1rem}
.differences{margin-top:.75rem;width:100%}
.differences td,.differences th{text-align:left;vertical-align:top}
.alert{background:#fdf0ef;border:2px solid #b42318;border-left-width:.5rem;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0;max-width:70ch}
.foot{margin-top:1.5rem;padding-top:.5rem;border-top:1px solid var(--border);font-size:.875rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;padding:0}
@media (forced-colors:active){svg.heatmap a:focus rect{stroke:Highlight}}
`.trim();

export const DOWNLOADS: { path: string; text: string }[] = [
  { path: '/data/overlap.csv', text: 'Overlap of every pair (CSV)' },
  { path: '/data/overlap.json', text: 'JSON' },
  { path: '/data/overlap-matrix.csv', text: 'Similarity matrix (CSV)' },
  { path: '/data/certifications.csv', text: 'Certifications with their facts (CSV)' },
  { path: '/data/certifications.json', text: 'JSON' },
  { path: '/data/certification-topics.csv', text: 'Topics of each certification, with depth (CSV)' },
  { path: '/data/certification-topics.json', text: 'JSON' },
];

/** The page's own policy, on top of the Worker's header: nothing but its own script and this style. */
export function metaPolicy(styleHash: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src '${styleHash}'`,
    'img-src data:',
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function legend(metric: 'similarity' | 'coverage'): string {
  let lower = 0;
  const items = BINS.map((upper, i) => {
    const fmt = (v: number) => (metric === 'similarity' ? v.toFixed(2) : percent(v));
    const label = i === BINS.length - 1 ? `${fmt(lower)} to ${fmt(1)}` : `${fmt(lower)} to under ${fmt(upper)}`;
    lower = upper;
    return `<li><span class="sw b${i}" aria-hidden="true"></span>${label}</li>`;
  });
  items.push('<li><span class="sw d" aria-hidden="true"></span>the same certification</li>');
  return `<ul class="legend legend-${metric}" aria-label="Legend: colours from light (little overlap) to dark (much overlap)">${items.join('')}</ul>`;
}

/** `styleHash`: 'sha256-…' of STYLES (the assets script computes it with node:crypto). */
export function renderTemplate(styleHash: string): string {
  const downloads = `<div class="downloads"><h2>Take the numbers with you</h2><p class="hint">The whole catalog, as CSV for spreadsheets and JSON for notebooks (column names are documented in the README):</p><ul>${DOWNLOADS.map((d) => `<li><a href="${d.path}">${d.text}</a></li>`).join('')}</ul></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${metaPolicy(styleHash)}">
<title>Overlap explorer · certgraph</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
<script src="${EXPLORE_SCRIPT_PATH}" defer></script>
</head><body class="{{bodyClass}}">
<a class="skip" href="#heatmap">Skip to the heatmap</a>
<header><h1>How much do agile certifications overlap?</h1>
<p class="intro">If you hold one certification, how much of another do you already know? Scrum.org, Scrum Alliance, PMI, ICAgile and SAFe certifications compared by the topics they cover, weighted by how deeply.</p></header>
{{nav}}
{{alert}}
<main class="layout">
<section class="matrix" aria-labelledby="heatmap-title">{{matrix}}
<div class="legends">${legend('similarity')}${legend('coverage')}
<p id="how" class="hint"><span class="legend-similarity">Each cell compares two certifications by the topics they cover, weighted by depth (0: nothing in common, 1: the same content).</span><span class="legend-coverage">Each cell reads: a holder of the row’s certification already knows this share of the column’s.</span> Hover or focus a cell for its value; choose it to see the two side by side: the Scrum fundamentals they share, the role-specific content they share, what each adds, and the comparison in words. In the heatmap, arrow keys move between cells.</p></div>
{{table}}
${downloads}</section>
<section id="pair" class="pair" aria-labelledby="pair-title">{{pair}}</section>
</main>
<p id="status" class="vh" role="status"></p>
<p class="foot">{{version}}Every number on this page comes from certgraph's GraphQL API at <a href="/graphql">/graphql</a>, the same queries any client sends. {{reset}}</p>
</body></html>`;
}

export { FRAGMENTS } from './fragments.js';
export { seriate } from './seriation.js';
