// An island's markup in the page (see islands.ts): a wrapper element holding what the build rendered for it, or
// nothing on the client. On its own, without the islands' components, so that an island can hold islands (a
// section holds its steps) without an import cycle.

/** The kinds of island: each section and each step inside it (by id), the map, the timeline, the header's
 * buttons, the About section, and the source list (never hydrated). */
export type IslandKind = 'section' | 'step' | 'map' | 'timeline' | 'tools' | 'about' | 'sources';

let serverRender: ((kind: IslandKind, id: string) => string) | null = null;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** The island's wrapper: an element of its own (display: contents), so the {@html} block holds one node. */
const wrap = (kind: IslandKind, id: string, inner: string) =>
  `<div class="island" data-island="${kind}" data-id="${escapeAttr(id)}">${inner}</div>`;

/** Build time: how to render an island's markup. */
export function setIslandRenderer(render: ((kind: IslandKind, id: string) => string) | null): void {
  serverRender = render;
}

/** The markup of an island, for an {@html} block. */
export function islandHtml(kind: IslandKind, id: string = kind): string {
  return wrap(kind, id, serverRender ? serverRender(kind, id) : '');
}
