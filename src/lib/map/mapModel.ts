// Everything a map state needs that does not change while the view animates: its target view, its furniture and
// its placed labels at a given panel size. Shared by the live panel and the static renderer.
import { BASE_W, type BaseMap } from './geo.ts';
import { FS, layoutFurniture, type Furniture } from './furniture.ts';
import { placeLabels, resolveLabels, type PlacedLabel } from './labels.ts';
import { boxView, round1, stateBox, viewTransform, type Box, type Transform, type View } from './view.ts';
import type { MapState } from '../model/mapStateSchema.ts';

export interface SourceLike {
  id: string;
  publisher: string;
  date?: string;
}

/** "Sources: AFP, 1 October 2020; Reuters, 1 October 2023" for a state's source ids ('' when none), in the state's words. */
export function sourceText(state: MapState, sources: SourceLike[] = []): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const parts = (state.sources ?? []).map((id) => byId.get(id)).filter((s) => !!s).map((s) => (s.date ? `${s.publisher}, ${s.date}` : s.publisher));
  return parts.length ? `${state.sourcesLabel ?? ''} ${parts.join('; ')}`.trim() : '';
}

export interface MapModel {
  target: View;
  t: Transform;
  /** The state's focus (its `fit` shapes or its `bbox`) in panel px under `t`: where the view puts what the step
   * talks about (the live panel exposes it as data-focus, so a test can check that no card covers it). */
  focus: Box;
  /** Worked out when first read (placing labels is the costly part: the live map's first drawing needs only t). */
  readonly furniture: Furniture;
  readonly labels: PlacedLabel[];
}

/**
 * `top`: px at the top of the panel kept free of furniture and labels (the page's timeline floats there).
 * `clear` (the live panel): the focus is fitted to the part of the panel that shows the map, above the legend (at
 * most 40% of the height goes to it), and a view that leaves room to spare above the map's edge is moved up, so
 * no empty band shows under the timeline; the slack goes to the bottom, behind the legend.
 */
export function mapModel(base: BaseMap, state: MapState, width: number, height: number, sources: SourceLike[] = [], top = 0, clear = false): MapModel {
  const [[x0, y0], [x1, y1]] = stateBox(base, state);
  const margin = width < 500 ? 14 : 28;
  const text = sourceText(state, sources);
  // The band at the bottom the legend and attribution take (its layout does not depend on the view).
  let bottom = 0;
  if (clear) {
    const f = layoutFurniture(state, width, height, { sourceText: text, showInset: false, top });
    const legendTop = f.legend.h > 0 ? f.legend.y : f.attribution.y - FS.attribution;
    bottom = Math.max(0, Math.min(height - legendTop, 0.4 * (height - top)));
  }
  // Fit the box between the reserved bands: shift the centre by half their difference (in base units, after fitting).
  const fit = boxView([[x0, y0], [x1, y1]], width, height - top - bottom, margin);
  let cy = fit[1] - ((top - bottom) / 2) * (fit[2] / width);
  const k = width / fit[2];
  if (clear) {
    // Where the map's top edge (base y = 0) and the box's top fall on screen.
    const edge = height / 2 - k * cy;
    const boxTop = height / 2 + k * (y0 - cy);
    const up = Math.min(edge - top, boxTop - top);
    if (up > 0) cy += up / k;
  }
  const target: View = [fit[0], cy, fit[2]];
  const t = viewTransform(target, width, height);
  const focus: Box = [
    [round1(t.x + t.k * x0), round1(t.y + t.k * y0)],
    [round1(t.x + t.k * x1), round1(t.y + t.k * y1)],
  ];
  let furniture: Furniture | undefined;
  let labels: PlacedLabel[] | undefined;
  return {
    target,
    t,
    focus,
    get furniture() {
      return (furniture ??= layoutFurniture(state, width, height, {
        sourceText: text,
        showInset: target[2] < BASE_W * 0.6,
        top,
      }));
    },
    get labels() {
      return (labels ??= placeLabels(resolveLabels(base, state.labels ?? []), t, width, height, this.furniture.obstacles));
    },
  };
}
