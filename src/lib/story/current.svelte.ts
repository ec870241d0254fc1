// The active step's id, shared between the page (which the scroll engine drives) and the step islands (which
// mark themselves aria-current and start their counters). Written only by App.svelte.
export const current = $state({ id: '' });
