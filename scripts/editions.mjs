// The editions of data/locales.json, read the same way by the build, the oEmbed plugin, the bench and the tests:
// the default edition first, at the site's root; every other in a folder named by its code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * @typedef {{ code: string, name: string, og: string, isDefault: boolean, dir: string, prefix: string }} Edition
 *   `dir`: its folder under dist/ ('' for the default, 'fr'); `prefix`: the same in URLs ('' or '/fr').
 */

/** @param {string} [dataDir] the folder holding locales.json (default: the project's data/) @returns {Edition[]} */
export function readEditions(dataDir = resolve(import.meta.dirname, '../data')) {
  const file = resolve(dataDir, 'locales.json');
  /** @type {{ default: string, locales: { code: string, name: string, og: string }[] }} */
  const conf = JSON.parse(readFileSync(file, 'utf8'));
  if (!conf.locales.some((l) => l.code === conf.default)) throw new Error(`Invalid data in ${file}: the default "${conf.default}" is not listed`);
  const ordered = [...conf.locales.filter((l) => l.code === conf.default), ...conf.locales.filter((l) => l.code !== conf.default)];
  return ordered.map((l) => {
    const isDefault = l.code === conf.default;
    return { ...l, isDefault, dir: isDefault ? '' : l.code, prefix: isDefault ? '' : `/${l.code}` };
  });
}
