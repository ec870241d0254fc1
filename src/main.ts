// Client entry of the site's pages (index.html): see start.ts.
import { start } from './start.ts';

start();
