// The embed in a real host page on another origin (localhost vs the site's 127.0.0.1), speaking the real
// protocols: pym.js's own Parent (with and without trackscroll), our embed.js loader, AMP's embed-size and
// iframe.resize listeners. Step ids are read from the page, never hard-coded.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { baseUrl as base, gotoLive, test, type Open, type Watched } from './browser.ts';
import { story } from './quality.ts';
import { startServer } from '../../scripts/serve.mjs';

let host: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  // The host origin serves the repository (fixtures and node_modules/pym.js), on a different host name.
  host = await startServer({ root: resolve(import.meta.dirname, '../..'), host: 'localhost' });
});
afterAll(async () => {
  await host?.close();
});

function hostUrl(kind: string, query = ''): string {
  const q = new URLSearchParams({ kind, src: `${base}/embed.html${query}`, loader: `${base}/embed.js` });
  return `${host.url}/tests/fixtures/hosts/article.html?${q}`;
}

async function openHost(open: Open, kind: string, opts: { width?: number; query?: string } = {}): Promise<Watched & { frame: Frame }> {
  const w = await open({ viewport: { width: opts.width ?? 1280, height: 800 } });
  await w.page.goto(hostUrl(kind, opts.query ?? ''), { waitUntil: 'load' });
  const el = await w.page.waitForSelector('#embed-host iframe');
  const frame = (await el.contentFrame())!;
  await frame.waitForSelector('#story [data-step]');
  return { ...w, frame };
}

/** The iframe's height in the host and the embed's content height, in px. */
async function heights(page: Page, frame: Frame) {
  const outer = await page.$eval('#embed-host iframe', (el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { outer, inner, fits: Math.abs(outer - inner) <= 2 && inner > 400 };
}

async function expectFits(page: Page, frame: Frame, timeout = 1000) {
  await expect.poll(async () => heights(page, frame), { timeout, interval: 50 }).toMatchObject({ fits: true });
}

async function active(frame: Frame) {
  return frame.evaluate(() => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null);
}

/** Scrolls the host page so a step of the embed sits at 30% of the host's viewport height. */
async function scrollHostTo(page: Page, frame: Frame, id: string) {
  const top = await frame.$eval(`[data-step="${id}"]`, (el) => el.getBoundingClientRect().top);
  await page.evaluate((top) => {
    const f = document.querySelector('#embed-host iframe')!;
    window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY + top - window.innerHeight * 0.3);
  }, top);
  await frame.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, id, { timeout: 5000 });
}

/** The map's box in the host's viewport, and that viewport's height. */
async function mapInHost(page: Page, frame: Frame) {
  const box = await frame.$eval('[data-map-state]', (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, state: el.getAttribute('data-map-state') };
  });
  const { top, vh } = await page.$eval('#embed-host iframe', (el) => ({ top: el.getBoundingClientRect().top, vh: window.innerHeight }));
  return { top: box.top + top, bottom: box.bottom + top, vh, state: box.state };
}

async function expectPinned(page: Page, frame: Frame) {
  await expect
    .poll(async () => {
      const m = await mapInHost(page, frame);
      return m.top >= -2 && m.bottom <= m.vh + 2 && m.bottom - m.top > m.vh * 0.5;
    }, { timeout: 3000, interval: 50 })
    .toBe(true);
}

/** Host-driven scrolling: the active step follows the host's scroll and the map stays in view. */
async function checkScrollDriven(page: Page, frame: Frame) {
  // The first viewport message switches the embed from unrolled to hosted.
  await page.evaluate(() => window.scrollBy(0, 40));
  await frame.waitForSelector('main.hosted', { timeout: 3000 });
  const ids = await frame.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')!));
  expect(ids.length).toBeGreaterThan(2);
  const maps: string[] = [];
  for (const id of [ids[1], ids[Math.floor(ids.length / 2)], ids[ids.length - 2]]) {
    await scrollHostTo(page, frame, id);
    expect(await active(frame)).toBe(id);
    await expectPinned(page, frame);
    maps.push((await mapInHost(page, frame)).state!);
  }
  await expectFits(page, frame);
  return maps;
}

