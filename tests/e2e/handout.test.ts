// The handout as a teacher gets it in a real classroom: printed at once with Ctrl+P (here page.pdf(), with no
// click on our button) right after the page has loaded, every step's map is drawn; the phone reader does not pay
// for it; the maps are large enough to read and tell apart in grey; footnote numbers stay in their line.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl as base, test } from './browser.ts';
import { mm, pdfPictures, pdfText, pdfWords, regionInk } from './pdf.ts';

const squash = (t: string) =>
  t
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00ad\u200b\-\u2010\u2011]/g, '');

/** Marks each printed figure's caption with a token ("KEFIG7") that pdftotext finds, so its map can be located on its page. */
async function tagFigures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('figure.step-figure')].filter((f) => {
      const step = f.closest('[data-step]');
      return step && !step.classList.contains('map-repeats');
    });
    return shown.map((f, i) => {
      f.querySelector('figcaption')!.textContent = `KEFIG${i}`;
      return f.dataset.figureState!;
    });
  });
}

const DPI = 50;
const px = (pt: number) => (pt * DPI) / 72;

describe('the handout printed at once, with no click', () => {
  test('every step map is drawn in the PDF (its pixels, not only its box)', async ({ open }) => {
    const { page, errors } = await open();
    // A school's network: every request waits, and bytes come slowly. (On a fast local server Chromium's own
    // print path often catches the lazy images in time; here it does not, as in a classroom.)
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 200, downloadThroughput: 400_000, uploadThroughput: 100_000 });
    await page.goto(base + '/', { waitUntil: 'load' });
    const states = await tagFigures(page);
    expect(states.length).toBeGreaterThan(10);
    const pdf = await page.pdf({ format: 'A4' });
    const words = pdfWords(pdf);
    const pictures = pdfPictures(pdf, DPI);
    const report = states.map((state, i) => {
      const cap = words.find((w) => w.text === `KEFIG${i}`);
      if (!cap) return { state, found: false, ink: 0, colours: 0 };
      // The map is the 120 mm × 90 mm picture just above its caption; look inside its frame.
      const box = { x0: px(cap.x0 + mm(3)), x1: px(cap.x0 + mm(117)), y0: px(cap.y0 - mm(88)), y1: px(cap.y0 - mm(4)) };
      return { state, found: true, ...regionInk(pictures[cap.page], box) };
    });
    for (const r of report) {
      expect(r.found, `${r.state}: its figure is not in the PDF`).toBe(true);
      // A drawn map: mostly inked (land, sea) and many colours; an empty box is white.
      expect(r.ink, `${r.state}: the map is blank`).toBeGreaterThan(0.5);
      expect(r.colours, `${r.state}: the map is blank`).toBeGreaterThan(6);
    }
    expect(errors).toEqual([]);
  });

  test('a phone does not download the figures (they stay lazy there)', async ({ open }) => {
    const { page, requests } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(base + '/', { waitUntil: 'load' });
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    await page.waitForTimeout(500);
    // (The map panel's first picture, maps/panel-*/, is not a figure: the phone shows it at once.)
    expect(requests.filter((u) => u.includes('/maps/') && !u.includes('/maps/panel-'))).toEqual([]);
  });

  test('footnote numbers print within their sentence (pdftotext), e.g. in turkey-claims', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + '/', { waitUntil: 'load' });
    const paragraphs = await page.evaluate(() =>
      [...document.querySelectorAll('[data-step] .card p')]
        .filter((p) => p.querySelector('sup'))
        .map((p) => {
          const c = p.cloneNode(true) as HTMLElement;
          c.querySelectorAll('.pop').forEach((e) => e.remove());
          c.querySelectorAll('sup.follows').forEach((s) => s.prepend(','));
          return { step: p.closest('[data-step]')!.getAttribute('data-step'), text: c.textContent! };
        }),
    );
    expect(paragraphs.some((p) => p.step === 'turkey-claims')).toBe(true);
    const text = squash(pdfText(await page.pdf({ format: 'A4' })).join('\n'));
    const broken = paragraphs.filter((p) => !text.includes(squash(p.text)));
    expect(broken.map((p) => `${p.step}: ${p.text.slice(0, 60)}`)).toEqual([]);
  });
});

