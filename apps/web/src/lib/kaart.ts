/** Map settings and the pure parts of the maps: which tiles, and which points and circle to draw. */

export interface KaartTegels {
  url: string;
  /** HTML, as the tile server asks to credit it. */
  bron: string;
}

export interface KaartPunt {
  id: string;
  lat: number;
  lon: number;
  /** The link's accessible name: what the marker stands for. */
  naam: string;
  href: string;
}

/** The centre of the map (the search postcode, or the kans' vestiging), with the distance circle when `km` is given. */
export interface KaartCentrum {
  lat: number;
  lon: number;
  km?: number;
}

const OSM: KaartTegels = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  bron: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bijdragers',
};

/** The tile server from VITE_KAART_TEGELS (and its credit from VITE_KAART_BRON); OpenStreetMap otherwise. */
export function kaartTegels(tegels?: string, bron?: string): KaartTegels {
  const url = tegels?.trim();
  return url ? { url, bron: bron?.trim() ?? '' } : OSM;
}

/** Things with a place → map points; those without coordinates are left out (the list still shows them). */
export function kaartPunten<T>(
  items: readonly T[],
  plek: (item: T) => { lat: number; lon: number } | null | undefined,
  punt: (item: T) => Omit<KaartPunt, 'lat' | 'lon'>,
): KaartPunt[] {
  return items.flatMap((item) => {
    const p = plek(item);
    return p && Number.isFinite(p.lat) && Number.isFinite(p.lon) ? [{ ...punt(item), lat: p.lat, lon: p.lon }] : [];
  });
}

/**
 * Points on the same spot (several kansen at one vestiging) would hide under one pin: each gets a sideways
 * shift in pixels, so the pins stand in a row centred on the spot and every one can be seen and clicked.
 */
export function verschuivingen(punten: readonly KaartPunt[], breedte = 24): Map<string, number> {
  const perPlek = new Map<string, string[]>();
  for (const punt of punten) {
    const plek = `${punt.lat},${punt.lon}`;
    perPlek.set(plek, [...(perPlek.get(plek) ?? []), punt.id]);
  }
  const uit = new Map<string, number>();
  for (const ids of perPlek.values()) ids.forEach((id, i) => uit.set(id, (i - (ids.length - 1) / 2) * breedte));
  return uit;
}
