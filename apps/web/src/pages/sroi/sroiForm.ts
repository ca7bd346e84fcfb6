import type { SroiBouwblok, SroiInzetInput, SroiInzetSoort, SroiVerplichtingInput } from '../../api/sroi';
import { t } from '../../i18n/nl';
import { parseBedrag, parseDecimal } from '../../lib/geld';

const s = t.sroi;

/** A form turned into a mutation input, or the messages per field when it cannot be. */
export type Omgezet<T> = { input: T; fields?: undefined } | { input?: undefined; fields: Record<string, string> };

export function klaar<T>(input: T, fields: Record<string, string>): Omgezet<T> {
  return Object.keys(fields).length ? { fields } : { input };
}

export interface VerplichtingFormValues {
  werkgeverId: string;
  gemeenteId: string;
  contractnaam: string;
  contractwaarde: string;
  sroiPercentage: string;
  startDatum: string;
  eindDatum: string;
}

export const VERPLICHTING_FIELDS = [
  'werkgeverId',
  'gemeenteId',
  'contractnaam',
  'contractwaarde',
  'sroiPercentage',
  'startDatum',
  'eindDatum',
] as const;

/** The new-obligation form → maakSroiVerplichting's input; an empty percentage takes the set's default. */
export function verplichtingInput(values: VerplichtingFormValues): Omgezet<SroiVerplichtingInput> {
  const fields: Record<string, string> = {};
  if (!values.werkgeverId) fields.werkgeverId = s.kiesWerkgever;
  if (!values.gemeenteId) fields.gemeenteId = s.kiesGemeente;
  if (!values.contractnaam.trim()) fields.contractnaam = t.fouten.verplicht(s.contractnaam);
  const contractwaarde = parseBedrag(values.contractwaarde);
  if (contractwaarde === null) fields.contractwaarde = s.bedragOngeldig;
  const percentage = values.sroiPercentage.trim() ? parseDecimal(values.sroiPercentage) : undefined;
  if (percentage === null) fields.sroiPercentage = s.percentageOngeldig;
  if (!values.startDatum) fields.startDatum = s.datumNodig;
  if (!values.eindDatum) fields.eindDatum = s.datumNodig;
  return klaar(
    {
      werkgeverId: values.werkgeverId,
      gemeenteId: values.gemeenteId,
      contractnaam: values.contractnaam.trim(),
      contractwaarde: contractwaarde ?? '',
      ...(percentage && { sroiPercentage: percentage }),
      startDatum: values.startDatum,
      eindDatum: values.eindDatum,
    },
    fields,
  );
}

export interface InzetFormValues {
  soort: SroiInzetSoort | '';
  categorie: string;
  omschrijving: string;
  urenPerWeek: string;
  startDatum: string;
  eindDatum: string;
  datum: string;
  factuurbedragExclBtw: string;
  uren: string;
}

export const LEGE_INZET: InzetFormValues = {
  soort: '',
  categorie: '',
  omschrijving: '',
  urenPerWeek: '',
  startDatum: '',
  eindDatum: '',
  datum: '',
  factuurbedragExclBtw: '',
  uren: '',
};

export const INZET_FIELDS = Object.keys(LEGE_INZET);

/** Whether a bouwblok is valued per year of work, so it needs the hours per week. */
export function vraagtUren(bouwblok: SroiBouwblok | undefined): boolean {
  return bouwblok?.waardering === 'JAARWAARDE';
}

/** The add-inzet form → voegSroiInzetToe's input: only the fields its kind uses. */
export function inzetInput(values: InzetFormValues, bouwblokken: readonly SroiBouwblok[]): Omgezet<SroiInzetInput> {
  const fields: Record<string, string> = {};
  const omschrijving = values.omschrijving.trim() || undefined;
  if (values.soort === 'PLAATSING') {
    const bouwblok = bouwblokken.find((b) => b.code === values.categorie);
    if (!bouwblok) fields.categorie = s.kiesCategorie;
    const uren = vraagtUren(bouwblok) ? parseDecimal(values.urenPerWeek) : undefined;
    if (uren === null) fields.urenPerWeek = s.urenOngeldig;
    if (!values.startDatum) fields.startDatum = s.datumNodig;
    return klaar(
      {
        soort: 'PLAATSING',
        categorie: values.categorie,
        startDatum: values.startDatum,
        ...(omschrijving && { omschrijving }),
        ...(uren && { urenPerWeek: uren }),
        ...(values.eindDatum && { eindDatum: values.eindDatum }),
      },
      fields,
    );
  }
  if (values.soort === 'INKOOP') {
    const bedrag = parseBedrag(values.factuurbedragExclBtw);
    if (bedrag === null) fields.factuurbedragExclBtw = s.bedragOngeldig;
    if (!values.datum) fields.datum = s.datumNodig;
    return klaar(
      {
        soort: 'INKOOP',
        datum: values.datum,
        factuurbedragExclBtw: bedrag ?? '',
        ...(omschrijving && { omschrijving }),
      },
      fields,
    );
  }
  if (values.soort === 'VRIJWILLIGERSWERK') {
    const uren = parseDecimal(values.uren);
    if (uren === null) fields.uren = s.urenOngeldig;
    if (!values.datum) fields.datum = s.datumNodig;
    return klaar(
      { soort: 'VRIJWILLIGERSWERK', datum: values.datum, uren: uren ?? '', ...(omschrijving && { omschrijving }) },
      fields,
    );
  }
  return { fields: { soort: t.algemeen.kiesEen } };
}

/** The share of the obligation realised, for a progress bar: 0 … 1 (more than realised still shows full). */
export function aandeel(gerealiseerd: string, verplichting: string): number {
  const totaal = Number(verplichting);
  if (!(totaal > 0)) return 1;
  return Math.min(Math.max(Number(gerealiseerd) / totaal, 0), 1);
}

/** A file name for the CSV report: "sroi-tiel-2026-01-01-2026-12-31.csv". */
export function csvBestandsnaam(gemeente: string, van: string, tot: string): string {
  const slug = gemeente
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `sroi-${slug || 'gemeente'}-${van}-${tot}.csv`;
}
