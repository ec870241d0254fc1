// The embed in every kind of host a journalist pastes it into, one table: hosts × (the whole story in English, one
// section in French). Host and embed on different origins (the host fixture on localhost, the site on 127.0.0.1),
// each host doing what the real one does (tests/fixtures/hosts/host.js): our loader; pym.js's own Parent with and
// without trackscroll; a WordPress post (a copy of wp-embed.js's protocol: sandboxed, hidden until the secret height
// message, clamped to 200–1000 px); a bare iframe 600 px tall with no script; an AMP-like host that grows the frame
// only on our message. For each: the embed is shown, every step can be reached (by the host's scroll or the
// stepper), the map shows each step's state, nothing is logged as an error, nothing is asked of a third origin, and
// the host page never scrolls or navigates by itself. Then the host's sticky header (offset), forced layouts, a fuzz
// of malformed WordPress messages, and axe in the stepper.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { baseUrl as base, test, type Open, type Watched } from './browser.ts';
import { EDITIONS, type Edition } from './quality.ts';
import { startServer } from '../../scripts/serve.mjs';

let host: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  // The host origin serves the repository (fixtures and node_modules/pym.js), on a different host name.
  host = await startServer({ root: resolve(import.meta.dirname, '../..'), host: 'localhost' });
});
afterAll(async () => {
  await host?.close();
});

