// Place names on the map: both forms where the sides differ (FACTS.md §1c), and where name-only labels sit.

/** Armenian-usage / Azerbaijani-usage pairs, in the explainer's order. */
export const DUAL_NAMES: Record<string, string> = {
  Stepanakert: 'Stepanakert / Khankendi',
  Shusha: 'Shusha / Shushi',
  Lachin: 'Lachin / Berdzor',
  Kalbajar: 'Kalbajar / Karvachar',
  Aghdam: 'Aghdam / Akna',
  Martakert: 'Martakert / Aghdara',
  Martuni: 'Martuni / Khojavend',
};

/** Country names, placed at a point well inside each country's visible part. */
export const COUNTRY_AT: Record<string, [number, number]> = {
  Armenia: [44.75, 40.1],
  Azerbaijan: [48.3, 40.55],
  Georgia: [44.2, 42.05],
  Russia: [46.3, 42.75],
  Iran: [47.4, 37.9],
  Turkey: [42.9, 39.6],
  // Placements for close-ups of Nagorno-Karabakh, where the main ones are out of view.
  'Armenia-nk': [45.8, 39.66],
  'Azerbaijan-nk': [47.55, 40.2],
};

/** Free labels: water, regions. */
export const FREE_LABELS: Record<string, { text: string; at: [number, number] }> = {
  'Caspian Sea': { text: 'Caspian Sea', at: [50.1, 39.3] },
  'Lake Sevan': { text: 'Lake Sevan', at: [45.3, 40.35] },
  Nakhchivan: { text: 'Nakhchivan (Azerbaijan)', at: [45.25, 39.38] },
  'line-1994': { text: 'Line of contact, 1994', at: [47.25, 40.05] },
  corridor: { text: 'Lachin corridor (schematic)', at: [46.3, 39.65] },
  exodus: { text: 'Route to Goris, September 2023 (schematic)', at: [46.3, 39.45] },
  transit: { text: 'Planned transit route (schematic)', at: [46.1, 38.8] },
};

/** Admin-1 units named on the map, with their country. */
export const ADMIN_NAMES: Record<string, string> = {
  Tavush: 'Tavush (Armenia)',
  Tovuz: 'Tovuz (Azerbaijan)',
  Qazakh: 'Gazakh (Azerbaijan)',
  Syunik: 'Syunik (Armenia)',
};

export const dualName = (name: string) => DUAL_NAMES[name] ?? name;
