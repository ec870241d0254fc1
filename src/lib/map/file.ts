// Path of the map file relative to the page (index.html and embed.html sit side by side). On its own, so the
// page's entry can name it without sharing a chunk with the lazily loaded map code.
export const GEO_FILE = 'geo/karabakh.topo.json';
