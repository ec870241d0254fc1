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
import { sectionPageFile } from '../../src/lib/model/urlOptions.ts';
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

/**
 * What WordPress does with an address pasted into a post, on its server: reads the page and follows the oEmbed link
 * in its head. The address is the one the Embed panel gives: the edition's page, or a section's own page.
 */
function discoverOembed(ed: Edition, section?: string): string {
  const page = section ? sectionPageFile(section) : 'index.html';
  const html = readFileSync(resolve(import.meta.dirname, `../../dist${ed.prefix}/${page}`), 'utf8');
  const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`${ed.prefix}/${page}: no oEmbed link`);
  return new URL(href, `${base}${ed.prefix}/${page}`).href;
}

/** The host article for a kind, embedding an edition's embed page (with a query: section, layout, offset). */
function hostUrl(kind: string, ed: Edition, query: Record<string, string>, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(query).toString();
  const src = `${base}${ed.prefix}/embed.html${q ? '?' + q : ''}`;
  const params = new URLSearchParams({ kind, src, loader: `${base}/embed.js`, oembed: discoverOembed(ed, query.section), ...extra });
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

/**
 * Steps with the stepper's Next button to the end, reading at each step the active step, the map's state and the
 * counter (in the page, one round trip: clicks as a reader's, faster than one call per step); checks them all.
 */
async function stepThrough(frame: Frame, steps: Edition['allSteps']): Promise<string[]> {
  const seen = await frame.evaluate(async (n) => {
    const read = () => ({
      active: document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null,
      map: document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? null,
      count: document.querySelector('.stepper-controls .count [aria-hidden]')?.textContent ?? null,
    });
    const next = document.querySelector<HTMLButtonElement>('.stepper-controls button.next')!;
    const out = [read()];
    for (let i = 1; i < n; i++) {
      const before = out.at(-1)!.active;
      next.click();
      for (let t = 0; t < 100 && read().active === before; t++) await new Promise((ok) => setTimeout(ok, 10));
      out.push(read());
    }
    return { out, disabled: next.disabled };
  }, steps.length);
  expect(seen.out).toEqual(steps.map((s, i) => ({ active: s.id, map: s.map, count: `${i + 1} / ${steps.length}` })));
  expect(seen.disabled).toBe(true);
  return seen.out.map((s) => s.active!);
}

/** Scrolls the article to the frame, as a reader would (an off-screen cross-origin frame is not rendered). */
const toFrame = (page: Page) => page.evaluate(() => scrollTo(0, document.querySelector('#embed-host iframe')!.getBoundingClientRect().top + scrollY - 20));

describe.each(HOSTS)('$name', ({ kind, layout }) => {
  test.for(CONTENT)('$name: shown, every step reachable with its map, no error, no third origin, the host never moves', async ({ code, section }, { open }) => {
    const ed = edition(code);
    const steps = ed.allSteps.filter((s) => !section || s.section === section);
    const w = await openHost(open, hostUrl(kind, ed, section ? { section } : {}));
    const { page, frame } = w;
    const startUrl = page.url();
    // The host put the frame below a screenful of article; nothing scrolled the article yet.
    expect(await hostScroll(page)).toBe(0);

    // The reader scrolls to the frame; the embed has chosen its layout (html[data-embed-layout]) a second after it
    // started, once on screen (the stepper when its height message went unanswered and the story does not fit).
    await toFrame(page);
    await frame.waitForSelector('html[data-embed-layout]', { state: 'attached', timeout: 5000 });
    expect(await frame.$eval('html', (h) => h.dataset.embedLayout)).toBe(layout === 'stepper' ? 'stepper' : 'scroll');
    await expect.poll(() => layoutOf(frame), { timeout: 5000 }).toBe(layout);
    expect(await frame.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')))).toEqual(steps.map((s) => s.id));
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe(code);

    // Shown: not hidden or clipped, and as tall as it should be.
    const box = await iframeBox(page);
    expect(box.shown).toBe(true);
    if (layout === 'stepper') {
      // The stepper fits its frame exactly (WordPress: the height it asked for; the bare iframe: its 600 px), seen
      // once the frame is on screen (a browser does not lay out an off-screen cross-origin frame).
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
      // In view, as the reader scrolled the article: the host must not move again.
      const y = await hostScroll(page);
      expect(await stepThrough(frame, steps)).toHaveLength(steps.length);
      // Back by keys and by a swipe.
      await frame.press('.stepper-controls button.prev', 'ArrowLeft');
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
      // To the end of the article: the frame keeps its height as the steps come into view, the host stays put.
      const before = (await iframeBox(page)).height;
      const y = await page.evaluate(() => (scrollTo(0, document.documentElement.scrollHeight), scrollY));
      await page.waitForTimeout(500);
      expect(await hostScroll(page)).toBe(y);
      expect((await iframeBox(page)).height).toBe(before);
    }

    expect(w.errors).toEqual([]);
    const own = [new URL(base).origin, new URL(host.url).origin];
    expect(w.requests.filter((u) => !own.some((o) => u.startsWith(o)) && !u.startsWith('data:'))).toEqual([]);
    expect(w.navigations()).toBe(0);
    expect(page.url()).toBe(startUrl);
  });
});

describe('WordPress', () => {
  test('the Russian edition pasted into a post: an opaque origin, and still the whole story in the stepper, no third origin', async ({ open }) => {
    const ed = edition('ru');
    const w = await openHost(open, hostUrl('wordpress', ed, {}));
    await expect.poll(() => layoutOf(w.frame), { timeout: 5000 }).toBe('stepper');
    await toFrame(w.page);
    // WordPress's sandbox: the frame's document has an opaque origin; the page and its map still loaded.
    expect(await w.frame.evaluate(() => origin)).toBe('null');
    expect(await w.page.$eval('#embed-host iframe', (f) => [f.getAttribute('sandbox'), f.getAttribute('style'), f.getAttribute('height')])).toEqual(['allow-scripts', null, '640']);
    await w.frame.waitForSelector('[data-map-ready="true"]', { state: 'attached', timeout: 10_000 });
    expect(await w.frame.$eval('.stepper-controls .count [aria-hidden]', (e) => e.textContent)).toBe(`1 / ${ed.allSteps.length}`);
    expect(await w.frame.$eval('.stepper-controls button.next', (b) => b.textContent?.trim())).toBe(`${ui('ru').embed.next} →`);
    expect(w.errors).toEqual([]);
    const own = [new URL(base).origin, new URL(host.url).origin];
    expect(w.requests.filter((u) => !own.some((o) => u.startsWith(o)) && !u.startsWith('data:'))).toEqual([]);
  });

  test('“Open the full explainer” asks WordPress to open our page at the reader’s step, and WordPress does', async ({ open }) => {
    const w = await openHost(open, hostUrl('wordpress', edition('en'), {}));
    await expect.poll(() => layoutOf(w.frame), { timeout: 5000 }).toBe('stepper');
    // Click once the host has set the frame's height: a frame resized under the pointer moves the button away.
    await toFrame(w.page);
    await expect.poll(() => w.page.$eval('#embed-host iframe', (f) => f.getAttribute('height'))).toBe('640');
    await w.frame.waitForSelector('[data-map-ready="true"]', { state: 'attached', timeout: 10_000 });
    await w.frame.click('.stepper-controls button.next');
    const id = edition('en').allSteps[1].id;
    await expect.poll(() => state(w.frame)).toEqual({ active: id, map: edition('en').allSteps[1].map });
    await expect.poll(() => w.frame.$eval('a.embed-open', (a) => a.getAttribute('href'))).toBe(`./#${id}`);
    const navigated = w.page.waitForURL((u) => u.origin === new URL(base).origin, { timeout: 10_000 });
    await w.frame.click('.embed-open');
    await navigated;
    const url = new URL(w.page.url());
    expect([url.pathname, url.hash]).toEqual(['/', '#' + id]);
    expect(w.errors).toEqual([]);
  });

  test('a fuzz of malformed messages to and from the frame: no exception, the frame shown and stepping as before', async ({ open }) => {
    const w = await openHost(open, hostUrl('wordpress', edition('en'), {}));
    await expect.poll(() => layoutOf(w.frame), { timeout: 5000 }).toBe('stepper');
    await toFrame(w.page);
    await expect.poll(() => w.page.$eval('#embed-host iframe', (f) => f.getAttribute('height'))).toBe('640');
    const frameState = () => w.page.$eval('#embed-host iframe', (f) => ({ style: f.getAttribute('style'), height: f.getAttribute('height') }));
    const before = { frame: await frameState(), state: await state(w.frame) };
    const secret = await w.page.$eval('#embed-host iframe', (f) => f.getAttribute('data-secret'));
    for (const ctx of [w.frame, w.page.mainFrame()]) {
      await ctx.evaluate(() => {
        const errs: string[] = ((window as unknown as { errs: string[] }).errs = []);
        addEventListener('error', (e) => errs.push(e.message));
        addEventListener('unhandledrejection', (e) => errs.push(String(e.reason)));
      });
    }
    // Seeded, so a failure can be replayed: messages shaped like WordPress's, with every field wrong in turn.
    const send = async (ctx: Frame, to: 'frame' | 'parent') =>
      ctx.evaluate(
        ([to, secret]) => {
          let seed = 15;
          const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
          const pick = <T,>(a: T[]) => a[Math.floor(rnd() * a.length)];
          const values: unknown[] = [null, undefined, 0, -1, NaN, Infinity, 1e308, '1000', '12px', '', 'javascript:alert(1)', 'https://example.org/', {}, [], { toString: 1 }, 'x'.repeat(20_000), true, new Date(0), /re/];
          const messages: unknown[] = ['height', 'link', '', 'HEIGHT', null, 7, { toString: 1 }, '__proto__', 'x'.repeat(5000)];
          const secrets: unknown[] = [secret, secret + ' ', 'a b', '<img>', '', null, 0, {}, 'x'.repeat(5000), secret!.toUpperCase()];
          const target = to === 'frame' ? document.querySelector<HTMLIFrameElement>('#embed-host iframe')!.contentWindow! : parent;
          for (let i = 0; i < 400; i++) {
            const m: Record<string, unknown> = {};
            if (rnd() < 0.9) m.message = pick(messages);
            if (rnd() < 0.9) m.value = pick(values);
            if (rnd() < 0.9) m.secret = pick(secrets);
            if (rnd() < 0.1) m.extra = pick(values);
            target.postMessage(rnd() < 0.15 ? pick(values) : m, '*');
          }
        },
        [to, secret] as const,
      );
    // To the frame (as the post or another frame could), and from the frame to WordPress.
    await send(w.page.mainFrame(), 'frame');
    await send(w.frame, 'parent');
    await w.page.waitForTimeout(400);
    for (const ctx of [w.frame, w.page.mainFrame()]) expect(await ctx.evaluate(() => (window as unknown as { errs: string[] }).errs)).toEqual([]);
    expect(w.errors).toEqual([]);
    // The embed's step did not move; the frame is still shown, and WordPress's clamp held (messages from the frame
    // with its secret are WordPress's to obey: a script in the frame may set its height).
    expect(await state(w.frame)).toEqual(before.state);
    const after = await frameState();
    expect(after.style).toBeNull();
    expect(Number(after.height)).toBeGreaterThanOrEqual(200);
    expect(Number(after.height)).toBeLessThanOrEqual(1000);
    // Still stepping.
    await w.frame.click('.stepper-controls button.next');
    await expect.poll(() => state(w.frame)).toMatchObject({ active: edition('en').allSteps[1].id });
  });
});

describe('forced layouts and the host header', () => {
  test('?layout=stepper in a host that grows its frame (Pym): a stepper at the height it asks for; ?layout=scroll in a bare iframe: the scrolling story', async ({ open }) => {
    const a = await openHost(open, hostUrl('pym-scroll', edition('en'), { layout: 'stepper' }));
    await expect.poll(() => layoutOf(a.frame), { timeout: 3000 }).toBe('stepper');
    await expect.poll(() => iframeBox(a.page).then((b) => b.height)).toBe(640);
    // The host's scroll does not move the stepper's step.
    await a.page.evaluate(() => scrollBy(0, 600));
    await a.page.waitForTimeout(300);
    expect((await state(a.frame)).active).toBe(edition('en').allSteps[0].id);
    const b = await openHost(open, hostUrl('bare', edition('en'), { layout: 'scroll' }));
    await toFrame(b.page);
    expect(await b.frame.$eval('html', (h) => h.dataset.embedLayout)).toBe('scroll');
    // Past the moment the embed would have chosen the stepper by itself.
    await b.page.waitForTimeout(1500);
    expect(await layoutOf(b.frame)).toBe('unrolled');
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  test('a 56 px sticky header: the pinned date strip and map sit below it (loader: data-karabakh-offset; Pym: ?offset=)', async ({ open }) => {
    for (const [kind, query] of [['loader', {}], ['pym-scroll', { offset: '56' }]] as const) {
      const w = await openHost(open, hostUrl(kind, edition('en'), query, { offset: '56' }));
      if (kind === 'pym-scroll') await w.page.evaluate(() => scrollBy(0, 40));
      await expect.poll(() => layoutOf(w.frame), { timeout: 5000 }).toBe('hosted');
      const steps = edition('en').allSteps;
      await scrollHostTo(w.page, w.frame, steps[3].id);
      await expect
        .poll(async () => {
          const top = await w.page.$eval('#embed-host iframe', (el) => el.getBoundingClientRect().top);
          const strip = await w.frame.$eval('.timeline-bar', (el) => el.getBoundingClientRect().top);
          const map = await mapInHost(w.page, w.frame);
          return { strip: Math.round(strip + top), map: Math.round(map.top) >= 56 && map.bottom <= map.vh + 2 };
        }, { timeout: 3000 })
        .toEqual({ strip: 56, map: true });
      expect(w.errors).toEqual([]);
    }
  });
});

const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
describe('the stepper, opened on its own', () => {
  test.for([['en', 375], ['fr', 700]] as const)('%s at %i×600: axe finds no violation; the step is announced politely; buttons and keys have names', async ([code, width], { open }) => {
    const ed = edition(code);
    const { page, errors } = await open({ bypassCSP: true, viewport: { width, height: 600 } });
    await page.goto(`${base}${ed.prefix}/embed.html?layout=stepper`);
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    await page.waitForSelector('main.stepper');
    const words = ui(code).embed;
    // At the first step Previous is disabled; pressing Next then Previous leaves the focus on a working button.
    expect(await page.getByRole('button', { name: words.previous }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: words.next }).click();
    await page.getByRole('button', { name: words.previous }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toMatch(/\bnext\b/);
    await page.getByRole('button', { name: words.next }).click();
    await page.getByRole('button', { name: words.next }).click();
    const live = page.locator('[aria-live="polite"]').filter({ hasText: ed.allSteps[2].text[0].slice(0, 20) });
    await expect.poll(() => live.count()).toBe(1);
    expect(await live.textContent()).toContain(words.stepCount.replace('{n}', '3').replace('{total}', String(ed.allSteps.length)));
    // The page is the frame's height; the map and the step's text are both on screen.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(600);
    const boxes = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { map: r('[data-map-state]').height, step: r('[aria-current="step"]').height, controls: r('.stepper-controls').bottom };
    });
    expect(boxes.map).toBeGreaterThan(250);
    expect(boxes.step).toBeGreaterThan(60);
    expect(boxes.controls).toBeLessThanOrEqual(600);
    // Wide enough for the date strip's ticks: a tick moves the stepper to its first step (nothing scrolls).
    if (width >= 640) {
      const tick = page.locator('[data-steps]').last();
      const first = (await tick.getAttribute('data-steps'))!.split(/\s+/)[0];
      await tick.getByRole('button').click();
      await expect.poll(() => page.evaluate(() => document.querySelector('[aria-current="step"]')?.id)).toBe(first);
      expect(await page.evaluate(() => scrollY)).toBe(0);
    }
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
      const r = await w.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
