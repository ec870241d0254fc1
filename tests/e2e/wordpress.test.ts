// The embed in a WordPress post: what WordPress does with the oEmbed of a provider it does not trust (the host
// fixture's `wordpress` kind, on another origin): a sandboxed frame with an opaque origin, hidden until our
// height message carries its secret, clamped to 200–1000 px, navigating the post only on a link message.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { baseUrl as base, test, type Open, type Watched } from './browser.ts';
import { EDITIONS } from './quality.ts';
import { startServer } from '../../scripts/serve.mjs';

let host: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  host = await startServer({ root: resolve(import.meta.dirname, '../..'), host: 'localhost' });
});
afterAll(async () => {
  await host?.close();
});

async function openPost(open: Open, prefix = '', section = ''): Promise<Watched & { frame: Frame }> {
  const w = await open({ viewport: { width: 390, height: 800 } });
  const q = new URLSearchParams({ kind: 'wordpress', oembed: `${base}${prefix}/oembed.json`, ...(section ? { section } : {}) });
  await w.page.goto(`${host.url}/tests/fixtures/hosts/article.html?${q}`, { waitUntil: 'load' });
  const el = await w.page.waitForSelector('#embed-host iframe.wp-embedded-content', { state: 'attached' });
  const frame = (await el.contentFrame())!;
  return { ...w, frame };
}

/** The frame as WordPress leaves it: its style (hidden until revealed), height and sandbox. */
const frameState = (w: Watched) =>
  w.page.$eval('#embed-host iframe', (f) => ({ style: f.getAttribute('style'), height: Number(f.getAttribute('height')), sandbox: f.getAttribute('sandbox'), shown: f.getBoundingClientRect().height }));

describe.each(EDITIONS.map((e) => [e.code, e] as const))('a WordPress post embedding the explainer (%s)', (_code, { prefix, allSteps }) => {
  test.for([['the whole story', ''], ['one section', 'fighting-2020']] as const)('%s: shown, at WordPress’s largest height, the story inside, no error, nothing from a third origin', async ([, section], { open }) => {
    const w = await openPost(open, prefix, section);
    // WordPress shows the frame once our height message with its secret arrives.
    await expect.poll(() => frameState(w), { timeout: 10_000 }).toMatchObject({ style: null, height: 1000, sandbox: 'allow-scripts' });
    expect((await frameState(w)).shown).toBeGreaterThan(900);
    await w.frame.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 10_000 });
    // The frame's document has an opaque origin: the page and its scripts still ran.
    expect(await w.frame.evaluate(() => origin)).toBe('null');
    const ids = await w.frame.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
    expect(ids).toEqual(allSteps.filter((s) => !section || s.section === section).map((s) => s.id));
    // Every step can be reached: the frame scrolls inside WordPress's 1000 px.
    const last = ids.at(-1)!;
    // (The frame's own scroll: scrollIntoView would scroll the post too.)
    await w.frame.$eval(`[data-step="${last}"]`, (e) => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY));
    expect(await w.frame.$eval(`[data-step="${last}"]`, (e) => e.getBoundingClientRect().top)).toBeLessThan(1000);
    expect(w.errors).toEqual([]);
    const origins = new Set(w.requests.map((u) => new URL(u).origin));
    origins.delete(new URL(base).origin);
    origins.delete(new URL(host.url).origin);
    expect([...origins].filter((o) => o !== 'null')).toEqual([]);
    expect(await w.page.evaluate(() => scrollY)).toBe(0);
  });
});

describe('WordPress messages', () => {
  test('“Open the full explainer” asks WordPress to open our page, and WordPress does', async ({ open }) => {
    const w = await openPost(open);
    await expect.poll(() => frameState(w), { timeout: 10_000 }).toMatchObject({ style: null });
    await w.frame.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 10_000 });
    const navigated = w.page.waitForURL((u) => u.origin === new URL(base).origin, { timeout: 10_000 });
    await w.frame.click('.embed-open');
    await navigated;
    expect(new URL(w.page.url()).pathname).toBe('/');
    expect(w.errors).toEqual([]);
  });

  test('malformed messages to and from the frame throw nothing', async ({ open }) => {
    const w = await openPost(open);
    await expect.poll(() => frameState(w), { timeout: 10_000 }).toMatchObject({ style: null });
    await w.frame.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 10_000 });
    const junk = [
      null, 0, 'height', '', [], {}, { message: 'height' }, { message: 'height', value: 'x', secret: 'a b' }, { message: 'link', value: 'javascript:alert(1)', secret: 'x' },
      { message: 'height', value: 1e308, secret: 'abc' }, { message: { toString: 1 } }, { secret: '<img>' }, 'x'.repeat(100_000),
      'pymxPYMxkarabakh-embedxPYMxviewport-iframe-positionxPYMx1 2 3', { sentinel: 'amp', type: 'embed-size', height: -1 },
    ];
    // To the frame, as a host or another frame could send them; and from the frame to WordPress.
    await w.page.evaluate((junk) => {
      const f = document.querySelector('#embed-host iframe') as HTMLIFrameElement;
      for (const j of junk) f.contentWindow!.postMessage(j, '*');
    }, junk);
    await w.frame.evaluate((junk) => {
      for (const j of junk) parent.postMessage(j, '*');
    }, junk);
    await w.page.waitForTimeout(300);
    expect(w.errors).toEqual([]);
    // The frame is still shown and sized as before.
    expect(await frameState(w)).toMatchObject({ style: null, height: 1000 });
  });
});