describe('embed in a host page on another origin', () => {
  test('pym.js Parent with trackscroll: sized to its content, then host scroll drives the steps and the map stays in view', async ({ open }) => {
    const { page, frame, errors, requests } = await openHost(open, 'pym-scroll');
    await expectFits(page, frame);
    await page.setViewportSize({ width: 700, height: 800 });
    await expectFits(page, frame);
    await page.setViewportSize({ width: 1280, height: 800 });
    await checkScrollDriven(page, frame);

    // 500 malformed messages change nothing and throw nothing.
    await frame.evaluate(() => {
      const w = window as unknown as { errs: string[] };
      w.errs = [];
      addEventListener('error', (e) => w.errs.push(e.message));
      addEventListener('unhandledrejection', (e) => w.errs.push(String(e.reason)));
    });
    const snapshot = async () => ({
      active: await active(frame),
      map: (await mapInHost(page, frame)).state,
      pin: await frame.evaluate(() => document.documentElement.style.getPropertyValue('--ke-pin')),
      mode: await frame.$eval('main', (m) => m.className),
      height: (await heights(page, frame)).outer,
      hash: await frame.evaluate(() => location.hash),
    });
    const before = await snapshot();
    await page.evaluate(() => {
      const w = document.querySelector<HTMLIFrameElement>('#embed-host iframe')!.contentWindow!;
      const P = 'pymxPYMxembed-hostxPYMx';
      const huge = 'pymxPYMxembed-hostxPYMxviewport-iframe-positionxPYMx' + '9'.repeat(1_000_000);
      const bad: unknown[] = [
        null, undefined, 0, -1, NaN, true, {}, [], [P + 'widthxPYMx300'], { data: P },
        { sentinel: 'amp', type: 'embed-size', height: 5 }, { context: 'iframe.resize', height: 1 },
        huge, 'x'.repeat(2_000_000), '', 'pym', P, P + 'xPYMx', 'PYMXpymxPYMxembed-host',
        P + 'viewport-iframe-positionxPYMx1 2 3', P + 'viewport-iframe-positionxPYMxNaN 800 0 0 100 100',
        P + 'viewport-iframe-positionxPYMx1e400 800 0 0 100 100', P + 'viewport-iframe-positionxPYMx1280 800 5 0 1 100',
        P + 'viewport-iframe-positionxPYMx1280 800 -1e9 0 1e9 1280', P + 'viewport-iframe-positionxPYMx1280 0x20 0 0 100 100',
        P + 'viewport-iframe-positionxPYMx1280 800 0 0 100 100 7', P + 'viewport-iframe-positionxPYMx  ',
        'pymxPYMxsomeone-elsexPYMxviewport-iframe-positionxPYMx1280 800 -500 0 5000 1280',
        'pymxPYMxembed-host.*xPYMxviewport-iframe-positionxPYMx1280 800 -500 0 5000 1280',
        P + 'widthxPYMxabc', P + 'widthxPYMx-5', P + 'widthxPYMx' + '1'.repeat(500), P + 'navigateToxPYMxhttps://example.org/',
        P + 'scrollToChildPosxPYMx100', P + '<img src=x>xPYMx1', new Uint8Array(16), new Date(0), /re/,
      ];
      for (let i = 0; i < 500; i++) w.postMessage(bad[i % bad.length], '*');
    });
    await page.waitForTimeout(600);
    expect(await snapshot()).toEqual(before);
    expect(await frame.evaluate(() => (window as unknown as { errs: string[] }).errs)).toEqual([]);
    expect(errors).toEqual([]);
    // The embed asks only its own origin for anything.
    const own = new URL(base).origin;
    const fromEmbed = requests.filter((u) => !u.startsWith(host.url));
    expect(fromEmbed.length).toBeGreaterThan(0);
    expect(fromEmbed.filter((u) => !u.startsWith(own) && !u.startsWith('data:'))).toEqual([]);
  });

  // Our loader, Pym without trackscroll and AMP are in hosts.test.ts's table with every other host.
  test('iframe.resize hosts size the iframe too', async ({ open }) => {
    const { page, frame } = await openHost(open, 'resize');
    await expectFits(page, frame);
  });
});

