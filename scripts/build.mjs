// npm run build: the client bundle, then a server build of the same app rendered to HTML at build time
// (every step's text in the page, hydrated on the client), then the per-page HTML files.
import { build } from 'vite';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readEditions } from './editions.mjs';
import { writePack } from './pack.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const root = resolve(import.meta.dirname, '..');
// KE_OUT_DIR lets parallel work (or CI) build somewhere other than dist/.
const dist = resolve(root, process.env.KE_OUT_DIR ?? 'dist');

// One edition per locale of data/locales.json: the default at dist/, each other in dist/<code>/, each a whole
// site (pages, embed, maps, loader) built from its own story.<code>.json and ui.<code>.json.
const only = process.env.KE_LOCALE;
const editions = readEditions().filter((e) => !only || e.code === only);
if (!editions.length) {
  console.error(`\nBuild failed: KE_LOCALE="${only}" is not in data/locales.json`);
  process.exit(1);
}
const packs = [];
for (const e of editions) await buildEdition(e.code, resolve(dist, e.dir));
// Offline after the first visit: one service worker at the site's root for every edition (README, Classroom).
const sw = await writeServiceWorker(root, dist, editions.map((e) => e.dir)).catch((e) => {
  console.error(`\nBuild failed (service worker): ${e?.message ?? e}`);
  process.exit(1);
});
await precompress(dist);
console.log(`Service worker: ${sw.count} files precached (${(sw.size / 1024).toFixed(0)} KiB before compression).`);
console.log(`Classroom packs: ${packs.map((p) => `${p.file} ${(p.size / 1024).toFixed(0)} KiB`).join(', ')}.`);
console.log(`Built dist/ (prerendered): ${editions.map((e) => `${e.code} at dist/${e.dir && e.dir + '/'}`).join(', ')}.`);

async function buildEdition(locale, outDir) {
  const ssrOut = outDir + '-ssr';
  process.env.KE_LOCALE = locale;
  try {
    // The default edition empties dist/ first; every other edition then gets a fresh folder of its own in it.
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    // embed.js, the loader host pages paste beside the embed's iframe: one classic script at a fixed public URL,
    // from the same TypeScript (and the same message code) as the embed.
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2017',
        minify: process.env.KE_NOMINIFY ? false : undefined,
        lib: { entry: resolve(root, 'src/lib/embed/embedLoader.ts'), formats: ['iife'], name: 'karabakhEmbedLoader', fileName: () => 'embed.js' },
      },
    });
    await build({
      root,
      logLevel: 'warn',
      publicDir: false,
      build: { ssr: resolve(root, 'src/build/entry-server.ts'), outDir: ssrOut, emptyOutDir: true, rollupOptions: { input: resolve(root, 'src/build/entry-server.ts') } },
    });
  } catch (e) {
    console.error(`\nBuild failed (locale ${locale}): ${e?.message ?? e}`);
    process.exit(1);
}

const server = await import(pathToFileURL(resolve(ssrOut, 'entry-server.js')).href);

/** Fills a built HTML page with the prerendered app. */
async function prerender(file, page) {
  const path = resolve(outDir, file);
  const html = (await readFile(path, 'utf8')).replace(/<html lang="[a-z]+"/, `<html lang="${server.lang}"`);
  const { head, body } = server.renderPage(page, process.env.KE_SITE_URL ?? '');
  if (!html.includes('<!--app-html-->')) throw new Error(`${file}: no <!--app-html--> placeholder`);
  await writeFile(path, html.replace('<!--app-head-->', head).replace('<!--app-html-->', body));
}

await prerender('index.html', 'main');
await prerender('embed.html', 'embed');
if (server.afterBuild) await server.afterBuild(outDir);
// The one-file classroom pack of this edition, at the site's root beside the default edition's page.
try {
  const { out, size } = await writePack({ root, dist, edition: outDir, locale, server, siteUrl: process.env.KE_SITE_URL ?? '' });
  packs.push({ file: out.slice(dist.length + 1), size });
} catch (e) {
  console.error(`\nBuild failed (classroom pack, locale ${locale}): ${e?.message ?? e}`);
  process.exit(1);
}
await rm(ssrOut, { recursive: true, force: true });
}

/**
 * Brotli and gzip beside every text file (index.html.br, index.html.gz), at their highest levels, once at build:
 * scripts/serve.mjs serves them by Accept-Encoding, as static hosts and CDNs do.
 */
async function precompress(dir) {
  const { readdir } = await import('node:fs/promises');
  const { brotliCompressSync, gzipSync, constants } = await import('node:zlib');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(html|js|mjs|css|json|svg|txt|xml)$/.test(e.name))
    .map((e) => resolve(e.parentPath ?? e.path, e.name));
  for (const f of files) {
    const body = await readFile(f);
    await writeFile(f + '.br', brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    await writeFile(f + '.gz', gzipSync(body, { level: 9 }));
  }
}
