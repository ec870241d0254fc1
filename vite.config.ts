import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { resolve } from 'node:path';
import storyPlugin from './scripts/vite-plugin-story.ts';
import cspPlugin from './scripts/vite-plugin-csp.ts';
import compileHintsPlugin from './scripts/vite-plugin-compile-hints.ts';
import { oembedPlugin } from './src/build/oembed.ts';
import { PRINT_PRELOAD } from './src/lib/print/early.ts';

// KE_PACK: the client build of the one-file classroom pack (scripts/pack.mjs): the page alone, every lazily loaded
// part bundled into one script and one stylesheet, which the pack inlines.
const pack = !!process.env.KE_PACK;

export default defineConfig({
  publicDir: 'static',
  // Relative asset URLs: the built site works from any folder (a newsroom's /graphics/2026/karabakh/), not only
  // from a domain's root.
  base: './',
  // The site's public address, for the handout's links and QR codes back to each step (src/lib/print/stepLink.ts).
  define: { __KE_SITE_URL__: JSON.stringify(process.env.KE_SITE_URL ?? '') },
  plugins: [svelte(), storyPlugin(), cspPlugin(pack ? { deferHydration: false, csp: false } : { first: PRINT_PRELOAD }), compileHintsPlugin({ dynamic: ['mapRuntime'] }), ...(pack ? [] : [oembedPlugin(import.meta.dirname)])],
  build: {
    outDir: 'dist',
    target: 'es2022',
    minify: process.env.KE_NOMINIFY ? false : undefined,
    ...(pack ? { modulePreload: false, cssCodeSplit: false, assetsInlineLimit: () => true } : {}),
    rollupOptions: pack
      ? { input: { main: resolve(import.meta.dirname, 'index.html') }, output: { codeSplitting: false } }
      : { input: { main: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
