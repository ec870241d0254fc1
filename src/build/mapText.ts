// Build-time: gives each map state its words in the story's locale (label texts, legend entries, attribution)
// and the places of its country and free labels, from data/ui.<locale>.json and data/map-places.json. The map
// code then draws whatever words the state carries: no place name or legend text is written in src/.
import type { MapState } from '../lib/model/mapStateSchema.ts';
import type { MapPlaces, Ui } from '../lib/model/schema.ts';

/** The map's words for each state, or a list of problems ("map state "x", label "y": no text in …"). */
export function localiseStates(states: MapState[], text: Ui['map'], places: MapPlaces, strict = false): { states: MapState[]; problems: string[] } {
  const problems: string[] = [];
  // Another edition than the default: every state's title, description and label notes in its words
  // (map.states), every place name too (no falling back on the data's English spelling).
  if (strict && !text.states) problems.push(`map.states: missing (every map state's title, description and label notes)`);
  const out = states.map((state) => {
    const own = text.states?.[state.id];
    if (text.states && !own) problems.push(`map state "${state.id}": no title and description in map.states`);
    const s: MapState = own
      ? {
          ...state,
          title: own.title,
          description: own.description,
          labels: state.labels.map((l) => {
            if (!l.note) return l;
            const note = own.notes?.[l.ref];
            if (!note) problems.push(`map state "${state.id}", label "${l.ref}": no note for it in map.states.${state.id}.notes`);
            return { ...l, note: note ?? l.note };
          }),
        }
      : state;
    const labels = s.labels.map((l) => {
      const [kind, name] = l.ref.includes(':') ? (l.ref.split(':') as [string, string]) : ['city', l.ref];
      let words: string | undefined;
      let at: [number, number] | undefined;
      if (kind === 'city' || kind === 'district') words = text.names[name] ?? (strict ? undefined : name);
      else if (kind === 'admin') words = text.admin[name];
      else if (kind === 'country') {
        words = text.countries[name.replace(/-.*/, '')];
        at = places.countries[name];
        if (!at) problems.push(`map state "${s.id}", label "${l.ref}": no place in data/map-places.json`);
      } else if (kind === 'label') {
        words = text.free[name];
        // The oblast's labels sit on its outline's centre, worked out from the map data.
        if (name !== 'NKAO' && name !== 'oblast') {
          at = places.free[name];
          if (!at) problems.push(`map state "${s.id}", label "${l.ref}": no place in data/map-places.json`);
        }
      }
      if (!words) problems.push(`map state "${s.id}", label "${l.ref}": no words for it in the locale's map text`);
      return { ...l, text: words ?? name, ...(at ? { at } : {}) };
    });
    const legendText: Record<string, string> = {};
    for (const key of s.legend) {
      const words = text.legend[key];
      if (!words) problems.push(`map state "${s.id}", legend "${key}": no words for it in the locale's map text`);
      legendText[key] = words ?? key;
    }
    const n = s.sources?.length ?? 0;
    return { ...s, labels, legendText, attribution: text.attribution, ...(n ? { sourcesLabel: n > 1 ? text.sourcesLabel.other : text.sourcesLabel.one } : {}) };
  });
  return { states: out, problems };
}
