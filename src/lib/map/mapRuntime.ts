// What the live map needs once its data arrives, in one lazily loaded chunk, so d3-geo and the drawing code stay
// out of the page's first-load JavaScript.
export { buildBaseMap } from './project.ts';
export { mapModel } from './mapModel.ts';
export { viewTransform } from './view.ts';
export { interpolateZoom } from 'd3-interpolate';
export { easeCubicInOut } from 'd3-ease';
export { default as MapSvg } from './MapSvg.svelte';
