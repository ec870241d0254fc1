// The handout's options (the dialog before printing): the whole story or chosen sections, with or without the
// teacher notes, with or without the sources page. Kept for the tab (sessionStorage), applied to the page when a
// print starts (any print: the dialog's, Ctrl+P, the menu) by classes and attributes print.css reads. The default
// is the whole handout.
export interface HandoutOptions {
  /** The section ids to print; null: every section. */
  sections: string[] | null;
  notes: boolean;
  sources: boolean;
}

export const DEFAULT_OPTIONS: HandoutOptions = { sections: null, notes: true, sources: true };
const KEY = 'karabakh-handout';

export function readOptions(): HandoutOptions {
  try {
    const raw = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<HandoutOptions> | null;
    if (!raw || typeof raw !== 'object') return { ...DEFAULT_OPTIONS };
    return {
      sections: Array.isArray(raw.sections) ? raw.sections.filter((s): s is string => typeof s === 'string') : null,
      notes: raw.notes !== false,
      sources: raw.sources !== false,
    };
  } catch {
    return { ...DEFAULT_OPTIONS };
  }
}

export function saveOptions(o: HandoutOptions): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(o));
  } catch {
    // Storage refused (private mode): the choice lasts until the page is left.
  }
}

/** Marks the page for print: print.css hides what the options leave out. */
export function applyOptions(o: HandoutOptions, root: Document = document): void {
  root.documentElement.classList.toggle('handout-no-notes', !o.notes);
  root.documentElement.classList.toggle('handout-no-sources', !o.sources);
  for (const section of root.querySelectorAll<HTMLElement>('.story-section')) {
    const id = section.querySelector('.section-title')?.id.replace(/^section-/, '') ?? '';
    if (o.sections && !o.sections.includes(id)) section.dataset.handoutOmit = '';
    else delete section.dataset.handoutOmit;
  }
}
