// Build step: the site's service worker, dist/sw.js (README, Classroom: offline). Vite bundles
// src/lib/offline/sw.ts with the Workbox modules it imports (no runtime loaded from a CDN), then workbox-build's
// injectManifest writes in the precache manifest: every edition's page, scripts, styles, map file and static maps,
// each with a revision hash. Not precached: the .br/.gz copies (the server picks the encoding; the worker stores
// the decoded file), the embed (framed pages never register the worker), the open data file, and the one-file packs.
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * What the worker precaches, relative to dist/ (every edition's folder: '', 'fr/', 'ru/'); `first`: the story's first
 * map state, whose panel pictures (lib/map/panel.ts) the page shows before its live map (a deep link's picture is
 * not kept: offline, the live map, which is, draws it).
 */
export function precachePatterns(dirs, first) {
  return dirs.flatMap((d) => {
    const p = d ? d.replace(/\/?$/, '/') : '';
    return [`${p}index.html`, `${p}assets/*.{js,css}`, `${p}geo/karabakh.map.json`, `${p}maps/*.svg`, ...(first ? [`${p}maps/panel-*/${first}.svg`] : [])];
  });
}

/** Writes dist/sw.js; returns the manifest's size (files and bytes). */
export async function writeServiceWorker(root, dist, dirs, first) {
  const tmp = resolve(dist, '.sw-build');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: tmp,
      emptyOutDir: true,
      target: 'es2020',
      minify: process.env.KE_NOMINIFY ? false : undefined,
      lib: { entry: resolve(root, 'src/lib/offline/sw.ts'), formats: ['iife'], name: 'karabakhSw', fileName: () => 'sw.js' },
    },
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: resolve(tmp, 'sw.js'),
    swDest: resolve(dist, 'sw.js'),
    globDirectory: dist,
    globPatterns: precachePatterns(dirs, first),
    globIgnores: ['**/*.br', '**/*.gz', '.sw-build/**'],
    // Hashed file names need no revision of their own.
    dontCacheBustURLsMatching: /assets\/.+-[\w-]{8}\.(js|css)$/,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  await rm(tmp, { recursive: true, force: true });
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { count, size };
}
