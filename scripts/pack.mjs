// Build step: the one-file classroom pack, dist/karabakh-explained-<locale>.html (README, Classroom). The same
// prerendered page as the edition, with everything it needs inside the file, for a USB stick (file://) with no
// network: one inline module (a client build with the lazily loaded parts bundled in: the live map, presentation
// mode), the styles, the map file and each static map in non-executed data blocks (src/lib/offline/pack.ts reads
// them; a page on file:// cannot fetch() a file beside it), and a CSP of its own that allows its one script by hash.
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The pack's Content-Security-Policy: nothing from anywhere, its own script by hash, images from data: URLs. */
export function packCsp(scriptHash) {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "font-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Text safe inside <script>…</script>: no end tag, no comment opener. */
function scriptText(text, what) {
  const out = text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  if (/<\/script/i.test(out)) throw new Error(`pack: ${what} cannot be inlined`);
  return out;
}

/**
 * Writes `<dist>/karabakh-explained-<locale>.html`. `edition` is the edition's built folder (for its map file and
 * static maps), `server` its prerender module (entry-server.ts). Returns the file's path and size.
 */
export async function writePack({ root, dist, edition, locale, server, siteUrl }) {
  const tmp = edition + '-pack';
  process.env.KE_PACK = '1';
  try {
    await build({ root, logLevel: 'warn', publicDir: false, build: { outDir: tmp, emptyOutDir: true } });
  } finally {
    delete process.env.KE_PACK;
  }
  let html = await readFile(resolve(tmp, 'index.html'), 'utf8');
  const assets = await readdir(resolve(tmp, 'assets'));
  const js = assets.filter((f) => f.endsWith('.js'));
  if (js.length !== 1) throw new Error(`pack: expected one script, got ${js.join(', ')}`);
  if (/<link\b[^>]*rel="(stylesheet|modulepreload)"/.test(html)) throw new Error('pack: a stylesheet or preload was not inlined');
  const code = scriptText(await readFile(resolve(tmp, 'assets', js[0]), 'utf8'), js[0]);
  const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;

  // The prerendered page, as a pack (its links name the other packs, not the site's pages).
  const { head, body } = server.renderPage('main', siteUrl, true);
  html = html
    .replace(/<html lang="[a-z]+"/, `<html lang="${server.lang}"`)
    .replace('<!--app-head-->', () => head)
    // The oEmbed discovery link names a file that is not in the pack.
    .replace(/\s*<link rel="alternate" type="application\/json\+oembed"[^>]*>/, '')
    .replace(/(<meta\s+charset="[^"]*"\s*\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${packCsp(hash)}" />`);
  // Each static map is in the file once: the figures (one per step) get its data: URL from the page's code.
  const figures = body.replace(/(<img) src="maps\/[\w-]+\.svg"/g, '$1');
  if (/src="maps\//.test(figures)) throw new Error('pack: a figure still names maps/');
  const blocks = [`<script type="application/json" id="ke-pack-map">${scriptText((await readFile(resolve(edition, 'geo/karabakh.map.json'), 'utf8')).replace(/</g, '\\u003c'), 'map')}</script>`];
  for (const f of (await readdir(resolve(edition, 'maps'))).filter((n) => n.endsWith('.svg')).sort()) {
    const svg = (await readFile(resolve(edition, 'maps', f), 'utf8')).replace(/^<\?xml[^>]*>\s*/, '');
    blocks.push(`<script type="image/svg+xml" id="ke-pack-figure-${f.slice(0, -4)}">${scriptText(svg, f)}</script>`);
  }
  // The page first (its text paints at once), then the data blocks, then the code (a module: it runs once the
  // document is parsed, as the site's deferred entry does).
  const entry = /\s*<script type="module"[^>]*\bsrc="[^"]+"[^>]*><\/script>/;
  if (!entry.test(html)) throw new Error('pack: no entry script');
  html = html
    .replace(entry, '')
    .replace('<!--app-html-->', () => figures)
    .replace(/<\/body>/, () => `${blocks.join('\n')}\n<script type="module">${code}</script>\n</body>`);
  const out = resolve(dist, `karabakh-explained-${locale}.html`);
  await writeFile(out, html);
  await rm(tmp, { recursive: true, force: true });
  return { out, size: Buffer.byteLength(html) };
}
