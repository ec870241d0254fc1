// Bad input: URLs pasted by hand or mangled by a CMS, and a missing or corrupt map file. The page always renders
// its text, throws nothing, and falls back to the defaults.
import { describe, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl as base, test } from './browser.ts';
import { allSteps, distDir, settle } from './quality.ts';
import { GEO_FILE } from '../../src/lib/map/file.ts';


interface Case {
  url: string;
  /** The whole story is shown (an unknown section falls back to all of it). */
  all?: boolean;
  /** The page opens at the top on the first step (an unknown hash is ignored). */
  top?: boolean;
}
const long = 'x'.repeat(10_000);
const cases: Case[] = [
  { url: '/#nope', all: true, top: true },
  { url: '/#%00', all: true, top: true },
  { url: '/#%E0%A4%A', all: true, top: true },
  { url: '/#' + long, all: true, top: true },
  { url: '/#<img src=x onerror=alert(1)>', all: true, top: true },
  { url: '/?section=../../x', all: true, top: true },
  { url: '/?section=%00&section=where', all: true, top: true },
  { url: '/?section=' + long, all: true, top: true },
  { url: '/?section=<script>alert(1)</script>', all: true, top: true },
  { url: '/?present=abc', all: true, top: true },
  { url: '/?present=abc&section=../../x#nope', all: true, top: true },
  { url: '/?lang=zz', all: true, top: true },
  { url: '/?lang=../../etc/passwd&present=0', all: true, top: true },
  { url: '/?embed&present' },
  { url: '/?embed&present#%00' },
  { url: '/?' + 'a=b&'.repeat(3000), all: true, top: true },
  { url: '/?section=&present=&lang=', },
  { url: '/?%ZZ=%ZZ#%ZZ', all: true, top: true },
  { url: '/embed.html#nope', all: true },
  { url: '/embed.html?section=../../x', all: true },
  { url: '/embed.html?present=abc&lang=zz', all: true },
  { url: '/embed.html?childId=%3Cscript%3E&parentTitle=' + long, all: true },
  { url: '/embed.html?embed&present' },
];

/** What a reader sees: steps with text, the active step, scroll position, language. */
async function look(page: Page) {
  return page.evaluate(() => {
    const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
    return {
      steps: steps.map((s) => s.getAttribute('data-step')),
      readable: steps.filter((s) => s.getClientRects().length > 0 && s.innerText.trim().length > 40).length,
      active: document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null,
      scrollY: window.scrollY,
      lang: document.documentElement.lang,
      title: document.title,
    };
  });
}

describe('malformed URLs', () => {
  test.for(cases.map((c) => [c.url.length > 80 ? c.url.slice(0, 60) + `… (${c.url.length} chars)` : c.url, c] as const))('%s renders with defaults and no error', async ([_label, c], { open }) => {
    const { page, errors } = await open({ viewport: { width: 390, height: 800 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(base + c.url);
    await page.waitForLoadState('load');
    await settle(page);
    await settle(page);
    const s = await look(page);
    expect(s.readable, 'readable steps').toBeGreaterThan(0);
    expect(s.lang).toBe('en');
    expect(s.title).toMatch(/Karabakh/);
    if (c.all) expect(s.steps).toEqual(allSteps.map((x) => x.id));
    if (c.top) {
      expect(s.scrollY).toBe(0);
      expect(s.active).toBe(allSteps[0].id);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the map file missing or corrupt', () => {
  // The projected map file the page loads (the build writes it; the live map fetches nothing else).
  const geo = '/' + GEO_FILE;
  test('the build ships the map file', () => {
    expect(existsSync(resolve(distDir, GEO_FILE))).toBe(true);
  });
  test.for([
    ['missing (404)', { status: 404, contentType: 'text/plain', body: 'Not found' }],
    ['corrupt (garbage)', { status: 200, contentType: 'application/json', body: '{"type":"Topology","objects":{' + '\u0000garbage'.repeat(50) }],
    ['valid JSON but not a map', { status: 200, contentType: 'application/json', body: '{"hello":"world"}' }],
  ] as const)('%s: the text stays readable and the map panel says the map could not be loaded', async ([_name, response], { open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    let hit = 0;
    await page.route((url) => url.pathname === geo, (route) => {
      hit++;
      return route.fulfill(response);
    });
    await page.goto(base + '/');
    await page.waitForLoadState('load');
    await expect.poll(() => hit, { timeout: 5000 }).toBeGreaterThan(0);
    await expect
      .poll(() => page.$eval('[data-map-state]', (el) => (el as HTMLElement).innerText), { timeout: 5000 })
      .toMatch(/could not be loaded|couldn.t be loaded|could not load|unavailable/i);
    const s = await look(page);
    expect(s.readable).toBeGreaterThan(0);
    expect(s.steps).toEqual(allSteps.map((x) => x.id));
    // The failed request itself is logged by the browser; nothing else may be.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
