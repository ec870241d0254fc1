// The shape of the story, its sources and its map states, validated at build (scripts/vite-plugin-story.ts)
// and in tests. Runtime code imports only the types, so valibot never reaches the browser bundle.
import * as v from 'valibot';

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens'),
);
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const CounterSchema = v.pipe(
  v.object({
    /** Final value; for a range, the upper bound. */
    value: v.pipe(v.number(), v.finite()),
    /** Lower bound of a range ("20,000–30,000"); omit for a single figure. */
    min: v.optional(v.pipe(v.number(), v.finite())),
    /** What the figure counts, e.g. "dead in partial reports". */
    label: nonEmpty,
    /** Who reported it, e.g. "Armenian side" (shown as "according to …"). */
    by: v.optional(nonEmpty),
    /** Text before or after the number, e.g. "more than" / "%". */
    prefix: v.optional(v.string()),
    suffix: v.optional(v.string()),
    /** The source id the figure comes from (for a range, its upper bound). */
    source: id,
    /** For a range whose ends come from different sources: the source of the lower bound (`min`). */
    minSource: v.optional(id),
    /**
     * False when the figure could not be confirmed beyond the source that reported it (the fact sheet marks it
     * unverified): the page, print and screen readers then say so beside the figure.
     */
    confirmed: v.optional(v.boolean()),
  }),
  v.check((c) => c.min === undefined || c.min <= c.value, 'min must not exceed value'),
  v.check((c) => c.minSource === undefined || c.min !== undefined, 'minSource needs a range (min)'),
);

export const StepSchema = v.object({
  /** Stable, used in URLs (#id) and as data-step: never rename a published id. */
  id,
  /** Id of the map state the sticky panel shows for this step (data/map-states.json). */
  map: id,
  /** Where the step sits in time, for the timeline: "1923", "1994-05-12", "2020-10-01". */
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))),
  /** "as of" stamp for anything that was current at the time, e.g. "1 October 2020". */
  asOf: v.optional(nonEmpty),
  /** Paragraphs. Source references are written inline as [^source-id]. */
  text: v.pipe(v.array(nonEmpty), v.minLength(1, 'needs at least one paragraph')),
  counters: v.optional(v.array(CounterSchema)),
  /** Optional notes for a teacher presenting the step (presentation mode and handout). */
  notes: v.optional(nonEmpty),
});

export const SectionSchema = v.object({
  id,
  title: nonEmpty,
  /** Shows, under the title, the date the story's facts were checked to (`story.checked`): for the epilogue. */
  checkedStamp: v.optional(v.boolean()),
  steps: v.pipe(v.array(StepSchema), v.minLength(1, 'needs at least one step')),
});

/** One glossary entry of the About section: a term and its plain-English definition (may cite [^source-id]). */
export const GlossaryEntrySchema = v.object({
  term: nonEmpty,
  definition: nonEmpty,
});

/** The About section (back matter): how the story was made, why places have two names, a glossary. */
export const AboutSchema = v.object({
  /** How the facts were gathered and checked. Paragraphs; may cite [^source-id]. */
  method: v.pipe(v.array(nonEmpty), v.minLength(1, 'needs at least one paragraph')),
  /** The naming policy: why contested places are given both names. Paragraphs; may cite [^source-id]. */
  naming: v.pipe(v.array(nonEmpty), v.minLength(1, 'needs at least one paragraph')),
  glossary: v.pipe(v.array(GlossaryEntrySchema), v.minLength(1, 'needs at least one entry')),
});

export const StorySchema = v.object({
  locale: v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter language code')),
  title: nonEmpty,
  dek: nonEmpty,
  /** The date the facts were last checked, shown in the epilogue and the about box. */
  checked: nonEmpty,
  sections: v.pipe(v.array(SectionSchema), v.minLength(1, 'needs at least one section')),
  /** The About section shown in the back matter, after the sources. */
  about: v.optional(AboutSchema),
});

/** The side tags a source may carry; which outlet gets which is data/sides.json, one rule for every source. */
export const SIDES = ['arm', 'az', 'tr', 'ru'] as const;
export type Side = (typeof SIDES)[number];

export const SourceSchema = v.pipe(
  v.object({
    id,
    /** The page's own headline or document title, as published. */
    title: nonEmpty,
    /** True when `title` is our description of an untitled page or document, not its headline (shown in brackets). */
    descriptive: v.optional(v.boolean()),
    /** The publisher as it names itself; a mirror or archive is named in `note`. */
    publisher: nonEmpty,
    /** The page's date as a reader would write it ("1 October 2020", "October 2023", "1994"). */
    date: v.optional(nonEmpty),
    /** Why a source has no date (a reference page revised over time, say): required when `date` is absent. */
    undated: v.optional(nonEmpty),
    /** The page that supports the claim (or an archived copy or a named mirror of it): never a homepage. */
    url: v.pipe(
      v.string(),
      v.url('must be a URL'),
      v.check((u) => new URL(u).pathname.replace(/\/+$/, '') !== '' || new URL(u).search !== '', 'must link to the page that supports the claim, not a homepage'),
    ),
    /** The side whose official, state or partisan voice this is, by the rule in data/sides.json. */
    side: v.optional(v.picklist(SIDES)),
    note: v.optional(nonEmpty),
  }),
  v.check((s) => s.date !== undefined || s.undated !== undefined, 'needs a date, or `undated` with the reason'),
);
export const SourcesSchema = v.array(SourceSchema);

