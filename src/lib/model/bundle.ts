// The story's data as the page receives it (virtual:story): the story in one locale, every source, every map state,
// validated together at build (src/build/validate.ts).
import type { Source, Story } from './schema.ts';
import type { MapState } from './mapStateSchema.ts';

export interface StoryBundle {
  story: Story;
  sources: Source[];
  mapStates: MapState[];
}
