// Build-time: splits the story bundle into what the browser needs at once (the frame) and what it loads as the
// reader nears it (parts). The page is prerendered whole, so every word is in the HTML; the script only needs a
// step's words to bring that step to life (its footnote pop-ups, its counters). The frame keeps every section's
// and step's outline (ids, titles, dates, map states), the map states and the interface's words; each section's
// part holds its steps' words and the sources they cite; the "about" part holds the About section's words, the
// corrections log, the side rule and the sources they cite. Footnote numbers are worked out here from the whole
// story, so a part loaded late numbers its sources as the prerender did.
import { ABOUT_PART, type StoryBundle, type StoryPart } from '../lib/model/bundle.ts';
import type { Source } from '../lib/model/schema.ts';
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

export function splitBundle(bundle: StoryBundle): { frame: StoryBundle; parts: Record<string, StoryPart>; sourceOrder: string[] } {
  const { story, sources } = bundle;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const pick = (ids: Set<string>) => [...ids].map((id) => byId.get(id)).filter((s): s is Source => !!s);
  const parts: Record<string, StoryPart> = {};
  for (const section of story.sections) parts[section.id] = { steps: section.steps, sources: pick(citedIn(section.steps)) };
  if (story.about) {
    const about = { about: story.about, corrections: bundle.corrections, sideRule: bundle.sideRule };
    parts[ABOUT_PART] = { ...about, sources: pick(citedIn(about)) };
  }
  // The map's credits name their sources at once (map states' `sources`).
  const mapSources = new Set(bundle.mapStates.flatMap((s) => s.sources ?? []));
  const cited = citedIds(story).filter((id) => byId.has(id));
  const sourceOrder = [...cited, ...sources.map((s) => s.id).filter((id) => !cited.includes(id))];
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
    sources: sources.filter((s) => mapSources.has(s.id)),
    corrections: [],
    sideRule: [],
    terminology: null,
  };
  return { frame, parts, sourceOrder };
}
