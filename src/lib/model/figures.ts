// The story's figures (its counters) in reading order, each with a stable id and its row in the figures download
// (data/figures.csv): the same list for the page's footnote pop-ups and for the build that writes the file.
import type { Counter, Section, Step, Story } from './schema.ts';

export interface FigureEntry {
  /** "<step-id>-<n>", n counting the step's counters from 1: stable as long as the step keeps its figures. */
  id: string;
  /** The row in figures.csv, counting the header as row 1 (RFC 7111's `#row=`). */
  row: number;
  counter: Counter;
  step: Step;
  section: Section;
}

export const figureId = (stepId: string, i: number) => `${stepId}-${i + 1}`;

export function figureList(story: Story): FigureEntry[] {
  const out: FigureEntry[] = [];
  for (const section of story.sections)
    for (const step of section.steps)
      (step.counters ?? []).forEach((counter, i) => out.push({ id: figureId(step.id, i), row: out.length + 2, counter, step, section }));
  return out;
}

/** Where the figures download sits, relative to the page (index.html, embed.html and the section pages). */
export const FIGURES_FILE = 'data/figures.csv';

/** The downloads the page lists, in its order; `key` names the words (ui.data.files) that describe each. */
export const DOWNLOAD_KEYS = ['figures', 'timeline', 'sources', 'sourcesJson', 'mapStates', 'geo', 'zip'] as const;
export type DownloadKey = (typeof DOWNLOAD_KEYS)[number];

export interface DownloadEntry {
  key: DownloadKey;
  /** Relative to the edition's pages. For `geo`, the folder; `files` lists each state's file. */
  path: string;
  /** Bytes (for `geo`, all the files together). */
  size: number;
  /** How many rows, entries or files. */
  count: number;
  files?: { path: string; size: number; id: string }[];
}

