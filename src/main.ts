// Client entry: hydrates the prerendered page, then its islands, all with one page context.
import { hydrate } from 'svelte';
import App from './lib/app/App.svelte';
import { createPageContext } from './lib/app/context.ts';
import { IslandRuntime } from './lib/app/islands/islands.ts';
import './app.css';
import './lib/print/print.css';
import { fillPackFigures } from './lib/offline/pack.ts';
import { registerOffline } from './lib/offline/register.ts';
import { locales } from './lib/app/storyIndex.ts';

const target = document.getElementById('app')!;
const page = (target.dataset.page as 'main' | 'embed' | undefined) ?? 'main';
// The one-file pack: its static maps before anything else, so printing at once has them all.
fillPackFigures();
// In a task of its own, apart from loading this module: two shorter tasks instead of one long one.
setTimeout(() => {
  const { context, cursor, presentation } = createPageContext();
  const islands = (presentation.islands = new IslandRuntime(context, target));
  hydrate(App, { target, props: { page }, context });
  // Then the islands, a few at a time: the map, the active step, the rest in page order. The page is interactive
  // once they all are (tests and embedding scripts can wait for html[data-hydrated]).
  void islands.hydrate(cursor.id).then(() => {
    document.documentElement.dataset.hydrated = '';
    // Offline after the first visit: the service worker at the site's root (the default edition's folder).
    registerOffline(`${locales.find((l) => l.isDefault)?.href ?? './'}sw.js`, page);
  });
});
