// No third-party requests: a reader walking through the whole story, in every mode, only ever talks to the
// page's own origin (no web fonts, CDNs, analytics or map tiles).
import { describe, expect } from 'vitest';
import { resolve } from 'node:path';
import { baseUrl as base, test } from './browser.ts';
import { startServer } from '../../scripts/serve.mjs';
import { modes, openMode, walkThrough } from './quality.ts';

const origin = new URL(base).origin;

describe('every request goes to the page’s own origin', () => {
  test.for(modes().map((m) => [m.label, m] as const))('in %s mode, through every step', async ([_name, mode], { open }) => {
    const { page, errors, requests } = await open({ viewport: { width: 390, height: 800 } });
    await openMode(page, base, mode);
    await walkThrough(page, mode);
    // Print also loads the static map figures: render the PDF so they are fetched.
    if (mode.print) await page.pdf({ format: 'A4' });
    // A desktop layout may load other things (a wider map): switch to it at the end of the story.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(1);
    const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('scripts and compiling', () => {
  test('marks the scripts every load runs for eager compilation, and not those loaded on demand', async ({ open }) => {
    const { page, requests } = await open();
    await page.goto(base + '?present');
    await page.waitForSelector('[data-map-ready="true"]');
    const scripts = requests.filter((u) => u.startsWith(origin) && /\.js$/.test(new URL(u).pathname));
    const text = async (u: string) => (await page.request.get(u)).text();
    const hinted = async (u: string) => (await text(u)).startsWith('//# allFunctionsCalledOnLoad\n');
    const onLoad = scripts.filter((u) => /\/(main|disclose-version|mapRuntime)-/.test(u));
    const onDemand = scripts.filter((u) => /\/Present-/.test(u));
    // The entry, Svelte's runtime and the live map's code run on every load; presentation mode only when opened.
    expect(onLoad.length).toBe(3);
    expect(onDemand.length).toBe(1);
    for (const u of onLoad) expect(await hinted(u), u).toBe(true);
    for (const u of onDemand) expect(await hinted(u), u).toBe(false);
  });
});

describe('from a folder of a site', () => {
  // A newsroom hosts graphics under a path (…/graphics/2026/karabakh/), not at a domain's root: every URL the
  // built pages use is relative.
  test('loads every page and file from a sub-folder, with nothing outside it requested', async ({ open }) => {
    const dist = resolve(import.meta.dirname, '../..', process.env.KE_OUT_DIR ?? 'dist');
    const folder = '/graphics/2026/karabakh';
    const server = await startServer({ root: dist, prefix: folder });
    try {
      for (const path of ['/', '/embed.html', '/?present']) {
        const { page, errors, requests } = await open();
        const failed: string[] = [];
        page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
        await page.goto(server.url + folder + path);
        await page.waitForSelector('[data-map-ready="true"]');
        if (path !== '/?present') await page.waitForSelector('html[data-hydrated]');
        const own = requests.filter((u) => u.startsWith(server.url));
        expect(own.length, path).toBeGreaterThan(3);
        expect(own.filter((u) => !u.startsWith(server.url + folder + '/')), path).toEqual([]);
        expect(failed, path).toEqual([]);
        expect(errors, path).toEqual([]);
      }
    } finally {
      await server.close();
    }
  });
});
