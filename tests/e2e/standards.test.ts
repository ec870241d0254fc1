// What the standards pass promises a reader, in Chromium against the built page: a figure that could not be
// confirmed says so beside the figure on screen, to a screen reader (the accessibility tree) and on paper; the
// updates-and-corrections log is on the page and in the printed handout; and each source in the list links to a
// page (not a site's root) with its date.
import { describe, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { baseUrl as base, test, scrollToStep } from './browser.ts';

const root = resolve(import.meta.dirname, '../..');
const corrections: { date: string; what: string }[] = JSON.parse(readFileSync(resolve(root, 'data/corrections.json'), 'utf8'));
const ui = JSON.parse(readFileSync(resolve(root, 'data/ui.en.json'), 'utf8'));

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(resolve(tmpdir(), 'ke-standards-'));
  try {
    writeFileSync(resolve(dir, 'out.pdf'), pdf);
    return execFileSync(process.env.PDFTOTEXT ?? '/usr/bin/pdftotext', ['-enc', 'UTF-8', resolve(dir, 'out.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the standards a reader can see', () => {
  test('each unconfirmed figure is marked in words on screen and in the accessibility tree', async ({ open }) => {
    const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(base + '/#toll-day-five');
    await scrollToStep(page, 'toll-day-five');
    const step = page.locator('[data-step="toll-day-five"]');
    const counters = step.locator('.counter');
    expect(await counters.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      const mark = counters.nth(i).locator('[data-unconfirmed] .mark');
      await mark.scrollIntoViewIfNeeded();
      expect(await mark.isVisible()).toBe(true);
      expect((await mark.innerText()).toLowerCase()).toBe(ui.counter.unconfirmed.toLowerCase());
    }
    // What a screen reader is given for the step: every figure followed by its mark and the reason.
    const tree = await step.ariaSnapshot();
    expect(tree.match(new RegExp(ui.counter.unconfirmed, 'gi'))?.length).toBe(4);
    expect(tree).toContain(ui.counter.unconfirmedLong);
    // A confirmed figure elsewhere carries no mark.
    expect(await page.locator('[data-step="displaced-1994"] [data-unconfirmed]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the printed handout marks the unconfirmed figures and carries the corrections log', async ({ open }) => {
    const { page, errors } = await open();
    await page.emulateMedia({ media: 'print' });
    await page.goto(base + '/');
    await page.waitForLoadState('load');
    const text = pdfText(await page.pdf({ format: 'A4' })).replace(/[ \t]+/g, ' ');
    // The four day-five figures, each with its mark on the line below it or beside it.
    const marked = (n: string) => [...text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].some((m) => new RegExp(ui.counter.unconfirmed, 'i').test(text.slice(m.index, m.index + 600)));
    for (const n of ['127', '104', '8', '15']) expect(marked(n), `${n} printed without its mark`).toBe(true);
    expect(text.match(new RegExp(ui.counter.unconfirmed, 'gi'))?.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain(ui.about.correctionsTitle);
    for (const c of corrections) expect(text.replace(/\s+/g, ' ')).toContain(c.date);
    expect(errors).toEqual([]);
  });

  test('the corrections log is on the page, newest first, and every source in the list is a dated deep link', async ({ open }) => {
    const { page, errors } = await open();
    await page.goto(base + '/#corrections');
    const log = await page.locator('#corrections ~ * ol.corrections > li time').allTextContents();
    expect(log.length).toBe(corrections.length);
    expect(log).toEqual([...log].sort().reverse());
    // Numbered as a reader sees it (the list markers, from the accessibility tree): newest N., oldest 1.
    const markerOf = async (li: string) => {
      await page.locator(li).scrollIntoViewIfNeeded();
      await page.waitForTimeout(100);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Accessibility.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: li });
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
      const item = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId)!;
      const { nodes: kids } = await cdp.send('Accessibility.getChildAXNodes', { id: item.nodeId });
      await cdp.detach();
      return kids.find((n) => n.role?.value === 'ListMarker')?.name?.value?.trim();
    };
    expect(await markerOf('ol.corrections > li:first-child')).toBe(`${corrections.length}.`);
    expect(await markerOf('ol.corrections > li:last-child')).toBe('1.');
    const list = await page.$$eval('.source-list li', (lis) =>
      lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, text: li.textContent! })),
    );
    expect(list.length).toBeGreaterThan(50);
    for (const s of list) {
      const u = new URL(s.href);
      expect(u.pathname.replace(/\/+$/, '') + u.search, s.href).not.toBe('');
      // Publisher, then the date (or "undated") before the title.
      expect(s.text, s.href).toMatch(new RegExp(`, (\\d|[A-Z][a-z]+ \\d{4}|\\d{4}|${ui.sources.undated})`));
    }
    expect(errors).toEqual([]);
  });
});
