// npm run bench: builds the site, serves it gzip-compressed on 127.0.0.1 and measures it against the budgets
// in README ("Quality budgets"): bytes, first-view transfer, Lighthouse (mobile, simulated throttling, median of
// 3) against an empty page, long animation frames while scrolling through every step at 4x CPU throttling (median
// of as many scroll-throughs as Lighthouse runs: the count varies by about ±10 from one to the next), and the
// story's reading grade. Prints a table and one JSON line, writes .bench/last.json and a line of
// .bench/history.jsonl (compared with the previous line), exits 1 on a missed budget.
// Flags: --no-build (measure the existing build), --runs=N (Lighthouse runs per page and scroll-throughs, default 3).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';
import { readEditions } from './editions.mjs';
import { CHROMIUM, CHROME_FLAGS } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.KE_OUT_DIR ?? 'dist');
const benchDir = resolve(root, '.bench');
const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);

/** The budgets. `max`/`min` are inclusive. README "Quality budgets" lists the same. */
const BUDGETS = {
  'lighthouse.performance': { min: 100 },
  'lighthouse.accessibility': { min: 100 },
  'lighthouse.bestPractices': { min: 100 },
  'lighthouse.seo': { min: 100 },
  'lcpRatio': { max: 1.2 },
  'tbtMs': { max: 10 },
  'cls': { max: 0 },
  'firstLoadJsGzip': { max: 40 * 1024 },
  'firstViewTransfer': { max: 120 * 1024 },
  'longAnimationFrames': { max: 0 },
  'readingGrade': { max: 10 },
  // Another edition's reading ease on its language's Flesch-type scale (60–70: plain language a 13–15-year-old reads).
  'readingEase': { min: 45 },
};

/** The editions (data/locales.json): the default at /, each other at /<code>/. Each is measured on its first view. */
const EDITIONS = readEditions().map((e) => ({ code: e.code, path: `${e.prefix}/` }));
/** A metric's name in the table: "firstLoadJsGzip", "firstLoadJsGzip (fr)". */
const named = (k, e) => (e.code === EDITIONS[0].code ? k : `${k} (${e.code})`);

const log = (...a) => console.error('[bench]', ...a);
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// 1. Build ------------------------------------------------------------------------------------------------
// The site is served from the start (the server reads files as they are asked for) so the build can know its
// public address (KE_SITE_URL): hreflang alternates and oEmbed need absolute URLs, as on a real host.
const site = await startServer({ root: dist });
if (!args.includes('--no-build')) {
  log('building', relative(root, dist) + '/');
  const r = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs')], { stdio: 'inherit', env: { ...process.env, KE_SITE_URL: process.env.KE_SITE_URL ?? site.url + '/' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`No build at ${dist}`);
  process.exit(1);
}

// 2. Bytes per asset --------------------------------------------------------------------------------------
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|xml)$/;
const assets = walk(dist)
  // The build's precompressed copies (.br, .gz) are the same files.
  .filter((f) => !/\.(br|gz)$/.test(f))
  .map((f) => {
    const body = readFileSync(f);
    return { file: relative(dist, f), raw: body.length, gzip: COMPRESSIBLE.test(f) ? gzipSync(body).length : body.length };
  })
  .sort((a, b) => b.gzip - a.gzip);

// First-load JS is measured in the browser (step 4): every script the page loads without interaction (the
// entry, its imports and preloads, and whatever it imports on load), gzip-compressed as served.

