// Sections come to life as the reader nears them (#18, decision 2): on load the page's frame (map, timeline,
// buttons) and the sections in view are live; a section further on loads its part of the story's data and
// hydrates when it comes within about a screen, before its steps become active; a deep link brings its step's
// section to life at once. A section not yet live still reads in full, its footnote markers linking to the
// source list.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl as base, test, scrollToStep, stepIds, waitHydrated } from './browser.ts';

/** Ids of the sections whose islands are live. */
const liveSections = (page: Page) => page.$$eval('[data-island="section"][data-live]', (els) => els.map((e) => e.getAttribute('data-id')!));
/** The story's sections in page order, each with its steps. */
const sections = (page: Page) =>
  page.$$eval('[data-island="section"]', (els) =>
    els.map((e) => ({ id: e.getAttribute('data-id')!, steps: [...e.querySelectorAll('[data-step]')].map((s) => s.getAttribute('data-step')!) })),
  );
/** The script files the page loaded, by name. */
const scripts = (requests: string[]) => requests.filter((u) => u.endsWith('.js')).map((u) => u.split('/').pop()!);

describe('hydration on approach', () => {
  test('on load, only the sections near the first screen are live; the rest read in full and link their sources', async ({ open }) => {
    const { page, errors, requests } = await open({ viewport: { width: 375, height: 740 } });
    await page.goto(base + '/');
    await waitHydrated(page);
    const all = await sections(page);
    const live = await liveSections(page);
    expect(live).toContain(all[0].id);
    expect(live.length).toBeLessThan(all.length);
    const last = all.at(-1)!;
    expect(live).not.toContain(last.id);
    // Its data was not loaded: no script named for it.
    expect(scripts(requests).some((f) => f.startsWith(last.id + '-'))).toBe(false);
    // Not live, but readable: the prerendered words, and markers that are links into the source list.
    const step = last.steps[0];
    expect((await page.$eval(`[data-step="${step}"]`, (e) => e.textContent!.trim())).length).toBeGreaterThan(100);
    const href = await page.$eval(`[data-step="${step}"] a.marker`, (a) => a.getAttribute('href'));
    expect(href).toMatch(/^#src-/);
    expect(await page.$(href!)).not.toBeNull();
    expect(errors).toEqual([]);
  });

  test('a section further on comes to life before the reader reaches it, and its steps work', async ({ open }) => {
    const { page, errors, requests } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/');
    await waitHydrated(page);
    const all = await sections(page);
    const target = all[2];
    const before = await liveSections(page);
    expect(before).not.toContain(target.id);
    // Within two screens of it, still out of sight: its data loads and it hydrates.
    await page.evaluate((id) => {
      const top = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - 1.8 * innerHeight);
    }, target.steps[0]);
    await page.waitForSelector(`[data-island="section"][data-id="${target.id}"][data-live]`, { state: 'attached', timeout: 5000 });
    expect(scripts(requests).some((f) => f.startsWith(target.id + '-'))).toBe(true);
    // Its step becomes active and its footnote opens a pop-up rather than jumping to the source list.
    await scrollToStep(page, target.steps[0]);
    const url = page.url();
    await page.click(`[data-step="${target.steps[0]}"] a.marker`);
    await page.waitForFunction((id) => document.querySelector(`[data-step="${id}"] a.marker[aria-expanded="true"]`), target.steps[0], { timeout: 3000 });
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
  });

  test('a deep link brings its section to life at once', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/');
    const ids = await stepIds(page);
    const deep = ids.at(-2)!;
    await page.goto(base + '/#' + deep);
    await waitHydrated(page);
    expect(await page.$eval(`[data-step="${deep}"]`, (e) => e.closest('[data-island="step"]')!.hasAttribute('data-live'))).toBe(true);
    await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, deep, { timeout: 5000 });
    expect(errors).toEqual([]);
  });

  test('a jump by the timeline brings the step it lands on to life', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/');
    await waitHydrated(page);
    const last = (await sections(page)).at(-1)!;
    expect(await liveSections(page)).not.toContain(last.id);
    await page.locator('.timeline button').last().click();
    // The smooth scroll lands on a step of the last section; that step is live.
    await page.waitForFunction(
      (ids) => {
        const el = document.querySelector('[aria-current="step"]');
        return !!el && ids.includes(el.getAttribute('data-step')!) && el.closest('[data-island="step"]')!.hasAttribute('data-live');
      },
      last.steps,
      { timeout: 8000 },
    );
    expect(errors).toEqual([]);
  });
});
