// The handout options: a small dialog before printing (whole story or chosen sections, with or without teacher
// notes, with or without the sources page); the choice is kept while the tab stays open (sessionStorage) and
// holds for Ctrl+P too; the default stays the whole handout.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl as base, test, waitHydrated } from './browser.ts';
import { pdfText } from './pdf.ts';

const squash = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => void (window as unknown as { __printed: number }).__printed++;
  });
}

describe('handout options', () => {
  test('choose sections, no notes, no sources: the PDF has only that; kept for the tab and for Ctrl+P', async ({ open }) => {
    const { page, errors } = await open();
    await stubPrint(page);
    await page.goto(base + '/');
    await waitHydrated(page);
    const sections = await page.$$eval('.story-section .section-title', (els) => els.map((e) => e.textContent!.trim()));
    // Each section's first sentence (footnote markers left out), to tell which sections were printed.
    const firsts = await page.$$eval('.story-section', (els) =>
      els.map((s) => {
        const p = s.querySelector('[data-step] .card p:not(.as-of)')!.cloneNode(true) as HTMLElement;
        p.querySelectorAll('sup').forEach((e) => e.remove());
        return p.textContent!.trim().split(/(?<=\.)\s/)[0];
      }),
    );
    const notes = await page.$$eval('[data-step] .teacher-notes', (els) => els.map((e) => e.textContent!.trim()));
    await page.getByRole('button', { name: 'Print handout' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.isVisible()).toBe(true);
    // The defaults: the whole story, with notes and sources.
    expect(await dialog.getByLabel('The whole story').isChecked()).toBe(true);
    expect(await dialog.getByLabel('Teacher notes').isChecked()).toBe(true);
    expect(await dialog.getByLabel('Sources page').isChecked()).toBe(true);
    await dialog.getByLabel('Only these sections:').check();
    for (const t of sections.slice(1)) await dialog.getByLabel(t, { exact: true }).uncheck();
    await dialog.getByLabel('Teacher notes').uncheck();
    await dialog.getByLabel('Sources page').uncheck();
    await dialog.getByRole('button', { name: 'Print', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1);

    const check = async () => {
      const text = squash(pdfText(await page.pdf({ format: 'A4' })).join('\n'));
      expect(text).toContain(squash(firsts[0]));
      for (const t of firsts.slice(1)) expect(text).not.toContain(squash(t));
      for (const n of notes) expect(text).not.toContain(squash(n));
      expect(text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    };
    await check();
    // Same tab, reloaded: Ctrl+P (no dialog) prints the same choice, and the dialog opens with it.
    await page.reload();
    await waitHydrated(page);
    await check();
    await page.getByRole('button', { name: 'Print handout' }).click();
    expect(await page.getByRole('dialog').getByLabel('Teacher notes').isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  test('a new tab prints the whole handout (the default is unchanged)', async ({ open }) => {
    const { page } = await open();
    await page.goto(base + '/', { waitUntil: 'load' });
    const notes = await page.$$eval('[data-step] .teacher-notes', (els) => els.map((e) => e.textContent!.trim()));
    const text = squash(pdfText(await page.pdf({ format: 'A4' })).join('\n'));
    for (const n of notes) expect(text).toContain(squash(n));
    expect(text).toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });
});
