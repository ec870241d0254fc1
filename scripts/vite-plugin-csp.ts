// Build-time: gives every built HTML page (index.html, embed.html, …) a strict Content-Security-Policy meta tag
// and inlines the entry stylesheet so first paint needs no render-blocking request.
// Scripts come only from our own origin: no 'unsafe-inline', no eval. Inline styles are allowed (Svelte and the
// prerendered SVG set style attributes; styles cannot run code). frame-ancestors cannot be set by a meta tag:
// README "Security" gives the header a host should add.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'frame-src': "'self'",
  // The site's service worker (sw.js, offline after the first visit), and nothing else.
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'media-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

export interface CspPluginOptions {
  /** Inline the entry CSS into the page (default true). The .css file stays in assets/ for anything that links it. */
  inlineCss?: boolean;
  /** Load the entry module after the first paint (default true). */
  deferHydration?: boolean;
  /** Write the CSP meta tag (default true; the one-file pack writes its own, scripts/pack.mjs). */
  csp?: boolean;
  /** Code the inline bootstrap runs first, as the document finishes parsing (before the load event). */
  first?: string;
}

function escapeStyle(css: string): string {
  // A stylesheet cannot contain "</style" once inlined.
  return css.replace(/<\/style/gi, '<\\/style');
}

export default function cspPlugin(options: CspPluginOptions = {}): Plugin {
  const inlineCss = options.inlineCss ?? true;
  const deferHydration = options.deferHydration ?? true;
  const csp = options.csp ?? true;
  return {
    name: 'karabakh-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let out = html;
        if (inlineCss && ctx.bundle) {
          out = out.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
            const href = /\bhref="([^"]+\.css)"/.exec(tag)?.[1];
            if (!href || /^[a-z]+:|^\/\//i.test(href)) return tag;
            const name = href.replace(/^\.?\//, '');
            const asset = ctx.bundle![name];
            if (!asset || asset.type !== 'asset') return tag;
            const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            return `<style>${escapeStyle(css)}</style>`;
          });
        }
        // The page is prerendered and readable before any script runs. Hydration starts after the first paint:
        // a one-line inline bootstrap (allowed by its hash, the only inline script) imports the entry module
        // once the prerendered text is on screen, so no script request or evaluation delays the first view.
        const hashes: string[] = [];
        if (deferHydration) {
          const entry = /<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>\s*/g;
          const srcs = [...out.matchAll(entry)].map((m) => m[1]);
          if (srcs.length) {
            // At once inside an iframe (browsers pause frames of an offscreen cross-origin iframe, and an embed must
            // report its height); after 1 s at the latest (a hidden tab has no frames); otherwise as below.
            // The entry's own imports were preloaded in the head (Vite's modulepreload links): they now start with
            // the entry, after the first view, so that the document and the first map picture have the network and
            // the processor to themselves (with them in the head, the first map came about 500 ms later in
            // Lighthouse's simulated 4G: the same page without its scripts painted it at 1.45x the empty page, with
            // them at 2.3x; README, Quality budgets). The bootstrap adds the same links when it starts, so the modules still load side by side.
            const preload = /<link rel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>\s*/g;
            const deps = [...out.matchAll(preload)].map((m) => m[1]);
            out = out.replace(preload, '');
            const links = deps.length
              ? `for(const h of ${JSON.stringify(deps)}){const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.append(l)}`
              : '';
            const imports = srcs.map((src) => `import(${JSON.stringify(src)})`).join(',');
            // Once the first map picture (fetchpriority=high, the first view's largest element on most screens) is on
            // screen, as the browser reports its paint (Element Timing; frames can run before anything is presented,
            // so counting frames after its load event was not enough); in browsers without Element Timing, two frames
            // after it loaded; without a picture, after the first frame. Inside an iframe at once, and after 1 s at the
            // latest (a picture that fails, or a tab in the background), as above. Not on the embed page, whose picture
            // is laid out by its script (lib/embed): there, after the first frame, as before.
            const code =
              `${options.first ?? ''}let s=0;const g=()=>{if(s)return;s=1;${links}${imports}},f=()=>setTimeout(g),` +
              `i=document.querySelector('#app[data-page=main] img[fetchpriority=high]');` +
              `if(i&&PerformanceObserver.supportedEntryTypes?.includes('element')){i.addEventListener('error',f);` +
              `new PerformanceObserver(l=>l.getEntries().some(e=>e.element===i)&&f()).observe({type:'element',buffered:!0})}` +
              `else if(i&&!i.complete){const w=()=>requestAnimationFrame(()=>requestAnimationFrame(f));i.addEventListener('load',w);i.addEventListener('error',w)}` +
              `else requestAnimationFrame(f);setTimeout(g,self===top?1e3:0)`;
            hashes.push(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
            let first = true;
            out = out.replace(entry, () => (first ? ((first = false), `<script type="module">${code}</script>\n    `) : ''));
          }
        } else {
          out = out.replace(/<script type="module"(?![^>]*fetchpriority)/g, '<script type="module" fetchpriority="low"');
        }
        if (!csp || /http-equiv="Content-Security-Policy"/i.test(out)) return out;
        const policy = hashes.length ? CSP.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`) : CSP;
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        // Right after <meta charset>, before anything that could load.
        return out.replace(/(<meta\s+charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
      },
    },
  };
}
