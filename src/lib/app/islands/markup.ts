// An island's markup in the page (see islands.ts): a wrapper element holding what the build rendered for it, or
// nothing on the client. The page and the section islands ask for it through Svelte context, so that an island
// can hold islands (a section holds its steps) without an import cycle, and the build's renderer is handed to
// each render rather than set in a module.
import { getContext } from 'svelte';

/** The kinds of island: each section and each step inside it (by id), the map, the timeline, the header's
 * buttons, the About section with its glossary and corrections log inside it, and the source list and the
 * downloads (never hydrated). */
export type IslandKind = 'section' | 'step' | 'map' | 'timeline' | 'tools' | 'about' | 'glossary' | 'corrections' | 'sources' | 'data';

/** What an island holds: at build its rendered markup, in the browser nothing (the server's markup stays). */
export type IslandRender = (kind: IslandKind, id: string) => string;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** The island's wrapper: an element of its own (display: contents), so the {@html} block holds one node. */
const wrap = (kind: IslandKind, id: string, inner: string) =>
  `<div class="island" data-island="${kind}" data-id="${escapeAttr(id)}">${inner}</div>`;

const KEY = Symbol('islands');
/** Context entry for mount/hydrate/render's `context` map; without `render`, empty wrappers (the browser). */
export const islandsEntry = (render?: IslandRender): [symbol, IslandRender] => [KEY, (kind, id) => wrap(kind, id, render ? render(kind, id) : '')];

/** The markup of islands, for {@html} blocks: call while a component initialises. */
export function getIslandHtml(): (kind: IslandKind, id?: string) => string {
  const html = getContext<IslandRender | undefined>(KEY) ?? islandsEntry()[1];
  return (kind, id = kind) => html(kind, id);
}
