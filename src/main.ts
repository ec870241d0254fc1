// Client entry: hydrates the prerendered page.
import { hydrate } from 'svelte';
import App from './lib/app/App.svelte';
import { hydrateIslands } from './lib/app/islands/islands.ts';
import { current } from './lib/app/current.svelte.ts';
import './app.css';
import './lib/print/print.css';

const target = document.getElementById('app')!;
const page = (target.dataset.page as 'main' | 'embed' | undefined) ?? 'main';
// In a task of its own, apart from loading this module: two shorter tasks instead of one long one.
setTimeout(() => {
  hydrate(App, { target, props: { page } });
  // Then the islands, a few at a time: the map, the active step, the rest in page order. The page is interactive
  // once they all are (tests and embedding scripts can wait for html[data-hydrated]).
  void hydrateIslands(target, current.id).then(() => {
    document.documentElement.dataset.hydrated = '';
  });
});
