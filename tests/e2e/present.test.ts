// A teacher presents the story: ?present shows one step per screen, stepped by a clicker's PageDown/PageUp,
// Home/End and a typed number; the hash follows; N shows teacher notes; the text is readable from the back.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl as base, gotoLive, test, readState, scrollToStep } from './browser.ts';


interface Slide {
  id: string;
  map: string;
}

/** The steps in presentation order, each with the map state its static figure shows (read from the page). */
async function slides(page: Page): Promise<Slide[]> {
  return page.$$eval('[data-present] [data-step]', (els) =>
    els.map((e) => ({ id: e.getAttribute('data-step')!, map: e.querySelector('[data-figure-state]')?.getAttribute('data-figure-state') ?? '' })),
  );
}

/** Waits until step i of n is the one shown, then checks the active step, the map, the counter and the hash. */
async function expectAt(page: Page, all: Slide[], i: number) {
  const { id, map } = all[i];
  const handle = await page.waitForFunction(
    (id) =>
      document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id && {
        active: [...document.querySelectorAll('[aria-current="step"]')].map((e) => e.getAttribute('data-step')),
        map: document.querySelector('[data-map-state]')?.getAttribute('data-map-state'),
        maps: document.querySelectorAll('[data-map-state]').length,
        hash: location.hash,
        count: document.querySelector('.present-count')?.textContent?.trim(),
        visible: [...document.querySelectorAll<HTMLElement>('[data-step]')].filter((e) => e.offsetParent !== null).map((e) => e.dataset.step),
      },
    id,
    { timeout: 10_000 },
  );
  const s = await handle.jsonValue();
  expect(s).toEqual({ active: [id], map, maps: 1, hash: '#' + id, count: `${i + 1} / ${all.length}`, visible: [id] });
}

async function openPresent(page: Page, hash = '') {
  await page.goto(base + '/?present' + hash);
  await page.waitForSelector('[data-present] [aria-current="step"]');
}

describe('presentation mode at 1920×1080', () => {
  test('steps through every step with a clicker, back, Home/End, a typed number, and shows notes on N', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1920, height: 1080 } });
    await openPresent(page);
    const all = await slides(page);
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((s) => s.map)).toBe(true);
    await expectAt(page, all, 0);
    const hint = page.locator('[data-present] .hint');
    expect(await hint.isVisible()).toBe(true);

    // Readable from the back of the room: every paragraph of step text is at least 28 CSS px.
    const sizes = await page.$$eval('[aria-current="step"] p:not(.as-of)', (ps) =>
      ps.filter((p) => !p.closest('.teacher-notes')).map((p) => parseFloat(getComputedStyle(p).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const px of sizes) expect(px).toBeGreaterThanOrEqual(28);
    // The map is drawn larger too, labels, legend and all (the page's map draws its labels at 11–12.5 px): every
    // line of every place label at least 20 px tall on screen.
    await page.waitForSelector('[data-map-ready="true"]');
    const heights = await page.$$eval('[data-map-state] text.label', (ts) =>
      ts.map((t) => t.getBoundingClientRect().height / Math.max(1, t.querySelectorAll('tspan').length + 1)),
    );
    expect(heights.length).toBeGreaterThan(3);
    for (const px of heights) expect(px).toBeGreaterThanOrEqual(20);

    for (let i = 1; i < all.length; i++) {
      await page.keyboard.press('PageDown');
      await expectAt(page, all, i);
    }
    expect(await hint.count()).toBe(0);
    await page.keyboard.press('PageDown'); // past the end: stays on the last step
    await expectAt(page, all, all.length - 1);
    for (let i = all.length - 2; i >= all.length - 3; i--) {
      await page.keyboard.press('PageUp');
      await expectAt(page, all, i);
    }
    await page.keyboard.press('End');
    await expectAt(page, all, all.length - 1);
    await page.keyboard.press('Home');
    await expectAt(page, all, 0);
    await page.keyboard.press('ArrowRight');
    await expectAt(page, all, 1);
    await page.keyboard.press('ArrowLeft');
    await expectAt(page, all, 0);
    await page.keyboard.press('Space');
    await expectAt(page, all, 1);

    // A typed number then Enter jumps to that step (1-based, as the counter shows).
    const target = Math.min(all.length, 4);
    await page.keyboard.type(String(target));
    await page.keyboard.press('Enter');
    await expectAt(page, all, target - 1);

    // Teacher notes: hidden until N, shown on N, hidden again on N.
    const withNotes = await page.$$eval('[data-step]', (els) => els.findIndex((e) => e.querySelector('.teacher-notes')));
    if (withNotes >= 0) {
      await page.keyboard.type(String(withNotes + 1));
      await page.keyboard.press('Enter');
      await expectAt(page, all, withNotes);
      const notes = page.locator('[aria-current="step"] .teacher-notes');
      expect(await notes.isVisible()).toBe(false);
      await page.keyboard.press('n');
      expect(await notes.isVisible()).toBe(true);
      expect((await notes.innerText()).length).toBeGreaterThan(10);
      await page.keyboard.press('n');
      expect(await notes.isVisible()).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  test('resumes at #<step-id> after a reload, and Esc returns to the scrolling page at that step', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1920, height: 1080 } });
    await openPresent(page);
    const all = await slides(page);
    const mid = Math.floor(all.length / 2);
    await openPresent(page, '#' + all[mid].id);
    await expectAt(page, all, mid);
    await page.keyboard.press('PageDown');
    await page.reload();
    await page.waitForSelector('[data-present] [aria-current="step"]');
    await expectAt(page, all, mid + 1);

    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-present]', { state: 'detached' });
    expect(new URL(page.url()).search).toBe('');
    expect((await readState(page)).active).toEqual([all[mid + 1].id]);
    const inView = await page.$eval(`[data-step="${all[mid + 1].id}"]`, (el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    expect(inView).toBe(true);
    // Focus lands on that step, so the keyboard carries on from there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe(all[mid + 1].id);
    // The page is live again (its steps were taken down for the presentation): scrolling on moves the active
    // step, and a footnote there opens.
    const later = await page.$$eval('[data-step]', (els, from) => els.slice(from).find((e) => e.querySelector('.ref .marker'))?.getAttribute('data-step'), mid + 2);
    await scrollToStep(page, later!);
    expect((await readState(page)).active).toEqual([later]);
    await page.click(`[data-step="${later}"] .ref .marker`);
    await page.waitForFunction(() => document.querySelectorAll('.ref .pop').length === 1, null, { timeout: 5000 });
    expect(errors).toEqual([]);
  });
});

describe('entering from the page', () => {
  test('the Present button starts at the step being read, with reduced motion honoured', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await gotoLive(page, base + '/');
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')!));
    await page.getByRole('button', { name: /present/i }).click();
    await page.waitForSelector('[data-present] [aria-current="step"]');
    const all = await slides(page);
    expect(all.map((s) => s.id)).toEqual(ids);
    await expectAt(page, all, 0);
    expect(new URL(page.url()).searchParams.has('present')).toBe(true);
    const animation = await page.$eval('[aria-current="step"]', (e) => getComputedStyle(e).animationName);
    expect(animation).toBe('none');
    await page.keyboard.press('PageDown');
    await expectAt(page, all, 1);
    // The browser's Back button leaves the mode.
    await page.goBack();
    await page.waitForSelector('[data-present]', { state: 'detached' });
    expect(await page.locator('[data-map-state]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
