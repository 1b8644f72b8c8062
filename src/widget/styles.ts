// The widget's one inline stylesheet (the CSP allows no other), in two themes.
// ---------------------------------------------------------------------------------------------
// Styles. Contrast ratios (WCAG 2.x relative luminance), on the card / on the page background:
//   light  text #1b1f24 15.3 / 16.6, muted #4a5361 7.2 / 7.8, links #0b57d0 5.9 / 6.4 (underlined),
//          caution #a3350a 6.3 on the card, rank #fff on #1b1f24 16.6, alert text on #fdf0ef 14.9
//   dark   text #e8ecf1 13.5 / 15.3, muted #b5bdc9 8.5 / 9.6, links #8ab4f8 7.6 / 8.6 (underlined),
//          caution #ffb38a 9.2 on the card, rank #12161b on #e8ecf1 15.3, alert text on #2b1715 14.3
// Non-text (>= 3:1): focus ring 5.9 / 6.4 light, 7.6 / 8.6 dark; card borders 3.2 / 3.4 light,
// 3.3 / 3.7 dark. The learning path's picture (path-picture.ts): its text on the light fills
// (#fff3e0, #e6f4ea) 15.1 / 14.6 light; on the dark ones (#3a2414, #15301f) 12.3 / 12.0 dark;
// the orange and green strokes 5.2 / 6.0 on white, 10.4 / 11.5 on the dark page.
// test/browser/widget.browser.ts measures the rendered page's lowest text contrast.
// ---------------------------------------------------------------------------------------------
export const STYLES = `
:root{color-scheme:light;--bg:#ffffff;--card:#f4f6f9;--border:#808c9c;--text:#1b1f24;--muted:#4a5361;--link:#0b57d0;--focus:#0b57d0;--badge-bg:#1b1f24;--badge-text:#ffffff;--caution:#a3350a;--alert-bg:#fdf0ef;--alert-border:#b42318;--lp-on:#c2410c;--lp-on-bg:#fff3e0;--lp-held:#137333;--lp-held-bg:#e6f4ea}
.theme-dark{color-scheme:dark;--bg:#12161b;--card:#1c222a;--border:#667284;--text:#e8ecf1;--muted:#b5bdc9;--link:#8ab4f8;--focus:#8ab4f8;--badge-bg:#e8ecf1;--badge-text:#12161b;--caution:#ffb38a;--alert-bg:#2b1715;--alert-border:#ff8a7a;--lp-on:#ffb38a;--lp-on-bg:#3a2414;--lp-held:#7ee2a0;--lp-held-bg:#15301f}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;background:var(--bg)}
body{max-width:72rem;margin:0 auto;padding:clamp(.75rem,2.5vw,1.5rem);background:var(--bg);color:var(--text);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere;word-break:normal}
h1{font-size:clamp(1.25rem,1.05rem + 1vw,1.6rem);line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.125rem;line-height:1.3;margin:0}
p{margin:0}
.intro{color:var(--muted);max-width:65ch;margin-bottom:1rem}
.recs{list-style:none;margin:0;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,17rem),1fr))}
.rec{background:var(--card);border:1px solid var(--border);border-radius:.5rem;padding:.875rem 1rem;display:flex;flex-direction:column;gap:.5rem;min-width:0}
.rec h2{display:flex;gap:.6rem;align-items:flex-start}
.rank{flex:none;display:inline-flex;align-items:center;justify-content:center;min-width:1.8rem;height:1.8rem;padding:0 .3rem;border-radius:999px;background:var(--badge-bg);color:var(--badge-text);font-size:1rem;line-height:1}
.title{min-width:0}
.acronym{display:block}
.name{display:block;font-size:.95rem;font-weight:400}
.provider{color:var(--muted);font-size:.95rem}
.label{font-weight:600}
.reasons{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.35rem;font-size:.9375rem;line-height:1.45}
.reasons li{display:flex;gap:.45rem;align-items:baseline}
.mark{flex:none;width:1rem;text-align:center;font-weight:700}
.against .mark{color:var(--caution)}
.status{font-weight:600}
.status.blocked{color:var(--caution)}
.summary{max-width:65ch;margin-bottom:1rem;display:flex;flex-direction:column;gap:.4rem}
.notice{background:var(--card);border:2px solid var(--caution);border-left-width:.5rem;border-radius:.5rem;padding:.75rem 1rem}
.notice h2{font-size:1rem;margin-bottom:.25rem}
.notes{margin:0;padding-left:1.25rem;color:var(--muted);font-size:.9375rem}
.notes-label{font-size:.9375rem;margin-top:.2rem}
.source{margin-top:auto;padding-top:.2rem}
a{color:var(--link);text-decoration:underline;text-decoration-thickness:.08em;text-underline-offset:.18em}
a:hover{text-decoration-thickness:.16em}
a:focus{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
a:focus:not(:focus-visible){outline:none}
.alert{background:var(--alert-bg);border:2px solid var(--alert-border);border-left-width:.5rem;border-radius:.5rem;padding:1rem;max-width:65ch;display:flex;flex-direction:column;gap:.6rem}
.alert ul{margin:0;padding-left:1.25rem}
.alert li+li{margin-top:.4rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
footer{margin-top:1rem;padding-top:.6rem;border-top:1px solid var(--border);color:var(--muted);font-size:.875rem;display:flex;flex-direction:column;gap:.2rem}
.lp{margin:1.25rem 0 0;max-width:26rem}
.lp h2{font-size:1rem;margin-bottom:.4rem}
.lp svg{display:block;width:100%;height:auto;font-size:13px}
.lp text{fill:currentColor}
.lp .lvl{color:var(--muted);font-size:11px}
.lp .node rect{fill:var(--lp-on-bg);stroke:var(--lp-on);stroke-width:3}
.lp .node.held rect{fill:var(--lp-held-bg);stroke:var(--lp-held)}
.lp .edge{fill:none;stroke:var(--lp-on);stroke-width:2.5}
.lp marker path{fill:var(--lp-on)}
.lp figcaption{color:var(--muted);font-size:.875rem;margin-top:.3rem}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (forced-colors:active){.rank{border:1px solid}.alert{border-color:CanvasText}}
`.trim();
