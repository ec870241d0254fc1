// The map's copy of d3-interpolate's interpolateZoom (src/lib/map/zoom.ts) moves exactly as the package does.
import { describe, expect, it } from 'vitest';
import { interpolateZoom as d3Zoom } from 'd3-interpolate';
import { interpolateZoom } from '../../src/lib/map/zoom.ts';
import type { View } from '../../src/lib/map/view.ts';

const pairs: [View, View][] = [
  [[500, 360, 1000], [560, 400, 180]], // whole region → the NKAO
  [[560, 400, 180], [300, 500, 240]], // across the map at a close zoom
  [[500, 360, 1000], [500, 360, 250]], // zoom only, same centre
  [[420, 330, 300], [420.0000001, 330, 300]], // next to no move
];

describe('interpolateZoom', () => {
  it.each(pairs)('from %j to %j: every point of the path and the duration as d3-interpolate', (a, b) => {
    const mine = interpolateZoom(a, b);
    const theirs = d3Zoom(a, b);
    expect(mine.duration).toBeCloseTo(theirs.duration, 9);
    for (let t = 0; t <= 1; t += 0.05) {
      const [x, y, w] = mine(t);
      const [ex, ey, ew] = theirs(t);
      expect(x).toBeCloseTo(ex, 9);
      expect(y).toBeCloseTo(ey, 9);
      expect(w).toBeCloseTo(ew, 9);
    }
    expect(mine(0)).toEqual([a[0], a[1], expect.closeTo(a[2], 9)]);
  });
});
