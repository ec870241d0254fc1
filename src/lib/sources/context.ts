// Svelte context carrying the page's sources down to every footnote marker without prop drilling: the numbered
// index, and the one pop-up that may be open.
import { getContext, setContext } from 'svelte';
import { OpenPopup } from './openPopup.ts';
import { sectionIndex, type SourceIndex } from './sources.ts';

export interface SourcesContext {
  /** The numbering in force: the whole story's, or the shown section's own (read it where it may change). */
  readonly index: SourceIndex;
  /** The whole story's numbering. */
  full: SourceIndex;
  popup: OpenPopup;
}

const KEY = Symbol('sources');
/**
 * Context entry for mount/hydrate/render's `context` map: one per page, shared by the page and its islands. With
 * each section's cited sources (sectionCites) and the shown section (a reactive read: the page's cursor), a section shown alone numbers its own.
 */
export function sourcesEntry(full: SourceIndex, cites?: Record<string, string[]>, section?: () => string | null): [symbol, SourcesContext] {
  const bySection = new Map<string, SourceIndex>();
  return [
    KEY,
    {
      full,
      popup: new OpenPopup(),
      get index() {
        const id = section?.();
        if (!id || !cites?.[id]) return full;
        if (!bySection.has(id)) bySection.set(id, sectionIndex(full, cites[id]));
        return bySection.get(id)!;
      },
    },
  ];
}
export const setSources = (index: SourceIndex) => setContext(KEY, sourcesEntry(index)[1]);
export const getSources = () => getContext<SourcesContext>(KEY);