// 3. Serve the build and an empty page the same way ------------------------------------------------------
const emptyDir = resolve(benchDir, 'empty');
mkdirSync(emptyDir, { recursive: true });
writeFileSync(
  resolve(emptyDir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Empty page</title><meta name="description" content="A baseline page for the benchmark."></head>' +
    '<body><h1>Karabakh Explained</h1></body></html>\n',
);
const empty = await startServer({ root: emptyDir });
// The floor under the LCP budget: the same empty page with text below its first screen until it is as large as our
// index.html compressed (Brotli, as served), no script, no image, no style. Whatever carries the whole story in its
// document pays at least this much (Lighthouse's simulated 4G sends it in congestion windows of 14.6 KB).
const paddedDir = resolve(benchDir, 'padded');
mkdirSync(paddedDir, { recursive: true });
{
  const target = brotliCompressSync(readFileSync(resolve(dist, 'index.html'))).length;
  const words = 'armenia azerbaijan karabakh stepanakert khankendi shusha shushi ceasefire said baku yerevan district front war talks minsk group osce mediators refugees displaced killed reported according to the of and in on'.split(' ');
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Empty page</title><meta name="description" content="A baseline page for the benchmark."></head><body><h1>Karabakh Explained</h1><div style="margin-top:200vh">';
  const paragraph = () => {
    let p = '<p>';
    for (let i = 0; i < 60; i++) p += words[Math.floor(rnd() * words.length)] + (rnd() < 0.1 ? String(Math.floor(rnd() * 1e5)) : '') + ' ';
    return p + '</p>';
  };
  let body = '';
  let html;
  for (;;) {
    html = head + body + '</div></body></html>\n';
    if (brotliCompressSync(html).length >= target) break;
    for (let i = 0; i < 10; i++) body += paragraph();
  }
  writeFileSync(resolve(paddedDir, 'index.html'), html);
  writeFileSync(resolve(paddedDir, 'index.html.br'), brotliCompressSync(html));
  writeFileSync(resolve(paddedDir, 'index.html.gz'), gzipSync(html));
}
const padded = await startServer({ root: paddedDir });

const { chromium } = await import('playwright-core');
let results;
try {
  results = await measure();
} finally {
  await site.close();
  await empty.close();
  await padded.close();
}

async function measure() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  let firstView, loaf;
  try {
    firstView = {};
    for (const e of EDITIONS) firstView[e.code] = await measureFirstView(browser, e.path);
    // The median scroll-through by its count of long frames; every one must have visited every step.
    const throughs = [];
    for (let i = 0; i < RUNS; i++) throughs.push(await measureLongFrames(browser));
    // The floor: the same page's load with its scripts taken out, the prerendered document alone (its long frames
    // are the browser's parsing, style, layout and first paint of it at 4x CPU).
    const bare = [];
    for (let i = 0; i < RUNS; i++) bare.push((await measureLongFrames(browser, true)).map((f) => f.duration));
    // Counted during load and while scrolling (the budget counts both).
    const total = (t) => t.duringScroll.length + t.duringLoad.length;
    const counts = throughs.map(total);
    throughs.sort((a, b) => total(a) - total(b));
    loaf = { ...throughs[Math.floor((throughs.length - 1) / 2)], counts, stepsVisited: Math.min(...throughs.map((t) => t.stepsVisited)), bare };
  } finally {
    await browser.close();
  }
  const lh = await lighthouseRuns();
  const grade = await readingGrade();
  return { firstView, loaf, lh, grade };
}

/** A file of the site, gzip-compressed (level 6, as most servers do). */
function gzipOf(url) {
  const asset = url.startsWith(site.url) && assets.find((a) => '/' + a.file === new URL(url).pathname);
  return asset ? asset.gzip : 0;
}

/** The bytes the server sends for a URL of the site: the file, gzip-compressed when the server compresses it. */
function servedSize(url) {
  if (!url.startsWith(site.url)) return 0;
  const asset = assets.find((a) => '/' + a.file === new URL(url).pathname);
  return asset ? asset.gzip : 0;
}

