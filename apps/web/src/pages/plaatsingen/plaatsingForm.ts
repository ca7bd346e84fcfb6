import type { DuurzaamheidMoment, PlaatsingInput } from '../../api/plaatsingen';
import type { PlaatsingType } from '../../api/types';
import type { PlaatsingGegevens } from '../../api/voorstellen';
import { t } from '../../i18n/nl';
import { parseGetal } from '../../lib/format';

const p = t.pijplijn;

/** A plaatsing as the user types it. */
export interface PlaatsingFormValues {
  werkgeverId: string;
  type: string;
  startDatum: string;
  eindDatum: string;
  urenPerWeek: string;
}

export const PLAATSING_FIELDS = ['werkgeverId', 'type', 'startDatum', 'eindDatum', 'urenPerWeek'] as const;

export const LEGE_PLAATSING: PlaatsingFormValues = {
  werkgeverId: '',
  type: '',
  startDatum: '',
  eindDatum: '',
  urenPerWeek: '',
};

/** The plaatsing itself, without who (a voorstel on the pipeline already knows the werkgever). */
export type PlaatsingGegevensValues = Omit<PlaatsingFormValues, 'werkgeverId'>;

/** Checks type, dates and hours and builds the plaatsing's gegevens. */
export function toPlaatsingGegevens(values: PlaatsingGegevensValues): {
  gegevens?: PlaatsingGegevens & { eindDatum: string | null };
  fields: Record<string, string>;
} {
  const fields: Record<string, string> = {};
  if (!values.type) fields.type = t.algemeen.kiesEen;
  if (!values.startDatum) fields.startDatum = t.fouten.verplicht(p.startDatum);
  if (values.startDatum && values.eindDatum && values.eindDatum < values.startDatum)
    fields.eindDatum = t.plaatsingen.eindVoorStart;
  const uren = parseGetal(values.urenPerWeek);
  if (uren === null || uren < 1 || uren > 60) fields.urenPerWeek = p.urenOngeldig;
  if (Object.keys(fields).length) return { fields };
  return {
    fields,
    gegevens: {
      type: values.type as PlaatsingType,
      startDatum: values.startDatum,
      eindDatum: values.eindDatum || null,
      urenPerWeek: uren!,
    },
  };
}

/** Checks the form and builds the input of maakPlaatsing for this candidate. */
export function toPlaatsingInput(
  kandidaatId: string,
  { werkgeverId, ...values }: PlaatsingFormValues,
): { input?: PlaatsingInput; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (!werkgeverId) fields.werkgeverId = t.plaatsingen.kiesWerkgever;
  const { gegevens, fields: gegevensFields } = toPlaatsingGegevens(values);
  Object.assign(fields, gegevensFields);
  if (!gegevens || Object.keys(fields).length) return { fields };
  return { fields, input: { kandidaatId, werkgeverId, ...gegevens } };
}

/** What is known of one duurzaamheid checkpoint of a plaatsing, as a sentence. */
export function meting(aanHetWerk: boolean | null, gemetenOp: string | null, datum: (iso: string) => string): string {
  if (aanHetWerk === null || !gemetenOp) return t.plaatsingen.nietGemeten;
  return aanHetWerk ? t.plaatsingen.aanHetWerk(datum(gemetenOp)) : t.plaatsingen.nietAanHetWerk(datum(gemetenOp));
}

export const MOMENTEN: DuurzaamheidMoment[] = ['ZES_MAANDEN', 'TWAALF_MAANDEN'];
