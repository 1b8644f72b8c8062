// The embed: a small script a partner's page loads from the Worker (two lines of HTML, see
// docs/partner.md) that creates the widget's iframe from `data-*` attributes and follows the
// widget's height, so no frame is ever cut and no scroll area appears inside the page. Messages
// are origin-checked both ways: the widget posts its height only to the origin that framed it
// (the server names it in the page: src/widget/framing.ts), and the embed takes heights only from
// the Worker's origin and only from its own frames. Without the script a bare iframe still works.
//
// Both scripts are fixed text: the widget's inline reporter is allowed by its hash in the widget's
// CSP (a test recomputes HEIGHT_REPORTER_SHA256), and the embed is served under its content hash
// (`/embed/embed-<hash>.js`, cached for a year) and under a stable name (`/embed/embed.js`,
// revalidated after an hour, with the hash as its ETag).
import { sha256Hex } from '../edge/digest.js';

/** The message both scripts speak: `{ certgraph: 'height', height: <CSS px> }`. */
const MESSAGE = 'height';

/**
 * The widget's inline script: posts the page's height to the framing origin named in
 * `<html data-parent-origin>`, on load and whenever the layout changes. Does nothing when the page
 * is not framed or the origin is unknown.
 */
export const HEIGHT_REPORTER = `(()=>{const d=document.documentElement,o=d.dataset.parentOrigin;if(!o||window.parent===window)return;let h=0;const s=()=>{const n=Math.ceil(d.getBoundingClientRect().height);if(n!==h){h=n;window.parent.postMessage({certgraph:"${MESSAGE}",height:n},o)}};new ResizeObserver(s).observe(d);addEventListener("load",s);s()})();`;

/** The CSP source of HEIGHT_REPORTER (base64 SHA-256; test/widget/widget-embed.test.ts recomputes it). */
export const HEIGHT_REPORTER_SHA256 = "'sha256-uyCKBXJfi+1l6j0fmohx6W+SRTu3xkDhTKnhzWP5CjU='";

/**
 * The embed script. Each element with `data-certgraph-widget` gets an iframe whose address holds
 * the element's other `data-*` attributes as the widget's parameters (`data-target-role` is
 * `targetRole`); `data-title` names the frame; `data-height` is the height before the first
 * message (760 by default).
 */
export const EMBED_SCRIPT = `(()=>{"use strict";
const me=document.currentScript;if(!me)return;
const base=new URL(me.src).origin,frames=[];
function mount(host){
  if(host.dataset.certgraphReady!==undefined)return;host.dataset.certgraphReady="";
  const url=new URL("/embed/recommendations",base);
  for(const [name,value] of Object.entries(host.dataset)){
    if(["certgraphWidget","certgraphReady","title","height"].includes(name))continue;
    url.searchParams.set(name,value);
  }
  const f=document.createElement("iframe");
  f.src=url.href;f.title=host.dataset.title||"Certification recommendations";
  f.referrerPolicy="origin";
  f.style.cssText="border:0;width:100%;display:block;height:"+(Number(host.dataset.height)||760)+"px";
  host.append(f);frames.push(f);
}
addEventListener("message",(e)=>{
  if(e.origin!==base)return;
  const f=frames.find((x)=>x.contentWindow===e.source);
  const m=e.data;
  if(!f||!m||m.certgraph!=="${MESSAGE}")return;
  const h=Number(m.height);
  if(Number.isFinite(h)&&h>0&&h<100000)f.style.height=Math.ceil(h)+"px";
});
function all(){for(const host of document.querySelectorAll("[data-certgraph-widget]"))mount(host)}
if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",all);else all();
})();
`;

let hash: Promise<string> | undefined;
/** The first 16 hex digits of the embed script's SHA-256: its versioned name, and its ETag. */
export function embedHash(): Promise<string> {
  hash ??= sha256Hex(EMBED_SCRIPT).then((hex) => hex.slice(0, 16));
  return hash;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * A widget page with its height reporter: the framing origin (null: unknown, then nothing is
 * posted) in `<html data-parent-origin>`, the inline script before `</body>`.
 */
export function withHeightReporter(html: string, parentOrigin: string | null): string {
  const attribute = parentOrigin ? ` data-parent-origin="${parentOrigin.replace(/[&<>"]/g, (c) => ESCAPES[c]!)}"` : '';
  return html
    .replace(/^<!doctype html><html /, `<!doctype html><html${attribute} `)
    .replace(/<\/body><\/html>$/, `<script>${HEIGHT_REPORTER}</script></body></html>`);
}
