// Accessibility: axe-core finds no violation at the start, mid-story and at the end, and in every mode (embed,
// presentation, print); a keyboard-only reader reaches every control with a visible focus, can skip to the
// story, and finds landmarks, a language and headings in order.
import { describe, expect } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl as base, test, scrollToStep, stepIds } from './browser.ts';
import { EDITIONS, modes, openMode, settle } from './quality.ts';

const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** axe-core's violations, one readable line each (rule, impact, first few offending nodes). */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return violations;
}

// axe is injected as a script: the page's own CSP would (rightly) block it, so these contexts bypass it.
const axeContext = { bypassCSP: true } as const;

describe('axe-core: no violations', () => {
  test.for([
    { where: 'start', width: 375 },
    { where: 'middle', width: 375 },
    { where: 'end', width: 375 },
    { where: 'middle', width: 1280 },
  ])('main page, $where of the story at $width px', async ({ where, width }, { open }) => {
    const { page, errors } = await open({ ...axeContext, viewport: { width, height: 800 } });
    await page.goto(base + '/');
    const ids = await stepIds(page);
    if (where === 'middle') await scrollToStep(page, ids[Math.floor(ids.length / 2)]);
    if (where === 'end') await scrollToStep(page, ids.at(-1)!);
    await settle(page);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.for(modes().filter((m) => m.name !== 'main' || m.locale !== EDITIONS[0].code).map((m) => [m.label, m] as const))('%s mode', async ([_name, mode], { open }) => {
    const { page, errors } = await open({ ...axeContext, viewport: { width: 1280, height: 800 } });
    await openMode(page, base, mode);
    expect(await axe(page)).toEqual([]);
    if (mode.name === 'present') {
      await page.keyboard.press('PageDown');
      await settle(page);
      expect(await axe(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});

describe('dark mode (prefers-color-scheme: dark): axe-core finds no violation, print and ?theme=light stay light', () => {
  const dark = { ...axeContext, colorScheme: 'dark' } as const;
  /** The page's background and text colours as computed. */
  const colours = (page: Page) => page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(document.body).color }));

  test.for([
    { where: 'start', width: 375 },
    { where: 'middle', width: 375 },
    { where: 'middle', width: 1280 },
  ])('main page, $where of the story at $width px', async ({ where, width }, { open }) => {
    const { page, errors } = await open({ ...dark, viewport: { width, height: 800 } });
    await page.goto(base + '/');
    const ids = await stepIds(page);
    if (where === 'middle') await scrollToStep(page, ids[Math.floor(ids.length / 2)]);
    await settle(page);
    // Dark indeed (a test that passed on the light page would prove nothing here).
    expect((await colours(page)).bg).toBe('rgb(20, 20, 24)');
    // A footnote pop-up open, on its dark surface.
    const marker = page.locator('[aria-current="step"] sup.ref .marker').first();
    // Into the text area (below the pinned map on phones), then opened.
    await marker.evaluate((m) => window.scrollBy(0, m.getBoundingClientRect().top - innerHeight * 0.75));
    await marker.click();
    await page.locator('sup.ref .pop').first().waitFor({ state: 'visible' });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.for(modes([EDITIONS[0], EDITIONS[1]]).filter((m) => m.name === 'embed' || m.name === 'present').map((m) => [m.label, m] as const))('%s mode', async ([_name, mode], { open }) => {
    const { page, errors } = await open({ ...dark, viewport: { width: 1280, height: 800 } });
    await openMode(page, base, mode);
    expect((await colours(page)).bg).toBe('rgb(20, 20, 24)');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the embed with ?theme=light and the printed page are light whatever the reader\'s setting', async ({ open }) => {
    const { page } = await open({ colorScheme: 'dark', viewport: { width: 600, height: 800 } });
    await page.goto(base + '/embed.html?theme=light');
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    expect((await colours(page)).bg).toBe('rgb(255, 255, 255)');
    await page.goto(base + '/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await colours(page)).toEqual({ bg: 'rgb(255, 255, 255)', ink: expect.stringMatching(/^rgb\((0|27), (0|27), (0|31)\)$/) });
  });
});

describe('keyboard and structure', () => {
  test('the header\'s tools (Present, Print handout, Embed, Share) sit on one row at 1280 px, one height, 44 px targets', async ({ open }) => {
    const { page } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/');
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    // (The handout options dialog's own buttons are not in the row.)
    const boxes = await page.$$eval('.site-header .tools button', (bs) => bs.filter((b) => !b.closest('dialog')).map((b) => b.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), height: Math.round(r.height) })));
    expect(boxes.length).toBe(4);
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(new Set(boxes.map((b) => b.height)).size).toBe(1);
    for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(44);
  });

  test('reaches every control by Tab, always with a visible focus indicator', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/');
    // Every control a reader could tab to, as the browser lays it out.
    const tabbable = await page.evaluate(() => {
      const sel = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])';
      const els = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => {
        if (el.closest('[inert], [hidden]')) return false;
        const cs = getComputedStyle(el);
        return cs.visibility !== 'hidden' && el.getClientRects().length > 0;
      });
      els.forEach((el, i) => (el.dataset.kbd = String(i)));
      return els.length;
    });
    expect(tabbable).toBeGreaterThan(3);
    const reached = new Set<string>();
    const invisible: string[] = [];
    // A few more presses than controls: sections further on come to life as focus nears them, and a live section may
    // hold a control or two more than its prerendered markup.
    for (let i = 0; i < tabbable + 30; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
        const shadow = cs.boxShadow !== 'none';
        const r = el.getBoundingClientRect();
        const onScreen = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
        return { id: el.dataset.kbd ?? null, desc: el.outerHTML.slice(0, 80), visible: (outline || shadow) && onScreen };
      });
      if (!f) continue;
      if (f.id !== null) reached.add(f.id);
      if (!f.visible) invisible.push(f.desc);
    }
    expect(invisible).toEqual([]);
    const missed = await page.evaluate((reached) => [...document.querySelectorAll<HTMLElement>('[data-kbd]')].filter((el) => !reached.includes(el.dataset.kbd!)).map((el) => el.outerHTML.slice(0, 80)), [...reached]);
    expect(missed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('has a skip link first that moves focus to the story', async ({ open }) => {
    const { page } = await open({ viewport: { width: 375, height: 740 } });
    await page.goto(base + '/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
    expect(first.text).toMatch(/skip/i);
    const target = first.href!.slice(1);
    const visible = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.width > 1;
    });
    expect(visible).toBe(true);
    await page.keyboard.press('Enter');
    await settle(page);
    const focus = await page.evaluate((t) => {
      const el = document.getElementById(t)!;
      return { inTarget: el.contains(document.activeElement), hasStep: !!el.querySelector('[data-step]') };
    }, target);
    expect(focus).toEqual({ inTarget: true, hasStep: true });
    // The next Tab continues inside the story, not back at the top.
    await page.keyboard.press('Tab');
    expect(await page.evaluate((t) => document.getElementById(t)!.contains(document.activeElement), target)).toBe(true);
  });

  test.for(modes().filter((m) => m.name !== 'print').map((m) => [m.label, m] as const))('%s mode: lang, one main landmark, header and footer, headings in order', async ([_name, mode], { open }) => {
    const { page } = await open();
    await openMode(page, base, mode);
    const s = await page.evaluate(() => {
      const top = (sel: string) => [...document.querySelectorAll(sel)].filter((el) => !el.closest('article, aside, main, nav, section')).length;
      return {
        lang: document.documentElement.lang,
        main: document.querySelectorAll('main, [role="main"]').length,
        header: top('header') + document.querySelectorAll('[role="banner"]').length,
        footer: top('footer') + document.querySelectorAll('[role="contentinfo"]').length,
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])),
      };
    });
    expect(s.lang).toBe(mode.locale);
    expect(s.main).toBe(1);
    if (mode.name === 'main') {
      expect(s.header).toBeGreaterThanOrEqual(1);
      expect(s.footer).toBeGreaterThanOrEqual(1);
    }
    expect(s.headings.length).toBeGreaterThan(0);
    expect(s.headings.filter((h) => h === 1).length).toBeLessThanOrEqual(1);
    const skipped = s.headings.flatMap((h, i) => (i > 0 && h > s.headings[i - 1] + 1 ? [`h${s.headings[i - 1]} → h${h}`] : []));
    expect(skipped).toEqual([]);
  });
});
