// What both client entries do (src/main.ts for the site's pages, src/embed.ts for the embed page): hydrate the
// prerendered page, then its islands, all with one page context.
import { hydrate } from 'svelte';
import App from './lib/app/App.svelte';
import { createPageContext } from './lib/app/context.ts';
import { IslandRuntime } from './lib/app/islands/islands.ts';
import type { EmbedChrome } from './lib/embed/chrome.ts';
import { fillPackFigures } from './lib/offline/pack.ts';
import { registerOffline } from './lib/offline/register.ts';
import { loadPart, locales, ui } from './lib/app/storyIndex.ts';
import { markPrintOrigin, preloadForPrint } from './lib/print/prepare.ts';
import './app.css';
import './lib/print/print.css';

/** `chrome`: the embed page's own parts (src/embed.ts). */
export function start(chrome?: EmbedChrome): void {
  // ?theme=light: a host embedding the page (or any link) forces the light theme over the reader's dark setting
  // (app.css). Read before the first hydration, so the page never repaints from dark to light after it.
  if (new URLSearchParams(location.search).get('theme') === 'light') document.documentElement.dataset.theme = 'light';
  const target = document.getElementById('app')!;
  const page = (target.dataset.page as 'main' | 'embed' | undefined) ?? 'main';
  // The one-file pack: its static maps before anything else, so printing at once has them all.
  fillPackFigures();
  // The page's map figures load with it on a wide screen (before the load event), so that Ctrl+P, the browser's
  // menu or "Save as PDF" at any time after load prints every map (lib/print/prepare.ts). Not in the embed.
  if (page === 'main') {
    preloadForPrint();
    markPrintOrigin(ui.app.printedFrom);
  }
  // In a task of its own, apart from loading this module: two shorter tasks instead of one long one.
  setTimeout(() => {
    const { context, cursor, presentation } = createPageContext();
    const islands = (presentation.islands = new IslandRuntime(context, target, loadPart));
    hydrate(App, { target, props: { page, chrome }, context });
    // Then the islands, a few at a time: the map, the timeline and the buttons, then the sections near the
    // viewport (the deep-linked step's first). html[data-hydrated] says these are live (tests and embedding scripts
    // can wait for it); each island says so itself with data-live, the sections further on as the reader nears them.
    void islands.hydrate(cursor.id).then(() => {
      document.documentElement.dataset.hydrated = '';
      // Offline after the first visit: the service worker at the site's root (the default edition's folder).
      registerOffline(`${locales.find((l) => l.isDefault)?.href ?? './'}sw.js`, page);
    });
  });
}
