// The one-file classroom pack (dist/karabakh-explained-<locale>.html, written by src/build/pack.ts): the same page
// with its code, styles, map file and static maps inside it, for a USB stick (file://) and no network. A page opened
// from file:// cannot fetch() a file beside it, so the pack carries its data in non-executed <script> data blocks,
// and the page reads them from the document instead of from the network.

/** The pack's file name for one edition (beside the default edition's index.html). */
export const packFile = (locale: string) => `karabakh-explained-${locale}.html`;

/** Ids of the data blocks in a pack: the map file's text, and one block per static map (`${FIGURE_BLOCK}<state-id>`). */
export const MAP_BLOCK = 'ke-pack-map';
export const FIGURE_BLOCK = 'ke-pack-figure-';

let renderingPack = false;
/** Build time: the prerender of a pack (links then point at the other packs, not at the site's pages). */
export function renderAsPack<T>(run: () => T): T {
  renderingPack = true;
  try {
    return run();
  } finally {
    renderingPack = false;
  }
}

/** True in a pack (in the browser: the document carries the map's data block; at build: while rendering one). */
export function inPack(): boolean {
  if (renderingPack) return true;
  return typeof document !== 'undefined' && !!document.getElementById(MAP_BLOCK);
}

/** The map file's text carried by the pack, or null outside one. */
export function packedMapText(): string | null {
  return typeof document === 'undefined' ? null : (document.getElementById(MAP_BLOCK)?.textContent ?? null);
}

const figureUrls = new Map<string, string>();
/** A static map's address: the file beside the page (maps/<id>.svg), or in a pack a data: URL of its own copy. */
export function figureSrc(id: string): string {
  if (typeof document === 'undefined' || !inPack()) return `maps/${id}.svg`;
  let url = figureUrls.get(id);
  if (!url) {
    const svg = document.getElementById(FIGURE_BLOCK + id)?.textContent ?? '';
    url = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    figureUrls.set(id, url);
  }
  return url;
}

/**
 * In a pack, gives the prerendered figures (written without an address: each map is in the file once, not once
 * per step) their data: URL, before anything else runs, so printing at once has every map.
 */
export function fillPackFigures(root: ParentNode = document): void {
  if (!inPack()) return;
  for (const fig of root.querySelectorAll<HTMLElement>('figure[data-figure-state]')) {
    const img = fig.querySelector('img');
    if (img && !img.getAttribute('src')) img.src = figureSrc(fig.dataset.figureState!);
  }
}
