// Only one footnote pop-up is open at a time on a page: opening one closes the one before. One per page (in the
// sources context), shared by the page and every island.
export class OpenPopup {
  #close: (() => void) | null = null;

  /** Registers `close` as the open pop-up's closer, closing any other first. */
  claim(close: () => void): void {
    if (this.#close && this.#close !== close) this.#close();
    this.#close = close;
  }

  release(close: () => void): void {
    if (this.#close === close) this.#close = null;
  }
}
