// Offline after the first visit (README, Classroom): a teacher opens the explainer once on a good connection;
// the service worker fills its cache; the next visit with no network has the whole explainer: the page, its live
// map following the scroll, presentation mode, the handout with every map. A new build replaces the cache. Framed
// pages (the embed) never register the worker.
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { test, scrollToStep, waitHydrated, type Watched, mapShows } from './browser.ts';
import { startServer } from '../../scripts/serve.mjs';

const dist = resolve(import.meta.dirname, '../..', process.env.KE_OUT_DIR ?? 'dist');

// Each test serves its own copy of the build (the update test changes files in it), on its own port: a new origin,
// so no worker carries over.
let site: { url: string; close: () => Promise<void> };
let root: string;
beforeEach(async () => {
  root = mkdtempSync(resolve(tmpdir(), 'ke-offline-'));
  cpSync(dist, root, { recursive: true });
  site = await startServer({ root });
});
afterEach(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The precache manifest's URLs, read from the built worker. */
function manifestUrls(dir = root): string[] {
  const sw = readFileSync(resolve(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{"?revision"?:(?:"[0-9a-f]+"|null),"?url"?:"([^"]+)"\}/g)].map((m) => m[1]);
}

/** Waits until the worker is active and controls the page (its install has filled the cache), and returns the URLs in its cache. */
async function cached(page: Page): Promise<string[]> {
  const ready = () =>
    page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active && !!navigator.serviceWorker.controller);
  for (let t = 0; !(await ready()); t += 250) {
    if (t > 30_000) throw new Error('no active service worker after 30 s');
    await page.waitForTimeout(250);
  }
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
    return urls;
  });
}

/** Records requests the browser could not complete (offline, a URL the cache lacks). */
function failures(page: Page): string[] {
  const failed: string[] = [];
  // A request the test's own next navigation cancels (net::ERR_ABORTED: a lazily loaded part still on its way when
  // the page is left) is not one the cache failed to answer.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
  });
  return failed;
}


/** The first step (after the first) whose map differs from the first step's, with its map state. */
async function stepWithOtherMap(page: Page): Promise<{ id: string; map: string }> {
  const steps = await page.$$eval('[data-step]', (els) =>
    els.map((e) => ({ id: e.getAttribute('data-step')!, map: e.querySelector('[data-figure-state]')?.getAttribute('data-figure-state') ?? '' })),
  );
  const other = steps.find((s) => s.map && s.map !== steps[0].map);
  expect(other).toBeDefined();
  return other!;
}

