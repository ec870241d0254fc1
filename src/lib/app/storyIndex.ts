// The story bundle, indexed once for the whole page: the lookups the page and its islands share, only ever filled
// in (by loadPart below), never changed.
//
// In the browser the bundle is the page's frame (src/build/split.ts): every section's and step's outline, each map
// state's name and the interface's words; the map states whole, and the sources the map's credits name (`sources`),
// come with the live map (MAP_PART). A section's words and sources arrive as a part of their own when the reader
// nears the section (loadPart), and are put into the same objects, so everything that looked a step up before
// finds its words after. The prerender, which needs every word, gets the whole bundle and no parts.
import bundle, { dates, meta, numbers, parts, sectionCites, sourceOrder } from 'virtual:story';
import { figureList } from '../model/figures.ts';
import type { SourceIndex } from '../sources/sources.ts';
import type { Source, Step } from '../model/schema.ts';

export const { story, sources, mapStates, corrections, ui, sideRule, locales } = bundle;
/** What the build worked out for the story's locale: its dates' labels and how it writes numbers. */
export { dates, numbers };
/** The edition's address, dates and open-data downloads, worked out at build (virtual:story's `meta`; in the
 * browser the downloads come with the About part). */
export { meta };
const byId = new Map<string, Source>(sources.map((s) => [s.id, s]));
const number = new Map(sourceOrder.map((id, i) => [id, i + 1]));
/**
 * Footnote numbers in order of first citation in the whole story (worked out at build): all of them in the
 * prerender, each part's as it comes in the browser.
 */
export const sourceIndex: SourceIndex = {
  byId,
  number,
  get ordered() {
    return [...number].sort((a, b) => a[1] - b[1]).map(([id]) => byId.get(id)).filter((s): s is Source => !!s);
  },
};
/** Each section's cited source ids in order (a section shown alone numbers its own): in the browser, as parts come. */
export const sectionCitesById: Record<string, string[]> = { ...sectionCites };
export const statesById = new Map(mapStates.map((s) => [s.id, s]));
export const stepById = new Map<string, Step>(story.sections.flatMap((s) => s.steps.map((step) => [step.id, step] as const)));
/** Each figure's id and row in data/figures.csv, by step id (in the step's order of counters): in the browser, as
 * each section's part comes. */
export const figuresByStep = new Map<string, { id: string; row: number }[]>();
for (const f of figureList(story)) {
  const list = figuresByStep.get(f.step.id) ?? [];
  list.push({ id: f.id, row: f.row });
  figuresByStep.set(f.step.id, list);
}

const loading = new Map<string, Promise<void>>();

/**
 * Brings a part of the story (a section's id, or ABOUT_PART) into the page's data; resolves at once when the
 * page has it already (the prerender has everything).
 */
export function loadPart(key: string): Promise<void> {
  const load = parts[key];
  if (!load) return Promise.resolve();
  let p = loading.get(key);
  if (!p) {
    p = load().then(({ default: part }) => {
      for (const s of part.sources) byId.set(s.id, s);
      for (const [id, n] of Object.entries(part.numbers)) number.set(id, n);
      if ('cites' in part) sectionCitesById[key] = part.cites;
      if ('figures' in part) for (const [step, list] of Object.entries(part.figures)) figuresByStep.set(step, list);
      if ('downloads' in part) meta.downloads.push(...part.downloads);
      if ('steps' in part) for (const step of part.steps) Object.assign(stepById.get(step.id)!, step);
      else if ('mapStates' in part) {
        for (const state of part.mapStates) Object.assign(statesById.get(state.id)!, state);
        sources.push(...part.sources);
      } else {
        Object.assign(story.about!, part.about);
        Object.assign(ui, part.ui);
        corrections.push(...part.corrections);
        sideRule.push(...part.sideRule);
      }
    });
    loading.set(key, p);
  }
  return p;
}

/** Every part: for what shows any step at any time (presentation mode, the embed's stepper). */
export const loadAll = (): Promise<void> => Promise.all(Object.keys(parts).map(loadPart)).then(() => undefined);

/**
 * The steps whose map is the one of the step before them in the same section: the printed handout draws that map
 * once, beside the first of them, and lets the following steps' text take the full width.
 */
export const mapRepeats = new Set<string>(
  story.sections.flatMap((s) => s.steps.filter((step, i) => i > 0 && s.steps[i - 1].map === step.map).map((step) => step.id)),
);
