// The story's steps in reading order, each with its section: what the scroll engine, the map and the
// presentation mode count through.
import type { Section, Step, Story } from './schema.ts';

export interface FlatStep {
  step: Step;
  section: Section;
}

export function flattenSteps(story: Story, sectionId?: string | null): FlatStep[] {
  const out: FlatStep[] = [];
  for (const section of story.sections) {
    if (sectionId && section.id !== sectionId) continue;
    for (const step of section.steps) out.push({ step, section });
  }
  return out;
}
