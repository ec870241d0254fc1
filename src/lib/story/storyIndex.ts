// The story bundle, indexed once for the whole page: the page and every step island share these.
import bundle, { dates, numbers } from 'virtual:story';
import { useNumberSpec } from '../counters/format.ts';
import { indexSources } from '../sources/sources.ts';
import type { Step } from './schema.ts';

export const { story, sources, mapStates, corrections, ui, sideRule } = bundle;
export { dates };
useNumberSpec(story.locale, numbers);
export const sourceIndex = indexSources(story, sources);
export const statesById = new Map(mapStates.map((s) => [s.id, s]));
export const stepById = new Map<string, Step>(story.sections.flatMap((s) => s.steps.map((step) => [step.id, step] as const)));
/** Each step's place in the whole story, from 0. */
export const stepOrder = new Map<string, number>([...stepById.keys()].map((id, i) => [id, i]));