// 4. First view: every response until the network is idle, no interaction, a phone-sized fresh browser ----
async function measureFirstView(browser, path = '/') {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const responses = [];
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes().catch(() => null);
    const resp = await req.response().catch(() => null);
    // A worker's script arrives with no body size in Playwright's account: count what the server sends for it.
    const body = sizes?.responseBodySize || servedSize(req.url());
    responses.push({ url: req.url(), type: req.resourceType(), status: resp?.status() ?? 0, bytes: body + (sizes?.responseHeadersSize ?? 0), body });
  });
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  // The first view is what the page loads before the live map starts (its code and data come on the reader's first
  // scroll or interaction, or in idle time: MapPanel and loader.ts mark the moment 'ke:live-map'). What comes after
  // is reported apart, as the live map.
  const timing = await page.evaluate(() => ({
    mark: performance.getEntriesByName('ke:live-map')[0]?.startTime ?? Infinity,
    starts: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])),
  }));
  await context.close();
  const deferred = (r) => (timing.starts[r.url] ?? 0) >= timing.mark;
  const later = responses.filter(deferred);
  responses.splice(0, responses.length, ...responses.filter((r) => !deferred(r)));
  const local = (u) => u.startsWith(site.url) ? u.slice(site.url.length) : u;
  const isMap = (r) => /\.(topo\.)?json$/.test(new URL(r.url).pathname) && !/oembed|manifest/.test(r.url);
  const isFont = (r) => r.type === 'font' || /\.(woff2?|ttf|otf)$/.test(r.url);
  const scripts = responses.filter((r) => r.type === 'script' || /\.m?js$/.test(new URL(r.url).pathname));
  return {
    scripts: scripts.map((r) => local(r.url)),
    /** As served (the build's Brotli copy), and gzip-compressed (the budget's measure). */
    scriptBytes: scripts.reduce((n, r) => n + r.body, 0),
    scriptGzip: scripts.reduce((n, r) => n + gzipOf(r.url), 0),
    requests: responses.map((r) => ({ url: local(r.url), type: r.type, status: r.status, bytes: r.bytes })),
    total: responses.reduce((n, r) => n + r.bytes, 0),
    mapData: responses.filter(isMap).reduce((n, r) => n + r.body, 0),
    fonts: responses.filter(isFont).reduce((n, r) => n + r.body, 0),
    thirdParty: [...responses, ...later].filter((r) => !r.url.startsWith(site.url) && !r.url.startsWith('data:')).map((r) => r.url),
    /** The live map, loaded after the first view: its files and bytes. */
    liveMap: { files: later.map((r) => local(r.url)), bytes: later.reduce((n, r) => n + r.body, 0) },
  };
}

