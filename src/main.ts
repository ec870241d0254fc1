// Client entry: hydrates the prerendered page, then its islands, all with one page context.
import { hydrate } from 'svelte';
import App from './lib/app/App.svelte';
import { createPageContext } from './lib/app/context.ts';
import { IslandRuntime } from './lib/app/islands/islands.ts';
import './app.css';
import './lib/print/print.css';
import { markPrintOrigin, preloadForPrint } from './lib/print/prepare.ts';
import { ui } from './lib/app/storyIndex.ts';

const target = document.getElementById('app')!;
const page = (target.dataset.page as 'main' | 'embed' | undefined) ?? 'main';
// The page's map figures load with it on a wide screen (before the load event), so that Ctrl+P, the browser's
// menu or "Save as PDF" at any time after load prints every map (lib/print/prepare.ts). Not in the embed.
if (page === 'main') {
  preloadForPrint();
  markPrintOrigin(ui.app.printedFrom);
}
// In a task of its own, apart from loading this module: two shorter tasks instead of one long one.
setTimeout(() => {
  const { context, cursor, presentation } = createPageContext();
  const islands = (presentation.islands = new IslandRuntime(context, target));
  hydrate(App, { target, props: { page }, context });
  // Then the islands, a few at a time: the map, the active step, the rest in page order. The page is interactive
  // once they all are (tests and embedding scripts can wait for html[data-hydrated]).
  void islands.hydrate(cursor.id).then(() => {
    document.documentElement.dataset.hydrated = '';
  });
});
