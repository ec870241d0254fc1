// Build-time: gives every built HTML page (index.html, embed.html, …) a strict Content-Security-Policy meta tag
// and inlines the entry stylesheet so first paint needs no render-blocking request.
// Scripts come only from our own origin: no 'unsafe-inline', no eval. Inline styles are allowed (Svelte and the
// prerendered SVG set style attributes; styles cannot run code). frame-ancestors cannot be set by a meta tag:
// README "Security" gives the header a host should add.
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'frame-src': "'self'",
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
}

function escapeStyle(css: string): string {
  // A stylesheet cannot contain "</style" once inlined.
  return css.replace(/<\/style/gi, '<\\/style');
}

export default function cspPlugin(options: CspPluginOptions = {}): Plugin {
  const inlineCss = options.inlineCss ?? true;
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
        // The page is prerendered and readable before any script runs: the entry script (hydration) must not
        // compete with the HTML and the first view's images, nor be mistaken for render-blocking.
        out = out.replace(/<script type="module"(?![^>]*fetchpriority)/g, '<script type="module" fetchpriority="low"');
        if (/http-equiv="Content-Security-Policy"/i.test(out)) return out;
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
        // Right after <meta charset>, before anything that could load.
        return out.replace(/(<meta\s+charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
      },
    },
  };
}
