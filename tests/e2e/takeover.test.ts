// The live map takes over from the static one with no visible change (#18, decision 3): the panel shows the
// state's static picture at once, without the live map's code or data; the live map, held back here until the
// picture is on screen, draws the same state in the same frame and replaces it. Screenshots of the panel before
// and after are compared pixel by pixel (pixelmatch): at most 2% of the panel's pixels may differ noticeably.
// Then the first change of state moves the map on as usual.
import { describe, expect } from 'vitest';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { baseUrl as base, test, scrollToStep, stepIds } from './browser.ts';

/** Share of pixels differing noticeably (pixelmatch's threshold 0.1, anti-aliasing ignored). */
const MAX_DIFF = 0.02;

describe('the first map picture', () => {
  test.for([
    { name: 'phone', width: 375, height: 812 },
    { name: 'landscape phone', width: 640, height: 400 },
    { name: 'laptop', width: 1280, height: 800 },
  ])('is replaced by the live map with no visible change ($name)', async ({ width, height }, { open }) => {
    const { page, errors } = await open({ viewport: { width, height }, reducedMotion: 'reduce' });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    for (const url of ['**/assets/mapRuntime-*.js', '**/geo/*.map.json'])
      await page.route(url, async (route) => {
        await held;
        await route.continue();
      });
    await page.goto(base + '/');
    const panel = page.locator('[data-map-state]');
    // The static picture is up, and no live map yet (nor its data).
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-map-state] picture img');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    expect(await page.$('[data-map-state] svg')).toBeNull();
    await page.waitForTimeout(300);
    const before = PNG.sync.read(await panel.screenshot());
    release();
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 10_000 });
    await page.waitForFunction(() => !document.querySelector('[data-map-state] picture'), null, { timeout: 5000 });
    await page.waitForTimeout(300);
    const after = PNG.sync.read(await panel.screenshot());
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    const diff = pixelmatch(before.data, after.data, null, before.width, before.height, { threshold: 0.1 });
    const share = diff / (before.width * before.height);
    console.log(`takeover at ${width}×${height}: ${(share * 100).toFixed(3)}% of the panel's pixels differ`);
    expect(share).toBeLessThanOrEqual(MAX_DIFF);
    // The first change of state: the live map is laid out for the panel and shows the new state.
    const ids = await stepIds(page);
    const maps = await page.$$eval('[data-step]', (els) => els.map((e) => e.querySelector('[data-figure-state]')?.getAttribute('data-figure-state')));
    const next = maps.findIndex((m) => m !== maps[0]);
    await scrollToStep(page, ids[next]);
    await page.waitForFunction((s) => document.querySelector(`[data-map-state="${s}"] [data-labels="${s}"]`), maps[next], { timeout: 5000 });
    const box = await panel.boundingBox();
    const vb = await page.$eval('[data-map-state] svg', (s) => s.getAttribute('viewBox'));
    expect(vb).toBe(`0 0 ${Math.round(box!.width)} ${Math.round(box!.height)}`);
    expect(errors).toEqual([]);
  });

  test('a deep link shows its own step’s picture before the live map', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 375, height: 812 } });
    await page.route('**/assets/mapRuntime-*.js', () => {}); // never answered: the picture stays
    await page.goto(base + '/');
    const ids = await stepIds(page);
    const maps = await page.$$eval('[data-step]', (els) => els.map((e) => e.querySelector('[data-figure-state]')?.getAttribute('data-figure-state')));
    const i = maps.findIndex((m) => m !== maps[0]);
    await page.goto(base + '/#' + ids[i]);
    await page.waitForFunction(
      (state) => (document.querySelector<HTMLImageElement>('[data-map-state] picture img')?.currentSrc ?? '').endsWith(`/${state}.svg`),
      maps[i],
      { timeout: 5000 },
    );
    expect(await page.getAttribute('[data-map-state]', 'data-map-state')).toBe(maps[i]);
    expect(errors).toEqual([]);
  });
});