const edition = (code: string) => EDITIONS.find((e) => e.code === code)!;
const ui = (code: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../data/ui.${code}.json`), 'utf8'));

/** How each host leaves the embed: the layout it ends in. */
type Layout = 'hosted' | 'unrolled' | 'stepper';
const HOSTS: { kind: string; name: string; layout: Layout }[] = [
  { kind: 'loader', name: 'our loader (embed.js)', layout: 'hosted' },
  { kind: 'pym-scroll', name: 'Pym with trackscroll', layout: 'hosted' },
  { kind: 'pym', name: 'Pym without trackscroll', layout: 'unrolled' },
  { kind: 'wordpress', name: 'WordPress (pasted URL, oEmbed)', layout: 'stepper' },
  { kind: 'bare', name: 'bare iframe, height 600', layout: 'stepper' },
  { kind: 'amp', name: 'AMP-like (grows only on our message)', layout: 'unrolled' },
];
const CONTENT: { name: string; code: string; section: string }[] = [
  { name: 'whole story (en)', code: 'en', section: '' },
  { name: 'one section (fr)', code: 'fr', section: 'fighting-2020' },
];

interface Opened extends Watched {
  frame: Frame;
  /** Navigations of the host page after it loaded (must stay 0). */
  navigations: () => number;
}

/** The host article for a kind, embedding an edition's embed page (with a query: section, layout, offset). */
function hostUrl(kind: string, ed: Edition, query: Record<string, string>, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(query).toString();
  const src = `${base}${ed.prefix}/embed.html${q ? '?' + q : ''}`;
  const params = new URLSearchParams({ kind, src, loader: `${base}/embed.js`, oembed: `${base}${ed.prefix}/oembed.json`, ...extra });
  if (kind === 'wordpress' && query.section) params.set('section', query.section);
  return `${host.url}/tests/fixtures/hosts/article.html?${params}`;
}

async function openHost(open: Open, url: string, width = 390): Promise<Opened> {
  const w = await open({ viewport: { width, height: 800 } });
  await w.page.goto(url, { waitUntil: 'load' });
  let navigations = 0;
  w.page.on('framenavigated', (f) => f === w.page.mainFrame() && navigations++);
  const el = await w.page.waitForSelector('#embed-host iframe', { state: 'attached' });
  const frame = (await el.contentFrame())!;
  await frame.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 15_000 });
  return { ...w, frame, navigations: () => navigations };
}

const layoutOf = (frame: Frame) => frame.$eval('main', (m) => (['hosted', 'unrolled', 'stepper'].find((c) => m.classList.contains(c)) ?? m.className) as string);
const state = (frame: Frame) =>
  frame.evaluate(() => ({
    active: document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null,
    map: document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? null,
  }));
const iframeBox = (page: Page) =>
  page.$eval('#embed-host iframe', (f) => {
    const r = f.getBoundingClientRect();
    return { top: r.top + scrollY, height: r.height, shown: (f as HTMLIFrameElement).checkVisibility({ visibilityProperty: true }) && getComputedStyle(f).position !== 'absolute' };
  });
const hostScroll = (page: Page) => page.evaluate(() => scrollY);

/** Scrolls the host page so a step of the embed sits at 30% of the host's window; waits for it to be active. */
async function scrollHostTo(page: Page, frame: Frame, id: string) {
  const top = await frame.$eval(`[data-step="${id}"]`, (el) => el.getBoundingClientRect().top + scrollY);
  const y = await page.evaluate((top) => {
    const f = document.querySelector('#embed-host iframe')!;
    const y = Math.round(f.getBoundingClientRect().top + scrollY + top - innerHeight * 0.3);
    scrollTo(0, y);
    return scrollY;
  }, top);
  await frame.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, id, { timeout: 5000 });
  return y;
}

/** The map's box in the host's window, and that window's height. */
async function mapInHost(page: Page, frame: Frame) {
  const box = await frame.$eval('[data-map-state]', (el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom }));
  const top = await page.$eval('#embed-host iframe', (el) => el.getBoundingClientRect().top);
  return { top: box.top + top, bottom: box.bottom + top, vh: await page.evaluate(() => innerHeight) };
}

/** Steps with the stepper's Next button to the end, checking each step's map; returns the ids visited. */
async function stepThrough(frame: Frame, steps: Edition['allSteps']): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < steps.length; i++) {
    await expect.poll(() => state(frame), { timeout: 3000, interval: 20 }).toEqual({ active: steps[i].id, map: steps[i].map });
    seen.push(steps[i].id);
    const count = await frame.$eval('.stepper-controls .count [aria-hidden]', (e) => e.textContent);
    expect(count).toBe(`${i + 1} / ${steps.length}`);
    if (i < steps.length - 1) await frame.click('.stepper-controls button.next');
  }
  expect(await frame.$eval('.stepper-controls button.next', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
  return seen;
}

describe.each(HOSTS)('$name', ({ kind, layout }) => {
  test.for(CONTENT)('$name: shown, every step reachable with its map, no error, no third origin, the host never moves', async ({ code, section }, { open }) => {
    const ed = edition(code);
    const steps = ed.allSteps.filter((s) => !section || s.section === section);
    const w = await openHost(open, hostUrl(kind, ed, section ? { section } : {}));
    const { page, frame } = w;
    const startUrl = page.url();
    // The host put the frame below a screenful of article: it stays where the host put it.
    expect(await hostScroll(page)).toBe(0);

    // The layout this host gets (the stepper is chosen within a second of no answer to the height message).
    if (layout === 'hosted') await page.evaluate(() => scrollBy(0, 40));
    await expect.poll(() => layoutOf(frame), { timeout: 5000 }).toBe(layout);
    expect(await frame.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')))).toEqual(steps.map((s) => s.id));
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe(code);

    // Shown: not hidden or clipped, and as tall as it should be.
    const box = await iframeBox(page);
    expect(box.shown).toBe(true);
    if (layout === 'stepper') {
      // The stepper fits its frame exactly (WordPress: the height it asked for; the bare iframe: its 600 px).
      expect(box.height).toBe(kind === 'bare' ? 600 : 640);
      await expect.poll(() => frame.evaluate(() => [document.documentElement.scrollHeight, innerHeight])).toEqual([box.height, box.height]);
    } else {
      // Sized to its content: every step is reachable by scrolling the article.
      await expect
        .poll(async () => {
          const outer = (await iframeBox(page)).height;
          const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          return Math.abs(outer - inner) <= 2 && inner > 1000;
        }, { timeout: 3000 })
        .toBe(true);
    }

    if (layout === 'stepper') {
      // Into view, as the reader scrolls the article; then the host must not move again.
      const y = await page.evaluate((top) => (scrollTo(0, top - 20), scrollY), box.top);
      expect(await stepThrough(frame, steps)).toHaveLength(steps.length);
      // Back by keys and by a swipe.
      await frame.press('.stepper-controls button.next', 'ArrowLeft');
      await expect.poll(() => state(frame)).toMatchObject({ active: steps.at(-2)!.id });
      await page.keyboard.press('PageUp');
      await expect.poll(() => state(frame)).toMatchObject({ active: steps.at(-3)!.id });
      await page.keyboard.press('PageDown');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => state(frame)).toMatchObject({ active: steps.at(-1)!.id });
      await frame.evaluate(() => {
        const at = (x: number) => [new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 300 })];
        document.dispatchEvent(new TouchEvent('touchstart', { touches: at(100), changedTouches: at(100), bubbles: true }));
        document.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: at(300), bubbles: true }));
      });
      await expect.poll(() => state(frame)).toMatchObject({ active: steps.at(-2)!.id });
      // The link opens the full explainer, in this edition, at this step.
      const link = await frame.$eval('a.embed-open', (a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target') }));
      expect(link).toEqual({ href: `${base}${ed.prefix}/#${steps.at(-2)!.id}`, target: '_blank' });
      expect(await hostScroll(page)).toBe(y);
    } else if (layout === 'hosted') {
      // The host's scroll drives the steps: a sample (first, middle, last), each with its map, pinned in view.
      for (const i of [0, Math.floor(steps.length / 2), steps.length - 1]) {
        const y = await scrollHostTo(page, frame, steps[i].id);
        await expect.poll(() => state(frame)).toEqual({ active: steps[i].id, map: steps[i].map });
        await expect
          .poll(async () => {
            const m = await mapInHost(page, frame);
            return m.top >= -2 && m.bottom <= m.vh + 2;
          }, { timeout: 3000 })
          .toBe(true);
        expect(await hostScroll(page)).toBe(y);
      }
    } else {
      // Unrolled: every step carries its own map, the static figure of its state, all in the sized frame.
      const figures = await frame.$$eval('[data-step]', (els) =>
        els.map((el) => {
          const fig = el.querySelector<HTMLElement>('figure.step-figure');
          return { id: el.getAttribute('data-step'), state: fig?.dataset.figureState, shown: !!fig && fig.getBoundingClientRect().height > 0 };
        }),
      );
      expect(figures).toEqual(steps.map((s) => ({ id: s.id, state: s.map, shown: true })));
      const y = await page.evaluate(() => (scrollTo(0, document.documentElement.scrollHeight), scrollY));
      await page.waitForTimeout(300);
      expect(await hostScroll(page)).toBe(y);
    }

    expect(w.errors).toEqual([]);
    const own = [new URL(base).origin, new URL(host.url).origin];
    expect(w.requests.filter((u) => !own.some((o) => u.startsWith(o)) && !u.startsWith('data:'))).toEqual([]);
    expect(w.navigations()).toBe(0);
    expect(page.url()).toBe(startUrl);
  });
});
