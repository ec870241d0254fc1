// What a map state has in view, in base units, and the zoom transform that fits it into a panel of a given size.
// A view is [cx, cy, w] (centre and width in base units), the form d3-interpolate's interpolateZoom animates.
import { BASE_H, BASE_W, resolveRef, type BaseMap } from './geo.ts';
import type { MapState } from '../model/mapStateSchema.ts';

export type View = [number, number, number];

/** A number to a tenth: what the map writes into its SVG (short, and the same on every run). */
export const round1 = (n: number) => Math.round(n * 10) / 10;
export type Box = [[number, number], [number, number]];
export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** The state's target box in base units (whole map when it says nothing). */
export function stateBox(base: BaseMap, state: MapState): Box {
  const v = state.view;
  if (v?.bbox) {
    const [w, s, e, n] = v.bbox;
    const pts = [
      base.project([w, s]),
      base.project([e, s]),
      base.project([w, n]),
      base.project([e, n]),
      base.project([(w + e) / 2, n]),
      base.project([(w + e) / 2, s]),
    ];
    return [
      [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1]))],
      [Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))],
    ];
  }
  if (v?.fit) {
    const shapes = v.fit.flatMap((r) => resolveRef(base, r));
    if (shapes.length) {
      return [
        [Math.min(...shapes.map((s) => s.bounds[0][0])), Math.min(...shapes.map((s) => s.bounds[0][1]))],
        [Math.max(...shapes.map((s) => s.bounds[1][0])), Math.max(...shapes.map((s) => s.bounds[1][1]))],
      ];
    }
  }
  return [
    [0, 0],
    [BASE_W, BASE_H],
  ];
}

/** The view that shows the box whole in a width × height panel, with a margin (px) around it. */
export function boxView(box: Box, width: number, height: number, margin = 24): View {
  const [[x0, y0], [x1, y1]] = box;
  const bw = Math.max(x1 - x0, 1);
  const bh = Math.max(y1 - y0, 1);
  const iw = Math.max(width - 2 * margin, 1);
  const ih = Math.max(height - 2 * margin, 1);
  // Base width visible across the whole panel when the box just fits the inner area.
  const k = Math.min(iw / bw, ih / bh);
  return [(x0 + x1) / 2, (y0 + y1) / 2, width / k];
}

/** The zoom transform (base → screen px) for a view in a width × height panel. */
export function viewTransform(view: View, width: number, height: number): Transform {
  const k = width / view[2];
  return { k, x: width / 2 - k * view[0], y: height / 2 - k * view[1] };
}

/** The base-unit box visible through a transform (for the locator inset). */
export function visibleBox(t: Transform, width: number, height: number): Box {
  return [
    [-t.x / t.k, -t.y / t.k],
    [(width - t.x) / t.k, (height - t.y) / t.k],
  ];
}
