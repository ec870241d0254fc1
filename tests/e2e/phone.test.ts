// Reading on a phone (issue 14): the map and the text share the screen. At four sizes (two phones, a small phone,
// and a laptop at 200% zoom), every step is brought active as a reader brings it (scrolled until its card is
// whole on screen; the page's own engine then makes it active), and then, as the reader sees it:
//   - the area the step's map state focuses on (the panel's data-focus: its `fit` shapes or `bbox` as drawn) is at
//     least 90% in view and uncovered: sampled with elementFromPoint, so whatever is on top there (a card, a
//     section title, an "as of" stamp, a pop-up) counts, in the page's real stacking order;
//   - the active card's text is wholly on screen and not under the map;
//   - nothing of the story lies under the date pill or the map's title (what shows round them is the map);
// and the first map screen has no empty band between the date strip and the map.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl as base, test, waitHydrated } from './browser.ts';
import { allSteps } from './quality.ts';

const SIZES = [
  { name: 'phone 375×812', width: 375, height: 812 },
  { name: 'phone 390×844', width: 390, height: 844 },
  { name: 'small phone 320×640', width: 320, height: 640 },
  { name: 'laptop at 200% (640×400)', width: 640, height: 400 },
];

/**
 * Where a reader stops to read the step's card, in the page's scroll: the text area is the screen below the map
 * when the map is pinned above the text (the phone layout), else the whole screen. A card that fits it is read
 * whole at the earliest position where it is on screen while active (the page's own trigger line, --scrolly-trigger
 * or 0.55). A taller card is read through: from its first line just in the text area to its last line at the
 * bottom of the screen; the step must be active at both ends. `ok` is false when no such positions exist.
 */
function readingPositions(page: Page, id: string) {
  return page.evaluate((id) => {
    const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
    const i = steps.findIndex((s) => s.dataset.step === id);
    const trigger = (parseFloat(getComputedStyle(steps[0].parentElement!).getPropertyValue('--scrolly-trigger')) || 0.55) * innerHeight;
    const graphic = document.querySelector('[data-map-state]')!.getBoundingClientRect();
    // The map is pinned above the text when it spans the screen's width (the phone layout): the text is read below it.
    const above = graphic.width > innerWidth * 0.9 ? graphic.height : 0;
    const room = innerHeight - above;
    const doc = (e: Element) => e.getBoundingClientRect().top + scrollY;
    const card = steps[i].querySelector('.card')!;
    const cardTop = doc(card);
    const cardHeight = card.getBoundingClientRect().height;
    const activeFrom = doc(steps[i]) - trigger;
    const activeTo = steps[i + 1] ? doc(steps[i + 1]) - trigger - 1 : Infinity;
    if (cardHeight <= room) {
      const y = Math.ceil(Math.max(activeFrom, cardTop + cardHeight - innerHeight, 0));
      return { ys: [y], whole: true, ok: y <= Math.min(activeTo, cardTop - above + 1), above, cardHeight, room };
    }
    const ys = [Math.ceil(cardTop - above), Math.ceil(cardTop + cardHeight - innerHeight)];
    return { ys, whole: false, ok: ys[0] >= activeFrom && ys[1] <= activeTo, above, cardHeight, room };
  }, id);
}

/** What the reader sees now: the share of the focus box that shows the map, the card's box, and whatever story
 * element shows at the date pill and the map's title. */
