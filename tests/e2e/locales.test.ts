// The French and Russian editions (and any other in data/locales.json), as a reader meets them: the right
// language in the page and its head, the same steps, map states, figures and sources as the default edition, a
// switcher that keeps the reader's step, the map's words in the edition's language, the embed and oEmbed of
// the edition, and Cyrillic drawn with a real font. The suites of every mode (parity, a11y, CSP, requests) run
// in each edition too (quality.ts's EDITIONS); the engine suites (scroll, map, counters, keys) run in the default.
import { describe, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { baseUrl as base, test, waitHydrated } from './browser.ts';
import { EDITIONS } from './quality.ts';
import { languageProblem } from '../fixtures/language.ts';

const root = resolve(import.meta.dirname, '../..');
const [def, ...others] = EDITIONS;
const uiOf = (code: string) => JSON.parse(readFileSync(resolve(root, `data/ui.${code}.json`), 'utf8'));

/** What the page holds that must be the same in every edition: steps, each step's map, figures, sources. */
async function structure(page: Page) {
  return page.evaluate(() => ({
    steps: [...document.querySelectorAll('[data-step]')].map((e) => e.getAttribute('data-step')),
    maps: [...document.querySelectorAll('[data-step]')].map((e) => e.querySelector('[data-figure-state]')?.getAttribute('data-figure-state') ?? null),
    counters: [...document.querySelectorAll('data[value]')].map((e) => e.getAttribute('value')),
    sources: [...document.querySelectorAll('[id^="src-"]')].map((e) => e.id),
  }));
}

test('there are editions besides the default one', () => {
  expect(others.length, 'data/locales.json lists the French and Russian editions').toBeGreaterThanOrEqual(2);
});

describe.each(others)('the $code edition', ({ code, prefix, allSteps, story }) => {
  const ui = uiOf(code);

  test('its page: lang, title, alternates to every edition, og:locale', async ({ open }) => {
    const { page, errors } = await open();
    const res = await page.goto(base + prefix + '/');
    expect(res?.status()).toBe(200);
    const head = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), (l as HTMLLinkElement).href]),
      og: document.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    }));
    expect(head.lang).toBe(code);
    expect(head.title).toBe(story.title);
    expect(languageProblem(head.description, code) ?? 'ok').toBe('ok');
    expect(head.og).toMatch(new RegExp(`^${code}_`));
    expect(head.alternates.map(([l]) => l).sort()).toEqual([...EDITIONS.map((e) => e.code), 'x-default'].sort());
    for (const [, href] of head.alternates) expect((await page.request.get(href!)).status(), href!).toBe(200);
    expect(errors).toEqual([]);
  });

  test('the same steps, map states, figures and sources as the default edition; every step in its language', async ({ open }) => {
    // Without JavaScript every step carries its own map figure: the map state each step shows.
    const { page: en } = await open({ javaScriptEnabled: false });
    await en.goto(base + def.prefix + '/');
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(base + prefix + '/');
    const [a, b] = [await structure(en), await structure(page)];
    expect(b.steps).toEqual(a.steps);
    expect(b.steps).toEqual(allSteps.map((s) => s.id));
    expect(b.maps).toEqual(allSteps.map((s) => s.map));
    expect(b.counters).toEqual(a.counters);
    expect(b.sources).toEqual(a.sources);
    const texts = await page.$$eval('[data-step]', (els) => els.map((e) => [e.getAttribute('data-step'), (e as HTMLElement).textContent ?? '']));
    expect(texts.map(([id, t]) => [id, languageProblem(t!, code)]).filter(([, p]) => p)).toEqual([]);
    // The back matter too: the sources' introduction and About (method, names, the side-tag rule, glossary,
    // corrections). Not the source list: headlines stay as published; nor the citations of "Cite this" and the
    // licence lines of the downloads, reference strings made of names (the title, the project, datasets, URLs).
    const back = await page.$$eval('.about p, .about dd:not([data-cite]), .about li, .back-matter > p', (els) => els.map((e) => (e as HTMLElement).textContent ?? '').filter((t) => t.trim().split(/\s+/).length >= 8));
    expect(back.length).toBeGreaterThan(5);
    expect(back.map((t) => [t.slice(0, 60), languageProblem(t, code)]).filter(([, p]) => p)).toEqual([]);
  });

  test('the switcher keeps the reader’s step, both ways', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 390, height: 800 } });
    const step = allSteps[Math.floor(allSteps.length / 2)].id;
    /** Goes back up to the switcher (as a reader must, which moves the page to its first step) and follows it. */
    const switchTo = async (lang: string, path: string) => {
      await waitHydrated(page);
      const navigated = page.waitForEvent('framenavigated', (f) => f === page.mainFrame());
      await page.click(`.locale-switch a[hreflang="${lang}"]`);
      // The address it opens carries the step the reader was on before coming up to the switcher.
      expect((await navigated).url()).toBe(`${base}${path}/#${step}`);
      await waitHydrated(page);
      // The other edition opens at that step: its top in the upper half of the screen.
      const top = await page.$eval(`#${step}`, (e) => e.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(400);
    };
    await page.goto(`${base}${def.prefix}/#${step}`);
    await switchTo(code, prefix);
    expect(await page.$eval('.locale-switch [aria-current="page"]', (e) => e.getAttribute('lang'))).toBe(code);
    // A reader scrolling on, then up to the switcher again.
    await switchTo(def.code, def.prefix);
    expect(errors).toEqual([]);
  });

  test('on a section’s page, the switcher opens the same section’s page of the other edition, with or without JavaScript', async ({ open }) => {
    const section = story.sections[2].id;
    const file = `section-${section}.html`;
    for (const javaScriptEnabled of [true, false]) {
      const { page, errors } = await open({ javaScriptEnabled });
      await page.goto(`${base}${prefix}/${file}`);
      if (javaScriptEnabled) await waitHydrated(page);
      const navigated = page.waitForEvent('framenavigated', (f) => f === page.mainFrame());
      await page.click(`.locale-switch a[hreflang="${def.code}"]`);
      expect(new URL((await navigated).url()).pathname).toBe(`${def.prefix}/${file}`);
      await page.waitForLoadState('load');
      expect(await page.getAttribute('html', 'lang')).toBe(def.code);
      if (javaScriptEnabled) {
        // Hydrated, the page shows that section alone.
        await waitHydrated(page);
        const steps = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
        expect(steps).toEqual(def.story.sections[2].steps.map((st) => st.id));
      }
      expect(errors).toEqual([]);
    }
  });

  test('the map speaks the edition’s language, live and in the static drawings', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + prefix + '/');
    await waitHydrated(page);
    const stepanakert = ui.map.names.Stepanakert as string;
    await expect.poll(() => page.$eval('[data-map-state]', (e) => (e as HTMLElement).textContent ?? ''), { timeout: 10_000 }).toContain(ui.map.legend.armenia);
    const svg = await (await page.request.get(`${base}${prefix}/maps/nkao-1923.svg`)).text();
    expect(svg).toContain(stepanakert.split(' / ')[0]);
    expect(svg).toContain(ui.map.states['nkao-1923'].title);
  });

  test('its embed shows one section, in its language, and links back to its own edition', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 600, height: 800 } });
    const section = 'aftermath';
    await page.goto(`${base}${prefix}/embed.html?section=${section}`);
    await waitHydrated(page);
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
    expect(ids).toEqual(allSteps.filter((s) => s.section === section).map((s) => s.id));
    const full = await page.$eval(`a[href*="#${ids[0]}"]`, (a) => (a as HTMLAnchorElement).href);
    expect(full.startsWith(`${base}${prefix}/`)).toBe(true);
    const oembed = await (await page.request.get(`${base}${prefix}/oembed.json`)).json();
    expect(oembed.html).toContain('embed.html');
    expect(oembed.title).toBe(story.title);
    expect(errors).toEqual([]);
  });

  test('the Embed panel’s code points at this edition', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + prefix + '/');
    await waitHydrated(page);
    await page.click('.embed-button');
    await page.waitForSelector('dialog[open] textarea');
    const codes = await page.$$eval('dialog[open] textarea', (els) => els.map((t) => (t as HTMLTextAreaElement).value));
    expect(codes.length).toBe(5);
    // Every form at this edition's embed; WordPress's, this edition's address (its oEmbed leads to its embed).
    const wp = await page.$eval('#embed-code-wp', (t) => (t as HTMLTextAreaElement).value);
    expect(wp).toBe(`${base}${prefix}/`);
    for (const c of codes.filter((c) => c !== wp)) expect(c).toContain(`${base}${prefix}/embed.html`);
  });
});

/** The fonts Chromium drew a node's text with (DevTools' CSS.getPlatformFontsForNode). */
async function fontsOf(cdp: CDPSession, page: Page, selector: string): Promise<string[]> {
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  void page;
  return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
}

describe.each(EDITIONS.filter((e) => e.code === 'ru'))('Cyrillic ($code)', ({ prefix }) => {
  test('is drawn with system fonts that have Cyrillic, in the text and the interface faces; no web font', async ({ open }) => {
    const { page, requests } = await open();
    await page.goto(base + prefix + '/');
    await waitHydrated(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const cyrillic = new Set(execFileSync('fc-list', [':lang=ru', 'family'], { encoding: 'utf8' }).split(/[\n,]/).map((f) => f.trim()).filter(Boolean));
    for (const sel of ['[data-step] p', '.site-header h1', '.locale-switch [aria-current="page"]']) {
      const used = await fontsOf(cdp, page, sel);
      expect(used.length, sel).toBeGreaterThan(0);
      for (const f of used) expect(cyrillic.has(f), `${sel}: ${f} has no Cyrillic`).toBe(true);
    }
    expect(requests.filter((u) => /\.(woff2?|ttf|otf)(\?|$)/.test(u))).toEqual([]);
  });
});
