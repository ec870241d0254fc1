// What the live map needs once its data arrives, in one lazily loaded chunk, so the drawing code stays out of the
// page's first-load JavaScript. d3-geo and topojson-client are not here: the build projects the map.
export { decodeBaseMap } from './decode.ts';
export { mapModel } from './mapModel.ts';
export { viewTransform } from './view.ts';
export { interpolateZoom } from './zoom.ts';
export { easeCubicInOut } from 'd3-ease';
export { default as MapSvg } from './MapSvg.svelte';
