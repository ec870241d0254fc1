// One requestAnimationFrame loop drives every running counter (a step may hold several): each frame calls the
// jobs with their eased progress, and the loop stops when none is left. No layout is read.
import { easeCubicOut } from 'd3-ease';

interface Job {
  start: number;
  duration: number;
  frame: (t: number) => void;
  done: () => void;
}

const jobs = new Set<Job>();
let raf = 0;

function tick(now: number) {
  for (const job of jobs) {
    if (job.start < 0) job.start = now;
    const t = job.duration > 0 ? Math.min(1, (now - job.start) / job.duration) : 1;
    job.frame(easeCubicOut(t));
    if (t >= 1) {
      jobs.delete(job);
      job.done();
    }
  }
  raf = jobs.size ? requestAnimationFrame(tick) : 0;
}

/**
 * Calls `frame` with the eased progress (0–1) once per animation frame for `duration` ms, then `done`.
 * Returns a function that stops it early (without calling `done`).
 */
export function tween(duration: number, frame: (t: number) => void, done: () => void = () => {}): () => void {
  const job: Job = { start: -1, duration, frame, done };
  jobs.add(job);
  if (!raf) raf = requestAnimationFrame(tick);
  return () => {
    jobs.delete(job);
  };
}

/** Whether the reader asked for reduced motion (false where there is no matchMedia, e.g. on the server). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
