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
