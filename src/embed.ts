// Client entry of the embed page (embed.html): the site's, with the embed's own parts (lib/embed/chrome.ts).
import { start } from './start.ts';
import { EMBED_CHROME } from './lib/embed/chrome.ts';

start(EMBED_CHROME);
