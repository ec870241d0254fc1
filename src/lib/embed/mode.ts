// How the embed lays out: 'unrolled' (framed, the host says nothing about its scroll: every step with its own
// static map), 'hosted' (the host sends its viewport: the map pinned in view), 'page' (not framed: scrolls itself).
export type EmbedMode = 'unrolled' | 'hosted' | 'page';