/** The one rule for side tags: every outlet (publisher) the sources name, with its tag (or none) and why. */
export const SidesSchema = v.object({
  /** The rule, in paragraphs, as About states it. */
  rule: v.pipe(v.array(nonEmpty), v.minLength(1)),
  outlets: v.record(
    nonEmpty,
    v.object({
      side: v.nullable(v.picklist(SIDES)),
      why: nonEmpty,
    }),
  ),
});
export type Sides = v.InferOutput<typeof SidesSchema>;

/** One entry of the public corrections log (data/corrections.json): what changed, why, and where. */
export const CorrectionSchema = v.pipe(
  v.object({
    /** When the change was published, YYYY-MM-DD. */
    date: v.pipe(v.string(), v.isoDate('must be a date, YYYY-MM-DD')),
    /** What changed, in a sentence a reader can follow. */
    what: nonEmpty,
    /** Why it changed. */
    why: nonEmpty,
    /** The steps, sources and map states the change touched (at least one). */
    steps: v.optional(v.array(id), []),
    sources: v.optional(v.array(id), []),
    mapStates: v.optional(v.array(id), []),
  }),
  v.check((c) => c.steps.length + c.sources.length + c.mapStates.length > 0, 'must name at least one step, source or map state'),
);
export const CorrectionsSchema = v.array(CorrectionSchema);
export type Correction = v.InferOutput<typeof CorrectionSchema>;

