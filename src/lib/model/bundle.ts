// The story's data as the page receives it (virtual:story): the story in one locale, every source, every map state
// with its words in that locale, the corrections log and the interface's words, validated together at build
// (src/build/validate.ts).
import type { Correction, Source, Story, Ui } from './schema.ts';
import type { MapState } from './mapStateSchema.ts';

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
