// Footnotes in a reader's browser: a tap or keyboard focus shows the source (never wider than a 320 px
// screen), Esc or a tap outside closes it, every marker leads to its entry in the source list, and print shows
// plain numbers and the URLs.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl as base, test, scrollToStep } from './browser.ts';


const marker = '[data-step] .ref .marker';

/** The open pop-up's text and box, the list entry its marker points to, and the page width. */
function readPop(page: Page) {
  return page.evaluate(() => {
    const pops = [...document.querySelectorAll<HTMLElement>('.ref .pop')];
    const pop = pops[0];
    const m = pop?.closest('.ref')?.querySelector('.marker');
    const entry = m && document.querySelector(m.getAttribute('href')!);
    const r = pop?.getBoundingClientRect();
    return {
      open: pops.length,
      text: pop?.textContent ?? '',
      publisher: entry?.querySelector('.publisher')?.textContent ?? null,
      title: entry?.querySelector('a')?.textContent ?? null,
      box: r && { left: r.left, right: r.right },
      expanded: m?.getAttribute('aria-expanded') ?? null,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

describe('footnotes', () => {
  test('a tap shows the source within a 320 px screen; a tap outside closes it', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(base + '/');
    const id = await page.$eval('[data-step]:has(.ref .marker)', (e) => e.getAttribute('data-step')!);
    await scrollToStep(page, id);
    // Every marker on the page, tapped near its line end, stays on screen: try the first and the widest-placed.
    const targets = await page.$$(`[data-step="${id}"] .marker`);
    for (const t of [targets[0], targets.at(-1)!]) {
      await t.tap();
      const s = await readPop(page);
      expect(s.open).toBe(1);
      expect(s.expanded).toBe('true');
      expect(s.text).toContain(s.publisher);
      expect(s.text).toContain(s.title);
      expect(s.box!.left).toBeGreaterThanOrEqual(0);
      expect(s.box!.right).toBeLessThanOrEqual(320);
      expect(s.scrollWidth).toBeLessThanOrEqual(320);
      // Tapping the marker did not jump to the list.
      expect(await page.evaluate(() => location.hash.startsWith('#src-'))).toBe(false);
    }
    await page.touchscreen.tap(160, 600);
    expect((await readPop(page)).open).toBe(0);
    expect(errors).toEqual([]);
  });

  test('keyboard focus shows the source, Esc hides it, Enter pins it open with links to the source and the list', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/');
    const id = await page.$eval('[data-step]:has(.ref .marker)', (e) => e.getAttribute('data-step')!);
    await scrollToStep(page, id);
    // Tab to the first footnote marker in the step.
    await page.evaluate((id) => {
      const el = document.querySelector(`[data-step="${id}"] .card`) as HTMLElement;
      el.setAttribute('tabindex', '-1');
      el.focus();
    }, id);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('marker'))).toBe(true);
    await page.waitForFunction(() => document.querySelectorAll('.ref .pop').length === 1, null, { timeout: 5000 });
    let s = await readPop(page);
    expect(s.open).toBe(1);
    expect(s.text).toContain(s.publisher);
    await page.keyboard.press('Escape');
    // Closing is asynchronous: wait for the pop-up to go (a timeout here is the failure).
    await page.waitForFunction(() => document.querySelectorAll('.ref .pop').length === 0, null, { timeout: 5000 });
    expect((await readPop(page)).open).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('marker'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.ref .pop').length === 1, null, { timeout: 5000 });
    s = await readPop(page);
    expect(s.open).toBe(1);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ inPop: !!document.activeElement?.closest('.pop'), href: document.activeElement?.getAttribute('href') }));
    expect(focused.inPop).toBe(true);
    await page.keyboard.press('Tab');
    const toList = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(toList).toMatch(/^#src-/);
    await page.keyboard.press('Enter');
    // The list entry comes into view (the hash then follows the reader again, so it is not asserted).
    await page.waitForFunction((h) => {
      const r = document.getElementById(h.slice(1))!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, toList!);
    // The pop-up closes just after the link has done its work (closing it sooner would cancel the link).
    await page.waitForFunction(() => document.querySelectorAll('.ref .pop').length === 0, null, { timeout: 5000 });
    expect((await readPop(page)).open).toBe(0);
    expect(errors).toEqual([]);
  });

  test('every marker points to an entry of the source list, numbered as the marker', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + '/');
    const bad = await page.evaluate(() => {
      const list = [...document.querySelectorAll('.source-list > li')];
      return [...document.querySelectorAll('.ref .marker')].flatMap((m) => {
        const entry = document.querySelector(m.getAttribute('href')!);
        const n = entry ? list.indexOf(entry) + 1 : -1;
        return n === Number(m.textContent) ? [] : [`${m.getAttribute('href')} marker ${m.textContent} → entry ${n}`];
      });
    });
    expect(bad).toEqual([]);
  });

  test('print as plain numbers, with the URLs in the list', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + '/');
    await page.click(marker);
    await page.emulateMedia({ media: 'print' });
    const p = await page.evaluate(() => {
      const m = document.querySelector('.ref .marker')!;
      const cs = getComputedStyle(m);
      const pop = document.querySelector('.ref .pop');
      const url = document.querySelector('.source-list .url');
      return {
        bg: cs.backgroundColor,
        popShown: !!pop && pop.getClientRects().length > 0,
        urlShown: !!url && url.getClientRects().length > 0,
      };
    });
    expect(p).toEqual({ bg: 'rgba(0, 0, 0, 0)', popShown: false, urlShown: true });
  });

  test('separates adjacent markers, so "17,18" never reads as "1718"', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + '/');
    await page.emulateMedia({ media: 'print' });
    // A marker with no text between it and the one before is preceded by a comma (its ::before), in print as on
    // screen; a marker with text before it ("…as they fled.[17] More text.[18]") is not: no stray ".,18".
    const markers = await page.$$eval('[data-step] sup.ref', (els) =>
      els.map((e) => {
        // Svelte leaves comment anchors between blocks: they are not text a reader sees.
        let prev = e.previousSibling;
        while (prev && (prev.nodeType === Node.COMMENT_NODE || (prev.nodeType === Node.TEXT_NODE && prev.textContent === ''))) prev = prev.previousSibling;
        const adjacent = prev instanceof Element && prev.matches('sup.ref');
        return { adjacent, before: getComputedStyle(e, '::before').content };
      }),
    );
    const adjacent = markers.filter((m) => m.adjacent);
    expect(adjacent.length).toBeGreaterThan(0);
    for (const m of adjacent) expect(m.before).toBe('","');
    const apart = markers.filter((m) => !m.adjacent);
    expect(apart.length).toBeGreaterThan(20);
    for (const m of apart) expect(m.before).toBe('none');
  });

  test('keeps adjacent markers on one line on a narrow phone ("80,81", never "80" then ",81" below)', async ({ open }) => {
    const { page } = await open({ viewport: { width: 320, height: 640 } });
    await page.goto(base + '/');
    // Each marker's line (its box's vertical centre) against the one before it, for every run of adjacent markers.
    const runs = await page.$$eval('[data-step] p', (ps) =>
      ps.flatMap((p) => {
        const out: number[][] = [];
        let run: number[] = [];
        for (const sup of p.querySelectorAll('sup.ref')) {
          let prev = sup.previousSibling;
          while (prev && (prev.nodeType === Node.COMMENT_NODE || (prev.nodeType === Node.TEXT_NODE && prev.textContent === ''))) prev = prev.previousSibling;
          const adjacent = prev instanceof Element && (prev.matches('sup.ref') || prev.matches('.refs'));
          const r = sup.getBoundingClientRect();
          if (!adjacent && run.length) out.push(run), (run = []);
          run.push(Math.round(r.top + r.height / 2));
        }
        if (run.length) out.push(run);
        return out.filter((r) => r.length > 1);
      }),
    );
    expect(runs.length).toBeGreaterThan(5);
    expect(runs.filter((r) => new Set(r).size > 1)).toEqual([]);
  });

  test('keeps a side tag off the title it follows ("…title [Arm]", not "…title[Arm]")', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + '/');
    const gaps = await page.$$eval('.source-list li', (lis) =>
      lis.flatMap((li) => {
        const a = li.querySelector('a');
        const tag = li.querySelector('.side');
        if (!a || !tag) return [];
        const ar = [...a.getClientRects()].at(-1)!;
        const tr = tag.getClientRects()[0];
        // Same line only (a tag wrapped to the next line has no neighbour to touch).
        return Math.abs(ar.top - tr.top) < 8 ? [tr.left - ar.right] : [];
      }),
    );
    expect(gaps.length).toBeGreaterThan(10);
    expect(gaps.filter((g) => g < 3)).toEqual([]);
  });
});