// 5. Long animation frames while scrolling through every step at 4x CPU throttling ----------------------
/** `bare`: the page without its scripts (the prerendered document alone), whose load alone is measured. */
async function measureLongFrames(browser, bare = false) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__loaf = [];
    w.__active = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const f = /** @type {any} */ (e);
          w.__loaf.push({
            start: Math.round(f.startTime),
            duration: Math.round(f.duration),
            blocking: Math.round(f.blockingDuration ?? 0),
            scripts: (f.scripts ?? []).slice(0, 3).map((s) => `${s.invoker || s.invokerType} ${String(s.sourceURL).split('/').pop()} ${Math.round(s.duration)}ms`),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      w.__loaf = null;
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (bare)
    await page.route(site.url + '/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="module">[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body });
    });
  await page.goto(site.url + '/', { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  if (bare) {
    const frames = await page.evaluate(() => /** @type {any} */ (window).__loaf.splice(0));
    await context.close();
    return frames.filter((f) => f.duration > 50);
  }
  const supported = await page.evaluate(() => /** @type {any} */ (window).__loaf !== null);
  const loadFrames = await page.evaluate(() => /** @type {any} */ (window).__loaf.splice(0));
  // Track which steps become active, to prove the scroll went through all of them.
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    const note = () => {
      const id = document.querySelector('[aria-current="step"]')?.getAttribute('data-step');
      if (id && w.__active.at(-1) !== id) w.__active.push(id);
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  });
  const steps = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
  await page.mouse.move(200, 400);
  // A reader's flick: 100 px wheel ticks, one per frame or so, to the bottom of the page.
  for (let i = 0; i < 2000; i++) {
    const done = await page.evaluate(() => window.scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
    if (done) break;
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(1000);
  const scrollFrames = await page.evaluate(() => /** @type {any} */ (window).__loaf.splice(0));
  const visited = await page.evaluate(() => /** @type {any} */ (window).__active);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return {
    supported,
    steps: steps.length,
    stepsVisited: steps.filter((s) => visited.includes(s)).length,
    duringScroll: scrollFrames.filter((f) => f.duration > 50),
    duringLoad: loadFrames.filter((f) => f.duration > 50),
  };
}

// 6. Lighthouse, our page and the empty page, interleaved, median of RUNS -----------------------------------
async function lighthouseRuns() {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  const runs = { empty: [], padded: [], ...Object.fromEntries(EDITIONS.map((e) => [e.code, []])) };
  const devtools = {};
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url] of [...EDITIONS.map((e) => [e.code, site.url + e.path]), ['empty', empty.url + '/'], ['padded', padded.url + '/']]) {
        log(`lighthouse ${name} run ${i + 1}/${RUNS}`);
        const r = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = r.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
        const failing = Object.values(lhr.categories).flatMap((c) =>
          c.auditRefs
            .filter((a) => a.weight > 0 && lhr.audits[a.id].score !== null && lhr.audits[a.id].score < 1)
            .map((a) => `${c.id}: ${a.id} (${lhr.audits[a.id].displayValue ?? lhr.audits[a.id].score})`),
        );
        runs[name].push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
          fcpMs: lhr.audits['first-contentful-paint'].numericValue,
          tbtMs: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          siMs: lhr.audits['speed-index'].numericValue,
          failing,
        });
      }
    }
    // What a reader on slow 4G sees: once more with DevTools-applied throttling, where the browser paints as the
    // HTML streams in (reported, not budgeted).
    for (const [name, url] of [...EDITIONS.map((e) => [e.code, site.url + e.path]), ['empty', empty.url + '/']]) {
      log(`lighthouse ${name} (devtools throttling)`);
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod: 'devtools' });
      devtools[name] = r.lhr.audits['largest-contentful-paint'].numericValue;
    }
  } finally {
    await chrome.kill();
  }
  const med = (list) => {
    const keys = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'fcpMs', 'tbtMs', 'cls', 'siMs'];
    const out = Object.fromEntries(keys.map((k) => [k, median(list.map((r) => r[k]))]));
    out.failing = [...new Set(list.flatMap((r) => r.failing))];
    // Each run's TBT and LCP, to show how much they vary.
    out.tbtRuns = list.map((r) => Math.round(r.tbtMs));
    // TBT's budget holds for every run, not only the median.
    out.tbtWorst = Math.max(...out.tbtRuns);
    out.lcpRuns = list.map((r) => Math.round(r.lcpMs));
    return out;
  };
  return { ...Object.fromEntries(EDITIONS.map((e) => [e.code, med(runs[e.code])])), site: med(runs[EDITIONS[0].code]), empty: med(runs.empty), padded: med(runs.padded), runs: RUNS, devtools };
}

// 7. Reading grade: the story's text through the same function the content test uses (src/build/readability.ts).
// Every other edition: its reading ease on its language's scale (Kandel–Moles for French, Oborneva for Russian).
async function readingGrade() {
  const read = (code) => JSON.parse(readFileSync(resolve(root, `data/story.${code}.json`), 'utf8'));
  const { runnerImport } = await import('vite');
  const { module: m } = await runnerImport(resolve(root, 'src/build/readability.ts'), { configFile: false, logLevel: 'silent' });
  const ease = Object.fromEntries(EDITIONS.slice(1).map((e) => [e.code, m.readingEase(m.storyPlainText(read(e.code)), e.code)]));
  return { grade: m.fleschKincaidGrade(m.storyPlainText(read(EDITIONS[0].code))), ease, by: 'src/build/readability.ts' };
}

