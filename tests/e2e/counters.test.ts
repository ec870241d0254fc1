// Counters in a reader's browser: the prerendered HTML already holds every final figure; when a counter's
// step scrolls into view it counts up and lands on its formatted final value without shifting the layout;
// with reduced motion it is final at once. The timeline follows the active step's date.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl as base, test, scrollToStep, stepIds } from './browser.ts';


/** Steps holding counters, from the page itself (the story changes). */
const counterSteps = (page: Page) => page.$$eval('[data-step]:has(data[value])', (els) => els.map((e) => e.getAttribute('data-step')!));

/** Records, from now on, every figure the overlay shows and every layout shift. */
async function watch(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[]; shift: number; shifts: string[] };
    w.seen = [];
    w.shifts = [];
    w.shift = 0;
    new MutationObserver(() => {
      for (const t of document.querySelectorAll('.tween')) w.seen.push(t.textContent!);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    new PerformanceObserver((l) => {
      type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
      for (const e of l.getEntries() as unknown as Shift[])
        if (!e.hadRecentInput) {
          w.shift += e.value;
          for (const s of e.sources) {
            const el = s.node?.nodeType === 3 ? s.node.parentElement : (s.node as Element | undefined);
            w.shifts.push(`${el?.outerHTML.slice(0, 100)} "${s.node?.textContent?.slice(0, 40)}"`);
          }
        }
    }).observe({ type: 'layout-shift' });
  });
}

/** Each counter in a step: its value, its markup text, what the reader sees, and the locale-formatted final. */
function readCounters(page: Page, id: string) {
  return page.$$eval(`[data-step="${id}"] data[value]`, (els) =>
    els.map((d) => {
      const num = d.parentElement!;
      const overlay = num.querySelector('.tween');
      const lang = document.documentElement.lang || 'en';
      const value = Number(d.getAttribute('value'));
      return {
        value,
        text: d.textContent!,
        visible: overlay ? overlay.textContent! : getComputedStyle(d).color === 'rgba(0, 0, 0, 0)' ? '' : d.textContent!,
        final: new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value),
      };
    }),
  );
}

