// Client entry: hydrates the prerendered page, then its islands, all with one page context.
import { hydrate } from 'svelte';
import App from './lib/app/App.svelte';
import { createPageContext } from './lib/app/context.ts';
import { IslandRuntime } from './lib/app/islands/islands.ts';
import './app.css';
import './lib/print/print.css';

// ?theme=light: a host embedding the page (or any link) forces the light theme over the reader's dark setting
// (app.css). Read before the first hydration, so the page never repaints from dark to light after it.
if (new URLSearchParams(location.search).get('theme') === 'light') document.documentElement.dataset.theme = 'light';

const target = document.getElementById('app')!;
const page = (target.dataset.page as 'main' | 'embed' | undefined) ?? 'main';
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
