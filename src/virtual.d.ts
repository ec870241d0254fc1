// The validated story bundle served by scripts/vite-plugin-story.ts.
declare module 'virtual:story' {
  /** The whole bundle in the prerender; in the browser the page's frame (src/build/split.ts). */
  const bundle: import('./lib/model/bundle.ts').StoryBundle;
  export default bundle;
  /** Every step date, formatted at build time: "1 Oct 2020" and "1 October 2020". */
  export const dates: import('./lib/locale/locale.ts').DateLabels;
  /** How the story's locale writes whole numbers, for counters without Intl. */
  export const numbers: import('./lib/locale/numbers.ts').NumberSpec;
  /** Source ids in footnote order: first citation in the whole story, then the rest. */
  export const sourceOrder: string[];
  /** Each section's cited source ids, in order of first citation. */
  export const sectionCites: Record<string, string[]>;
  /** In the browser, the loaders of the story's parts by key (a section's id, or "about"); empty in the prerender. */
  export const parts: Record<string, () => Promise<{ default: import('./lib/model/bundle.ts').StoryPart }>>;
  /** Build-time facts about the edition: its public address (KE_SITE_URL, or ''), its dates from the corrections
   * log, the dates "Cite this" prints, and the open-data downloads with their sizes (src/build/downloads.ts). */
  export const meta: {
    siteUrl: string;
    published: string;
    modified: string;
    cite: { year: string; monthDay: string; date: string; dateShort: string };
    downloads: import('./lib/model/figures.ts').DownloadEntry[];
  };
}

/** The site's public address (KE_SITE_URL at build), '' when unset: see src/lib/print/stepLink.ts. */
declare const __KE_SITE_URL__: string;
