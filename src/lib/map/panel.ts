// The sticky panel's first picture (#18, decision 3): before the live map's code and data arrive, the panel shows
// the state's static drawing, made at build by the same code for one of two reference frames (a phone's panel, a
// laptop's); the live map then draws the same state in the same frame, scaled into the panel the same way, so
// taking over changes nothing on screen. It leaves the frame for the panel's own size at the first change of
// state, moving from the view the frame showed, as any change of state moves.
import type { View } from './view.ts';

/** The page's timeline floats over the top of the panel: the band (px) kept clear of furniture and labels. */
export const PANEL_TOP = 44;

export interface PanelFrame {
  /** Which frame: the file is maps/panel-<id>/<state>.svg. */
  id: 'narrow' | 'wide';
  width: number;
  height: number;
}
/** The narrow frame is used where this media query matches (the layout with the map above the text). */
export const NARROW_MEDIA = '(max-width: 899px)';
export const FRAMES: { narrow: PanelFrame; wide: PanelFrame } = {
  narrow: { id: 'narrow', width: 390, height: 420 },
  wide: { id: 'wide', width: 760, height: 760 },
};

/** The frame this screen uses. */
export const currentFrame = (): PanelFrame => (typeof matchMedia === 'function' && matchMedia(NARROW_MEDIA).matches ? FRAMES.narrow : FRAMES.wide);

/** A state's first picture in a frame, relative to the page. */
export const framePicture = (frame: PanelFrame, state: string) => `maps/panel-${frame.id}/${state}.svg`;

/**
 * The view, in a width × height panel, that puts the map where the frame's drawing (its view `v`) shows it when
 * scaled into the panel whole and centred (SVG's default, xMidYMid meet).
 */
export function viewInPanel(v: View, frame: PanelFrame, width: number, height: number): View {
  const c = Math.min(width / frame.width, height / frame.height);
  // Base units per screen px in the frame, over the scale the panel adds.
  return [v[0], v[1], (width * v[2]) / (frame.width * c)];
}