// 8. Report -------------------------------------------------------------------------------------------------
const { firstView: firstViews, loaf, lh, grade } = results;
const firstView = firstViews[EDITIONS[0].code];
const firstLoadJsFiles = firstView.scripts;
const figures = {};
const show = {};
for (const e of EDITIONS) {
  const l = lh[e.code];
  const fv = firstViews[e.code];
  Object.assign(figures, {
    [named('lighthouse.performance', e)]: l.performance,
    [named('lighthouse.accessibility', e)]: l.accessibility,
    [named('lighthouse.bestPractices', e)]: l.bestPractices,
    [named('lighthouse.seo', e)]: l.seo,
    [named('lcpRatio', e)]: Math.round((l.lcpMs / lh.empty.lcpMs) * 1000) / 1000,
    [named('tbtMs', e)]: l.tbtWorst,
    [named('cls', e)]: Math.round(l.cls * 1000) / 1000,
    [named('firstLoadJsGzip', e)]: fv.scriptGzip,
    [named('firstViewTransfer', e)]: fv.total,
  });
  Object.assign(show, {
    [named('lcpRatio', e)]: (v) =>
      `${v.toFixed(2)}× (LCP ${Math.round(l.lcpMs)} ms vs empty page ${Math.round(lh.empty.lcpMs)} ms; runs ${l.lcpRuns.join(', ')}; DevTools throttling ${Math.round(lh.devtools[e.code])} vs ${Math.round(lh.devtools.empty)} ms, ${(lh.devtools[e.code] / lh.devtools.empty).toFixed(2)}×)`,
    [named('tbtMs', e)]: (v) => `${v} ms (worst of ${l.tbtRuns.join(', ')})`,
    [named('firstLoadJsGzip', e)]: (v) => `${kb(v)} gzip (${kb(fv.scriptBytes)} as served, Brotli)`,
    [named('firstViewTransfer', e)]: (v) => `${kb(v)} (map data ${kb(fv.mapData)}, fonts ${kb(fv.fonts)}, ${fv.requests.length} requests)`,
  });
}
figures.longAnimationFrames = loaf.supported ? loaf.duringScroll.length + loaf.duringLoad.length : NaN;
figures.readingGrade = Math.round(grade.grade * 10) / 10;
for (const e of EDITIONS.slice(1)) figures[named('readingEase', e)] = Math.round(grade.ease[e.code] * 10) / 10;
Object.assign(show, {
  longAnimationFrames: (v) =>
    Number.isNaN(v)
      ? 'API unsupported'
      : `${v} over 50 ms: ${loaf.duringLoad.length} during load, ${loaf.duringScroll.length} while scrolling (median of ${loaf.counts.join(', ')}; ${loaf.stepsVisited}/${loaf.steps} steps visited); ` +
        `the page without its scripts: ${loaf.bare.map((r) => (r.length ? r.join(' + ') + ' ms' : 'none')).join('; ')} during load`,
  readingGrade: (v) => `${v} (Flesch–Kincaid, ${grade.by})`,
});
for (const e of EDITIONS.slice(1)) show[named('readingEase', e)] = (v) => `${v} (${e.code === 'fr' ? 'Kandel–Moles' : e.code === 'ru' ? 'Oborneva' : 'Flesch'}, ${grade.by})`;
const budgetText = (b) => (b.min !== undefined ? `≥ ${b.min}` : `≤ ${b.max}`);
// Every figure against its metric's budget (the same budget in every edition).
const rows = Object.keys(figures).map((k) => {
  const base = k.replace(/ \([a-z]{2}\)$/, '');
  const b = BUDGETS[base];
  const v = figures[k];
  const ok = Number.isFinite(v) && (b.min === undefined || v >= b.min) && (b.max === undefined || v <= b.max);
  const budget = ['firstLoadJsGzip', 'firstViewTransfer'].includes(base) ? `≤ ${kb(b.max)}` : budgetText(b);
  return { metric: k, value: (show[k] ?? String)(v), budget, ok };
});
if (loaf.stepsVisited < loaf.steps) rows.push({ metric: 'scroll-through', value: `${loaf.stepsVisited}/${loaf.steps} steps became active`, budget: 'all', ok: false });
for (const e of EDITIONS)
  if (firstViews[e.code].thirdParty.length) rows.push({ metric: named('third-party requests', e), value: firstViews[e.code].thirdParty.join(' '), budget: 'none', ok: false });

