// The schema of a map state (data/map-states.json): what the sticky map shows for a step.
import * as v from 'valibot';

export const MapStateSchema = v.looseObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case')),
  /** Short title, shown as the map's heading. */
  title: v.pipe(v.string(), v.minLength(1)),
  /** What the map shows, in a sentence: the map's accessible description. */
  description: v.pipe(v.string(), v.minLength(1)),
});
export const MapStatesSchema = v.array(MapStateSchema);
export type MapState = v.InferOutput<typeof MapStateSchema>;