describe('the handout in grey', () => {
  test('Armenia and Azerbaijan differ in a grey rendering of the PDF (a texture, not only a colour)', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + '/', { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', pageRanges: '1' });
    const dpi = 150;
    const grey = pdfPictures(pdf, dpi, true)[0];
    const words = pdfWords(pdf);
    const p = (pt: number) => (pt * dpi) / 72;
    // A patch of each country just below its name on the first map (the names are the map's own text): how much
    // its rows differ from each other (Armenia's horizontal lines make them differ; a plain fill, even crossed by
    // a river, does not).
    const stripes = (name: string) => {
      const w = words.find((w) => w.text === name);
      expect(w, `${name} is not on the first page`).toBeTruthy();
      const [x0, x1] = [p(w!.x0 + (w!.x1 - w!.x0) * 0.2), p(w!.x1 - (w!.x1 - w!.x0) * 0.2)];
      const rows: number[] = [];
      for (let y = Math.round(p(w!.y1 + mm(1.2))); y < p(w!.y1 + mm(4)); y++) {
        let sum = 0;
        for (let x = Math.round(x0); x < x1; x++) sum += grey.data[(y * grey.width + x) * 4];
        rows.push(sum / (x1 - x0));
      }
      const mean = rows.reduce((a, b) => a + b, 0) / rows.length;
      return Math.sqrt(rows.reduce((a, b) => a + (b - mean) ** 2, 0) / rows.length);
    };
    const am = stripes('ARMENIA');
    const az = stripes('AZERBAIJAN');
    expect(am, JSON.stringify({ am, az })).toBeGreaterThan(Math.max(8, az * 3));
  });

  test('map text prints at 8 pt or more: the figure is 12 cm wide for its 400-unit drawing', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + '/', { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-step]:not(.map-repeats) figure.step-figure img')].map((i) => ({ css: i.getBoundingClientRect().width, units: i.width ? 400 : 0 })),
    );
    const smallest = 9.5; // the attribution, the drawing's smallest text (furniture.ts FS.attribution)
    for (const w of widths) {
      // CSS px → pt is × 0.75; a unit of the drawing prints at css / 400 px.
      expect(((smallest * w.css) / 400) * 0.75).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('page breaks and presentation mode', () => {
  test('no page holds a lone source, the last page is not nearly empty, no section title ends a page', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + '/', { waitUntil: 'load' });
    const titles = await page.$$eval('.section-title', (els) => els.map((e) => e.textContent!.trim()));
    const pages = pdfText(await page.pdf({ format: 'A4' }));
    const lengths = pages.map((p) => p.replace(/\s+/g, '').length);
    const median = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length / 2)];
    expect(lengths.at(-1)!, 'the last page is nearly empty').toBeGreaterThan(median * 0.15);
    pages.forEach((p, i) => {
      // Sources' URLs (not the "printed from" line's address of this page).
      const urls = p.split(/\s+/).filter((w) => /^https?:\/\//.test(w) && !w.startsWith(base)).length;
      if (urls) expect(urls, `page ${i + 1} holds ${urls} source(s)`).toBeGreaterThanOrEqual(3);
      for (const t of titles) {
        const at = p.indexOf(t);
        // A title on a page has its section's first words after it on the same page.
        if (at >= 0) expect(p.slice(at + t.length).replace(/\s+/g, '').length, `"${t}" ends page ${i + 1}`).toBeGreaterThan(80);
      }
    });
  });

  test('printing from presentation mode gives the page handout (title, sections, every step), then the slide is back', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(base + '/', { waitUntil: 'load' });
    const pagePdf = pdfText(await page.pdf({ format: 'A4' }));
    await page.goto(base + '/?present#oblast-1923', { waitUntil: 'load' });
    await page.waitForSelector('[data-present]');
    expect(await page.locator('.site-header').count()).toBe(0); // the page is not drawn while presenting
    const presentPdf = await page.pdf({ format: 'A4' });
    const text = pdfText(presentPdf);
    expect(text.length).toBe(pagePdf.length);
    // The same pages, but for the "printed from" line and the citations (About's last box), which name the page's
    // address once the client runs.
    const body = (pages: string[]) => squash(pages.join('')).replace(/^.*?(?=explainer)/, '').replace(/https?:\/\/[^/]+\//g, '').replace(/citethis.*$/, '');
    expect(body(text)).toBe(body(pagePdf));
    text.forEach((p, i) => expect(p.trim().length, `page ${i + 1} is blank`).toBeGreaterThan(20));
    // The presentation is as it was: one slide, the same step, the page taken down again.
    expect(await page.evaluate(() => [document.querySelectorAll('[data-step]').length, document.querySelector('[aria-current="step"]')?.id, location.hash])).toEqual([
      await page.$$eval('[data-present] [data-step]', (e) => e.length),
      'oblast-1923',
      '#oblast-1923',
    ]);
    expect(await page.locator('[data-present]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