const pad = (s, n) => String(s).padEnd(n);
console.log('\nAssets (raw / gzip)');
for (const a of assets) console.log(`  ${pad(a.file, 48)} ${pad(kb(a.raw), 10)} ${kb(a.gzip)}`);
console.log(`  first-load JS (loaded without interaction, before the live map): ${firstLoadJsFiles.join(', ')}`);
for (const e of EDITIONS) console.log(`  then the live map${EDITIONS.length > 1 ? ` (${e.code})` : ''}: ${kb(firstViews[e.code].liveMap.bytes)} (${firstViews[e.code].liveMap.files.join(', ')})`);
console.log('\nFirst view (transferred, fresh cache, 412 px phone)');
for (const r of firstView.requests) console.log(`  ${pad(r.url, 48)} ${pad(r.type, 10)} ${r.status} ${kb(r.bytes)}`);
const htmlGz = assets.find((a) => a.file === 'index.html')?.gzip ?? 0;
console.log(`  index.html is ${kb(htmlGz)} gzip: Lighthouse's simulated slow 4G (150 ms RTT, 1.6 Mbit/s, 14.6 KB first window) needs the whole document before the first paint`);
console.log(`\nLighthouse (mobile, simulated throttling, median of ${lh.runs}): FCP ${Math.round(lh.site.fcpMs)} ms, SI ${Math.round(lh.site.siMs)} ms; empty page FCP ${Math.round(lh.empty.fcpMs)} ms`);
console.log(
  `  the floor: the empty page padded with text to index.html's compressed size (no script, image or style) paints at ${Math.round(lh.padded.lcpMs)} ms, ` +
    `${(lh.padded.lcpMs / lh.empty.lcpMs).toFixed(2)}× the empty page (runs ${lh.padded.lcpRuns.join(', ')})`,
);
for (const f of lh.site.failing) console.log(`  not passing: ${f}`);
if (loaf.duringScroll.length) {
  console.log('\nLong animation frames during the scroll-through');
  for (const f of loaf.duringScroll.slice(0, 10)) console.log(`  at ${f.start} ms: ${f.duration} ms (blocking ${f.blocking} ms) ${f.scripts.join('; ')}`);
}
console.log('\nBudgets');
const w = Math.max(...rows.map((r) => r.metric.length));
for (const r of rows) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${pad(r.metric, w)}  ${pad(r.budget, 10)}  ${r.value}`);
const ok = rows.every((r) => r.ok);
console.log(ok ? '\nAll budgets met.' : `\n${rows.filter((r) => !r.ok).length} budget(s) missed.`);

const summary = {
  date: new Date().toISOString(),
  ok,
  figures,
  budgets: BUDGETS,
  lighthouse: lh,
  lcpMs: Math.round(lh.site.lcpMs),
  emptyLcpMs: Math.round(lh.empty.lcpMs),
  paddedLcpMs: Math.round(lh.padded.lcpMs),
  mapDataGzip: firstView.mapData,
  fontsBytes: firstView.fonts,
  firstViewRequests: firstView.requests,
  firstLoadJsFiles,
  assets,
  longAnimationFrames: loaf,
  readingGrade: grade,
};
mkdirSync(benchDir, { recursive: true });
writeFileSync(resolve(benchDir, 'last.json'), JSON.stringify(summary, null, 2) + '\n');
// A history on this machine (not committed), to compare a change with the last run: one line per run, with the
// commit measured and the previous run's figures printed beside this one's.
const historyFile = resolve(benchDir, 'history.jsonl');
const previous = existsSync(historyFile) ? readFileSync(historyFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)).at(-1) : null;
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() || null;
writeFileSync(historyFile, JSON.stringify({ date: summary.date, commit, ok, runs: RUNS, figures }) + '\n', { flag: 'a' });
if (previous) {
  console.log(`\nAgainst the previous run (${previous.date}, ${previous.commit ?? 'no commit'}):`);
  for (const [k, v] of Object.entries(figures)) if (previous.figures?.[k] !== undefined && previous.figures[k] !== v) console.log(`  ${k}: ${previous.figures[k]} → ${v}`);
}
console.log(JSON.stringify({ ok, ...figures, lcpMs: summary.lcpMs, emptyLcpMs: summary.emptyLcpMs, paddedLcpMs: summary.paddedLcpMs, mapDataGzip: firstView.mapData }));
process.exit(ok ? 0 : 1);
