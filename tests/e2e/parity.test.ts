// Content parity: the text of every step (data/story.en.json, without its source markers) reaches the reader in
// every form of the explainer: scrolling, without JavaScript, the embed (unrolled), presentation and print.
import { describe, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { baseUrl as base, test } from './browser.ts';
import { EDITIONS, missingPieces, readableText, settle, textPieces } from './quality.ts';

const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';

/** The text the reader can see, scrolling down the page. */
const visibleText = readableText;

// In every edition: its own text, in every form.
describe.each(EDITIONS)('every step’s text is in every form of the explainer ($code)', ({ prefix, allSteps }) => {
  test('the data has text to check', () => {
    expect(allSteps.length).toBeGreaterThan(5);
    for (const s of allSteps) expect(textPieces(s).length, s.id).toBeGreaterThan(0);
  });

  test('scroll mode', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 390, height: 800 } });
    await page.goto(base + prefix + '/');
    expect(missingPieces(await visibleText(page), allSteps)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('with JavaScript disabled', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(base + prefix + '/');
    expect(missingPieces(await visibleText(page), allSteps)).toEqual([]);
  });

  test('embed mode (unrolled, no host)', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 600, height: 800 } });
    await page.goto(base + prefix + '/embed.html');
    await settle(page);
    expect(missingPieces(await visibleText(page), allSteps)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('presentation mode, stepping through every slide', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + prefix + '/?present');
    await page.waitForSelector('[data-present] [aria-current="step"]');
    let seen = '';
    for (let i = 0; i < allSteps.length; i++) {
      // What is on screen now: the slide's text.
      seen += '\n' + (await page.$eval('[data-present]', (e) => (e as HTMLElement).innerText));
      await page.keyboard.press('PageDown');
      await settle(page);
    }
    expect(missingPieces(seen, allSteps)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('print (A4 PDF, extracted with pdftotext)', async ({ open }) => {
    expect(existsSync(PDFTOTEXT), `${PDFTOTEXT} is missing: apt-get install poppler-utils`).toBe(true);
    const { page } = await open();
    await page.emulateMedia({ media: 'print' });
    await page.goto(base + prefix + '/');
    await page.waitForLoadState('load');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const dir = mkdtempSync(resolve(tmpdir(), 'ke-parity-'));
    try {
      writeFileSync(resolve(dir, 'out.pdf'), pdf);
      const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', resolve(dir, 'out.pdf'), '-'], { encoding: 'utf8' });
      expect(text.split('\f').filter((p) => p.trim()).length, 'pages with text').toBeGreaterThan(1);
      expect(missingPieces(text, allSteps, true)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
