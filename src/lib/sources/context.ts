// Svelte context carrying the source index down to every footnote marker without prop drilling.
import { getContext, setContext } from 'svelte';
import type { SourceIndex } from './sources.ts';

const KEY = Symbol('sources');
export const setSources = (index: SourceIndex) => setContext(KEY, index);
export const getSources = () => getContext<SourceIndex>(KEY);
