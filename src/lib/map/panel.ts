// The sticky panel's first picture (#18, decision 3): before the live map's code and data arrive, the panel shows
// the state's static drawing, made at build by the same code for one of three reference frames (FRAMES), scaled
// into the panel whole, at its top; the live map then draws the same state in the same frame, scaled into the panel the same way, so
// taking over changes nothing on screen. It leaves the frame for the panel's own size at the first change of
// state, moving from the view the frame showed, as any change of state moves.
import type { View } from './view.ts';

/** The page's timeline floats over the top of the panel: the band (px) kept clear of furniture and labels. */
export const PANEL_TOP = 44;

export interface PanelFrame {
  /** Which frame: the file is maps/panel-<id>/<state>.svg. */
  id: 'narrow' | 'short' | 'wide';
  width: number;
  height: number;
  /** Where the frame is used (the first that matches); none: everywhere else. The layouts are app.css's and Scrolly's. */
  media?: string;
}
/**
 * The reference frames, near the panel's size in each layout: a phone held upright (the map over the top half of
 * the screen), a landscape phone or a laptop zoomed in (the map in a narrow column beside the text), and a laptop.
 */
export const FRAMES: PanelFrame[] = [
  { id: 'narrow', width: 390, height: 380, media: '(max-width: 899.98px) and (orientation: portrait), (max-width: 599.98px)' },
  { id: 'short', width: 300, height: 400, media: '(max-width: 899.98px)' },
  { id: 'wide', width: 760, height: 760 },
];

/** The frame this screen uses. */
export const currentFrame = (): PanelFrame =>
  FRAMES.find((f) => !f.media || (typeof matchMedia === 'function' && matchMedia(f.media).matches)) ?? FRAMES[FRAMES.length - 1];

/** A state's first picture in a frame, relative to the page. */
export const framePicture = (frame: PanelFrame, state: string) => `maps/panel-${frame.id}/${state}.svg`;

/** How a frame's drawing sits in the panel: whole, centred across, at the top (the date strip's band stays where
 * the live map keeps it, and no empty band opens under it). */
export const FRAME_ALIGN = 'xMidYMin meet';

/** The scale and offset (px) that put a frame's drawing into a width × height panel (FRAME_ALIGN). */
export function frameFit(frame: PanelFrame, width: number, height: number): { c: number; dx: number; dy: number } {
  const c = Math.min(width / frame.width, height / frame.height);
  return { c, dx: (width - c * frame.width) / 2, dy: 0 };
}

/**
 * The view, in a width × height panel, that puts the map where the frame's drawing (its view `v`) shows it when
 * scaled into the panel by FRAME_ALIGN.
 */
export function viewInPanel(v: View, frame: PanelFrame, width: number, height: number): View {
  const { c, dy } = frameFit(frame, width, height);
  // Base units per frame unit; the panel's centre, in frame units, lies (height / 2 - dy) / c from the frame's top.
  const u = v[2] / frame.width;
  return [v[0], v[1] + ((height / 2 - dy) / c - frame.height / 2) * u, (width * u) / c];
}
