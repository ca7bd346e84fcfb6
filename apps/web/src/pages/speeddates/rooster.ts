import type {
  SpeeddateGesprek,
  SpeeddatePlanning,
  SpeeddatePlanningStatus,
  SpeeddateTafel,
  SpeeddateTafelRonde,
} from '../../api/speeddates';

/** The planning job is still running: keep asking for its progress. */
export function planningLoopt(status: SpeeddatePlanningStatus | undefined): boolean {
  return status === 'WACHTRIJ' || status === 'BEZIG';
}

/** How close the schedule comes to the upper bound, in whole percent; null before a schedule exists. */
export function kwaliteitProcent(planning: Pick<SpeeddatePlanning, 'totaleWaarde' | 'bovengrens'>): number | null {
  const { totaleWaarde, bovengrens } = planning;
  if (totaleWaarde === null || bovengrens === null) return null;
  if (bovengrens <= 0) return 100;
  return Math.min(100, Math.round((totaleWaarde / bovengrens) * 100));
}

export interface RasterRij {
  ronde: number;
  start: string;
  /** Per column (table, in the order of `kolommen`): the candidate's code, or null for a free table. */
  codes: (string | null)[];
}

/** The table plan as a grid: a row per round, a column per table that is still coming. */
export function tafelplanRaster(
  plan: readonly SpeeddateTafelRonde[],
  tafels: readonly Pick<SpeeddateTafel, 'nummer' | 'werkgeverNaam' | 'afgemeld'>[],
): { kolommen: { nummer: number; werkgeverNaam: string }[]; rijen: RasterRij[] } {
  const kolommen = tafels
    .filter((tafel) => !tafel.afgemeld)
    .map(({ nummer, werkgeverNaam }) => ({ nummer, werkgeverNaam }))
    .sort((a, b) => a.nummer - b.nummer);
  const rijen = [...plan]
    .sort((a, b) => a.ronde - b.ronde)
    .map((ronde) => {
      const code = new Map(ronde.gesprekken.map((g) => [g.tafelNummer, g.kandidaatCode]));
      return { ronde: ronde.ronde, start: ronde.start, codes: kolommen.map((k) => code.get(k.nummer) ?? null) };
    });
  return { kolommen, rijen };
}

export interface TafelGesprekken {
  tafelId: string;
  tafelNummer: number;
  werkgeverNaam: string;
  gesprekken: SpeeddateGesprek[];
}

/** The meetings grouped per table (by table number), each table's meetings by round. */
export function perTafel(gesprekken: readonly SpeeddateGesprek[]): TafelGesprekken[] {
  const tafels = new Map<string, TafelGesprekken>();
  for (const g of gesprekken) {
    const tafel = tafels.get(g.tafelId) ?? {
      tafelId: g.tafelId,
      tafelNummer: g.tafelNummer,
      werkgeverNaam: g.werkgeverNaam,
      gesprekken: [],
    };
    tafel.gesprekken.push(g);
    tafels.set(g.tafelId, tafel);
  }
  return [...tafels.values()]
    .sort((a, b) => a.tafelNummer - b.tafelNummer)
    .map((tafel) => ({ ...tafel, gesprekken: [...tafel.gesprekken].sort((a, b) => a.ronde - b.ronde) }));
}

/** Rounds 1 … n as the options of a select. */
export function rondeOpties(rondes: number): { value: string; label: string }[] {
  return Array.from({ length: rondes }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
}