describe('counters', () => {
  test('are in the prerendered HTML at their final values', async ({ open }) => {
    const html = await (await fetch(base + '/')).text();
    const figures = [...html.matchAll(/<data value="([\d.]+)"[^>]*>([^<]*)<\/data>/g)];
    expect(figures.length).toBeGreaterThan(0);
    for (const [, value, text] of figures) {
      // The text is the formatted value, or a range ending in it ("20,000–30,000").
      expect(text.split('–').at(-1)!.replace(/\D/g, '')).toBe(String(Math.round(Number(value))));
    }
  });

  test.for([
    { name: 'phone', width: 375, height: 740 },
    { name: 'desktop', width: 1280, height: 800 },
  ])('count up and land on the final value when their step scrolls into view ($name)', async ({ width, height }, { open }) => {
    const { page, errors } = await open({ viewport: { width, height } });
    await page.goto(base + '/');
    // Steps the reader has not reached yet (the first step is active on load and may hold counters itself).
    const active = await page.$eval('[aria-current="step"]', (e) => e.getAttribute('data-step'));
    const steps = (await counterSteps(page)).filter((id) => id !== active);
    expect(steps.length).toBeGreaterThan(0);
    for (const id of new Set([steps[0], steps.at(-1)!])) {
      await watch(page);
      // Sections come to life as the reader nears them (about a screen away): come within two screens of the step,
      // where it is still out of sight. Once hydrated, a counter whose step is not active yet waits at its start.
      await page.evaluate((id) => {
        const top = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect().top + scrollY;
        scrollTo(0, Math.max(0, top - 1.8 * innerHeight));
      }, id);
      await page.waitForFunction((id) => document.querySelector(`[data-step="${id}"] .tween`), id, { timeout: 5000 });
      expect((await readCounters(page, id)).every((c) => c.visible.replace(/\D/g, '').match(/^0*$/))).toBe(true);
      await scrollToStep(page, id);
      await page.waitForFunction((id) => !document.querySelector(`[data-step="${id}"] .tween`), id, { timeout: 5000 });
      for (const c of await readCounters(page, id)) {
        expect(c.visible).toBe(c.text);
        expect(c.text.split('–').at(-1)).toBe(c.final);
      }
      const { seen, shift, shifts } = await page.evaluate(() => {
        const w = window as unknown as { seen: string[]; shift: number; shifts: string[] };
        return { seen: w.seen, shift: w.shift, shifts: w.shifts };
      });
      // It did count: the reader saw figures on the way, none beyond the final one.
      expect(seen.length).toBeGreaterThan(2);
      expect(shifts).toEqual([]);
      expect(shift).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  test('show their final values in the steps a link into the story jumps over', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/');
    const steps = await counterSteps(page);
    // A step with counters, and the step right after it (so the counters stay in sight above it).
    const all = await stepIds(page);
    const before = steps.find((id) => all.indexOf(id) > 0 && all.indexOf(id) < all.length - 1)!;
    const target = all[all.indexOf(before) + 1];
    await page.goto(base + '/#' + target);
    await page.reload();
    await page.waitForSelector('html[data-hydrated]');
    await page.waitForFunction((id) => document.querySelector(`[data-step="${id}"]`)?.getAttribute('aria-current') === 'step', target);
    await page.evaluate((id) => document.querySelector(`[data-step="${id}"] data[value]`)!.scrollIntoView({ block: 'center' }), before);
    // Scrolled back so its figures are in view, the reader sees them final, never a 0.
    await page.waitForTimeout(300);
    for (const c of await readCounters(page, before)) {
      expect(c.visible).toBe(c.text);
      expect(c.text.split('–').at(-1)).toBe(c.final);
    }
    expect(errors).toEqual([]);
  });

  test('with reduced motion are final immediately, never animating', async ({ open }) => {
    const { page, errors } = await open({ reducedMotion: 'reduce' });
    await page.goto(base + '/');
    await watch(page);
    const steps = await counterSteps(page);
    for (const id of steps) {
      await scrollToStep(page, id);
      for (const c of await readCounters(page, id)) {
        expect(c.visible).toBe(c.text);
        expect(c.text.split('–').at(-1)).toBe(c.final);
      }
    }
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    expect(await page.$$('.tween')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('timeline', () => {
  test('highlights the active step’s date as the reader scrolls, and shows it in full', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/');
    const ids = await stepIds(page);
    const onTick = (id: string) =>
      page.evaluate((id) => {
        const on = [...document.querySelectorAll('[aria-current="date"]')] as HTMLElement[];
        const tick = [...document.querySelectorAll<HTMLElement>('[data-steps]')].find((t) => t.dataset.steps!.split(' ').includes(id));
        return { on: on.map((t) => t.dataset.date), expected: tick?.dataset.date, now: document.querySelector('.timeline .now')?.textContent ?? '' };
      }, id);
    let highlighted = 0;
    for (const id of ids) {
      await scrollToStep(page, id);
      const s = await onTick(id);
      if (s.expected) {
        expect(s.on).toEqual([s.expected]);
        expect(s.now).not.toBe('');
        highlighted++;
      } else expect(s.on).toEqual([]);
    }
    expect(highlighted).toBeGreaterThan(ids.length / 2);
    expect(errors).toEqual([]);
  });

  test('collapses to a legible current date on a phone, on top of the story, without widening the page', async ({ open }) => {
    const { page } = await open({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(base + '/');
    const id = (await counterSteps(page))[0];
    await scrollToStep(page, id);
    const r = await page.evaluate(() => {
      const now = document.querySelector('.timeline .now') as HTMLElement;
      const box = now.getBoundingClientRect();
      const ticks = document.querySelector('.timeline ol') as HTMLElement;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        text: now.textContent,
        box: { top: box.top, left: box.left, right: box.right },
        fontSize: parseFloat(getComputedStyle(now).fontSize),
        ticksShown: ticks.getClientRects().length > 0,
        onTop: now.contains(hit) || hit === now,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    expect(r.text).toMatch(/\d{4}/);
    expect(r.ticksShown).toBe(false);
    expect(r.box.top).toBeGreaterThanOrEqual(0);
    expect(r.box.left).toBeGreaterThanOrEqual(0);
    expect(r.box.right).toBeLessThanOrEqual(320);
    expect(r.fontSize).toBeGreaterThanOrEqual(12);
    expect(r.scrollWidth).toBeLessThanOrEqual(320);
  });
});