describe('offline after the first visit', () => {
  test('the worker precaches every edition; offline, the page, its map, scrolling, presentation mode and print all work', async ({ open }) => {
    const { page, errors }: Watched = await open();
    const failed = failures(page);
    await page.goto(site.url + '/');
    await waitHydrated(page);

    const urls = manifestUrls();
    // Every edition's page, map file and static maps; never the compressed copies, the embed or the packs.
    for (const dir of ['', 'fr/', 'ru/']) {
      expect(urls).toContain(`${dir}index.html`);
      expect(urls).toContain(`${dir}geo/karabakh.map.json`);
      expect(urls.filter((u) => u.startsWith(`${dir}maps/`) && u.endsWith('.svg')).length).toBeGreaterThan(5);
    }
    expect(urls.filter((u) => /\.(br|gz)$|embed\.|karabakh-explained-|sw\.js/.test(u))).toEqual([]);
    const inCache = (await cached(page)).map((u) => new URL(u).pathname.slice(1));
    expect(inCache.sort()).toEqual([...urls].sort());

    await page.context().setOffline(true);
    // Offline for real: the network itself fails.
    expect(await page.evaluate((u) => fetch(u + '?bypass=' + Date.now(), { cache: 'no-store' }).then(() => 'ok', () => 'failed'), site.url + '/oembed.json')).toBe('failed');
    // (The check itself logged its failed request.)
    failed.length = 0;
    errors.length = 0;

    // The page, hydrated, with its live map, following the scroll.
    await page.reload();
    await waitHydrated(page);
    await mapShows(page);
    const other = await stepWithOtherMap(page);
    await scrollToStep(page, other.id);
    await mapShows(page, other.map);

    // Presentation mode (its code is a lazily loaded chunk) steps on.
    await page.goto(site.url + '/?present');
    await page.waitForSelector('[data-present] [aria-current="step"]');
    const first = await page.$eval('[data-present] [aria-current="step"]', (e) => e.getAttribute('data-step'));
    await page.keyboard.press('PageDown');
    await page.waitForFunction((first) => document.querySelector('[data-present] [aria-current="step"]')?.getAttribute('data-step') !== first, first);
    await mapShows(page);

    // The handout: every step's static map loads (from the cache) and prints.
    await page.goto(site.url + '/');
    await waitHydrated(page);
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(
      () => {
        const imgs = [...document.querySelectorAll<HTMLImageElement>('figure[data-figure-state] img')];
        return imgs.length > 5 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      },
      null,
      { timeout: 15_000 },
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(100_000);
    await page.emulateMedia({ media: 'screen' });

    // Another edition, offline too.
    await page.goto(site.url + '/fr/');
    await waitHydrated(page);
    await mapShows(page);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');

    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a new build replaces the cache: online the next load is new, and offline after that too', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(site.url + '/');
    await waitHydrated(page);
    await cached(page);
    const title = await page.title();

    // A new build: a changed page and the worker whose manifest says so (its revision for index.html).
    const NEW = 'New build';
    const html = readFileSync(resolve(root, 'index.html'), 'utf8').replace(/<title>([^<]*)<\/title>/, `<title>$1 (${NEW})</title>`);
    writeFileSync(resolve(root, 'index.html'), html);
    const sw = readFileSync(resolve(root, 'sw.js'), 'utf8').replace(
      /(\{"?revision"?:")[0-9a-f]+(","?url"?:"index\.html"\})/,
      `$1${'0123456789abcdef'.repeat(2)}$2`,
    );
    expect(sw).toContain('0123456789abcdef0123456789abcdef');
    writeFileSync(resolve(root, 'sw.js'), sw);
    for (const f of ['index.html', 'sw.js']) for (const ext of ['.br', '.gz']) unlinkSync(resolve(root, f + ext));

    // Online, the next load is the new page (pages come from the network first).
    await page.reload();
    await waitHydrated(page);
    expect(await page.title()).toBe(`${title} (${NEW})`);
    // The browser finds the new worker, which downloads the changed page.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    for (let t = 0; !(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)); t += 250) {
      if (t > 20_000) throw new Error('no new service worker after 20 s');
      await page.waitForTimeout(250);
    }

    // The tab is closed; the next visit, offline, has the new build from the new cache.
    const context = page.context();
    await page.close();
    await context.setOffline(true);
    const next = await context.newPage();
    const nextErrors: string[] = [];
    next.on('pageerror', (e) => nextErrors.push(e.message));
    await next.goto(site.url + '/');
    await waitHydrated(next);
    expect(await next.title()).toBe(`${title} (${NEW})`);
    // One copy of each file: the old page's entry is gone.
    const pages = (await cached(next)).filter((u) => new URL(u).pathname === '/index.html');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('0123456789abcdef');
    expect(errors).toEqual([]);
    expect(nextErrors).toEqual([]);
  });

  test('from a folder of a host (relative URLs): the worker covers that folder and the page works offline', async ({ open }) => {
    const folder = await startServer({ root, prefix: '/graphics/karabakh' });
    try {
      const { page, errors } = await open();
      const failed = failures(page);
      await page.goto(folder.url + '/graphics/karabakh/ru/');
      await waitHydrated(page);
      const inCache = (await cached(page)).map((u) => new URL(u).pathname);
      expect(inCache.length).toBe(manifestUrls().length);
      expect(inCache.every((p) => p.startsWith('/graphics/karabakh/'))).toBe(true);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope)).toBe(folder.url + '/graphics/karabakh/');
      await page.context().setOffline(true);
      await page.goto(folder.url + '/graphics/karabakh/ru/?present');
      await page.waitForSelector('[data-present] [aria-current="step"]');
      await mapShows(page);
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await folder.close();
    }
  });

  test('framed pages (the embed, or the page itself in an iframe) register no worker; the top page does', async ({ open }) => {
    // A host page on the site's own origin (a browser would let a frame there register a worker; a third-party frame
    // is refused by the browser anyway), framing the embed, then the page.
    const { page, errors } = await open();
    for (const src of ['embed.html', 'index.html']) {
      writeFileSync(resolve(root, 'host.html'), `<!doctype html><title>Host</title><link rel="icon" href="data:,"><iframe src="${src}" width="800" height="600"></iframe>`);
      await page.goto(`${site.url}/host.html`);
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await frame.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 15_000 });
      // Registration waits for load and an idle moment (at most 5 s): wait past it.
      await frame.waitForTimeout(6000);
      expect(await frame.evaluate(() => document.readyState)).toBe('complete');
      expect(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    }
    // The same page at the top registers it (so the checks above could have failed).
    await page.goto(site.url + '/');
    await waitHydrated(page);
    expect((await cached(page)).length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });
});
