// The sticky map in a real browser: every step shows its own map state, the NKAO outline is drawn inside the
// visible panel, Stepanakert appears with both names where the map first shows it, labels never overlap at phone
// and desktop widths, and changes animate (instant under prefers-reduced-motion).
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl as base, test, type Open, scrollToStep, stepIds } from './browser.ts';


/** What the map shows right now, measured on screen. */
function measure(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-map-state]')!;
    const p = panel.getBoundingClientRect();
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const outline = panel.querySelector('.nkao-outline');
    const layer = outline?.closest('[data-layer]');
    return {
      state: panel.getAttribute('data-map-state'),
      drawn: panel.querySelector('[data-labels]')?.getAttribute('data-labels') ?? null,
      panel: { x: p.x, y: p.y, w: p.width, h: p.height },
      viewport: { w: innerWidth, h: innerHeight },
      nkao: outline && layer && getComputedStyle(layer).opacity === '1' ? rect(outline) : null,
      labels: [...panel.querySelectorAll('text.label')].map((t) => ({ ref: t.getAttribute('data-label'), text: t.textContent ?? '', ...rect(t) })),
    };
  });
}

describe.each([
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
])('the map at $name width', ({ width, height }) => {
  test('follows every step, draws the NKAO in view, names Stepanakert twice, never overlaps labels', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(base + '/');
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 10_000 });
    const ids = await stepIds(page);
    // Each step's own map state, as the page declares it (its static figure), never hard-coded here.
    const expected = await page.$$eval('[data-step]', (els) => els.map((e) => e.querySelector('[data-figure-state]')?.getAttribute('data-figure-state') ?? null));
    expect(expected.every(Boolean)).toBe(true);

    let stepanakertSeen = false;
    let nkaoSeen = 0;
    for (const [i, id] of ids.entries()) {
      await scrollToStep(page, id);
      await page.waitForFunction((s) => document.querySelector(`[data-map-state="${s}"] [data-labels="${s}"]`) !== null, expected[i], { timeout: 5000 });
      const m = await measure(page);
      expect(m.state, `step ${id}`).toBe(expected[i]);
      expect(m.drawn, `step ${id}`).toBe(expected[i]);

      if (m.nkao) {
        nkaoSeen++;
        const cx = m.nkao.x + m.nkao.w / 2;
        const cy = m.nkao.y + m.nkao.h / 2;
        expect(m.nkao.w, `NKAO outline at ${id}`).toBeGreaterThan(8);
        expect(cx > m.panel.x && cx < m.panel.x + m.panel.w && cy > m.panel.y && cy < m.panel.y + m.panel.h, `NKAO centre inside the panel at ${id}`).toBe(true);
        expect(cy > 0 && cy < m.viewport.h, `NKAO on screen at ${id}`).toBe(true);
      }

      const st = m.labels.find((l) => l.ref === 'Stepanakert');
      if (st && !stepanakertSeen) {
        stepanakertSeen = true;
        expect(st.text).toContain('Stepanakert');
        expect(st.text).toContain('Khankendi');
        expect(st.x >= m.panel.x && st.x + st.w <= m.panel.x + m.panel.w + 1, 'Stepanakert label inside the panel').toBe(true);
        expect(st.y >= 0 && st.y + st.h <= m.viewport.h, 'Stepanakert label on screen').toBe(true);
      }

      for (let a = 0; a < m.labels.length; a++) {
        const A = m.labels[a];
        expect(A.x >= m.panel.x - 1 && A.x + A.w <= m.panel.x + m.panel.w + 1, `${A.ref} inside the panel at ${id}`).toBe(true);
        for (let b = a + 1; b < m.labels.length; b++) {
          const B = m.labels[b];
          const overlap = A.x < B.x + B.w - 1 && B.x < A.x + A.w - 1 && A.y < B.y + B.h - 1 && B.y < A.y + A.h - 1;
          expect(overlap, `labels ${A.ref} and ${B.ref} overlap at ${id}`).toBe(false);
        }
      }
    }
    expect(stepanakertSeen).toBe(true);
    expect(nkaoSeen).toBeGreaterThan(ids.length / 2);
    expect(errors).toEqual([]);
  });
});

describe('map transitions', () => {
  const transformAfter = async (open: Open, reduced: boolean) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 }, reducedMotion: reduced ? 'reduce' : 'no-preference' });
    await page.goto(base + '/');
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 10_000 });
    const ids = await stepIds(page);
    const maps = await page.$$eval('[data-step]', (els) => els.map((e) => e.querySelector('[data-figure-state]')?.getAttribute('data-figure-state')));
    const from = maps[0];
    const i = maps.findIndex((m) => m !== from);
    const group = () => page.$eval('[data-map-state] svg > g[transform]', (g) => g.getAttribute('transform'));
    const before = await group();
    await scrollToStep(page, ids[i]);
    const soon = await group();
    await page.waitForTimeout(1800);
    const after = await group();
    expect(errors).toEqual([]);
    return { before, soon, after };
  };

  test('zooms and pans gradually', async ({ open }) => {
    const { before, soon, after } = await transformAfter(open, false);
    expect(after).not.toBe(before);
    expect(soon).not.toBe(after);
  });

  test('changes at once under prefers-reduced-motion', async ({ open }) => {
    const { before, soon, after } = await transformAfter(open, true);
    expect(after).not.toBe(before);
    expect(soon).toBe(after);
  });
});

describe('a page opened for print', () => {
  test('loads no live map while printing, and draws it once the page comes to the screen', async ({ open }) => {
    const { page, errors, requests } = await open();
    await page.emulateMedia({ media: 'print' });
    await page.goto(base + '/');
    await page.waitForSelector('html[data-hydrated]');
    await page.waitForTimeout(500);
    expect(requests.filter((u) => u.includes('/geo/'))).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 10_000 });
    expect(errors).toEqual([]);
  });
});

describe('map data failure', () => {
  test('keeps the story readable and says the map could not be loaded', async ({ open }) => {
    const { page } = await open();
    await page.route('**/geo/*.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto(base + '/');
    await page.waitForFunction(() => document.querySelector('[data-map-state]')?.textContent?.includes('could not be loaded'), null, { timeout: 10_000 });
    expect(await page.locator('[data-step]').first().isVisible()).toBe(true);
  });
});
