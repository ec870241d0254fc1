// Build time only: projects the map once, writes the page's map file (dist/geo/karabakh.map.json) and draws every
// map state to dist/maps/<state-id>.svg with StaticMap and svelte/server, and the live panel's first pictures to
// dist/maps/panel-<frame>/<state-id>.svg.
import { render } from 'svelte/server';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import bundle from 'virtual:story';
import StaticMap from '../lib/map/StaticMap.svelte';
import { GEO_FILE, TOPO_FILE, type BaseMap } from '../lib/map/geo.ts';
import { buildBaseMap, mapFileText } from './project.ts';
import type { MapState } from '../lib/model/mapStateSchema.ts';
import type { SourceLike } from '../lib/map/mapModel.ts';
import { FRAME_ALIGN, FRAMES, PANEL_TOP, framePicture } from '../lib/map/panel.ts';

/** One state's map as a self-contained SVG document. */
export function staticSvg(base: BaseMap, state: MapState, sources: SourceLike[] = [], words = bundle.ui.mapUi, size?: { width: number; height: number; top?: number; clear?: boolean; align?: string; texture?: boolean }): string {
  const { body } = render(StaticMap, { props: { base, state, sources, words, ...size } });
  // Drop Svelte's hydration comments and collapse whitespace between tags: a standalone, compact file.
  const svg = body
    .replace(/<!--[^]*?-->/g, '')
    .replace(/(class="[^"]*?)\s*svelte-[a-z0-9]+/g, '$1')
    .replace(/ class=""/g, '')
    .replace(/>\s+</g, '><')
    .trim();
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + svg + '\n';
}

export async function writeStaticMaps(distDir: string): Promise<BaseMap> {
  const base = buildBaseMap(JSON.parse(await readFile(join(distDir, TOPO_FILE), 'utf8')));
  await writeFile(join(distDir, GEO_FILE), mapFileText(base));
  const dir = join(distDir, 'maps');
  await mkdir(dir, { recursive: true });
  for (const state of bundle.mapStates) {
    await writeFile(join(dir, `${state.id}.svg`), staticSvg(base, state, bundle.sources));
  }
  // The live panel's first picture, in each of its reference frames (lib/map/panel.ts).
  for (const frame of FRAMES) {
    await mkdir(dirname(join(distDir, framePicture(frame, 'x'))), { recursive: true });
    for (const state of bundle.mapStates) await writeFile(join(distDir, framePicture(frame, state.id)), staticSvg(base, state, bundle.sources, bundle.ui.mapUi, { width: frame.width, height: frame.height, top: PANEL_TOP, clear: true, align: FRAME_ALIGN, texture: false }));
  }
  return base;
}
