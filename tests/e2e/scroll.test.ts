// A reader scrolls the story: the active step and the map follow, in order, at phone and desktop widths,
// after flings, reloads, anchor jumps and resizes.
import { describe, expect } from 'vitest';
import { baseUrl as base, test, readState, scrollToStep, stepIds } from './browser.ts';
import { allSteps, readWhenShown } from './quality.ts';
import { TRIGGER } from '../../src/lib/scroll/activeStep.ts';

/** Each step's map state, as the data says. */
const mapOf = new Map(allSteps.map((s) => [s.id, s.map]));

describe.each([
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
])('scrolling at $name width ($width px)', ({ width, height }) => {
  test('makes every step active in order, with its map state, and the hash follows', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width, height } });
    await page.goto(base + '/');
    const ids = await stepIds(page);
    // Every step of the data, in its order.
    expect(ids).toEqual(allSteps.map((s) => s.id));
    expect(new Set(mapOf.values()).size, 'the data has several map states').toBeGreaterThan(5);
    expect((await readState(page)).active).toEqual([ids[0]]);
    const seen: string[] = [];
    for (const [i, id] of ids.entries()) {
      await scrollToStep(page, id);
      const s = await readState(page);
      expect(s.active).toEqual([id]);
      // The first step is active from the start, so the URL changes only once the reader moves on.
      if (i > 0) expect(s.hash).toBe('#' + id);
      expect(s.map, id).toBe(mapOf.get(id));
      seen.push(s.active[0]!);
    }
    expect(seen).toEqual(ids);
    expect(errors).toEqual([]);
  });
});

describe('robustness', () => {
  test('is right after a fling to the end and back to the top', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(base + '/');
    const ids = await stepIds(page);
    // A fling: one big jump with no intermediate positions.
    await page.evaluate(() => {
      const last = [...document.querySelectorAll('[data-step]')].at(-1)!;
      window.scrollTo(0, last.getBoundingClientRect().top + window.scrollY - 100);
    });
    await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, ids.at(-1));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, ids[0]);
    expect((await readState(page)).active).toEqual([ids[0]]);
    expect(errors).toEqual([]);
  });

  test('opens #<step-id> at that step with its map state, and keeps it after a reload', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(base + '/');
    const ids = await stepIds(page);
    const target = ids[Math.floor(ids.length / 2)];
    await page.goto(base + '/#' + target);
    await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, target);
    const inView = await page.$eval(`[data-step="${target}"]`, (el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    expect(inView).toBe(true);
    await expect.poll(async () => (await readState(page)).map).toBe(mapOf.get(target));
    await page.reload();
    await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, target);
    expect((await readState(page)).hash).toBe('#' + target);
    expect(errors).toEqual([]);
  });

  test('keeps the active step right when the window is resized from desktop to phone', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(base + '/');
    const ids = await stepIds(page);
    const target = ids[3];
    await scrollToStep(page, target);
    await page.setViewportSize({ width: 375, height: 700 });
    // Layout changed: the engine recomputes from positions, so the active step is the one now at the trigger.
    await page.waitForTimeout(300);
    const expected = await page.evaluate((line) => {
      const trigger = innerHeight * line;
      let id = null;
      for (const el of document.querySelectorAll('[data-step]')) if (el.getBoundingClientRect().top <= trigger) id = el.getAttribute('data-step');
      return id ?? document.querySelector('[data-step]')!.getAttribute('data-step');
    }, TRIGGER);
    expect((await readState(page)).active).toEqual([expected]);
    expect(errors).toEqual([]);
  });

  test('opens an unknown #step at the top with no console error', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(base + '/#no-such-step');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const ids = await stepIds(page);
    expect((await readState(page)).active).toEqual([ids[0]]);
    expect(errors).toEqual([]);
  });

  test('shows every step with JavaScript disabled, top to bottom, each with its own static map', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    await page.goto(base + '/', { waitUntil: 'load' });
    const headerBottom = await page.$eval('.site-header', (h) => h.getBoundingClientRect().bottom + scrollY);
    // Read as a reader does, each step once scrolled to (off-screen steps are not rendered until then).
    const visible = [];
    const steps = page.locator('[data-step]');
    for (let i = 0, n = await steps.count(); i < n; i++) {
      const text = await readWhenShown(page, steps.nth(i));
      await steps.nth(i).locator('.step-figure img').evaluate((img: HTMLImageElement) => img.decode().catch(() => {}));
      visible.push(
        await steps.nth(i).evaluate((e, text) => {
          const r = e.getBoundingClientRect();
          const img = e.querySelector<HTMLImageElement>('.step-figure img');
          return {
            id: e.getAttribute('data-step'),
            text: text.trim().length,
            top: r.top + scrollY,
            h: r.height,
            figureShown: !!img && getComputedStyle(img.closest('figure')!).display !== 'none',
            figureLoaded: !!img && img.complete && img.naturalWidth > 0,
          };
        }, text),
      );
    }
    expect(visible.length).toBeGreaterThan(5);
    let lastTop = headerBottom - 1;
    for (const v of visible) {
      expect(v.text, v.id!).toBeGreaterThan(40);
      expect(v.h, v.id!).toBeGreaterThan(0);
      // Top to bottom: below the header and below the previous step, never stacked over one another.
      expect(v.top, v.id!).toBeGreaterThan(lastTop);
      lastTop = v.top;
      expect(v.figureShown, `${v.id} figure shown`).toBe(true);
      expect(v.figureLoaded, `${v.id} figure loaded`).toBe(true);
    }
    // No empty sticky panel standing in for the map.
    expect(await page.$eval('.scrolly .graphic', (g) => getComputedStyle(g).display)).toBe('none');
  });
});

describe('the timeline', () => {
  test('each tick is a named button that goes to the first step of its date, by click and by Enter', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(base + '/');
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    const ticks = page.locator('[data-date] button');
    expect(await ticks.count()).toBe(await page.locator('[data-date]').count());
    // A date with more than one step: its tick leads to the first.
    const { date, first } = await page.$$eval('[data-date]', (lis) => {
      const li = lis.find((l) => (l.getAttribute('data-steps') ?? '').split(' ').length > 1 && l.getAttribute('data-date')! > '1990')!;
      return { date: li.getAttribute('data-date')!, first: li.getAttribute('data-steps')!.split(' ')[0] };
    });
    const tick = page.locator(`[data-date="${date}"] button`);
    expect(await tick.evaluate((b) => b.textContent)).toMatch(/go to its first step/);
    await tick.click();
    await expect.poll(async () => (await readState(page)).active, { timeout: 5000 }).toEqual([first]);
    expect(await page.$eval(`[data-date="${date}"]`, (l) => l.getAttribute('aria-current'))).toBe('date');
    // The earliest date's tick, from the keyboard.
    const earliest = await page.$eval('[data-date]', (l) => l.getAttribute('data-steps')!.split(' ')[0]);
    await page.locator('[data-date] button').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readState(page)).active, { timeout: 5000 }).toEqual([earliest]);
    expect(errors).toEqual([]);
  });
});
