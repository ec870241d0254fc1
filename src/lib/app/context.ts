// What the page shares with its islands, made once per page (for each render at build, once in the browser) and
// handed to the page and to every island as Svelte context (mount, hydrate and render's `context`): the active
// step (the cursor), the locale and the interface's words, the sources with their one open pop-up, presentation mode, and how an island's
// markup is made. Nothing is written to a module while the page renders.
import { dates, numbers, sectionCitesById, sourceIndex, statesById, story, ui } from './storyIndex.ts';
import { Cursor, cursorEntry } from '../story/cursor.svelte.ts';
import { localeEntry, makeLocale } from '../locale/locale.ts';
import { uiEntry } from '../locale/ui.ts';
import { sourcesEntry } from '../sources/context.ts';
import { Presentation, presentationEntry } from './presentation.svelte.ts';
import { islandsEntry, type IslandRender } from './islands/markup.ts';

export interface PageContext {
  /** The Svelte context map, for mount, hydrate and render. */
  context: Map<symbol, unknown>;
  cursor: Cursor;
  presentation: Presentation;
}

/** `render`: at build, how to render an island's markup (in the browser the server's markup stays). */
export function createPageContext(render?: IslandRender): PageContext {
  const cursor = new Cursor(story, statesById);
  const presentation = new Presentation(cursor);
  const context = new Map<symbol, unknown>([
    cursorEntry(cursor),
    localeEntry(makeLocale(story.locale, numbers, dates)),
    uiEntry(ui),
    sourcesEntry(sourceIndex, sectionCitesById, () => cursor.section),
    presentationEntry(presentation),
    islandsEntry(render),
  ]);
  return { context, cursor, presentation };
}
