// Writes a JSON array one item per line (the form data/map-states.json keeps, so a change to one item is a
// one-line diff): node scripts/format-json.mjs data/map-states.json
import { readFileSync, writeFileSync } from 'node:fs';

/** One line, with a space after every ':' and ',' between items (never inside strings). */
const line = (v) =>
  Array.isArray(v) ? '[' + v.map(line).join(', ') + ']'
  : v && typeof v === 'object' ? '{' + Object.entries(v).map(([k, x]) => JSON.stringify(k) + ': ' + line(x)).join(', ') + '}'
  : JSON.stringify(v);

for (const file of process.argv.slice(2)) {
  const items = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(items)) throw new Error(`${file}: not a JSON array`);
  writeFileSync(file, '[\n' + items.map((v) => '  ' + line(v)).join(',\n') + '\n]\n');
}
