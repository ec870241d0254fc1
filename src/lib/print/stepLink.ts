// The handout's way back from paper: each step's address on the live site (…/<edition>/#<step-id>), printed
// beside a QR code of the same address (dist/qr/<step-id>.svg, drawn at build by src/build/qrCodes.ts).
// An absolute address needs the site's public URL, which only the build knows (KE_SITE_URL, given to the client
// as __KE_SITE_URL__ by vite.config.ts). Without it (a local or development build) the handout prints no link and
// no code rather than one that leads nowhere.
import type { LocaleLink } from '../model/bundle.ts';

/** The site's public address (the default edition's), '' when the build was not given one. */
export const SITE_URL: string = typeof __KE_SITE_URL__ === 'string' ? __KE_SITE_URL__ : '';

/** The live page of this edition at step `id`, or null without a site URL. */
export function stepUrl(id: string, locales: readonly LocaleLink[], siteUrl = SITE_URL): string | null {
  if (!siteUrl) return null;
  const base = siteUrl.endsWith('/') ? siteUrl : siteUrl + '/';
  const here = locales.find((l) => l.current);
  const edition = new URL(here && !here.isDefault ? `${here.code}/` : '', base);
  return `${edition.href}#${id}`;
}

/** The printed form: the address without its scheme ("example.org/karabakh/fr/#oblast-1923"). */
export const shortUrl = (url: string) => url.replace(/^https?:\/\//, '');

/** The step's QR code file, relative to the edition's page. */
export const qrFile = (id: string) => `qr/${id}.svg`;
