// The validated story bundle served by scripts/vite-plugin-story.ts.
declare module 'virtual:story' {
  const bundle: import('./lib/model/bundle.ts').StoryBundle;
  export default bundle;
  /** Every step date, formatted at build time: "1 Oct 2020" and "1 October 2020". */
  export const dates: import('./lib/locale/locale.ts').DateLabels;
  /** How the story's locale writes whole numbers, for counters without Intl. */
  export const numbers: import('./lib/locale/numbers.ts').NumberSpec;
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
