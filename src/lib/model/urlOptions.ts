// Reads the page's URL: its options and the step its hash names. Anything unknown or malformed falls back to the
// default, never to an error: journalists and teachers paste these URLs by hand.
export interface UrlOptions {
  /** ?section=<id>: show only this section (an id of the story), else null. */
  section: string | null;
  /** ?present (or ?present=1/true/yes): presentation mode. */
  present: boolean;
}

export function parseUrlOptions(search: string, known: { sections: readonly string[] }): UrlOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  const section = params.get('section');
  const present = params.get('present');
  return {
    section: section && known.sections.includes(section) ? section : null,
    present: present !== null && ['', '1', 'true', 'yes'].includes(present.toLowerCase()),
  };
}

/** The step index a URL hash points at, or -1. Tolerates malformed percent-encoding and absurd lengths. */
export function stepIndexFromHash(hash: string, ids: readonly string[]): number {
  if (!hash || hash.length > 200) return -1;
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    return -1;
  }
  return ids.indexOf(id);
}

/** The embed's own options: how it lays out and how much of the host's window its header covers. */
export interface EmbedOptions {
  /** ?layout=stepper|scroll forces that layout; null lets the embed decide (lib/embed/decide.ts). */
  layout: 'stepper' | 'scroll' | null;
  /** ?offset=<px>: the height of the host's sticky header (whole px, 0–300), which the pinned map stays below. */
  offset: number;
}

/** The host's header offset from a string of digits (a URL parameter or data-karabakh-offset), 0 when absent or odd. */
export function parseOffset(raw: string | null | undefined): number {
  if (!raw || !/^\d{1,4}(\.\d{1,4})?(px)?$/.test(raw.trim())) return 0;
  return Math.min(300, Math.round(Number(raw.trim().replace(/px$/, ''))));
}

export function parseEmbedOptions(search: string): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  const layout = params.get('layout')?.toLowerCase();
  return { layout: layout === 'stepper' || layout === 'scroll' ? layout : null, offset: parseOffset(params.get('offset')) };
}

/** A section's own page, beside index.html in each edition (its own title, description and social card): the
 * link the share button and the embed panel give for one section. It shows that section, as ?section=<id> does. */
export const sectionPageFile = (id: string) => `section-${id}.html`;
/** The oEmbed that section's page names (build/oembed.ts): pasted into WordPress, the page embeds that section. */
export const sectionOembedFile = (id: string) => `oembed-${id}.json`;