function look(page: Page, id: string) {
  return page.evaluate((id) => {
    const panel = document.querySelector<HTMLElement>('[data-map-state]')!;
    const canvas = panel.querySelector('.canvas')!.getBoundingClientRect();
    const [x0, y0, x1, y1] = panel.dataset.focus!.split(' ').map(Number);
    const N = 24;
    let seen = 0;
    for (let a = 0; a < N; a++) {
      for (let b = 0; b < N; b++) {
        const x = canvas.x + x0 + ((a + 0.5) / N) * (x1 - x0);
        const y = canvas.y + y0 + ((b + 0.5) / N) * (y1 - y0);
        const hit = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? document.elementFromPoint(x, y) : null;
        if (hit && panel.contains(hit)) seen++;
      }
    }
    // Story elements (cards, section titles, stamps, pop-ups) showing under any point of a box: none expected.
    const story = document.querySelector('[data-scrolly] .steps')!;
    const intruders = (r: DOMRect | null) => {
      if (!r || !r.width) return [];
      const out = new Set<string>();
      for (let a = 0; a <= 8; a++) {
        for (let b = 0; b <= 4; b++) {
          const hit = document.elementFromPoint(r.x + (a / 8) * r.width, r.y + (b / 4) * r.height);
          if (hit && story.contains(hit)) out.add(hit.closest('[data-step], h2, p, .as-of')?.outerHTML.slice(0, 60) ?? hit.tagName);
        }
      }
      return [...out];
    };
    const pill = document.querySelector('.timeline .now');
    const title = panel.querySelector('.map-title');
    const card = document.querySelector(`[data-step="${id}"] .card`)!.getBoundingClientRect();
    return {
      active: document.querySelector('[aria-current="step"]')?.getAttribute('data-step'),
      state: panel.dataset.mapState,
      uncovered: seen / (N * N),
      focus: [x0, y0, x1, y1],
      card: { top: card.top, bottom: card.bottom, left: card.left, right: card.right },
      canvas: { top: canvas.top, bottom: canvas.bottom, left: canvas.left, right: canvas.right },
      underPill: intruders(pill?.getBoundingClientRect() ?? null),
      underTitle: intruders(title?.getBoundingClientRect() ?? null),
    };
  }, id);
}

describe.each(SIZES)('reading at $name', ({ width, height }) => {
  test('every step: its focus area in view and uncovered, its card whole on screen, nothing under the date pill or the map title', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(base + '/');
    await waitHydrated(page);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 10_000 });
    const problems: string[] = [];
    let readThrough = 0;
    for (const step of allSteps) {
      // Measured again once the step is rendered near the screen (an off-screen step keeps a placeholder size).
      let at = await readingPositions(page, step.id);
      await page.evaluate((y) => window.scrollTo(0, y), at.ys[0]);
      at = await readingPositions(page, step.id);
      if (!at.ok) {
        problems.push(`${step.id}: its card (${Math.round(at.cardHeight)} px) cannot be read while active (${Math.round(at.room)} px of text area)`);
        continue;
      }
      if (!at.whole) readThrough++;
      for (const y of at.ys) {
        await page.evaluate((y) => window.scrollTo(0, y), y);
        await page.waitForFunction(
          ([id, map]) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id && document.querySelector(`[data-map-state="${map}"][data-focus]`) !== null,
          [step.id, step.map] as const,
          { timeout: 5000 },
        );
        const m = await look(page, step.id);
        if (m.uncovered < 0.9) problems.push(`${step.id}: focus area only ${Math.round(m.uncovered * 100)}% uncovered (focus ${m.focus.join(' ')})`);
        const c = m.card;
        const onScreen = at.whole
          ? c.top >= at.above - 1 && c.bottom <= height + 1
          : y === at.ys[0] ? Math.abs(c.top - at.above) <= 1 : Math.abs(c.bottom - height) <= 1;
        if (!onScreen || c.left < 0 || c.right > width + 1) problems.push(`${step.id}: card text not on screen as expected (${JSON.stringify(c)}, map above ${at.above})`);
        if (m.underPill.length) problems.push(`${step.id}: under the date pill: ${m.underPill.join(' | ')}`);
        if (m.underTitle.length) problems.push(`${step.id}: under the map title: ${m.underTitle.join(' | ')}`);
      }
    }
    console.log(`${width}×${height}: ${allSteps.length - readThrough} cards read whole, ${readThrough} read through (taller than the text area)`);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the first map screen has no empty band above the map', async ({ open }) => {
    const { page } = await open({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(base + '/');
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 10_000 });
    // Scrolled to where the map first fills its place: the panel at the top of the screen.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('[data-map-state]')!.getBoundingClientRect().top + scrollY));
    const gap = await page.evaluate(() => {
      const canvas = document.querySelector('[data-map-state] .canvas')!.getBoundingClientRect();
      const frame = document.querySelector('[data-map-state] .frame')!.getBoundingClientRect();
      const pill = document.querySelector('.timeline .now')!.getBoundingClientRect();
      // From the bottom of the date pill down to the map's drawn edge.
      return { gap: Math.max(0, frame.top - pill.bottom), bottom: frame.bottom - canvas.top, height: canvas.height };
    });
    expect(gap.gap, 'px of empty panel between the date pill and the map').toBeLessThan(12);
  });
});

