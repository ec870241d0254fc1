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
// Work an edition leaves running in the background (its social cards, rendered off the main thread).
const pending = [];
const packs = [];
for (const e of editions) await buildEdition(e.code, resolve(dist, e.dir));
await Promise.all(pending);
// Offline after the first visit: one service worker at the site's root for every edition (README, Classroom).
// The story's first map state (the same in every edition): its panel pictures are precached too.
const firstState = JSON.parse(await readFile(resolve(root, `data/story.${editions[0].code}.json`), 'utf8')).sections[0].steps[0].map;
const sw = await writeServiceWorker(root, dist, editions.map((e) => e.dir), firstState).catch((e) => {
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
  const siteUrl = process.env.KE_SITE_URL ?? '';
  const { head, body, svelteHead } = server.renderPage(page, siteUrl);
  if (!html.includes('<!--app-html-->')) throw new Error(`${file}: no <!--app-html--> placeholder`);
  await writeFile(path, html.replace('<!--app-head-->', head).replace('<!--app-html-->', body));
  // One page per section beside index.html (section-<id>.html): the same page with the section's own head (title,
  // description, social card, JSON-LD), showing that section once hydrated, as ?section=<id> does.
  if (page !== 'main') return;
  for (const s of server.sectionPages()) {
    // Its own oEmbed too (src/build/oembed.ts): pasted into WordPress, it embeds this section alone.
    const oembed = 'href="oembed.json"';
    if (!html.includes(oembed)) throw new Error(`${file}: no oEmbed link (${oembed}) to point at the section's own`);
    // Its language switcher leads to the same section's page of each other edition, with or without JavaScript.
    const switcher = (b) => b.replace(/<nav class="locale-switch[^"]*"[\s\S]*?<\/nav>/, (nav) => nav.replace(/ href="([^"]*\/)"/g, ` href="$1${s.file}"`));
    const own = html.replace('data-page="main"', `data-page="main" data-section="${s.id}"`).replace(oembed, `href="${s.oembed}"`);
    await writeFile(resolve(outDir, s.file), own.replace('<!--app-head-->', server.headTags('main', siteUrl, s.id) + svelteHead).replace('<!--app-html-->', switcher(body)));
  }
}

await prerender('index.html', 'main');
await prerender('embed.html', 'embed');
if (server.afterBuild) {
  const t0 = performance.now();
  const { log, cards } = await server.afterBuild(outDir);
  pending.push(cards);
  console.log(`  ${locale}: static maps, ${log} (${Math.round(performance.now() - t0)} ms after the pages)`);
}
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
 * scripts/serve.mjs serves them by Accept-Encoding, as static hosts and CDNs do. Not the GeoJSON downloads (about
 * 1 MB per edition, fetched only to be saved: Brotli's top level on them would cost seconds of build).
 */
async function precompress(dir) {
  const { readdir } = await import('node:fs/promises');
  const { brotliCompress, gzip, constants } = await import('node:zlib');
  const { promisify } = await import('node:util');
  const [br, gz] = [promisify(brotliCompress), promisify(gzip)];
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(html|js|mjs|css|json|svg|txt|xml|csv)$/.test(e.name))
    .map((e) => resolve(e.parentPath ?? e.path, e.name));
  // In libuv's thread pool, a few files at a time: the section pages (#19) made this the build's longest step.
  const one = async (f) => {
    const body = await readFile(f);
    await writeFile(f + '.br', await br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    await writeFile(f + '.gz', await gz(body, { level: 9 }));
  };
  const queue = [...files];
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (queue.length) await one(queue.shift());
  }));
}
