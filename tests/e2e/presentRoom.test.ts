// Presentation mode in a real room, at 1920×1080: text that fills its column at 32 px or more, the step's date
// on screen (as the page's timeline writes it), the key hint clear of the map's scale bar and credits, and B for
// a black screen.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl as base, test } from './browser.ts';

async function present(page: Page, hash = '') {
  await page.goto(base + '/?present' + hash);
  await page.waitForSelector('[data-present] [aria-current="step"]');
  await page.waitForSelector('[data-present] [data-map-state] .scale', { state: 'attached' });
}

const overlap = (a: DOMRect | null, b: DOMRect | null) => !!a && !!b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('presentation mode for a room, 1920×1080', () => {
  test('the text is 32 px or more and fills its column', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1920, height: 1080 } });
    await present(page, '#oblast-1923');
    const m = await page.evaluate(() => {
      const p = document.querySelector('[data-present] [aria-current="step"] .card p:not(.as-of)')!;
      const col = document.querySelector('[data-present] .text')!;
      const cs = getComputedStyle(col);
      const inner = col.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      return { size: parseFloat(getComputedStyle(p).fontSize), width: p.getBoundingClientRect().width, inner };
    });
    expect(m.size).toBeGreaterThanOrEqual(32);
    expect(m.width / m.inner).toBeGreaterThan(0.85);
    expect(errors).toEqual([]);
  });

  test("the step's date is on screen, as the timeline writes it, and follows the step", async ({ open }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    // The page's timeline: each tick's date label.
    await page.goto(base + '/');
    const ticks = await page.$$eval('[data-date]', (els) => els.map((e) => ({ date: e.getAttribute('data-date')!, steps: e.getAttribute('data-steps')!.split(/[ ,]+/), text: e.textContent!.trim() })));
    const withDate = ticks.find((t) => t.steps.includes('oblast-1923'))!;
    await present(page, '#oblast-1923');
    const shown = page.locator('[data-present] .present-date time');
    await expect.poll(() => shown.getAttribute('datetime')).toBe(withDate.date);
    expect(await shown.isVisible()).toBe(true);
    const label = (await shown.textContent())!.trim();
    expect(label.length).toBeGreaterThan(3);
    expect(withDate.text).toContain(label.replace(/^\D+/, '').slice(0, 4)); // the same date (the tick has the year at least)
    await page.keyboard.press('End');
    const last = ticks.at(-1)!;
    await expect.poll(() => shown.getAttribute('datetime')).toBe(last.date);
  });

  test('the key hint covers neither the scale bar nor the map credits', async ({ open }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await present(page);
    const r = await page.evaluate(() => ({
      hint: document.querySelector('[data-present] .hint')?.getBoundingClientRect().toJSON() ?? null,
      scale: document.querySelector('[data-present] [data-map-state] .scale')?.getBoundingClientRect().toJSON() ?? null,
      credits: document.querySelector('[data-present] [data-map-state] .attribution')?.getBoundingClientRect().toJSON() ?? null,
    }));
    expect(r.hint).not.toBeNull();
    expect(r.scale && r.credits).toBeTruthy();
    expect(overlap(r.hint, r.scale)).toBe(false);
    expect(overlap(r.hint, r.credits)).toBe(false);
  });

  test('B blacks the screen out and brings it back; a step key also brings it back', async ({ open }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await present(page, '#oblast-1923');
    const black = page.locator('[data-blackout]');
    expect(await black.count()).toBe(0);
    await page.keyboard.press('b');
    await expect.poll(() => black.count()).toBe(1);
    const box = await black.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    const pixel = await page.evaluate(() => getComputedStyle(document.querySelector('[data-blackout]')!).backgroundColor);
    expect(pixel).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('B');
    await expect.poll(() => black.count()).toBe(0);
    await page.keyboard.press('b');
    await page.keyboard.press('PageDown');
    await expect.poll(() => black.count()).toBe(0);
  });

  test('P opens the presenter window: notes, the next step and a clock, kept in step both ways (BroadcastChannel)', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1920, height: 1080 } });
    await present(page, '#oblast-1923');
    const ids = await page.$$eval('[data-present] [data-step]', (els) => els.map((e) => e.getAttribute('data-step')!));
    const at = ids.indexOf('oblast-1923');
    const active = (p: Page) => p.evaluate(() => document.querySelector('[data-present] [aria-current="step"]')?.getAttribute('data-step'));
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    await popup.waitForSelector('[data-presenter]');
    expect(new URL(popup.url()).searchParams.has('presenter')).toBe(true);
    expect(await active(popup)).toBe('oblast-1923');
    // The presenter sees what the class does not: the notes (on from the start), the next step, the time.
    expect(await popup.locator('[data-present] .present-count').textContent()).toContain(String(at + 1));
    expect(await popup.getAttribute('[data-next-step]', 'data-next-step')).toBe(ids[at + 1]);
    expect(await popup.textContent('[data-clock]')).toMatch(/\d{1,2}\D\d{2}/);
    expect(await popup.locator('[data-present] [aria-current="step"] .teacher-notes').isVisible()).toBe(true);
    expect(await page.locator('[data-present] [aria-current="step"] .teacher-notes').isVisible()).toBe(false);
    expect(await popup.locator('[data-present] [data-map-state]').count()).toBe(0);
    // Either window leads.
    await popup.keyboard.press('PageDown');
    await expect.poll(() => active(page)).toBe(ids[at + 1]);
    await page.keyboard.press('PageDown');
    await expect.poll(() => active(popup)).toBe(ids[at + 2]);
    expect(await popup.getAttribute('[data-next-step]', 'data-next-step')).toBe(ids[at + 3]);
    await popup.close();
    expect(errors).toEqual([]);
  });
});