describe('what a reader trips over at 320×640', () => {
  test('the legend keeps its words inside its box, and the locator inset marks the view with a filled patch', async ({ open }) => {
    const { page } = await open({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    await page.goto(base + '/');
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 10_000 });
    const problems: string[] = [];
    let insets = 0;
    for (const step of allSteps) {
      await page.evaluate((id) => {
        const el = document.querySelector(`[data-step="${id}"]`)!;
        window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.6);
      }, step.id);
      await page.waitForFunction((map) => document.querySelector(`[data-map-state="${map}"] [data-labels="${map}"]`) !== null, step.map, { timeout: 5000 });
      const m = await page.evaluate(() => {
        const legend = document.querySelector('[data-map-state] [data-legend]');
        const box = legend?.querySelector('rect')?.getBoundingClientRect();
        const texts = legend ? [...legend.querySelectorAll('text')].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() })) : [];
        const view = document.querySelector('[data-map-state] [data-inset-view]');
        const v = view?.getBoundingClientRect();
        return {
          over: box ? texts.filter((t) => t.r.right > box.right + 0.5 || t.r.left < box.left - 0.5 || t.r.bottom > box.bottom + 0.5).map((t) => t.text) : [],
          view: view ? { w: v!.width, h: v!.height, fill: Number(view.getAttribute('fill-opacity')) } : null,
        };
      });
      if (m.over.length) problems.push(`${step.id}: legend text past its box: ${m.over.join(' | ')}`);
      if (m.view) {
        insets++;
        if (m.view.w < 8 || m.view.h < 8 || !(m.view.fill > 0)) problems.push(`${step.id}: inset view ${JSON.stringify(m.view)}`);
      }
    }
    expect(insets).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });

  test('a footnote pop-up opened near the bottom of a card shows whole, over the next card and the map', async ({ open }) => {
    const { page } = await open({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce', hasTouch: true, isMobile: true });
    await page.goto(base + '/');
    await waitHydrated(page);
    const problems: string[] = [];
    let opened = 0;
    for (const step of allSteps) {
      const sel = `[data-step="${step.id}"] .card sup.ref .marker`;
      const count = await page.locator(sel).count();
      if (!count) continue;
      // The card's last marker, near the bottom of the text area, then near its top (under the map on phones).
      for (const at of [0.9, 0.55]) {
        await page.evaluate(([s, at]) => {
          const all = document.querySelectorAll(s as string);
          const el = all[all.length - 1];
          window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * (at as number));
        }, [sel, at] as const);
        await page.locator(sel).last().tap();
        const pop = page.locator(`[data-step="${step.id}"] .pop`).last();
        await pop.waitFor({ state: 'visible', timeout: 3000 });
        opened++;
        const hidden = await pop.evaluate((p) => {
          const r = p.getBoundingClientRect();
          let miss = 0;
          for (let a = 0; a <= 6; a++) for (let b = 0; b <= 4; b++) {
            const x = r.left + 6 + (a / 6) * (r.width - 12);
            const y = r.top + 6 + (b / 4) * (r.height - 12);
            const hit = document.elementFromPoint(x, y);
            if (!(y >= 0 && y <= innerHeight && hit && p.contains(hit))) miss++;
          }
          return miss;
        });
        if (hidden) problems.push(`${step.id} (marker at ${at * 100}% of the screen): ${hidden} of 35 points of its pop-up hidden or off screen`);
        await page.keyboard.press('Escape');
        await page.mouse.click(1, 1);
      }
    }
    expect(opened).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});

describe('the first screen on a phone', () => {
  test('shows the story and the map, with the tools folded behind one button that opens them', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 375, height: 812 } });
    await page.goto(base + '/');
    await waitHydrated(page);
    const first = await page.evaluate(() => ({
      tools: [...document.querySelectorAll('.site-header .tools button')].filter((b) => b.getClientRects().length).length,
      map: document.querySelector('[data-map-state]')!.getBoundingClientRect().top,
    }));
    expect(first.tools).toBe(0);
    // The map starts in the top half of the first screen.
    expect(first.map).toBeLessThan(812 / 2);
    const toggle = page.locator('.site-header button[aria-expanded]');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const shown = await page.$$eval('.site-header .tools button', (bs) => bs.filter((b) => b.getClientRects().length).map((b) => b.getBoundingClientRect().height));
    expect(shown.length).toBe(4);
    for (const h of shown) expect(h).toBeGreaterThanOrEqual(44);
    expect(errors).toEqual([]);
  });
});
