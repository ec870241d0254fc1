// Build-time: loads the story data from data/, validates it (schema and cross-references) and serves it to
// the app as `virtual:story`. Malformed data fails the build with the file, the step and the field.
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateBundle, type RawFiles } from '../src/build/validate.ts';
import { dateLabels } from '../src/lib/timeline/ticks.ts';
import { numberSpec } from '../src/lib/locale/numbers.ts';
import { makeDownloads, publicationDates, type Downloads } from '../src/build/downloads.ts';
import { readEditions } from './editions.mjs';
import { splitBundle } from '../src/build/split.ts';
import { sectionCites } from '../src/lib/sources/sources.ts';

const VIRTUAL = 'virtual:story';
const RESOLVED = '\0' + VIRTUAL;
/** One part of the story the browser loads when the reader nears it: virtual:story-part/<section-id>, /about, /map. */
const PART = 'virtual:story-part/';

export interface StoryPluginOptions {
  /** Folder holding story.<locale>.json, sources.json and map-states.json. Default: <root>/data */
  dataDir?: string;
  /** The edition to build. Default: KE_LOCALE, else the default locale of data/locales.json. */
  locale?: string;
}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`Invalid data in ${file}:\n  - not valid JSON: ${(e as Error).message}`);
  }
}

export function loadStoryFiles(dataDir: string, locale = 'en'): RawFiles {
  const f = (name: string) => resolve(dataDir, name);
  const { default: defaultLocale } = readLocales(dataDir);
  const other = locale !== defaultLocale;
  const files: Partial<Record<keyof RawFiles, string>> = {
    story: f(`story.${locale}.json`),
    sources: f('sources.json'),
    mapStates: f('map-states.json'),
    // The corrections log in the default locale is corrections.json; another edition's is corrections.<xx>.json.
    corrections: f(other ? `corrections.${locale}.json` : 'corrections.json'),
    ui: f(`ui.${locale}.json`),
    mapPlaces: f('map-places.json'),
    sides: f('sides.json'),
    locales: f('locales.json'),
    terminology: f(`terminology.${locale}.json`),
  };
  if (other) {
    // Another edition is held to the default one (same steps, map states, figures and sources) and gives its
    // own words for the sources' notes.
    files.reference = f(`story.${defaultLocale}.json`);
    files.referenceCorrections = f('corrections.json');
    files.sourceText = f(`sources.${locale}.json`);
    files.referenceTerminology = f(`terminology.${defaultLocale}.json`);
    files.sideRuleText = f(`sides.${locale}.json`);
  }
  const raw = {} as RawFiles;
  for (const [key, file] of Object.entries(files)) {
    if (!existsSync(file)) throw new Error(`Invalid data: ${file} is missing (locale "${locale}")`);
    raw[key as keyof RawFiles] = { file, data: readJson(file) } as never;
  }
  return raw;
}

export interface LocaleEntry {
  code: string;
  /** The language's own name for itself, as the switcher shows it. */
  name: string;
  /** og:locale, e.g. "fr_FR". */
  og: string;
}

/** data/locales.json: the editions, the default one first at the site's root, the others in <code>/. */
export function readLocales(dataDir: string): { default: string; locales: LocaleEntry[] } {
  return readJson(resolve(dataDir, 'locales.json')) as { default: string; locales: LocaleEntry[] };
}

/** The public address of an edition's folder: KE_SITE_URL (the default edition's) with the edition's folder, or ''. */
export function editionUrl(siteUrl: string, dir: string): string {
  if (!siteUrl) return '';
  const base = siteUrl.endsWith('/') ? siteUrl : siteUrl + '/';
  return dir ? new URL(`${dir}/`, base).href : base;
}

/** Dates of the latest update as the edition writes them, worked out at build for "Cite this". */
function citeDates(iso: string, locale: string) {
  if (!iso) return { year: '', monthDay: '', date: '', dateShort: '' };
  const d = new Date(iso + 'T12:00:00Z');
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o }).format(d);
  return { year: String(d.getUTCFullYear()), monthDay: f({ month: 'long', day: 'numeric' }), date: f({ dateStyle: 'long' }), dateShort: f({ day: 'numeric', month: 'short', year: 'numeric' }) };
}

