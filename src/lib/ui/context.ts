// Svelte context carrying the interface's words in the story's locale (data/ui.<locale>.json, less the map's,
// which the build gives the map states) to the components that print them: no reader-facing word is in src/.
import { getContext, setContext } from 'svelte';
import type { Ui } from '../story/schema.ts';

export type UiText = Omit<Ui, 'map'> & { attribution: string[] };
const KEY = Symbol('ui');
export const setUi = (ui: UiText) => setContext(KEY, ui);
export const getUi = () => getContext<UiText>(KEY);
