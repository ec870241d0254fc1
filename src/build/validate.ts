// Validates the story, its sources and its map states together: shapes by schema, then the links between
// them (unique step ids, known map states, known sources). Used by the build and by the tests.
import { parseData, DataError, StorySchema, SourcesSchema, type Story, type Source } from '../lib/model/schema.ts';
import { MapStatesSchema, type MapState } from '../lib/model/mapStateSchema.ts';
import { refsIn } from '../lib/model/text.ts';
import type { StoryBundle } from '../lib/model/bundle.ts';

export type { StoryBundle };

/** Ids that other parts of the page use as element ids, so a step may not take them. */
export const RESERVED_IDS = ['main', 'top', 'sources', 'about', 'story', 'glossary', 'embed', 'map'];

export interface RawFiles {
  story: { file: string; data: unknown };
  sources: { file: string; data: unknown };
  mapStates: { file: string; data: unknown };
}

export function validateBundle(raw: RawFiles): StoryBundle {
  const story = parseData(StorySchema, raw.story.data, raw.story.file);
  const sources = parseData(SourcesSchema, raw.sources.data, raw.sources.file);
  const mapStates = parseData(MapStatesSchema, raw.mapStates.data, raw.mapStates.file);

  const sourceIds = new Set<string>();
  const sourceProblems: string[] = [];
  for (const s of sources) {
    if (sourceIds.has(s.id)) sourceProblems.push(`source "${s.id}", field id: duplicate id`);
    sourceIds.add(s.id);
  }
  if (sourceProblems.length) throw new DataError(raw.sources.file, sourceProblems);

  const stateIds = new Set<string>();
  const stateProblems: string[] = [];
  for (const m of mapStates) {
    if (stateIds.has(m.id)) stateProblems.push(`map state "${m.id}", field id: duplicate id`);
    stateIds.add(m.id);
  }
  if (stateProblems.length) throw new DataError(raw.mapStates.file, stateProblems);

  const problems: string[] = [];
  const seen = new Set<string>();
  for (const section of story.sections) {
    if (seen.has(section.id)) problems.push(`section "${section.id}", field id: duplicate id`);
    seen.add(section.id);
    for (const step of section.steps) {
      const at = `step "${step.id}"`;
      if (seen.has(step.id)) problems.push(`${at}, field id: duplicate id`);
      if (RESERVED_IDS.includes(step.id)) problems.push(`${at}, field id: "${step.id}" is reserved for the page`);
      seen.add(step.id);
      if (!stateIds.has(step.map)) problems.push(`${at}, field map: unknown map state "${step.map}"`);
      step.text.forEach((p, i) => {
        for (const ref of refsIn(p)) {
          if (!sourceIds.has(ref)) problems.push(`${at}, field text[${i}]: unknown source "${ref}"`);
        }
      });
      step.counters?.forEach((c, i) => {
        if (!sourceIds.has(c.source)) problems.push(`${at}, field counters[${i}].source: unknown source "${c.source}"`);
      });
    }
  }
  if (problems.length) throw new DataError(raw.story.file, problems);
  return { story, sources, mapStates };
}
