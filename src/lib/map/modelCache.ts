// Each map state's layout at a panel size (its view, furniture and placed labels), worked out once: placing labels
// is the costly part. Pure: the live panel gives it the function that makes a model.
export class ModelCache<M> {
  #models = new Map<string, M>();

  /** `make` lays a state out for a width × height panel; at most `max` layouts are kept (then it starts again). */
  constructor(
    private make: (state: { id: string }, width: number, height: number) => M,
    private max = 100,
  ) {}

  get<S extends { id: string }>(state: S, width: number, height: number): M {
    const key = `${state.id} ${width}x${height}`;
    let m = this.#models.get(key);
    if (!m) {
      if (this.#models.size >= this.max) this.#models.clear();
      this.#models.set(key, (m = this.make(state, width, height)));
    }
    return m;
  }

  get size(): number {
    return this.#models.size;
  }
}
