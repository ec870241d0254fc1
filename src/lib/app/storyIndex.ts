// The story bundle, indexed once for the whole page: read-only lookups the page and its islands share.
import bundle, { dates, numbers } from 'virtual:story';
import { indexSources } from '../sources/sources.ts';
import type { Step } from '../model/schema.ts';

export const { story, sources, mapStates, corrections, ui, sideRule, locales } = bundle;
/** What the build worked out for the story's locale: its dates' labels and how it writes numbers. */
export { dates, numbers };
export const sourceIndex = indexSources(story, sources);
export const statesById = new Map(mapStates.map((s) => [s.id, s]));
export const stepById = new Map<string, Step>(story.sections.flatMap((s) => s.steps.map((step) => [step.id, step] as const)));

/**
 * The steps whose map is the one of the step before them in the same section: the printed handout draws that map
 * once, beside the first of them, and lets the following steps' text take the full width.
 */
export const mapRepeats = new Set<string>(
  story.sections.flatMap((s) => s.steps.filter((step, i) => i > 0 && s.steps[i - 1].map === step.map).map((step) => step.id)),
);
