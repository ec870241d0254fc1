// Every kind of island's component, for the build, which renders them all (build/entry-server.ts). The browser
// brings them in as they are needed (islands.ts): this module is not part of the page's script.
import type { Component } from 'svelte';
import type { IslandKind } from './markup.ts';
import StepIsland from './StepIsland.svelte';
import AboutIsland from './AboutIsland.svelte';
import GlossaryIsland from './GlossaryIsland.svelte';
import CorrectionsIsland from './CorrectionsIsland.svelte';
import SourcesIsland from './SourcesIsland.svelte';
import MapIsland from './MapIsland.svelte';
import TimelineIsland from './TimelineIsland.svelte';
import ToolsIsland from './ToolsIsland.svelte';
import SectionIsland from './SectionIsland.svelte';
import DataIsland from './DataIsland.svelte';

export const ISLANDS: Record<IslandKind, Component<{ id: string }>> = {
  section: SectionIsland,
  step: StepIsland,
  map: MapIsland,
  timeline: TimelineIsland,
  tools: ToolsIsland,
  about: AboutIsland,
  glossary: GlossaryIsland,
  corrections: CorrectionsIsland,
  sources: SourcesIsland,
  data: DataIsland,
};
