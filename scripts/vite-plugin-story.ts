// Build-time: loads the story data from data/, validates it (schema and cross-references) and serves it to
// the app as `virtual:story`. Malformed data fails the build with the file, the step and the field.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateBundle, type RawFiles } from '../src/build/validate.ts';
import { dateLabels } from '../src/lib/timeline/ticks.ts';
import { numberSpec } from '../src/lib/locale/numbers.ts';
import { splitBundle } from '../src/build/split.ts';
import { sectionCites } from '../src/lib/sources/sources.ts';

const VIRTUAL = 'virtual:story';
const RESOLVED = '\0' + VIRTUAL;
/** One part of the story the browser loads when the reader nears it: virtual:story-part/<section-id>, or /about. */
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

export default function storyPlugin(options: StoryPluginOptions = {}): Plugin {
  let dataDir = '';
  return {
    name: 'karabakh-story',
    configResolved(config) {
      dataDir = options.dataDir ?? resolve(config.root, 'data');
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
      // The prerender (and the unit and component tests, which run outside a browser build) get the whole
      // bundle; the browser gets the page's frame, and each section's words as a part of its own (splitBundle).
      const whole = !!opts?.ssr || !!process.env.VITEST;
      if (id !== RESOLVED) {
        const part = splitBundle(bundle).parts[id.slice(1 + PART.length)];
        if (!part) throw new Error(`Unknown story part: ${id}`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
      }
      // Dates formatted and the locale's way with numbers worked out here, once: a browser's first Intl formatter
      // costs tens of ms, and four times that on a phone.
      const dates = dateLabels(bundle.story.sections.flatMap((s) => s.steps), bundle.story.locale);
      // JSON.parse of a string is faster to load than the same object as a JavaScript literal.
      const numbers = numberSpec(bundle.story.locale);
      const split = splitBundle(bundle);
      const loaders = whole ? [] : Object.keys(split.parts).map((k) => `${JSON.stringify(k)}: () => import(${JSON.stringify(PART + k)})`);
      return [
        `export default JSON.parse(${JSON.stringify(JSON.stringify(whole ? bundle : split.frame))});`,
        `export const dates = ${JSON.stringify(dates)};`,
        `export const numbers = ${JSON.stringify(numbers)};`,
        // The browser learns these from the parts as they come (their sources' numbers, a section's citations).
        `export const sourceOrder = ${JSON.stringify(whole ? split.sourceOrder : [])};`,
        `export const sectionCites = ${JSON.stringify(whole ? sectionCites(bundle.story) : {})};`,
        `export const parts = {${loaders.join(', ')}};`,
      ].join('\n');
    },
  };
}