const sideText = v.object({ tag: nonEmpty, long: nonEmpty });
/** A group of interface strings, each required and non-empty; `{name}` marks a value filled in by the code. */
function words<const K extends string>(...keys: K[]) {
  return v.object(Object.fromEntries(keys.map((k) => [k, nonEmpty])) as Record<K, typeof nonEmpty>);
}
/** The interface's words for one locale (data/ui.<locale>.json): nothing a reader sees is written in the code. */
export const UiSchema = v.object({
  locale: v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter language code')),
  /** The language switcher's accessible name. */
  localeSwitch: v.object({ label: nonEmpty }),
  counter: v.object({ accordingTo: nonEmpty, unconfirmed: nonEmpty, unconfirmedLong: nonEmpty }),
  sources: v.object({
    intro: nonEmpty,
    rulesLink: nonEmpty,
    undated: nonEmpty,
    descriptive: nonEmpty,
    sides: v.object({ arm: sideText, az: sideText, tr: sideText, ru: sideText }),
  }),
  story: v.object({ checkedTo: nonEmpty }),
  app: words('skipLink', 'kicker', 'sourcesTitle', 'presentationTitle', 'printedFrom'),
  step: words('asOf', 'teacherNotes', 'forTeachers', 'liveLink'),
  sourceRef: words('marker', 'inList'),
  timeline: words('label', 'goTo'),
  tools: words('present', 'presentTitle', 'print', 'embed'),
  /** Phone layout: the disclosure button that holds the header's tools. */
  phone: words('toolsMenu'),
  handout: words('title', 'whole', 'chosen', 'notes', 'sources', 'print', 'cancel'),
  embed: words(
    'openFull', 'newTab', 'panelTitle', 'close', 'closeWhat', 'intro', 'whatToEmbed', 'wholeStory', 'section', 'copy', 'preview',
    'previewTitle', 'copied', 'selected', 'iframeTitle', 'formHtml', 'formPym', 'formWp', 'formAmp', 'ampOverflow',
    'previous', 'next', 'stepCount', 'stepperLabel', 'backMatter', 'allSources', 'sectionSources', 'formFixed', 'whereHtml', 'wherePym',
    'whereWp', 'whereFixed', 'whereAmp',
  ),
  present: v.object({
    ...words('notesOn', 'notesNone', 'count', 'jump', 'previous', 'next', 'notes', 'fullScreen', 'exit', 'presenterTitle', 'upNext', 'theEnd', 'clock').entries,
    keys: words('next', 'back', 'number', 'jump', 'fullScreen', 'notes', 'blackout', 'presenter', 'exit'),
    keyNames: words('enter', 'pageDown', 'space', 'pageUp', 'esc'),
  }),
  mapUi: words('label', 'failedLabel', 'failed', 'km'),
  /** The open data: the "Data and downloads" block, the files' column labels and notes, the zip's README (#19). */
  data: v.object({
    ...words('title', 'intro', 'kb', 'mb', 'fileCount', 'figureLink', 'yes', 'no', 'licenceTitle', 'licence', 'licenceMap', 'readmeIntro', 'readmeFiles', 'readmeCsv', 'readmeGeo').entries,
    files: words('figures', 'timeline', 'sources', 'sourcesJson', 'mapStates', 'geo', 'zip'),
    columns: words(
      'figure', 'order', 'section', 'sectionTitle', 'step', 'label', 'value', 'low', 'high', 'prefix', 'suffix', 'by', 'confirmed', 'source', 'lowSource',
      'sourceDate', 'asOf', 'date', 'precision', 'mapState', 'summary', 'id', 'title', 'descriptive', 'publisher', 'undated', 'url', 'side', 'note',
    ),
    precision: words('year', 'month', 'day'),
    /** properties.note of the GeoJSON features: how approximate each kind of shape is. */
    geoNotes: words('admin1', 'seven_districts', 'nkao', 'nk_controlled_1994_2020', 'ceasefire_line_1994', 'lachin_corridor_schematic', 'water', 'route', 'city', 'centroid', 'place'),
  }),
  /** The share button (Web Share, else copying the link to the step) and the head's social tags. */
  share: words('button', 'title', 'copied', 'failed', 'siteName', 'cardAlt', 'sectionLink'),
  /** "Cite this" in About: APA, MLA and Chicago, filled in with {site} {title} {year} {monthDay} {date} {dateShort} {checked} {url}. */
  cite: words('title', 'intro', 'apa', 'mla', 'chicago', 'apaText', 'mlaText', 'chicagoText'),
  about: v.object({ title: nonEmpty, checked: nonEmpty, howMade: nonEmpty, twoNames: nonEmpty, glossary: nonEmpty, sideRuleTitle: nonEmpty, correctionsTitle: nonEmpty, correctionsIntro: nonEmpty, correctionChanged: nonEmpty, correctionWhy: nonEmpty, offlinePack: nonEmpty, offlinePackNote: nonEmpty }),
  map: v.object({
    /** Both forms of a contested place name, keyed by the name the map data uses. */
    names: v.record(v.string(), nonEmpty),
    countries: v.record(v.string(), nonEmpty),
    admin: v.record(v.string(), nonEmpty),
    free: v.record(v.string(), nonEmpty),
    legend: v.record(v.string(), nonEmpty),
    attribution: v.array(nonEmpty),
    /** The words before a map's sources, for one source and for several ("Source:", "Sources:"). */
    sourcesLabel: v.object({ one: nonEmpty, other: nonEmpty }),
    /**
     * In an edition other than the default: each map state's title, description and label notes, by state id
     * (the default edition's are in data/map-states.json).
     */
    states: v.optional(v.record(v.string(), v.object({ title: nonEmpty, description: nonEmpty, notes: v.optional(v.record(v.string(), nonEmpty)) }))),
  }),
});
export type Ui = v.InferOutput<typeof UiSchema>;

/** Where country and free labels sit (data/map-places.json), shared by every locale. */
export const MapPlacesSchema = v.object({
  countries: v.record(v.string(), v.tuple([v.number(), v.number()])),
  free: v.record(v.string(), v.tuple([v.number(), v.number()])),
});
export type MapPlaces = v.InferOutput<typeof MapPlacesSchema>;

export type Counter = v.InferOutput<typeof CounterSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type About = v.InferOutput<typeof AboutSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;

/** A readable location for a valibot issue: the step id when the issue is inside a step. */
function describe(issue: v.BaseIssue<unknown>, input: unknown): string {
  const path = issue.path ?? [];
  const parts: string[] = [];
  let node: unknown = input;
  let stepId: string | undefined;
  let sectionId: string | undefined;
  for (const item of path) {
    const key = item.key as string | number;
    parts.push(typeof key === 'number' ? `[${key}]` : `.${key}`);
    node = (node as Record<string | number, unknown> | undefined)?.[key];
    if (node && typeof node === 'object' && 'id' in node && typeof (node as { id: unknown }).id === 'string') {
      if (parts.some((p) => p === '.steps')) stepId = (node as { id: string }).id;
      else sectionId = (node as { id: string }).id;
    }
  }
  const field = parts.join('').replace(/^\./, '') || '(root)';
  const where = stepId ? `step "${stepId}", ` : sectionId ? `item "${sectionId}", ` : '';
  return `${where}field ${field}: ${issue.message}`;
}

export class DataError extends Error {
  constructor(
    public file: string,
    public problems: string[],
  ) {
    super(`Invalid data in ${file}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'DataError';
  }
}

/** Parse with a schema, or throw a DataError naming the file, the step and the field. */
export function parseData<S extends v.GenericSchema>(schema: S, input: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  throw new DataError(
    file,
    result.issues.map((i) => describe(i, input)),
  );
}
