// The story's data as the page receives it (virtual:story): the story in one locale, every source, every map state
// with its words in that locale, the corrections log and the interface's words, validated together at build
// (src/build/validate.ts).
import type { Correction, Source, Step, Story, Ui } from './schema.ts';
import type { MapState } from './mapStateSchema.ts';
import type { DownloadEntry } from './figures.ts';

export interface StoryBundle {
  story: Story;
  sources: Source[];
  /** Map states with their words in the story's locale (labels, legend, attribution). */
  mapStates: MapState[];
  corrections: Correction[];
  /** The interface's words in the story's locale, without the map's (those are in mapStates). In the page, `data`
   * lacks the words only the downloads use (columns, geoNotes, precision, readme*, yes, no: see the story plugin). */
  ui: Omit<Ui, 'map'> & { attribution: string[] };
  /** The side-tag rule, as About shows it. */
  sideRule: string[];
  /** Every edition of the story, with the link to it from this edition's pages (data/locales.json). */
  locales: LocaleLink[];
  /** The edition's terminology sheet (data/terminology.<locale>.json), as About shows it; null if it has none. */
  terminology: { intro: string; terms: { id: string; use: string; armenia: string; azerbaijan: string; why: string }[]; loaded: string[] } | null;
}

export interface LocaleLink {
  code: string;
  /** The language's name for itself. */
  name: string;
  /** og:locale, e.g. "fr_FR". */
  og: string;
  /** This edition. */
  current: boolean;
  /** The default edition, at the site's root. */
  isDefault: boolean;
  /** From this edition's folder: "./", "fr/", "../", "../ru/". */
  href: string;
}

/** The key of the story part that holds the About section's words (src/build/split.ts, storyIndex.loadPart). */
export const ABOUT_PART = 'about';

/** A section's part: its steps' words and the sources they cite (the browser loads it as the reader nears). */
export interface SectionPart {
  steps: Step[];
  sources: Source[];
  /** Its sources' footnote numbers in the whole story. */
  numbers: Record<string, number>;
  /** The source ids it cites, in order of first citation (its own numbering, shown alone). */
  cites: string[];
  /** Its figures' ids and rows in data/figures.csv, by step id. */
  figures: Record<string, { id: string; row: number }[]>;
}
/** The About section's part: its words, the corrections log, the side rule, the sources they cite and those no step cites. */
export interface AboutPart {
  about: NonNullable<Story['about']>;
  corrections: Correction[];
  sideRule: string[];
  sources: Source[];
  numbers: Record<string, number>;
  /** The open-data downloads the back matter lists (virtual:story's meta.downloads in the prerender). */
  downloads: DownloadEntry[];
  /** The interface's words only the back matter uses. */
  ui: Pick<Ui, 'about' | 'cite' | 'data'>;
}
/** The live map's part: every map state whole, and the sources the map's credits name. */
export interface MapPart {
  mapStates: MapState[];
  sources: Source[];
  numbers: Record<string, number>;
}
export type StoryPart = SectionPart | AboutPart | MapPart;
/** The key of the live map's part. */
export const MAP_PART = 'map';
