// Shared by the quality-gate tests (a11y, requests, CSP, bad input, parity): the story's steps and text as the
// data says, the page modes a reader can open, and a scripted walk through every step in each mode.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parseText } from '../../src/lib/model/text.ts';
import { readEditions } from '../../scripts/editions.mjs';

const root = resolve(import.meta.dirname, '../..');
export const distDir = resolve(root, process.env.KE_OUT_DIR ?? 'dist');

interface StoryJson {
  title: string;
  sections: { id: string; title: string; steps: { id: string; map: string; text: string[] }[] }[];
}

/** One edition of the site (data/locales.json): the default at the root, each other in /<code>. */
export interface Edition {
  code: string;
  /** The edition's folder in URLs: '' for the default, '/fr' for French. */
  prefix: string;
  story: StoryJson;
  allSteps: (StoryJson['sections'][number]['steps'][number] & { section: string })[];
}
/** Every edition, the default first. The suites that open modes run in each; README says which run in one. */
export const EDITIONS: Edition[] = readEditions().map(({ code, prefix }) => {
  const story: StoryJson = JSON.parse(readFileSync(resolve(root, `data/story.${code}.json`), 'utf8'));
  return { code, prefix, story, allSteps: story.sections.flatMap((s) => s.steps.map((step) => ({ ...step, section: s.id }))) };
});
/** The default edition's story and steps. */
export const story: StoryJson = EDITIONS[0].story;
export const allSteps = EDITIONS[0].allSteps;

/** Collapses whitespace and compatibility forms (PDF ligatures), so text compares as a reader reads it. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The pieces of a step's text a reader must see: each paragraph split at its source markers, markers dropped. */
export function textPieces(step: { text: string[] }): string[] {
  return step.text.flatMap((p) =>
    parseText(p)
      .filter((s) => s.type === 'text')
      .map((s) => normalize(s.value))
      .filter((s) => s.length > 3),
  );
}

/**
 * Pieces of every step missing from a text, as "step-id: piece". `loose` ignores whitespace and hyphens
 * altogether, for text extracted from a PDF (line breaks, and pdftotext joins "Nagorno-\nKarabakh").
 */
export function missingPieces(text: string, steps = allSteps, loose = false): string[] {
  const squash = (t: string) => (loose ? normalize(t).replace(/[\s\-\u2010\u2011]/g, '') : normalize(t));
  const hay = squash(text);
  return steps.flatMap((step) => textPieces(step).filter((p) => !hay.includes(squash(p))).map((p) => `${step.id}: ${p}`));
}

export type ModeName = 'main' | 'embed' | 'present' | 'print';
export interface Mode {
  name: ModeName;
  /** The edition it is opened in. */
  locale: string;
  /** For test titles: "embed", "embed (fr)". */
  label: string;
  /** Path and query to open. */
  path: string;
  /** Emulate print media. */
  print?: boolean;
}

/**
 * Every mode a reader can open, in every edition (or the ones given). A build that lost one fails the tests that
 * open it (never skips them).
 */
export function modes(editions: Edition[] = EDITIONS): Mode[] {
  return editions.flatMap(({ code, prefix }) => {
    const m = (name: ModeName, path: string, print?: boolean): Mode => ({ name, locale: code, label: code === EDITIONS[0].code ? name : `${name} (${code})`, path: prefix + path, ...(print ? { print } : {}) });
    return [m('main', '/'), m('embed', '/embed.html'), m('present', '/?present'), m('print', '/', true)];
  });
}

/** Waits for two animation frames: layout, scroll handlers and Svelte updates have run. */
export async function settle(page: Page) {
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
}

/**
 * Walks through every step as a reader would in this mode: scrolls each step to the reading line (scroll,
 * embed, print), or presses PageDown through the slides (presentation). Returns the step ids visited.
 */
export async function walkThrough(page: Page, mode: Mode): Promise<string[]> {
  if (mode.name === 'present') {
    const ids = await page.$$eval('[data-present] [data-step]', (els) => els.map((e) => e.getAttribute('data-step')!));
    const seen: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      await settle(page);
      const cur = await page.$eval('[data-present] [aria-current="step"]', (e) => e.getAttribute('data-step')).catch(() => null);
      if (cur) seen.push(cur);
      await page.keyboard.press('PageDown');
    }
    return seen;
  }
  // One round trip: the page itself scrolls to each step and waits two frames there. Headless Chromium now and
  // then stops producing frames altogether while a print-emulated page scrolls (no requestAnimationFrame for
  // a minute, the page otherwise alive): a frame, or 100 ms, whichever comes first.
  const ids = await page.evaluate(async () => {
    const frame = () =>
      new Promise<void>((ok) => {
        requestAnimationFrame(() => ok());
        setTimeout(ok, 100);
      });
    const ids = [...document.querySelectorAll('[data-step]')].map((e) => e.getAttribute('data-step')!);
    for (const id of ids) {
      const el = document.querySelector(`[data-step="${id}"]`)!;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
      await frame();
      await frame();
    }
    return ids;
  });
  // And on to the end of the page (sources, footer).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await settle(page);
  return ids;
}

/** Opens a mode on a page: print media first when needed, then the URL. */
export async function openMode(page: Page, base: string, mode: Mode, suffix = '') {
  if (mode.print) await page.emulateMedia({ media: 'print' });
  await page.goto(base + mode.path + suffix);
  await page.waitForLoadState('load');
  // Presentation mode is loaded on demand: wait for its first slide.
  if (mode.name === 'present') await page.waitForSelector('[data-present] [aria-current="step"]', { timeout: 5000 });
  await settle(page);
}

/**
 * The text a reader sees scrolling down the page: the page's visible text (innerText skips anything hidden by
 * CSS) plus each step and the back matter read once scrolled to, since off-screen parts are not rendered
 * (content-visibility) until the reader comes near. Driven from here, so it works with JavaScript disabled.
 */
export async function readableText(page: Page): Promise<string> {
  const parts = [await page.evaluate(() => document.body.innerText)];
  const parts$ = page.locator('[data-step], .back-matter');
  for (let i = 0, n = await parts$.count(); i < n; i++) parts.push(await readWhenShown(page, parts$.nth(i)));
  await page.mouse.wheel(0, -1e6);
  return parts.join('\n');
}

/** An element's visible text once scrolled into view and rendered (a second at most). */
export async function readWhenShown(page: Page, el: Locator): Promise<string> {
  await el.scrollIntoViewIfNeeded();
  let text = '';
  for (let tries = 0; tries < 50 && !text.trim(); tries++) {
    text = await el.evaluate((e) => (e as HTMLElement).innerText);
    if (!text.trim()) await new Promise((done) => setTimeout(done, 20));
  }
  return text;
}
