// How the embed lays out: 'unrolled' (framed, the host says nothing about its scroll: every step with its own
// static map), 'hosted' (the host sends its viewport: the map pinned in view), 'stepper' (the frame cannot grow to
// the story's height: one step at a time over the map, with Previous/Next; see decide.ts), 'page' (not framed:
// scrolls itself).
export type EmbedMode = 'unrolled' | 'hosted' | 'stepper' | 'page';
