// Numbers sources in order of first citation in the story, so footnote markers read 1, 2, 3 … down the page;
// and the wording shared by the footnote pop-ups and the source list.
import type { Source, Story } from '../model/schema.ts';
import { refsIn } from '../model/text.ts';

export interface SourceIndex {
  byId: Map<string, Source>;
  /** Footnote number of a source id (1-based), in order of first use. */
  number: Map<string, number>;
  /** Sources in footnote order; sources never cited come last. */
  ordered: Source[];
}

export function citedIds(story: Story): string[] {
  const ids: string[] = [];
  for (const section of story.sections)
    for (const step of section.steps) {
      for (const p of step.text) ids.push(...refsIn(p));
      for (const c of step.counters ?? []) ids.push(...(c.minSource ? [c.minSource] : []), c.source);
    }
  return [...new Set(ids)];
}

export function indexSources(story: Story, sources: Source[]): SourceIndex {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = citedIds(story).filter((id) => byId.has(id));
  const rest = sources.map((s) => s.id).filter((id) => !cited.includes(id));
  const order = [...cited, ...rest];
  return {
    byId,
    number: new Map(order.map((id, i) => [id, i + 1])),
    ordered: order.map((id) => byId.get(id)!),
  };
}

/**
 * One section's own footnotes (a ?section= page or embed): its sources numbered from 1 in the order that section
 * cites them (`cited`, worked out at build: sectionCites), and only those in the list. The list reads the sources
 * when asked: in the browser they arrive with the section's part of the story's data.
 */
export function sectionIndex(full: SourceIndex, cited: string[]): SourceIndex {
  return {
    byId: full.byId,
    number: new Map(cited.map((id, i) => [id, i + 1])),
    get ordered() {
      return cited.map((id) => full.byId.get(id)).filter((s): s is Source => !!s);
    },
  };
}

/** Each section's cited source ids, in order of first citation (for sectionIndex). */
export function sectionCites(story: Story): Record<string, string[]> {
  return Object.fromEntries(story.sections.map((s) => [s.id, citedIds({ ...story, sections: [s] })]));
}
