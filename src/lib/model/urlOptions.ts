// Reads the page's URL options. Anything unknown or malformed falls back to the default, never to an error:
// journalists and teachers paste these URLs by hand.
export interface UrlOptions {
  /** ?section=<id>: show only this section (an id of the story), else null. */
  section: string | null;
  /** ?present (or ?present=1/true/yes): presentation mode. */
  present: boolean;
  /** ?lang=<code>: a locale the story exists in, else the default. */
  lang: string;
}

export function parseUrlOptions(
  search: string,
  known: { sections: readonly string[]; locales?: readonly string[]; defaultLang?: string },
): UrlOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  const section = params.get('section');
  const present = params.get('present');
  const lang = params.get('lang');
  const defaultLang = known.defaultLang ?? 'en';
  return {
    section: section && known.sections.includes(section) ? section : null,
    present: present !== null && ['', '1', 'true', 'yes'].includes(present.toLowerCase()),
    lang: lang && (known.locales ?? [defaultLang]).includes(lang) ? lang : defaultLang,
  };
}
