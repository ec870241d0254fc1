// The one-file classroom pack (README, Classroom): dist/karabakh-explained-<locale>.html opened from a USB stick
// (file://) with no network: the story, its live map following the scroll, presentation mode and the handout with
// every static map, with no error and no request but the file itself.
import { describe, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { baseUrl as base, test, scrollToStep, waitHydrated, mapShows } from './browser.ts';
import { EDITIONS } from './quality.ts';

const dist = resolve(import.meta.dirname, '../..', process.env.KE_OUT_DIR ?? 'dist');
const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';
const packPath = (code: string) => resolve(dist, `karabakh-explained-${code}.html`);

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(resolve(tmpdir(), 'ke-pack-'));
  try {
    writeFileSync(resolve(dir, 'out.pdf'), pdf);
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', resolve(dir, 'out.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


describe('the one-file classroom pack', () => {
  test('one file per edition, its one script allowed by hash in its own CSP', () => {
    for (const { code } of EDITIONS) {
      const html = readFileSync(packPath(code), 'utf8');
      expect(html).toContain(`<html lang="${code}"`);
      // Nothing is loaded from a file or an address: no src=/href= to a script, style, map or figure (in the markup,
      // leaving out the script's own text, where the embed snippets name files).
      const markup = html.replace(/(<script type="module">)[^]*?<\/script>/, '$1</script>');
      expect(markup).toContain('id="ke-pack-map"');
      expect(markup).not.toMatch(/<script[^>]*\bsrc=|<link[^>]*rel="(stylesheet|modulepreload|preload)"|src="maps\/|geo\/karabakh/);
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
      expect(directives.get('default-src')).toBe("'none'");
      expect(directives.get('connect-src')).toBe("'none'");
      expect(directives.get('img-src')).toBe('data:');
      // Exactly the executable inline script's hash (data blocks are not scripts), and no 'unsafe-inline'.
      const scripts = [...html.matchAll(/<script type="module">([^]*?)<\/script>/g)].map((m) => m[1]);
      expect(scripts).toHaveLength(1);
      expect(directives.get('script-src')).toBe(`'sha256-${createHash('sha256').update(scripts[0]).digest('base64')}'`);
    }
  });

  for (const { code } of EDITIONS) {
    test(`${code}: from file://, the story, its map, presentation mode and print; no error, no request`, async ({ open }) => {
      expect(existsSync(packPath(code))).toBe(true);
      const url = pathToFileURL(packPath(code)).href;
      const { page, errors, requests } = await open();
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(url);
      await waitHydrated(page);
      expect(await page.getAttribute('html', 'lang')).toBe(code);
      await mapShows(page);

      // Walk the story: every step whose map differs from the one before changes the live map.
      const steps = await page.$$eval('[data-step]', (els) =>
        els.map((e) => ({ id: e.getAttribute('data-step')!, map: e.querySelector('[data-figure-state]')?.getAttribute('data-figure-state') ?? '' })),
      );
      expect(steps.length).toBeGreaterThan(10);
      let last = steps[0].map;
      let changes = 0;
      for (const s of steps.slice(1)) {
        if (!s.map || s.map === last) continue;
        await scrollToStep(page, s.id);
        await mapShows(page, s.map);
        last = s.map;
        changes++;
      }
      expect(changes).toBeGreaterThan(5);
      // Another edition is the other pack beside it.
      const other = EDITIONS.find((e) => e.code !== code)!.code;
      expect(await page.$eval(`.locale-switch a[hreflang="${other}"]`, (a) => a.getAttribute('href'))).toBe(`karabakh-explained-${other}.html`);
      // The pack offers no download of itself, and no embed (which needs the site).
      expect(await page.$$('[data-offline-pack]')).toHaveLength(0);

      // Presentation mode: its code is in the file.
      await page.goto(url + '?present');
      await page.waitForSelector('[data-present] [aria-current="step"]');
      const first = await page.$eval('[data-present] [aria-current="step"]', (e) => e.getAttribute('data-step'));
      await page.keyboard.press('PageDown');
      await page.waitForFunction((first) => document.querySelector('[data-present] [aria-current="step"]')?.getAttribute('data-step') !== first, first);
      await mapShows(page);

      // The handout, printed at once on opening: every step's static map drawn (from the file), the story's text.
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(
        () => {
          const imgs = [...document.querySelectorAll<HTMLImageElement>('figure[data-figure-state] img')];
          return imgs.length > 5 && imgs.every((i) => i.src.startsWith('data:image/svg+xml') && i.complete && i.naturalWidth > 0);
        },
        null,
        { timeout: 15_000 },
      );
      const title = await page.$eval('h1', (h) => h.textContent!.trim());
      const text = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, ' ');
      expect(text).toContain(title);
      expect(text).toContain(await page.$eval('figure[data-figure-state] figcaption', (f) => f.textContent!.trim()));

      expect(errors).toEqual([]);
      expect(failed).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      // No request but the file itself (and the data: URLs of its own figures).
      expect([...new Set(requests.filter((r) => !r.startsWith('data:')).map((r) => r.split(/[?#]/)[0]))]).toEqual([url]);
    });
  }

  test('the About section of each edition links its pack, and the link downloads it', async ({ open }) => {
    const { page, errors } = await open();
    for (const { code, prefix } of EDITIONS) {
      await page.goto(`${base}${prefix}/`);
      const link = page.locator('#about a[data-offline-pack]');
      expect(await link.getAttribute('href')).toBe(`${prefix ? '../' : './'}karabakh-explained-${code}.html`);
      expect(await link.getAttribute('download')).not.toBeNull();
      const res = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain('id="ke-pack-map"');
    }
    expect(errors).toEqual([]);
  });
});
