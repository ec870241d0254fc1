// The live map's view, moving from one state's view to the next along the smooth zoom path (van Wijk and Nuij;
// zoom.ts), or at once: for the first view, after a resize, and under prefers-reduced-motion.
import type { View } from './view.ts';
import type { MapRuntime } from './loader.ts';

export class ViewTween {
  /** The view now (null until the first target). */
  view = $state.raw<View | null>(null);
  /** Moving: the labels wait, hidden, until it arrives. */
  moving = $state(false);
  #raf = 0;
  #size = '';

  /** Moves to `target` in a panel of `size` ("800x600"). */
  to(target: View, size: string, rt: Pick<MapRuntime, 'interpolateZoom' | 'easeCubicInOut'>): void {
    cancelAnimationFrame(this.#raf);
    const from = this.view;
    const resized = size !== this.#size;
    this.#size = size;
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!from || resized || reduced) {
      this.view = target;
      this.moving = false;
      return;
    }
    this.moving = true;
    const interp = rt.interpolateZoom(from, target);
    const duration = Math.min(1400, Math.max(450, interp.duration * 0.7));
    const start = performance.now();
    const tick = (now: number) => {
      const p = Math.min(1, (now - start) / duration);
      this.view = interp(rt.easeCubicInOut(p));
      if (p < 1) this.#raf = requestAnimationFrame(tick);
      else this.moving = false;
    };
    this.#raf = requestAnimationFrame(tick);
  }

  /** Puts the view at `view` in a panel of `size` without moving: the next `to` moves from there. */
  rebase(view: View, size: string): void {
    cancelAnimationFrame(this.#raf);
    this.view = view;
    this.#size = size;
    this.moving = false;
  }

  stop(): void {
    cancelAnimationFrame(this.#raf);
  }
}
