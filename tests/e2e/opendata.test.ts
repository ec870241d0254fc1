// Open data and sharing (#19), against the built site in every edition: every download is linked from the page,
// is served, parses back and is what the story data gives; a counter's pop-up links to its row; the social cards,
// meta tags and JSON-LD of the story's page and of each section's page; the section pages show their section; the
// Share button falls back to copying; "Cite this"; nothing is requested from another origin.
import { describe, expect } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import { baseUrl as base, scrollToStep, test, waitHydrated, waitStepLive } from './browser.ts';
import { EDITIONS, distDir } from './quality.ts';
import { loadStoryFiles } from '../../scripts/vite-plugin-story.ts';
import { validateBundle } from '../../src/build/validate.ts';
import { makeDownloads, publicationDates, FIGURE_COLUMNS } from '../../src/build/downloads.ts';
import { pngSize } from '../../src/build/cards.ts';
import { figureList } from '../../src/lib/model/figures.ts';

const root = resolve(import.meta.dirname, '../..');
const topo = JSON.parse(readFileSync(resolve(root, 'static/geo/karabakh.topo.json'), 'utf8'));
const origin = new URL(base).origin;
const editions = EDITIONS.map((e) => {
  const bundle = validateBundle(loadStoryFiles(resolve(root, 'data'), e.code));
  const url = new URL(e.prefix ? `${e.prefix.slice(1)}/` : '', base.endsWith('/') ? base : base + '/').href;
  return { ...e, bundle, dir: resolve(distDir, e.prefix.replace(/^\//, '')), url };
});
const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe.each(editions.map((e) => [e.code, e] as const))('open data in the %s edition', (_code, ed) => {
  const { files } = makeDownloads(ed.bundle, topo);

  test('every download is linked from the page with its size, is served, and is what the story data gives', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(ed.url);
    const block = page.locator('#downloads');
    await expect.poll(() => block.locator('h2').textContent()).toBe(ed.bundle.ui.data.title);
    const links = await block.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, abs: (a as HTMLAnchorElement).href })));
    expect(links.map((l) => l.href).sort()).toEqual([...files.keys()].sort());
    // Each entry says its size.
    const sizes = await block.locator('[data-download] .size').allTextContents();
    expect(sizes.length).toBeGreaterThan(files.size - 1);
    for (const s of sizes) expect(s).toMatch(/\d/);
    for (const { href, abs } of links) {
      const res = await page.request.get(abs);
      expect(res.status(), href).toBe(200);
      const body = await res.body();
      if (href.endsWith('.zip')) {
        // The zip: every file the page links, byte for byte, and the README (its URL line depends on KE_SITE_URL).
        const entries = unzipSync(new Uint8Array(body));
        for (const [p, bytes] of files) if (!p.endsWith('.zip')) expect(Buffer.from(entries[p.replace(/^data\//, '')]).equals(Buffer.from(bytes)), p).toBe(true);
        expect(strFromU8(entries['README.txt'])).toContain(ed.bundle.ui.data.licenceMap);
      } else expect(body.equals(Buffer.from(files.get(href)!)), href).toBe(true);
    }
    // figures.csv parses back to the figures the page shows: one row per counter, each row's value its <data value>.
    const rows = csvRows(await (await page.request.get(new URL('data/figures.csv', ed.url).href)).text());
    const values = await page.locator('.counter data[value]').evaluateAll((ds) => ds.map((d) => Number(d.getAttribute('value'))));
    expect(rows.length - 1).toBe(values.length);
    expect(rows.slice(1).map((r) => Number(r[FIGURE_COLUMNS.indexOf('value')]))).toEqual(values);
    const geo = JSON.parse(await (await page.request.get(new URL(`data/geo/${ed.bundle.mapStates[0].id}.geojson`, ed.url).href)).text());
    expect(geo.type).toBe('FeatureCollection');
    expect(errors).toEqual([]);
  });

  test('a counter’s source pop-up links to its row of figures.csv', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(ed.url);
    await waitHydrated(page);
    const figures = figureList(ed.bundle.story);
    const f = figures[1];
    const counter = page.locator(`[data-step="${f.step.id}"] .counter`).nth(f.id.endsWith('-1') ? 0 : Number(f.id.split('-').pop()) - 1);
    await counter.scrollIntoViewIfNeeded();
    // A jump straight to the step: its section comes to life as it nears the screen (until then a marker is the
    // plain link to the source list that a page without JavaScript has).
    await waitStepLive(page, f.step.id);
    await counter.locator('.marker').last().click();
    const link = counter.locator('a.to-data');
    await expect.poll(() => link.getAttribute('href')).toBe(`data/figures.csv#row=${f.row}`);
    expect(await link.textContent()).toContain(f.id);
    const rows = csvRows(await (await page.request.get(await link.evaluate((a) => (a as HTMLAnchorElement).href))).text());
    // Row N counts the header as row 1 (RFC 7111).
    const row = rows[f.row - 1];
    expect(row[0]).toBe(f.id);
    expect(Number(row[FIGURE_COLUMNS.indexOf('value')])).toBe(Number(await counter.locator('data').getAttribute('value')));
    expect(errors).toEqual([]);
  });

  test('each page and each section’s page has its card, meta tags and JSON-LD', () => {
    const { published, modified } = publicationDates(ed.bundle);
    const pages = ['index.html', ...ed.bundle.story.sections.map((s) => `section-${s.id}.html`)];
    const cards = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(resolve(ed.dir, file), 'utf8');
      const meta = (attr: string, key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];
      expect(meta('property', 'og:type'), file).toBe('article');
      expect(meta('name', 'twitter:card'), file).toBe('summary_large_image');
      expect(meta('property', 'og:title')?.length, file).toBeGreaterThan(3);
      expect(meta('property', 'og:description')?.length, file).toBeGreaterThan(10);
      expect(meta('property', 'article:published_time')).toBe(published);
      expect(meta('property', 'article:modified_time')).toBe(modified);
      const image = meta('property', 'og:image')!;
      const png = resolve(ed.dir, process.env.KE_SITE_URL ? new URL(image).pathname.replace(/^.*?(cards\/)/, '$1') : image);
      expect(existsSync(png), png).toBe(true);
      cards.add(png);
      // The card: a 1200×630 PNG under 300 KB.
      const bytes = readFileSync(png);
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(statSync(png).size).toBeLessThan(300_000);
      expect(meta('property', 'og:image:width')).toBe('1200');
      // JSON-LD: parses; a NewsArticle with the required fields and a Dataset of the downloads.
      const ld = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html)?.[1];
      expect(ld, file).toBeDefined();
      const graph = JSON.parse(ld!)['@graph'] as Record<string, unknown>[];
      const article = graph.find((g) => g['@type'] === 'NewsArticle')!;
      expect(article).toMatchObject({ datePublished: published, dateModified: modified, inLanguage: ed.code });
      expect(String(article.headline).length).toBeLessThanOrEqual(110);
      expect((article.author as { name: string }).name).toBe(ed.bundle.ui.share.siteName);
      expect((article.publisher as { '@type': string })['@type']).toBe('Organization');
      expect((article.image as string[])[0]).toBe(image);
      const dataset = graph.find((g) => g['@type'] === 'Dataset')!;
      expect(String(dataset.name)).toContain(ed.bundle.ui.data.title);
      expect(String(dataset.description).length).toBeGreaterThanOrEqual(50);
      expect(dataset.license).toMatch(/^https:\/\//);
      const dist = dataset.distribution as { contentUrl: string; encodingFormat: string }[];
      expect(dist.length).toBe([...files.keys()].filter((f) => !f.endsWith('.geojson')).length);
      for (const d of dist) expect(existsSync(resolve(ed.dir, process.env.KE_SITE_URL ? new URL(d.contentUrl).pathname.replace(/^.*?(data\/)/, '$1') : d.contentUrl))).toBe(true);
    }
    // A card of its own for the story and for each section.
    expect(cards.size).toBe(pages.length);
  });

  test('a section’s page shows that section, with its own title, and loads nothing from another origin', async ({ open }) => {
    const section = ed.bundle.story.sections[3];
    const { page, errors, requests } = await open();
    await page.goto(new URL(`section-${section.id}.html`, ed.url).href);
    await waitHydrated(page);
    expect(await page.title()).toContain(section.title);
    await expect.poll(() => page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(section.steps.map((s) => s.id));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('“Cite this” gives APA, MLA and Chicago with the checked-to date and the edition’s address', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(ed.url);
    await waitHydrated(page);
    // About comes to life as the reader nears it (then it names the page's own address when the build had none).
    await page.evaluate(() => document.getElementById('about')?.scrollIntoView());
    await page.waitForSelector('[data-island="about"][data-live]', { state: 'attached' });
    const cites = page.locator('#about [data-cite]');
    await expect.poll(() => cites.count()).toBe(3);
    for (const text of await cites.allTextContents()) {
      expect(text).toContain(ed.bundle.story.title);
      expect(text).toContain(ed.bundle.story.checked);
      expect(text).toContain(process.env.KE_SITE_URL ? 'http' : ed.url);
      expect(text).toContain(publicationDates(ed.bundle).modified.slice(0, 4));
    }
    expect(errors).toEqual([]);
  });
});

describe('the Share button', () => {
  const ed = editions[0];
  test('without the Web Share API, copies the link to the step being read, without an error', async ({ open }) => {
    const { page, errors } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      delete (navigator as { share?: unknown }).share;
    });
    const step = ed.bundle.story.sections[1].steps[1].id;
    await page.goto(ed.url);
    await scrollToStep(page, step);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    // Mid-story the button floats in the corner, on screen: the step being read is the one shared.
    const button = page.locator('.share button');
    await expect.poll(() => button.evaluate((b) => getComputedStyle(b).position)).toBe('fixed');
    const box = (await button.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await button.click();
    expect(await page.locator('[aria-current="step"]').getAttribute('data-step')).toBe(step);
    await expect.poll(() => page.locator('.share [role="status"]').textContent()).toBe(ed.bundle.ui.share.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ed.url}#${step}`);
    expect(errors).toEqual([]);
  });

  test('with the Web Share API, hands it the link (for one section, the section’s page)', async ({ open }) => {
    const { page, errors } = await open();
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', { value: async (d: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(d), configurable: true });
    });
    const section = ed.bundle.story.sections[2];
    await page.goto(`${ed.url}?section=${section.id}`);
    await waitHydrated(page);
    await page.locator('.share button').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared.length)).toBe(1);
    const shared = await page.evaluate(() => (window as unknown as { shared: { url: string; title: string }[] }).shared[0]);
    expect(shared.url).toBe(`${ed.url}section-${section.id}.html#${section.steps[0].id}`);
    expect(shared.title).toBe(ed.bundle.story.title);
    expect(errors).toEqual([]);
  });

  test('when copying is refused too, shows the link selected to copy by hand', async ({ open }) => {
    const { page, errors } = await open();
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, configurable: true });
    });
    await page.goto(ed.url);
    await waitHydrated(page);
    await page.locator('.share button').click();
    const field = page.locator('.share input');
    await expect.poll(() => field.inputValue()).toBe(`${ed.url}#${ed.bundle.story.sections[0].steps[0].id}`);
    expect(await field.evaluate((i) => (i as HTMLInputElement).selectionEnd! - (i as HTMLInputElement).selectionStart!)).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });
});

describe('the Embed panel', () => {
  test('gives the chosen section’s own page (with its card) to link to', async ({ open }) => {
    const ed = editions[0];
    const { page, errors } = await open();
    await page.goto(ed.url);
    await waitHydrated(page);
    await page.getByRole('button', { name: ed.bundle.ui.tools.embed }).click();
    const dialog = page.getByRole('dialog', { name: ed.bundle.ui.embed.panelTitle });
    expect(await dialog.locator('.section-page').count()).toBe(0);
    await dialog.getByLabel(ed.bundle.ui.embed.whatToEmbed).selectOption('fighting-2020');
    const link = dialog.locator('.section-page a');
    await expect.poll(() => link.getAttribute('href')).toBe(`${ed.url}section-fighting-2020.html`);
    expect((await page.request.get((await link.getAttribute('href'))!)).status()).toBe(200);
    expect(errors).toEqual([]);
  });
});
