// The end-to-end tests' one fixture. `test` gives each test file one Debian Chromium, launched through
// playwright-core (never a downloaded browser) with the flags this sandbox needs when a test first asks for it and
// closed after the file, and gives each test `open`: a new page in a context of its own that records errors and
// requests, closed after the test whether it passed or failed. Also the helpers every suite reads the page with.
import { inject, test as base } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM, CHROME_FLAGS } from '../../scripts/chromium.mjs';

/** The built site, served by globalSetup.ts. */
export const baseUrl = inject('baseUrl');

export interface Watched {
  page: Page;
  /** Uncaught errors and console errors, so every test can assert there were none. */
  errors: string[];
  /** Every URL requested by the page. */
  requests: string[];
}

/** A new page (1280×800 unless `options` say otherwise) in a context of its own. */
export type Open = (options?: BrowserContextOptions) => Promise<Watched>;

export const test = base
  .extend('browser', { scope: 'file' }, async (): Promise<Browser> => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
    return browser;
  })
  .extend('open', async ({ browser }, { onCleanup }): Promise<Open> => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      for (const c of contexts) await c.close().catch(() => {});
    });
    return async (options = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('request', (r) => requests.push(r.url()));
      return { page, errors, requests };
    };
  });

/** The active step id, the map state, and the URL hash, as a reader's browser shows them. */
export async function readState(page: Page) {
  return page.evaluate(() => ({
    active: [...document.querySelectorAll('[aria-current="step"]')].map((e) => e.getAttribute('data-step')),
    map: document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? null,
    hash: location.hash,
  }));
}

/** Scrolls so the given step's top sits at the middle-ish of the viewport, then waits for the engine. */
export async function scrollToStep(page: Page, id: string) {
  // The first step is already aria-current in the prerendered HTML: wait for hydration, or the check below
  // could pass before the page is interactive.
  await waitHydrated(page);
  await page.evaluate((id) => {
    const el = document.querySelector(`[data-step="${id}"]`)!;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.3);
  }, id);
  await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, id, { timeout: 5000 });
  // And the step is live (its section comes to life as the reader nears it): its footnotes open pop-ups.
  await waitStepLive(page, id);
}

/** Waits until a step's island is live (until then its footnote markers are the no-JavaScript links to the sources). */
export async function waitStepLive(page: Page, id: string) {
  await page.waitForSelector(`[data-island="step"][data-id="${id}"][data-live]`, { state: 'attached', timeout: 10_000 });
}

/** Opens a page and waits until it is live: its header's buttons do nothing before (the scripts start after the first
 * map picture is on screen). */
export async function gotoLive(page: Page, url: string) {
  await page.goto(url);
  await waitHydrated(page);
}

/** Waits until the client has hydrated the prerendered page. */
export async function waitHydrated(page: Page) {
  await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 10_000 });
}

export async function stepIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')!));
}

/** The live map is drawn (its data came from somewhere: the network, a cache or the pack) and shows `state`. */
export async function mapShows(page: Page, state?: string) {
  await page.waitForFunction(
    (state) => {
      const map = document.querySelector('[data-map-state]');
      return !!map && map.querySelectorAll('path').length > 10 && (!state || map.getAttribute('data-map-state') === state);
    },
    state,
    { timeout: 10_000 },
  );
}
