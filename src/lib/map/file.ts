// Paths of the map files relative to the page (index.html and embed.html sit side by side). On their own, so the
// page's entry can name them without sharing a chunk with the lazily loaded map code.
/** The projected map the page draws, written by the build from the TopoJSON (src/build/project.ts, mapFileText). */
export const GEO_FILE = 'geo/karabakh.map.json';
/** The map's TopoJSON (static/geo, made by npm run build:geo): the build's source, also served as open data. */
export const TOPO_FILE = 'geo/karabakh.topo.json';
