// What the page shares with its islands (lib/app/islands): the active step's id, which the step islands follow (they
// mark themselves aria-current and start their counters), and the section shown by ?section= (null: all), which
// the timeline and map islands count through. Written only by App.svelte.
export const current = $state<{ id: string; section: string | null }>({ id: '', section: null });

/** What an island may ask of the page (set by App.svelte): the header's Present button. */
export const pageActions: { present?: () => void } = {};