export default function storyPlugin(options: StoryPluginOptions = {}): Plugin {
  let dataDir = '';
  let root = '';
  let ssr = false;
  let downloads: Downloads | undefined;
  return {
    name: 'karabakh-story',
    configResolved(config) {
      dataDir = options.dataDir ?? resolve(config.root, 'data');
      root = config.root;
      ssr = !!config.build?.ssr;
    },
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      if (id.startsWith(PART)) return '\0' + id;
    },
    load(id, opts) {
      if (id !== RESOLVED && !id.startsWith('\0' + PART)) return;
      const raw = loadStoryFiles(dataDir, options.locale ?? process.env.KE_LOCALE ?? readLocales(dataDir).default);
      for (const f of Object.values(raw)) this.addWatchFile(f.file);
      const bundle = validateBundle(raw);
      // Dates formatted and the locale's way with numbers worked out here, once: a browser's first Intl formatter
      // costs tens of ms, and four times that on a phone.
      const dates = dateLabels(bundle.story.sections.flatMap((s) => s.steps), bundle.story.locale);
      // JSON.parse of a string is faster to load than the same object as a JavaScript literal.
      const numbers = numberSpec(bundle.story.locale);
      // The open-data downloads (src/build/downloads.ts), from this very bundle: the page lists them with their
      // sizes; the client build writes them beside the page (generateBundle).
      const edition = readEditions(dataDir).find((e) => e.code === bundle.story.locale);
      const siteUrl = editionUrl(process.env.KE_SITE_URL ?? '', edition?.dir ?? '');
      const topoFile = resolve(root, 'static/geo/karabakh.topo.json');
      // Made once per build process for the same data (the client and the server builds of an edition share them).
      const json = JSON.stringify(bundle);
      const key = createHash('sha1').update(json).update(siteUrl).update(existsSync(topoFile) ? readFileSync(topoFile) : '').digest('hex');
      const cache = ((globalThis as { __keDownloads?: Map<string, Downloads | undefined> }).__keDownloads ??= new Map());
      if (!cache.has(key)) cache.set(key, existsSync(topoFile) ? makeDownloads(bundle, JSON.parse(readFileSync(topoFile, 'utf8')), { siteUrl }) : undefined);
      downloads = cache.get(key);
      // The words only the downloads use (column labels, GeoJSON notes, the zip's README) stay out of the page.
      const { columns: _c, geoNotes: _g, precision: _p, readmeIntro: _r1, readmeFiles: _r2, readmeCsv: _r3, readmeGeo: _r4, yes: _y, no: _n, ...pageData } = bundle.ui.data;
      const page = { ...bundle, ui: { ...bundle.ui, data: pageData } };
      const pub = publicationDates(bundle);
      const meta = { siteUrl, ...pub, cite: citeDates(pub.modified, bundle.story.locale), downloads: downloads?.manifest ?? [] };
      // The prerender (and the unit and component tests, which run outside a browser build) get the whole
      // bundle; the browser gets the page's frame, and each section's words as a part of its own (splitBundle),
      // the downloads' list with About's.
      const whole = !!opts?.ssr || !!process.env.VITEST;
      const split = splitBundle(page as unknown as typeof bundle, meta.downloads);
      if (id !== RESOLVED) {
        const part = split.parts[id.slice(1 + PART.length)];
        if (!part) throw new Error(`Unknown story part: ${id}`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
      }
      const loaders = whole ? [] : Object.keys(split.parts).map((k) => `${JSON.stringify(k)}: () => import(${JSON.stringify(PART + k)})`);
      return [
        `export default JSON.parse(${JSON.stringify(JSON.stringify(whole ? page : split.frame))});`,
        `export const dates = ${JSON.stringify(dates)};`,
        `export const numbers = ${JSON.stringify(numbers)};`,
        `export const meta = JSON.parse(${JSON.stringify(JSON.stringify(whole ? meta : { ...meta, downloads: [] }))});`,
        // The browser learns these from the parts as they come (their sources' numbers, a section's citations).
        `export const sourceOrder = ${JSON.stringify(whole ? split.sourceOrder : [])};`,
        `export const sectionCites = ${JSON.stringify(whole ? sectionCites(bundle.story) : {})};`,
        `export const parts = {${loaders.join(', ')}};`,
      ].join('\n');
    },
    generateBundle() {
      if (ssr || !downloads) return;
      for (const [fileName, source] of downloads.files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
