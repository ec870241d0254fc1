// Only one footnote pop-up is open at a time: opening one closes the one before.
let closeOpen: (() => void) | null = null;

/** Registers `close` as the open pop-up's closer, closing any other first. */
export function claimOpen(close: () => void) {
  if (closeOpen && closeOpen !== close) closeOpen();
  closeOpen = close;
}

export function releaseOpen(close: () => void) {
  if (closeOpen === close) closeOpen = null;
}
