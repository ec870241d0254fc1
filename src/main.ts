// Client entry: hydrates the prerendered page.
import { hydrate } from 'svelte';
import App from './App.svelte';
import './app.css';
import './lib/print/print.css';

const target = document.getElementById('app')!;
const page = (target.dataset.page as 'main' | 'embed' | undefined) ?? 'main';
hydrate(App, { target, props: { page } });
// The page is interactive from here on (tests and embedding scripts can wait for html[data-hydrated]).
document.documentElement.dataset.hydrated = '';
