// Getting the page ready to print. The static map figures are lazy images, hidden on screen. A browser does not
// wait for the network once printing has begun (beforeprint cannot wait, and Ctrl+P, the menu and "Save as PDF"
// lay the pages out at once), so a figure that is not loaded by then prints as an empty box. Hence:
// - on a wide screen (where handouts are printed), the figures load with the page, inside its load event
//   (preloadForPrint, called by the client entry before the load event): any print after load has them all;
// - on a phone or with Save-Data they stay lazy (no reader pays for what only a printer needs), and printing
//   switches them to eager (beforeprint, the print media query) as a best effort;
// - the "Print handout" button always waits for them before it opens the print dialog.

import { applyOptions, readOptions } from './options.ts';

const FIGURES = 'figure.step-figure img, img.step-qr, img[loading="lazy"]';

/** Switches every lazy image to eager loading (which starts the download) and returns them. */
export function eagerImages(root: ParentNode = document): HTMLImageElement[] {
  const imgs = [...root.querySelectorAll<HTMLImageElement>(FIGURES)];
  for (const img of imgs) if (img.loading !== 'eager') img.loading = 'eager';
  return imgs;
}

/**
 * The handout names where it came from (print.css shows it at the top of the first page), in the page's words
 * (ui.app.printedFrom). Set by the client entry at once, so a print right after load has it too.
 */
export function markPrintOrigin(printedFrom: string): void {
  document.body.dataset.printFrom = printedFrom;
  document.body.dataset.printUrl = location.origin + location.pathname;
}

/** Where the figures load with the page: a screen wider than a phone's, and no Save-Data request. */
export const PRELOAD_MEDIA = '(min-width: 48em)';

/**
 * On a wide screen, starts loading every figure now, so that the page's load event waits for them and any later
 * print has them. Returns how many were started (0 on a phone or with Save-Data).
 */
export function preloadForPrint(): number {
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  if (saveData || !window.matchMedia?.(PRELOAD_MEDIA).matches) return 0;
  return eagerImages().length;
}

/** Resolves once every image has loaded or failed, or after `timeout` ms: a missing figure never blocks printing. */
export function imagesSettled(imgs: readonly HTMLImageElement[], timeout = 4000): Promise<void> {
  const pending = imgs.filter((img) => !img.complete);
  if (!pending.length) return Promise.resolve();
  return new Promise<void>((done) => {
    let left = pending.length;
    const timer = setTimeout(done, timeout);
    const one = () => {
      if (--left === 0) {
        clearTimeout(timer);
        done();
      }
    };
    for (const img of pending) {
      img.addEventListener('load', one, { once: true });
      img.addEventListener('error', one, { once: true });
    }
  });
}

/** The "Print handout" button: load the figures, then open the browser's print dialog. */
export async function printHandout(): Promise<void> {
  await imagesSettled(eagerImages());
  window.print();
}

/**
 * Ctrl+P and the browser's own Print menu: switch the figures to eager as soon as printing starts (beforeprint,
 * and the print media query, which is also what print emulation and PDF export trigger). Returns an uninstaller.
 */
export function installPrintHooks(printedFrom: string): () => void {
  markPrintOrigin(printedFrom);
  // The handout options chosen in this tab (the dialog's), for any print.
  const onPrint = () => {
    applyOptions(readOptions());
    eagerImages();
  };
  const mq = window.matchMedia?.('print');
  const onChange = (e: MediaQueryListEvent) => {
    if (e.matches) onPrint();
  };
  window.addEventListener('beforeprint', onPrint);
  mq?.addEventListener?.('change', onChange);
  if (mq?.matches) onPrint();
  return () => {
    window.removeEventListener('beforeprint', onPrint);
    mq?.removeEventListener?.('change', onChange);
  };
}
