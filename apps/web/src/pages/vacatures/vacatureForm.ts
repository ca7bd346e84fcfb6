import type { FormErrors } from '../../api/errors';
import type { Contractvorm, Doelgroep, Instrument, NederlandsNiveau } from '../../api/types';
import type { Vacature, VacatureVelden } from '../../api/vacatures';
import { t } from '../../i18n/nl';
import { formatLijst, parseGetal, parseLijst } from '../../lib/format';

/** The vacature form as the user types it: text everywhere, lists as comma-separated text. */
export interface VacatureFormValues {
  titel: string;
  beroep: string;
  omschrijving: string;
  taken: string;
  contractvorm: string;
  urenMin: string;
  urenMax: string;
  startdatum: string;
  vestigingId: string;
  nederlandsNiveau: string;
  rijbewijsVereist: boolean;
  vervoerNodig: boolean;
  functiecreatie: boolean;
  doelgroepen: string[];
  instrumenten: string[];
  vereisteVaardigheden: string;
  gewensteVaardigheden: string;
}

export const VACATURE_FIELDS = [
  'titel',
  'beroep',
  'omschrijving',
  'taken',
  'contractvorm',
  'urenMin',
  'urenMax',
  'startdatum',
  'vestigingId',
  'nederlandsNiveau',
  'rijbewijsVereist',
  'vervoerNodig',
  'functiecreatie',
  'doelgroepen',
  'instrumenten',
  'vereisteVaardigheden',
  'gewensteVaardigheden',
] as const;

export const LEEG: VacatureFormValues = {
  titel: '',
  beroep: '',
  omschrijving: '',
  taken: '',
  contractvorm: '',
  urenMin: '',
  urenMax: '',
  startdatum: '',
  vestigingId: '',
  nederlandsNiveau: '',
  rijbewijsVereist: false,
  vervoerNodig: false,
  functiecreatie: false,
  doelgroepen: [],
  instrumenten: [],
  vereisteVaardigheden: '',
  gewensteVaardigheden: '',
};

export function valuesOf(vacature: Vacature): VacatureFormValues {
  return {
    titel: vacature.titel,
    beroep: vacature.beroep ?? '',
    omschrijving: vacature.omschrijving,
    taken: vacature.taken,
    contractvorm: vacature.contractvorm,
    urenMin: String(vacature.urenMin),
    urenMax: String(vacature.urenMax),
    startdatum: vacature.startdatum ?? '',
    vestigingId: vacature.vestigingId ?? '',
    nederlandsNiveau: vacature.nederlandsNiveau ?? '',
    rijbewijsVereist: vacature.rijbewijsVereist,
    vervoerNodig: vacature.vervoerNodig,
    functiecreatie: vacature.functiecreatie,
    doelgroepen: vacature.doelgroepen,
    instrumenten: vacature.instrumenten,
    vereisteVaardigheden: formatLijst(vacature.vereisteVaardigheden),
    gewensteVaardigheden: formatLijst(vacature.gewensteVaardigheden),
  };
}

/** Checks what can be checked here (so the user hears it at once) and builds the API's input. */
export function toVacatureInput(values: VacatureFormValues): { input?: VacatureVelden; errors: FormErrors } {
  const fields: Record<string, string> = {};
  if (!values.titel.trim()) fields.titel = t.fouten.verplicht(t.vacatureVelden.titel);
  if (!values.contractvorm) fields.contractvorm = t.vacatureVelden.kiesContract;
  const urenMin = parseGetal(values.urenMin);
  const urenMax = parseGetal(values.urenMax);
  const geldig = (n: number | null) => n !== null && n >= 1 && n <= 40;
  if (!geldig(urenMin)) fields.urenMin = t.vacatureVelden.urenOngeldig;
  if (!geldig(urenMax)) fields.urenMax = t.vacatureVelden.urenOngeldig;
  if (geldig(urenMin) && geldig(urenMax) && urenMin! > urenMax!) fields.urenMin = t.vacatureVelden.urenVolgorde;
  if (Object.keys(fields).length) return { errors: { fields, general: [] } };
  return {
    errors: { fields: {}, general: [] },
    input: {
      titel: values.titel.trim(),
      beroep: values.beroep.trim() || null,
      omschrijving: values.omschrijving.trim(),
      taken: values.taken.trim(),
      contractvorm: values.contractvorm as Contractvorm,
      urenMin: urenMin!,
      urenMax: urenMax!,
      startdatum: values.startdatum || null,
      vestigingId: values.vestigingId || null,
      nederlandsNiveau: (values.nederlandsNiveau || null) as NederlandsNiveau | null,
      rijbewijsVereist: values.rijbewijsVereist,
      vervoerNodig: values.vervoerNodig,
      functiecreatie: values.functiecreatie,
      doelgroepen: values.doelgroepen as Doelgroep[],
      instrumenten: values.instrumenten as Instrument[],
      vereisteVaardigheden: parseLijst(values.vereisteVaardigheden),
      gewensteVaardigheden: parseLijst(values.gewensteVaardigheden),
    },
  };
}
