import {
  type ParameterSet,
  type SroiContract,
  type SroiInzet as DomeinInzet,
  type SroiVoortgang as DomeinVoortgang,
  sroiVoortgang,
} from '@matchpunt/domain';
import { EntityManager } from 'typeorm';
import { SroiInzetSoort } from '../sroi.enums';

/** An effort as the rules see it; a linked plaatsing supplies its own dates and hours. */
export interface InzetRij {
  id: string;
  verplichting_id: string;
  soort: SroiInzetSoort;
  categorie: string | null;
  uren_per_week: string | null;
  start_datum: string | null;
  eind_datum: string | null;
  bonussen: string[];
  datum: string | null;
  factuurbedrag: string | null;
  uren: string | null;
}

export interface ContractRij {
  contractwaarde: string;
  sroi_percentage: string;
  start_datum: string;
  eind_datum: string;
}

/**
 * The efforts of some obligations, by obligation id, in the order they were added. Reads the plaatsing table for
 * linked placements (their dates and hours are the truth; a set-based join, also for the daily job).
 */
export async function laadInzet(manager: EntityManager, verplichtingIds: readonly string[]): Promise<Map<string, InzetRij[]>> {
  const rows: InzetRij[] = verplichtingIds.length
    ? await manager.query(
        `SELECT i.id, i.verplichting_id, i.soort, i.categorie,
                coalesce(p.uren_per_week::text, i.uren_per_week::text) AS uren_per_week,
                (CASE WHEN p.id IS NULL THEN i.start_datum ELSE p.start_datum END)::text AS start_datum,
                (CASE WHEN p.id IS NULL THEN i.eind_datum ELSE p.eind_datum END)::text AS eind_datum,
                i.bonussen, i.datum::text AS datum, i.factuurbedrag::text AS factuurbedrag, i.uren::text AS uren
         FROM sroi_inzet i LEFT JOIN plaatsing p ON p.id = i.plaatsing_id
         WHERE i.verplichting_id = ANY($1::uuid[]) ORDER BY i.created_at, i.id`,
        [verplichtingIds],
      )
    : [];
  const perVerplichting = new Map<string, InzetRij[]>(verplichtingIds.map((id) => [id, []]));
  for (const row of rows) perVerplichting.get(row.verplichting_id)?.push(row);
  return perVerplichting;
}

export function contract(v: ContractRij): SroiContract {
  return { contractwaarde: v.contractwaarde, sroiPercentage: v.sroi_percentage, startDatum: v.start_datum, eindDatum: v.eind_datum };
}

export function naarDomein(rij: InzetRij): DomeinInzet {
  switch (rij.soort) {
    case SroiInzetSoort.INKOOP:
      return { soort: 'INKOOP', id: rij.id, datum: rij.datum as string, factuurbedragExclBtw: rij.factuurbedrag as string };
    case SroiInzetSoort.VRIJWILLIGERSWERK:
      return { soort: 'VRIJWILLIGERSWERK', id: rij.id, datum: rij.datum as string, uren: rij.uren as string };
    default:
      return {
        soort: 'PLAATSING',
        id: rij.id,
        categorie: rij.categorie as string,
        ...(rij.uren_per_week !== null && { urenPerWeek: rij.uren_per_week }),
        startDatum: rij.start_datum as string,
        eindDatum: rij.eind_datum,
        bonussen: rij.bonussen,
      };
  }
}

/** Progress of one obligation on `peildatum` with its own parameter set (pure). */
export function voortgang(v: ContractRij, inzet: readonly InzetRij[], set: ParameterSet, peildatum: string): DomeinVoortgang {
  return sroiVoortgang({ contract: contract(v), inzet: inzet.map(naarDomein), peildatum }, set);
}
