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
    /** The source id the figure comes from. */
    source: id,
  }),
  v.check((c) => c.min === undefined || c.min <= c.value, 'min must not exceed value'),
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

export const SourceSchema = v.object({
  id,
  title: nonEmpty,
  publisher: nonEmpty,
  date: v.optional(nonEmpty),
  url: v.pipe(v.string(), v.url('must be a URL')),
  /** Whether the source is an official or partisan voice of one side. */
  side: v.optional(v.picklist(['arm', 'az'])),
  note: v.optional(nonEmpty),
});
export const SourcesSchema = v.array(SourceSchema);

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
