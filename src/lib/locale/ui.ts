// Svelte context carrying the interface's words in the story's locale (data/ui.<locale>.json, less the map's,
// which the build gives the map states) to the components that print them: no reader-facing word is in src/.
import { getContext, setContext } from 'svelte';
import type { Ui } from '../model/schema.ts';

export type UiText = Omit<Ui, 'map'> & { attribution: string[] };
const KEY = Symbol('ui');
/** Context entry for mount/hydrate/render's `context` map. */
export const uiEntry = (ui: UiText): [symbol, UiText] => [KEY, ui];
export const setUi = (ui: UiText) => setContext(KEY, ui);
export const getUi = () => getContext<UiText>(KEY);

/** Fills a string's `{name}` placeholders: fill('Step {n} of {total}', { n: 3, total: 40 }). An unknown name stays. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
