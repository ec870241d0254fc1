// Svelte context carrying the page's sources down to every footnote marker without prop drilling: the numbered
// index, and the one pop-up that may be open.
import { getContext, setContext } from 'svelte';
import { OpenPopup } from './openPopup.ts';
import type { SourceIndex } from './sources.ts';

export interface SourcesContext {
  index: SourceIndex;
  popup: OpenPopup;
}

const KEY = Symbol('sources');
/** Context entry for mount/hydrate/render's `context` map: one per page, shared by the page and its islands. */
export const sourcesEntry = (index: SourceIndex): [symbol, SourcesContext] => [KEY, { index, popup: new OpenPopup() }];
export const setSources = (index: SourceIndex) => setContext(KEY, sourcesEntry(index)[1]);
export const getSources = () => getContext<SourcesContext>(KEY);
