// Everything a map state needs that does not change while the view animates: its target view, its furniture and
// its placed labels at a given panel size. Shared by the live panel and the static renderer.
import { BASE_W, type BaseMap } from './geo.ts';
import { layoutFurniture, type Furniture } from './furniture.ts';
import { placeLabels, resolveLabels, type PlacedLabel } from './labels.ts';
import { boxView, stateBox, viewTransform, type Transform, type View } from './view.ts';
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
  /** Worked out when first read (placing labels is the costly part: the live map's first drawing needs only t). */
  readonly furniture: Furniture;
  readonly labels: PlacedLabel[];
}

/** `top`: px at the top of the panel kept free of furniture and labels (the page's timeline floats there). */
export function mapModel(base: BaseMap, state: MapState, width: number, height: number, sources: SourceLike[] = [], top = 0): MapModel {
  const [[x0, y0], [x1, y1]] = stateBox(base, state);
  // Fit the box below the reserved band: shift the centre down by half the band (in base units, after fitting).
  const margin = width < 500 ? 14 : 28;
  const fit = boxView([[x0, y0], [x1, y1]], width, height - top, margin);
  const target: View = [fit[0], fit[1] - (top / 2) * (fit[2] / width), fit[2]];
  const t = viewTransform(target, width, height);
  let furniture: Furniture | undefined;
  let labels: PlacedLabel[] | undefined;
  return {
    target,
    t,
    get furniture() {
      return (furniture ??= layoutFurniture(state, width, height, {
        sourceText: sourceText(state, sources),
        showInset: target[2] < BASE_W * 0.6,
        top,
      }));
    },
    get labels() {
      return (labels ??= placeLabels(resolveLabels(base, state.labels ?? []), t, width, height, this.furniture.obstacles));
    },
  };
}
