// The explorer's page shell: everything that does not depend on the view (styles, the script,
// the policy), with {{title}}, {{bodyClass}} and {{body}} that the Worker fills. Built into
// public/explore/page.tmpl by `npm run assets`, with the page's Content-Security-Policy, whose
// style hash is computed there; the Worker reads it through its ASSETS binding. Not imported by
// the Worker: none of this is in its bundle.
import { EXPLORE_SCRIPT_PATH } from './page.js';

export const BIN_COLOURS = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#2171b5', '#08519c'];
/** Text on each colour: dark on the light ones, white on the two darkest (contrast >= 4.5:1). */
const BIN_TEXT = ['#1b1f24', '#1b1f24', '#1b1f24', '#1b1f24', '#1b1f24', '#fff', '#fff'];

// Contrast (WCAG 2.x): text #1b1f24 on #fff 16.6:1, muted #4a5361 7.8:1, links #0b57d0 6.4:1.
// Focus: a 3px #c2410c ring inside the cell, with a white one inside it on the dark blues.
// On a phone (<= 40rem) the filters wrap under their label: every choice whole and on screen,
// each link at least 24px tall (WCAG 2.5.8); no row scrolls sideways.
export const STYLES = `
:root{color-scheme:light;--text:#1b1f24;--muted:#4a5361;--link:#0b57d0;--border:#808c9c;--card:#f4f6f9;--focus:#c2410c;--line:#c9ced6}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;padding:clamp(.5rem,1.5vw,1.25rem);color:var(--text);background:#fff;font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:clamp(1.2rem,1rem + 1vw,1.6rem);line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:.75rem 0 .35rem}
h3{font-size:1rem;margin:.5rem 0 .25rem}
p{margin:.25rem 0}
a{color:var(--link);text-underline-offset:.18em}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.intro,.meta,.foot,.none,.count,.links{color:var(--muted)}
.intro{max-width:80ch}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem;z-index:5}
nav{display:flex;flex-wrap:wrap;gap:.15rem 1.25rem;margin:.5rem 0;padding:.4rem .75rem;background:var(--card);border:1px solid var(--border);border-radius:.5rem;font-size:.9rem}
.facet{display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem .5rem}
.facet>span{font-weight:600}
.facet ul{display:flex;flex-wrap:wrap;gap:.1rem .6rem;list-style:none;margin:0;padding:0}
.facet a[aria-current]{color:var(--text);font-weight:700;text-decoration:none;border-bottom:3px solid var(--text)}
.legend{font-size:.9rem;max-width:110ch}
.legend strong{font-weight:600;color:var(--text)}
.key{display:inline-flex;vertical-align:middle;border:1px solid var(--border)}
.key .sw{display:inline-block;min-width:1.4rem;height:1.1rem;font-size:.7rem;line-height:1.1rem;text-align:center}
.readout{min-height:1.5em;font-size:.9rem;font-variant-numeric:tabular-nums;margin:.25rem 0}
.frame{overflow:auto;max-width:100%;max-height:calc(100vh - 2rem);max-height:calc(100dvh - 2rem);border:1px solid var(--border);width:max-content;overscroll-behavior:contain}
table.matrix{border-collapse:separate;border-spacing:0;font-size:.75rem;font-variant-numeric:tabular-nums;line-height:1}
.matrix td,.matrix th{padding:0;border:0;border-right:1px solid #fff;border-bottom:1px solid #fff}
.matrix td{min-width:1.7rem;height:1.45rem;text-align:center}
.matrix tbody td:not(.d){cursor:pointer}
.matrix tbody td:not(.d):hover,.matrix tbody td:focus{outline:3px solid var(--focus);outline-offset:-3px;box-shadow:inset 0 0 0 5px #fff}
.matrix tbody td.on{outline:3px solid var(--text);outline-offset:-3px}
.matrix tbody th a{color:inherit;text-decoration:underline;text-decoration-color:var(--border)}
.row-list{border-collapse:collapse;font-size:.9rem;font-variant-numeric:tabular-nums}
.row-list th,.row-list td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left}
.row-list td{text-align:right}
.row-list tbody th{font-weight:400}.row-list tbody th a{font-weight:600}
.matrix td.d{background:#4a5361;color:#fff}
.matrix thead th{position:sticky;top:0;z-index:2;background:#fff;vertical-align:bottom;padding:.3rem 0 .25rem;border-bottom:1px solid var(--border)}
.matrix thead th span{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:600}
.matrix tbody th{position:sticky;left:0;z-index:1;background:#fff;text-align:right;white-space:nowrap;padding:0 .4rem 0 .3rem;font-weight:600;border-right:1px solid var(--border)}
.matrix .corner{position:sticky;top:0;left:0;z-index:3;background:#fff;border-right:1px solid var(--border);border-bottom:1px solid var(--border)}
.matrix tbody+tbody tr:first-child>*{border-top:2px solid var(--text)}
.matrix .g{border-left:2px solid var(--text)}
@media (max-width:40rem){nav{flex-direction:column;flex-wrap:nowrap;gap:.25rem;padding:.35rem .6rem;font-size:.875rem}.facet{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:0 .5rem}.facet ul{gap:0 .7rem}.facet a{display:inline-block;padding:.1rem 0;min-height:24px;overflow-wrap:anywhere}.intro{font-size:.9rem}}
.matrix [title]{cursor:help}
${BIN_COLOURS.map((c, i) => `.b${i}{background:${c};color:${BIN_TEXT[i]}}`).join('')}
.foot{margin-top:1rem;padding-top:.5rem;border-top:1px solid var(--border);font-size:.875rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
.alert{background:#fdf0ef;border:2px solid #b42318;border-left-width:.5rem;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0;max-width:70ch}
.numbers{font-size:1.05rem;max-width:80ch}
.summary{max-width:80ch}
.sides{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr))}
.side{background:var(--card);border-radius:.4rem;padding:.5rem .75rem}
.side ul{margin:.25rem 0;padding-left:1.1rem}
.frame-x{overflow-x:auto}
.differences{border-collapse:collapse;font-size:.875rem;margin-top:.25rem}
.differences td,.differences th{border:1px solid var(--line);padding:.2rem .4rem;text-align:left;vertical-align:top}
.differences thead th,.differences tbody th{background:var(--card)}
.next{background:#eef4ff;border:1px solid #9bb8e8;border-radius:.5rem;padding:.25rem 1rem .5rem;margin-top:1rem}
.ladders{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,30rem),1fr))}
.ladder{border:1px solid var(--line);border-radius:.5rem;padding:.5rem;min-width:0}
.ladder svg{display:block;max-width:100%;height:auto;font-size:12px}
.ladder svg text{fill:var(--text)}
.ladder .node rect{fill:#fff;stroke:var(--border);stroke-width:1.5}
.ladder .node.on rect{fill:#fff3e0;stroke:var(--focus);stroke-width:3}
.ladder .node.held rect{fill:#e6f4ea;stroke:#137333;stroke-width:3}
.ladder .edge{fill:none;stroke:var(--muted);stroke-width:1.5}
.ladder .edge.rec{stroke-dasharray:5 4}
.ladder .edge.on{stroke:var(--focus);stroke-width:3}
.ladder .lvl{fill:var(--muted);font-size:11px}
.ladder a:focus-visible rect{stroke:var(--focus);stroke-width:4}
.path{background:#fff3e0;border:1px solid #e8a25b;border-radius:.5rem;padding:.5rem 1rem;max-width:90ch}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;padding:0}
@media (forced-colors:active){.matrix tbody td:focus{outline-color:Highlight}}
`.trim();

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

/** `styleHash`: 'sha256-…' of STYLES (the assets script computes it with node:crypto). */
export function renderTemplate(styleHash: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${metaPolicy(styleHash)}">
<title>{{title}} &#183; certgraph</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
<script src="${EXPLORE_SCRIPT_PATH}" defer></script>
</head><body class="{{bodyClass}}">
<a class="skip" href="#main">Skip to the content</a>
{{body}}
</body></html>`;
}

export { FRAGMENTS } from './fragments.js';
