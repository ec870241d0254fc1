// The embed's wire formats (Pym.js strings, AMP and iframe.resize objects), written and parsed here for both
// sides: the embed (PymChild.ts) and our loader on the host page (embedLoader.ts, built to embed.js). Parsed
// strictly: a host page or any other frame can post anything, so only exact, bounded, well-formed messages are
// ever acted on.

/** Pym.js's field delimiter: `pym` xPYMx id xPYMx type xPYMx payload. */
export const DELIM = 'xPYMx';
/** No message we accept is longer than this; anything longer is ignored unread. */
export const MAX_MESSAGE = 400;
/** Ids we accept (Pym's auto-init makes `pym-0-abc12`; a host may use its container's id). */
const ID_RE = /^[\w.:-]{1,100}$/;
const TYPE_RE = /^[A-Za-z][\w-]{0,39}$/;
/** The id a child uses when its URL carries none (our own loader matches by window, not by id). */
export const DEFAULT_CHILD_ID = 'karabakh-embed';

export function safeChildId(raw: string | null | undefined): string {
  return raw && ID_RE.test(raw) ? raw : DEFAULT_CHILD_ID;
}

export function pymMessage(id: string, type: string, payload = ''): string {
  return ['pym', id, type, payload].join(DELIM);
}

/** A Pym message addressed to `childId`, or null for anything else. */
export function parsePym(data: unknown, childId: string): { type: string; payload: string } | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE) return null;
  const prefix = 'pym' + DELIM + childId + DELIM;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const i = rest.indexOf(DELIM);
  if (i < 1) return null;
  const type = rest.slice(0, i);
  if (!TYPE_RE.test(type)) return null;
  return { type, payload: rest.slice(i + DELIM.length) };
}

/** AMP's amp-iframe resize request. */
export const ampSize = (height: number) => ({ sentinel: 'amp', type: 'embed-size', height }) as const;
/** The iframe.resize request of Embedly- and Medium-style hosts. */
export const iframeResize = (src: string, height: number) => ({ context: 'iframe.resize', src, height }) as const;

/** A child's height message, from whatever child id (our loader learns its frame's id from it), or null. */
export function parseHeight(data: unknown): { id: string; height: number } | null {
  if (typeof data !== 'string' || data.length > 200) return null;
  const parts = data.split(DELIM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height' || !ID_RE.test(parts[1]) || !/^\d{1,7}$/.test(parts[3])) return null;
  const height = Number(parts[3]);
  return height >= 1 && height <= 1_000_000 ? { id: parts[1], height } : null;
}

/** A finite number within bounds from a plain decimal string, else null. */
export function parseNumber(s: string, min: number, max: number): number | null {
  // Plain decimals as JavaScript prints them (getBoundingClientRect values have long fractions, rarely exponents).
  if (s.length > 40 || !/^-?\d{1,9}(\.\d{1,20})?(e[+-]?\d{1,3})?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

/** Where the host's viewport is and where the iframe sits in it (px, the host's getBoundingClientRect). */
export interface HostViewport {
  width: number;
  height: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const BIG = 5_000_000;

/** Pym's `viewport-iframe-position` payload for the host's window size and the iframe's box in it (px, rounded). */
export function viewportPayload(width: number, height: number, box: { top: number; left: number; bottom: number; right: number }): string {
  return [width, height, box.top, box.left, box.bottom, box.right].map(Math.round).join(' ');
}

/** Pym's `viewport-iframe-position` payload: "vw vh top left bottom right", space separated. */
export function parseViewport(payload: string): HostViewport | null {
  if (payload.length > 200) return null;
  const parts = payload.trim().split(/ +/);
  if (parts.length !== 6) return null;
  const [width, height, top, left, bottom, right] = [
    parseNumber(parts[0], 1, 20_000),
    parseNumber(parts[1], 1, 20_000),
    parseNumber(parts[2], -BIG, BIG),
    parseNumber(parts[3], -BIG, BIG),
    parseNumber(parts[4], -BIG, BIG),
    parseNumber(parts[5], -BIG, BIG),
  ];
  if (width === null || height === null || top === null || left === null || bottom === null || right === null) return null;
  if (bottom < top || right < left) return null;
  return { width, height, top, left, bottom, right };
}

/** The parent's `width` payload (px), or null. */
export function parseWidth(payload: string): number | null {
  return parseNumber(payload.trim(), 0, 20_000);
}

/**
 * WordPress's oEmbed protocol (wp-includes/js/wp-embed.js): a WordPress host hides our iframe until it posts
 * `{ message: 'height', value, secret }` with the secret WordPress appended to its address (`#?secret=…`, letters
 * and digits only), clamps the height to 200–1000 px, and navigates its own page on `{ message: 'link', value }` to
 * an address on our host while our frame has the focus.
 */
export function wpSecret(hash: string): string | null {
  const m = /^#\?secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash.slice(0, 200));
  return m ? m[1] : null;
}
export const wpHeight = (secret: string, height: number) => ({ message: 'height', value: height, secret }) as const;
export const wpLink = (secret: string, url: string) => ({ message: 'link', value: url, secret }) as const;
