// Build-time: splits the story bundle into what the browser needs at once (the frame) and what it loads as the
// reader nears it (parts). The page is prerendered whole, so every word is in the HTML; the script only needs a
// step's words to bring that step to life (its footnote pop-ups, its counters). The frame keeps every section's
// and step's outline (ids, titles, dates, map states), each map state's name and the interface's words; each section's
// part holds its steps' words and the sources they cite; the "about" part holds the About section's words, the
// corrections log, the side rule and the sources they cite; the "map" part, loaded with the live map, the map
// states whole and the sources the map's credits name. Footnote numbers are worked out here from the whole
// story, so a part loaded late numbers its sources as the prerender did.
import { ABOUT_PART, MAP_PART, type StoryBundle, type StoryPart } from '../lib/model/bundle.ts';
import type { Source } from '../lib/model/schema.ts';
import type { MapState } from '../lib/model/mapStateSchema.ts';
import { figureList, type DownloadEntry } from '../lib/model/figures.ts';
import { citedIds } from '../lib/sources/sources.ts';


const REF = /\[\^([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;
/** Every source a piece of data cites: [^id] markers in its text, and counters' `source`/`minSource`. */
function citedIn(data: unknown): Set<string> {
  const ids = new Set<string>();
  const json = JSON.stringify(data);
  for (const m of json.matchAll(REF)) ids.add(m[1]);
  for (const m of json.matchAll(/"(?:source|minSource)":"([^"]+)"/g)) ids.add(m[1]);
  return ids;
}

export function splitBundle(bundle: StoryBundle, downloads: DownloadEntry[] = []): { frame: StoryBundle; parts: Record<string, StoryPart>; sourceOrder: string[] } {
  const { story, sources } = bundle;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const pick = (ids: Set<string>) => [...ids].map((id) => byId.get(id)).filter((s): s is Source => !!s);
  const parts: Record<string, StoryPart> = {};
  for (const section of story.sections)
    if (section.id === ABOUT_PART || section.id === MAP_PART) throw new Error(`A section may not be called "${section.id}": the name is taken by a part of the story's data`);
  // Footnote numbers: first citation in the whole story, then the sources never cited. Each part carries its own
  // sources' numbers, so the page needs no list of them before a part arrives.
  const cited = citedIds(story).filter((id) => byId.has(id));
  const uncited = sources.map((s) => s.id).filter((id) => !cited.includes(id));
  const sourceOrder = [...cited, ...uncited];
  const numberOf = new Map(sourceOrder.map((id, i) => [id, i + 1]));
  const numbers = (list: Source[]) => Object.fromEntries(list.map((s) => [s.id, numberOf.get(s.id)!]));
  const figures = figureList(story);
  for (const section of story.sections) {
    const own = pick(citedIn(section.steps));
    const mine: Record<string, { id: string; row: number }[]> = {};
    for (const f of figures) if (f.section.id === section.id) (mine[f.step.id] ??= []).push({ id: f.id, row: f.row });
    parts[section.id] = { steps: section.steps, sources: own, numbers: numbers(own), cites: citedIds({ ...story, sections: [section] }).filter((id) => byId.has(id)), figures: mine };
  }
  if (story.about) {
    const about = {
      about: story.about,
      corrections: bundle.corrections,
      sideRule: bundle.sideRule,
      // The words only the back matter uses: About's, "Cite this", the downloads' list.
      ui: { about: bundle.ui.about, cite: bundle.ui.cite, data: bundle.ui.data },
    };
    // With the sources no step cites, so that the page holds every source once every part has come.
    const own = pick(new Set([...citedIn(about), ...uncited]));
    parts[ABOUT_PART] = { ...about, sources: own, numbers: numbers(own), downloads };
  }
  // The live map's part: every map state whole, and the sources its credits name.
  const mapOwn = pick(new Set(bundle.mapStates.flatMap((s) => s.sources ?? [])));
  parts[MAP_PART] = { mapStates: bundle.mapStates, sources: mapOwn, numbers: numbers(mapOwn) };
  const frame: StoryBundle = {
    ...bundle,
    story: {
      ...story,
      sections: story.sections.map((section) => ({
        ...section,
        // A step's outline: its words come with its section's part.
        steps: section.steps.map(({ text: _text, counters: _counters, notes: _notes, ...outline }) => ({ ...outline, text: [] })),
      })),
      about: story.about ? { method: [], naming: [], glossary: [] } : undefined,
    },
    // A map state's outline: what the page names it by (the panel's label, a figure's alt text).
    mapStates: bundle.mapStates.map(({ id, title, description }) => ({ id, title, description }) as MapState),
    // The interface's words without the back matter's (they come with About's part), but for the counters' link.
    ui: { ...bundle.ui, about: {}, cite: {}, data: { figureLink: bundle.ui.data.figureLink } } as unknown as StoryBundle['ui'],
    sources: [],
    corrections: [],
    sideRule: [],
    terminology: null,
  };
  return { frame, parts, sourceOrder };
}
