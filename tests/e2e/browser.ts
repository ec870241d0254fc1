// Launches Debian's Chromium through playwright-core (never a downloaded browser) with the flags this
// sandbox needs, and collects page errors so every test can assert there were none.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM, CHROME_FLAGS } from '../../scripts/chromium.mjs';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
}

export interface Watched {
  page: Page;
  errors: string[];
  /** Every URL requested by the page. */
  requests: string[];
}

/** A new page that records uncaught errors, console errors and requests. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, requests };
}

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
}

/** Waits until the client has hydrated the prerendered page. */
export async function waitHydrated(page: Page) {
  await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 10_000 });
}

export async function stepIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')!));
}
