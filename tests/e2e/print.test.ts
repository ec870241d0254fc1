// A teacher prints the handout: Chromium's PDF of the page (A4 and US Letter) holds every step's text, its map
// figure, the counters at their final values, the teacher notes and every source URL, with no blank page and
// none of the screen furniture (buttons, skip link).
import { describe, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl as base, gotoLive, test } from './browser.ts';

const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';

/** Compares text as a reader reads it: no whitespace, case or hyphenation differences, PDF ligatures undone. */
const squash = (t: string) =>
  t
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00ad\u200b\-\u2010\u2011]/g, '');

/** The PDF's text, one string per page. */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(resolve(tmpdir(), 'ke-print-'));
  try {
    writeFileSync(resolve(dir, 'out.pdf'), pdf);
    const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', resolve(dir, 'out.pdf'), '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens the page as the printer sees it and waits until every step's map figure has loaded (or failed). */
async function openForPrint(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.goto(base + '/');
  await page.waitForLoadState('load');
  await page.waitForFunction(
    () => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>('figure.step-figure img')];
      return imgs.length > 0 && imgs.every((i) => i.complete);
    },
    null,
    { timeout: 10_000 },
  );
}

describe('the printed handout', () => {
  test('can be read back: pdftotext is installed', () => {
    expect(existsSync(PDFTOTEXT), `${PDFTOTEXT} is missing: apt-get install poppler-utils`).toBe(true);
  });

  test('A4: every step with its figure, final counters, notes and source URLs; no blank page, no buttons', async ({ open }) => {
    const { page, errors, requests } = await open();
    await openForPrint(page);
    const handout = await page.evaluate(() => {
      const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
      return {
        // Each paragraph split at its footnote markers (pdftotext may set superscripts apart).
        pieces: steps.flatMap((s) =>
          [...s.querySelectorAll('p')].flatMap((p) => {
            const c = p.cloneNode(true) as HTMLElement;
            c.querySelectorAll('sup').forEach((sup) => sup.replaceWith('\u0000'));
            return c.textContent!.split('\u0000').filter((t) => t.trim().length > 3);
          }),
        ),
        figures: steps.map((s, i) => {
          const fig = s.querySelector<HTMLElement>('figure.step-figure');
          // A step whose map is the step before's (.map-repeats) shows it there, once.
          const prev = steps[i - 1];
          const repeats = s.classList.contains('map-repeats');
          const samePrev = !!prev && prev.querySelector('figure')?.dataset.figureState === fig?.dataset.figureState;
          return { step: s.dataset.step, shown: !!fig && (getComputedStyle(fig).display !== 'none' || (repeats && samePrev)), src: fig?.querySelector('img')?.src };
        }),
        counters: [...document.querySelectorAll('[data-step] data[value]')].map((d) =>
          new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(Math.round(Number(d.getAttribute('value')))),
        ),
        notes: [...document.querySelectorAll('[data-step] .teacher-notes')].map((n) => n.textContent!),
        urls: [...document.querySelectorAll<HTMLAnchorElement>('.source-list a[href^="http"]')].map((a) => a.href),
        sticky: [...document.querySelectorAll('[data-map-state], .skip-link, button')].filter((e) => getComputedStyle(e).display !== 'none').length,
      };
    });
    expect(handout.pieces.length).toBeGreaterThan(5);
    expect(handout.urls.length).toBeGreaterThan(3);
    expect(handout.sticky).toBe(0);
    for (const f of handout.figures) {
      expect(f.shown, f.step).toBe(true);
      expect(requests, f.step).toContain(f.src);
    }

    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(p.trim().length, `page ${i + 1} is blank`).toBeGreaterThan(20));
    const text = squash(pages.join('\n'));
    expect(handout.pieces.filter((p) => !text.includes(squash(p)))).toEqual([]);
    expect(handout.counters.filter((c) => !text.includes(squash(c)))).toEqual([]);
    expect(handout.notes.filter((n) => !text.includes(squash(n)))).toEqual([]);
    expect(handout.urls.filter((u) => !text.includes(squash(u)) && !text.includes(squash(u.replace(/\/$/, ''))))).toEqual([]);
    expect(text).not.toContain(squash('Print handout'));
    expect(text).not.toContain(squash('Skip to the story'));
    expect(errors).toEqual([]);
  });

  test('US Letter: no blank page either', async ({ open }) => {
    const { page } = await open();
    await openForPrint(page);
    const pages = pdfPages(await page.pdf({ format: 'Letter' }));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(p.trim().length, `page ${i + 1} is blank`).toBeGreaterThan(20));
  });

  test('the "Print handout" button loads every map figure before it opens the print dialog', async ({ open }) => {
    const { page, errors } = await open();
    await page.addInitScript(() => {
      const w = window as unknown as { __printed: boolean[] };
      w.__printed = [];
      // What the figures look like at the moment the dialog would open.
      window.print = () => w.__printed.push([...document.querySelectorAll<HTMLImageElement>('figure.step-figure img')].every((i) => i.complete));
    });
    await gotoLive(page, base + '/');
    await page.getByRole('button', { name: 'Print handout' }).click();
    // The options dialog first (its defaults: the whole handout), then the print.
    await page.getByRole('dialog').getByRole('button', { name: 'Print', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __printed: boolean[] }).__printed.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __printed: boolean[] }).__printed)).toEqual([true]);
    expect(errors).toEqual([]);
  });
});
