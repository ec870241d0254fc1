// Getting the page ready to print: the static map figures are lazy images (hidden on screen), so before
// printing they are switched to eager and, for the "Print handout" button, awaited before the print dialog opens.

const FIGURES = 'figure.step-figure img, img[loading="lazy"]';

/** Switches every lazy image to eager loading (which starts the download) and returns them. */
export function eagerImages(root: ParentNode = document): HTMLImageElement[] {
  const imgs = [...root.querySelectorAll<HTMLImageElement>(FIGURES)];
  for (const img of imgs) if (img.loading !== 'eager') img.loading = 'eager';
  return imgs;
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
  // The handout names where it came from (print.css shows it at the top of the first page), in the page's words
  // (ui.app.printedFrom).
  document.body.dataset.printFrom = printedFrom;
  document.body.dataset.printUrl = location.origin + location.pathname;
  const onPrint = () => eagerImages();
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
