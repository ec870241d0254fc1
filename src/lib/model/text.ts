// Step text is plain prose with inline source references written [^source-id]; this splits it for rendering
// and lets tests and the build find every reference.
export type Segment = { type: 'text'; value: string } | { type: 'ref'; id: string };

const REF = /\[\^([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export function parseText(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    if (m.index! > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({ type: 'ref', id: m[1] });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** The source ids a piece of text cites, in order of first use. */
export function refsIn(text: string): string[] {
  return [...new Set([...text.matchAll(REF)].map((m) => m[1]))];
}

/** The text as a reader sees it, without reference markers. */
export function plainText(text: string): string {
  return text.replace(REF, '');
}
