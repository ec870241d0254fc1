// The presentation-mode URL: ?present added to or removed from the page's other options, with the step as hash.

/** The search string with ?present switched on or off, other parameters kept in order. */
export function withPresent(search: string, on: boolean): string {
  const params = new URLSearchParams(search);
  params.delete('present');
  const rest = params.toString();
  if (!on) return rest ? '?' + rest : '';
  return rest ? `?${rest}&present` : '?present';
}

/** A same-document URL (path, search, hash) for the step, in or out of presentation mode. */
export function presentHref(loc: Pick<Location, 'pathname' | 'search'>, on: boolean, stepId: string): string {
  return loc.pathname + withPresent(loc.search, on) + '#' + encodeURIComponent(stepId);
}

/** The presenter window's address: the same presentation with `presenter` added (notes, next step, clock). */
export function presenterHref(loc: Pick<Location, 'pathname' | 'search'>, stepId: string): string {
  const params = new URLSearchParams(withPresent(loc.search, true));
  params.delete('presenter');
  return loc.pathname + '?' + (params.toString().replace(/=(&|$)/g, '$1') + '&presenter') + '#' + encodeURIComponent(stepId);
}

/** This window is the presenter window. */
export const isPresenter = (search: string) => new URLSearchParams(search).has('presenter');