describe('section embeds', () => {
  test('?section=fighting-2020 contains only that section\'s steps; an unknown section, the whole story', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(`${base}/embed.html`);
    const all = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
    const mine = await page.$$eval('section[aria-labelledby="section-fighting-2020"] [data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    await page.goto(`${base}/embed.html?section=fighting-2020`);
    await expect.poll(() => page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')))).toEqual(mine);
    expect(await page.$$eval('.section-title', (els) => els.length)).toBe(1);
    const link = await page.$eval('a.embed-open', (a) => ({ target: a.getAttribute('target'), rel: a.getAttribute('rel'), href: a.getAttribute('href') }));
    expect(link).toEqual({ target: '_blank', rel: 'noopener', href: `./#${mine[0]}` });
    await page.goto(`${base}/embed.html?section=no-such-section`);
    await page.waitForFunction(() => document.querySelector('main')?.className !== undefined);
    expect(await page.$$eval('[data-step]', (els) => els.length)).toBe(all.length);
    expect(errors).toEqual([]);
  });
});

describe('a section numbers its own footnotes; the whole story folds its back matter', () => {
  /** The footnote markers in reading order, the source list's entries, and its link to the full list. */
  const footnotes = (page: Page) =>
    page.evaluate(() => ({
      markers: [...document.querySelectorAll('[data-step] a[href^="#src-"]')].map((a) => ({ n: Number(a.textContent), id: a.getAttribute('href')!.slice(5) })),
      list: [...document.querySelectorAll('.source-list > li')].map((li) => li.id.slice(4)),
      full: document.querySelector<HTMLAnchorElement>('.back-matter a[href="./#sources-title"]')?.href ?? null,
    }));
  test.for([['embed', '/embed.html'], ['page', '/']] as const)('?section=fighting-2020 (%s): footnotes from 1 in its order, only its sources, a link to them all', async ([, path], { open }) => {
    const { page, errors } = await open({ viewport: { width: 390, height: 800 } });
    await page.goto(`${base}${path}?section=fighting-2020`);
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    await expect.poll(async () => (await footnotes(page)).markers[0]?.n).toBe(1);
    const { markers, list, full } = await footnotes(page);
    // Numbered in order of first citation: each new source gets the next number.
    const firsts = [...new Map(markers.map((m) => [m.id, m.n])).entries()];
    expect(firsts.map(([, n]) => n)).toEqual(firsts.map((_, i) => i + 1));
    // The list holds exactly the cited sources, in that order.
    expect(list).toEqual(firsts.map(([id]) => id));
    expect(list.length).toBeLessThan(30);
    expect(full).toBe(`${base}/#sources-title`);
    expect(errors).toEqual([]);
  });

  test('the whole story embedded on a phone: sources and About behind one closed disclosure, the story first', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 390, height: 800 } });
    await page.goto(`${base}/embed.html`);
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    const details = page.locator('details.embed-back-matter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await details.locator('#sources-title, #about').count()).toBe(2);
    expect(await page.locator('.source-list').isVisible()).toBe(false);
    await details.locator('summary').click();
    await expect.poll(() => page.locator('.source-list').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('Embed panel and oEmbed discovery', () => {
  test('the Embed button opens a dialog with copyable code, a section picker and a live preview', async ({ open }) => {
    const { page, errors } = await open();
    await gotoLive(page, `${base}/`);
    const oembedHref = await page.$eval('link[rel="alternate"][type="application/json+oembed"]', (l) => (l as HTMLLinkElement).href);
    const oembed = await (await page.request.get(oembedHref)).json();
    expect(oembed).toMatchObject({ type: 'rich', version: '1.0' });
    expect(oembed.html).toMatch(/<iframe [^>]*src="[^"]*embed\.html"/);

    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
    await dialog.waitFor();
    const code = () => page.$eval('#embed-code-html', (t) => (t as HTMLTextAreaElement).value);
    expect(await code()).toContain(`src="${base}/embed.html"`);
    expect(await code()).toContain(`<script src="${base}/embed.js" async></script>`);
    await dialog.getByLabel('What to embed').selectOption('fighting-2020');
    expect(await code()).toContain(`src="${base}/embed.html?section=fighting-2020"`);
    expect(await page.$eval('iframe.preview', (f) => f.getAttribute('src'))).toBe(`${base}/embed.html?section=fighting-2020`);
    // Clipboard refused (no permission in this context): the code is selected and the reader told so.
    await dialog.getByRole('button', { name: /^Copy HTML/ }).click();
    await expect.poll(() => dialog.locator('.form').first().getByRole('status').textContent()).toMatch(/Copied|selected/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/Embed$/);
    expect(errors).toEqual([]);
  });

  test('at 375 px: the five forms, each with where to use it; nothing overflows; styled buttons; “Copied” beside its button; the preview header reads “title · section”', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 375, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    await gotoLive(page, `${base}/`);
    // On a phone the header's tools are folded behind one button.
    const tools = page.locator('.tools-toggle');
    if (await tools.isVisible()) await tools.click();
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
    await dialog.waitFor();
    const words = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/ui.en.json'), 'utf8')).embed;
    const forms = await dialog.locator('.form').evaluateAll((els) =>
      els.map((el) => ({ label: el.querySelector('label')!.textContent, where: el.querySelector('.where')!.textContent, code: (el.querySelector('textarea') as HTMLTextAreaElement).value })),
    );
    expect(forms.map((f) => [f.label, f.where])).toEqual([
      [words.formHtml, words.whereHtml],
      [words.formPym, words.wherePym],
      [words.formWp, words.whereWp],
      [words.formFixed, words.whereFixed],
      [words.formAmp, words.whereAmp],
    ]);
    // WordPress: the page's address alone; the fixed frame: no script, the stepper.
    expect(forms[2].code).toBe(`${base}/`);
    expect(forms[3].code).toMatch(/^<iframe src="[^"]*embed\.html\?layout=stepper" [^>]*height="600"[^>]*><\/iframe>$/);
    await dialog.getByLabel(words.whatToEmbed).selectOption('fighting-2020');
    expect((await dialog.locator('#embed-code-fixed').inputValue())).toContain('embed.html?section=fighting-2020&amp;layout=stepper');
    // WordPress, one section: that section's own page, whose oEmbed embeds that section alone, with its own card.
    const wp = await dialog.locator('#embed-code-wp').inputValue();
    expect(wp).toBe(`${base}/section-fighting-2020.html`);
    const sectionPage = await page.request.get(wp);
    const sectionOembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(await sectionPage.text())?.[1];
    expect(sectionOembed).toBe('oembed-fighting-2020.json');
    const one = await (await page.request.get(new URL(sectionOembed!, wp).href)).json();
    expect(one.html).toMatch(/<iframe [^>]*src="[^"]*embed\.html\?section=fighting-2020"/);
    expect(one.title).toContain(story.sections.find((s) => s.id === 'fighting-2020')!.title);
    expect(one.thumbnail_url).toMatch(/cards\/section-fighting-2020\.png$/);
    expect((await page.request.get(new URL(one.thumbnail_url, wp).href)).status()).toBe(200);
    expect(await dialog.locator('.note').count()).toBe(0);
    // Nothing wider than the dialog, the select included (its longest option is a long section title).
    const fit = await page.evaluate(() => {
      const d = document.querySelector('dialog')!;
      const box = d.getBoundingClientRect();
      const over = [...d.querySelectorAll('select, textarea, button, iframe')].filter((el) => el.getBoundingClientRect().right > box.right + 0.5).map((el) => el.tagName);
      return { over, scroll: d.scrollWidth <= d.clientWidth, inViewport: box.right <= innerWidth };
    });
    expect(fit).toEqual({ over: [], scroll: true, inViewport: true });
    // Buttons styled as the site's, not the browser's grey.
    const copyBg = await dialog.getByRole('button', { name: /^Copy Fixed/ }).evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(copyBg).toBe('rgb(11, 92, 173)');
    // The result of a copy appears beside the button pressed, in view.
    const button = dialog.getByRole('button', { name: /^Copy Fixed/ });
    await button.click();
    const status = dialog.locator('.form').nth(3).getByRole('status');
    await expect.poll(() => status.textContent()).toBe(words.copied);
    const [b, st] = [await button.boundingBox(), await status.boundingBox()];
    expect(Math.abs(b!.y + b!.height / 2 - (st!.y + st!.height / 2))).toBeLessThan(20);
    expect(st!.y + st!.height).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await dialog.locator('#embed-code-fixed').inputValue());
    // The preview's header: "Karabakh Explained · The fighting of 2020", with its space.
    const preview = page.frameLocator('iframe.preview');
    await expect.poll(() => preview.locator('.embed-title').textContent(), { timeout: 10_000 }).toMatch(/^\s*Karabakh Explained · \S/);
    expect(errors).toEqual([]);
  });
});
