// The story bundle, indexed once for the whole page: read-only lookups the page and its islands share.
import bundle, { dates, numbers, meta } from 'virtual:story';
import { figureList } from '../model/figures.ts';
import { indexSources } from '../sources/sources.ts';
import type { Step } from '../model/schema.ts';

export const { story, sources, mapStates, corrections, ui, sideRule, locales } = bundle;
/** What the build worked out for the story's locale: its dates' labels and how it writes numbers. */
export { dates, numbers };
/** The edition's address, dates and open-data downloads, worked out at build (virtual:story's `meta`). */
export { meta };
export const sourceIndex = indexSources(story, sources);
export const statesById = new Map(mapStates.map((s) => [s.id, s]));
export const stepById = new Map<string, Step>(story.sections.flatMap((s) => s.steps.map((step) => [step.id, step] as const)));
/** Each figure's id and row in data/figures.csv, by step id (in the step's order of counters). */
export const figuresByStep = new Map<string, { id: string; row: number }[]>();
for (const f of figureList(story)) {
  const list = figuresByStep.get(f.step.id) ?? [];
  list.push({ id: f.id, row: f.row });
  figuresByStep.set(f.step.id, list);
}
