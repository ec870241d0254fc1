// A way back from paper: with the site's public address given to the build (KE_SITE_URL), each step of the
// handout carries a QR code and a short printed link to the live page at that step, in the handout's edition.
// The codes are read back from the rendered PDF (pdftoppm → pngjs → jsQR) to the exact URL. Without the address
// (a local build, as the other tests use) the handout prints neither.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import jsQR from 'jsqr';
import { startServer } from '../../scripts/serve.mjs';
import { baseUrl, test } from './browser.ts';
import { mm, pdfPictures, pdfWords } from './pdf.ts';

const root = resolve(import.meta.dirname, '../..');
const OUT = 'dist-site-url';
const SITE = 'https://example.org/karabakh/';
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  // The French edition only, built with a public address (about 10 s).
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore', env: { ...process.env, KE_LOCALE: 'fr', KE_OUT_DIR: OUT, KE_SITE_URL: SITE } });
  server = await startServer({ root: resolve(root, OUT) });
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(resolve(root, OUT), { recursive: true, force: true });
});

describe('QR codes and links back to the live page', () => {
  test('every step prints a code that decodes to its live URL in the edition (fr), and its short link', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(server.url + '/fr/', { waitUntil: 'load' });
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')!));
    const pdf = await page.pdf({ format: 'A4' });
    const dpi = 150;
    const pictures = pdfPictures(pdf, dpi);
    const p = (pt: number) => Math.round((pt * dpi) / 72);
    const short = SITE.replace('https://', '') + 'fr/#';
    const links = pdfWords(pdf).filter((w) => w.text.startsWith(short));
    expect(links.map((w) => w.text.slice(short.length))).toEqual(ids);
    const decoded = links.map((w) => {
      // The code sits just left of its link (17 mm square, 2.5 mm apart), centred on it.
      const png = pictures[w.page];
      const x0 = p(w.x0 - mm(22));
      const x1 = p(w.x0 - mm(0.5));
      const y0 = Math.max(0, p(w.y0 - mm(13)));
      const y1 = Math.min(png.height, p(w.y1 + mm(11)));
      const width = x1 - x0;
      const height = y1 - y0;
      const data = new Uint8ClampedArray(width * height * 4);
      for (let y = 0; y < height; y++) data.set(png.data.subarray(((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x1) * 4), y * width * 4);
      return jsQR(data, width, height)?.data ?? null;
    });
    expect(decoded).toEqual(ids.map((id) => `${SITE}fr/#${id}`));
    expect(errors).toEqual([]);
  });

  test('the codes are files drawn at build, on this site (no outside service)', async ({ open }) => {
    const { page, requests } = await open();
    await page.goto(server.url + '/fr/', { waitUntil: 'load' });
    const srcs = await page.$$eval('img.step-qr', (imgs) => imgs.map((i) => (i as HTMLImageElement).src));
    expect(srcs.length).toBeGreaterThan(10);
    for (const s of srcs) expect(s.startsWith(server.url + '/fr/qr/')).toBe(true);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
  });

  test('a build without a site URL prints no code and no link (nothing that leads nowhere)', async ({ open }) => {
    const { page } = await open();
    await page.goto(baseUrl + '/', { waitUntil: 'load' });
    expect(await page.locator('.live-link, img.step-qr').count()).toBe(0);
  });
});
