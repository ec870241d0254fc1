// The validated story bundle served by scripts/vite-plugin-story.ts.
declare module 'virtual:story' {
  const bundle: import('./lib/model/bundle.ts').StoryBundle;
  export default bundle;
  /** Every step date, formatted at build time: "1 Oct 2020" and "1 October 2020". */
  export const dates: import('./lib/locale/locale.ts').DateLabels;
  /** How the story's locale writes whole numbers, for counters without Intl. */
  export const numbers: import('./lib/locale/numbers.ts').NumberSpec;
}

/** The site's public address (KE_SITE_URL at build), '' when unset: see src/lib/print/stepLink.ts. */
declare const __KE_SITE_URL__: string;
