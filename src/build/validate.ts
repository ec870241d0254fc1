// Validates the story, its sources and its map states together: shapes by schema, then the links between
// them (unique step ids, known map states, known sources). Used by the build and by the tests.
import { parseData, DataError, StorySchema, SourcesSchema, CorrectionsSchema, UiSchema, MapPlacesSchema, SidesSchema, type Story, type Source, type Ui, type Sides } from '../lib/model/schema.ts';
import { MapStatesSchema, type MapState } from '../lib/model/mapStateSchema.ts';
import { localiseStates } from './mapText.ts';
import { checkCorrectionsParity, checkParity, checkTerminology, localeLinks, LocalesSchema, localiseSources, SideRuleSchema, SourceTextSchema, TerminologySchema } from './locales.ts';
import { refsIn } from '../lib/model/text.ts';
import type { StoryBundle } from '../lib/model/bundle.ts';

export type { StoryBundle };

/** Ids that other parts of the page use as element ids, so a step may not take them. */
export const RESERVED_IDS = ['main', 'top', 'sources', 'about', 'story', 'glossary', 'corrections', 'source-rules', 'embed', 'map', 'downloads', 'cite'];

type RawFile = { file: string; data: unknown };
export interface RawFiles {
  story: RawFile;
  sources: RawFile;
  mapStates: RawFile;
  corrections: RawFile;
  ui: RawFile;
  mapPlaces: RawFile;
  sides: RawFile;
  /** data/locales.json: the editions. */
  locales?: RawFile;
  /** For an edition other than the default: the default's story and corrections, and this edition's source words. */
  reference?: RawFile;
  referenceCorrections?: RawFile;
  sourceText?: RawFile;
  /** data/terminology.<locale>.json, and the default edition's for another edition. */
  terminology?: RawFile;
  referenceTerminology?: RawFile;
  /** For an edition other than the default: the side-tag rule in its words (data/sides.<xx>.json). */
  sideRuleText?: RawFile;
}

export function validateBundle(raw: RawFiles): StoryBundle {
  const story = parseData(StorySchema, raw.story.data, raw.story.file);
  const sources = parseData(SourcesSchema, raw.sources.data, raw.sources.file);
  const rawStates = parseData(MapStatesSchema, raw.mapStates.data, raw.mapStates.file);
  const corrections = parseData(CorrectionsSchema, raw.corrections.data, raw.corrections.file);
  const { map: mapText, ...uiRest } = parseData(UiSchema, raw.ui.data, raw.ui.file);
  const ui = { ...uiRest, attribution: mapText.attribution };
  const places = parseData(MapPlacesSchema, raw.mapPlaces.data, raw.mapPlaces.file);
  const sides = parseData(SidesSchema, raw.sides.data, raw.sides.file);
  const locales = raw.locales ? parseData(LocalesSchema, raw.locales.data, raw.locales.file) : { default: story.locale, locales: [{ code: story.locale, name: story.locale, og: story.locale }] };
  if (!locales.locales.some((l) => l.code === story.locale)) throw new DataError(raw.locales!.file, [`locale "${story.locale}": not listed`]);
  const terminology = raw.terminology ? parseData(TerminologySchema, raw.terminology.data, raw.terminology.file) : null;
  if (terminology)
    checkTerminology(terminology, raw.referenceTerminology ? parseData(TerminologySchema, raw.referenceTerminology.data, raw.referenceTerminology.file) : null, story.locale, raw.terminology!.file);
  if (raw.reference) checkParity(story, parseData(StorySchema, raw.reference.data, raw.reference.file), raw.story.file);
  if (raw.referenceCorrections)
    checkCorrectionsParity(story.locale, corrections, parseData(CorrectionsSchema, raw.referenceCorrections.data, raw.referenceCorrections.file), raw.corrections.file);
  if (ui.locale !== story.locale) throw new DataError(raw.ui.file, [`field locale: "${ui.locale}" does not match the story's "${story.locale}"`]);
  const localised = localiseStates(rawStates, mapText, places, !!raw.reference);
  if (localised.problems.length) throw new DataError(raw.ui.file, localised.problems);
  const mapStates = localised.states;

  const sourceIds = new Set<string>();
  const sourceProblems: string[] = [];
  for (const s of sources) {
    if (sourceIds.has(s.id)) sourceProblems.push(`source "${s.id}", field id: duplicate id`);
    sourceIds.add(s.id);
  }
  if (sourceProblems.length) throw new DataError(raw.sources.file, sourceProblems);
  checkSides(sources, sides, raw.sides.file);
  const shownSources = raw.sourceText
    ? localiseSources(sources, story.locale, parseData(SourceTextSchema, raw.sourceText.data, raw.sourceText.file), raw.sourceText.file)
    : sources;

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
        if (c.minSource && !sourceIds.has(c.minSource)) problems.push(`${at}, field counters[${i}].minSource: unknown source "${c.minSource}"`);
      });
    }
  }
  if (problems.length) throw new DataError(raw.story.file, problems);

  const correctionProblems: string[] = [];
  corrections.forEach((c, i) => {
    for (const s of c.steps) if (!seen.has(s)) correctionProblems.push(`corrections[${i}], field steps: unknown step "${s}"`);
    for (const s of c.sources) if (!sourceIds.has(s)) correctionProblems.push(`corrections[${i}], field sources: unknown source "${s}"`);
    for (const s of c.mapStates) if (!stateIds.has(s)) correctionProblems.push(`corrections[${i}], field mapStates: unknown map state "${s}"`);
  });
  if (correctionProblems.length) throw new DataError(raw.corrections.file, correctionProblems);
  const sideRule = raw.sideRuleText ? parseData(SideRuleSchema, raw.sideRuleText.data, raw.sideRuleText.file).rule : sides.rule;
  if (sideRule.length !== sides.rule.length)
    throw new DataError(raw.sideRuleText!.file, [`locale "${story.locale}", field rule: ${sideRule.length} paragraphs, the default edition has ${sides.rule.length}`]);
  return { story, sources: shownSources, mapStates, corrections, ui, sideRule, locales: localeLinks(locales, story.locale), terminology };
}

/** The one rule for side tags: every source's tag is the one data/sides.json gives its publisher. */
export function checkSides(sources: Source[], sides: Sides, file: string) {
  const problems: string[] = [];
  for (const s of sources) {
    const outlet = sides.outlets[s.publisher];
    if (!outlet) problems.push(`publisher "${s.publisher}" (source "${s.id}"): not in the side-tag list`);
    else if ((outlet.side ?? undefined) !== s.side)
      problems.push(`source "${s.id}", field side: "${s.side ?? 'none'}", but the rule gives ${s.publisher} "${outlet.side ?? 'none'}"`);
  }
  if (problems.length) throw new DataError(file, problems);
}
