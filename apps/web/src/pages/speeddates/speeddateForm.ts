import type { FormErrors } from '../../api/errors';
import type { MaakSpeeddateInput } from '../../api/speeddates';
import { t } from '../../i18n/nl';
import { parseGetal } from '../../lib/format';
import { naarIsoTijdstip } from '../../lib/tijd';

const s = t.speeddates;

/** The new-speeddate form as the user types it. */
export interface SpeeddateFormValues {
  naam: string;
  datum: string;
  starttijd: string;
  locatie: string;
  adres: string;
  postcode: string;
  rondes: string;
  rondeMinuten: string;
  pauzeMinuten: string;
  capaciteitTafels: string;
  minGesprekken: string;
  /** `datetime-local` value ("2026-12-03T17:00"), in Dutch time. */
  inschrijfDeadline: string;
}

export const SPEEDDATE_FIELDS = [
  'naam',
  'datum',
  'starttijd',
  'locatie',
  'adres',
  'postcode',
  'rondes',
  'rondeMinuten',
  'pauzeMinuten',
  'capaciteitTafels',
  'minGesprekken',
  'inschrijfDeadline',
] as const;

/** A usual afternoon: 8 rounds of 8 minutes, 2 minutes to change tables. */
export const STANDAARD: SpeeddateFormValues = {
  naam: '',
  datum: '',
  starttijd: '13:30',
  locatie: '',
  adres: '',
  postcode: '',
  rondes: '8',
  rondeMinuten: '8',
  pauzeMinuten: '2',
  capaciteitTafels: '20',
  minGesprekken: '3',
  inschrijfDeadline: '',
};

/** The same limits as the API, so the user hears them at once. */
const GETALLEN: [keyof SpeeddateFormValues & keyof MaakSpeeddateInput, number, number][] = [
  ['rondes', 1, 30],
  ['rondeMinuten', 3, 60],
  ['pauzeMinuten', 0, 60],
  ['capaciteitTafels', 1, 500],
  ['minGesprekken', 0, 30],
];

/** Checks what can be checked here and builds the input of `maakSpeeddate`. */
export function toMaakSpeeddateInput(values: SpeeddateFormValues): { input?: MaakSpeeddateInput; errors: FormErrors } {
  const fields: Record<string, string> = {};
  for (const veld of ['naam', 'datum', 'locatie', 'adres', 'inschrijfDeadline'] as const) {
    if (!values[veld].trim()) fields[veld] = t.fouten.verplicht(s.veld[veld]);
  }
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(values.starttijd.trim())) fields.starttijd = s.fout.starttijd;
  if (!/^[1-9]\d{3}\s?[a-zA-Z]{2}$/.test(values.postcode.trim())) fields.postcode = s.fout.postcode;
  const getallen: Record<string, number> = {};
  for (const [veld, min, max] of GETALLEN) {
    const n = parseGetal(values[veld]);
    if (n === null || n < min || n > max) fields[veld] = s.fout.getal(min, max);
    else getallen[veld] = n;
  }
  const deadline = naarIsoTijdstip(values.inschrijfDeadline.slice(0, 10), values.inschrijfDeadline.slice(11, 16));
  if (values.inschrijfDeadline && !deadline) fields.inschrijfDeadline = t.fouten.verplicht(s.veld.inschrijfDeadline);
  else if (deadline && values.datum && values.inschrijfDeadline.slice(0, 10) > values.datum) {
    fields.inschrijfDeadline = s.fout.deadlineNaDatum;
  }
  if (Object.keys(fields).length) return { errors: { fields, general: [] } };
  return {
    errors: { fields: {}, general: [] },
    input: {
      naam: values.naam.trim(),
      datum: values.datum,
      starttijd: values.starttijd.trim(),
      locatie: values.locatie.trim(),
      adres: values.adres.trim(),
      postcode: values.postcode.trim().toUpperCase(),
      rondes: getallen.rondes,
      rondeMinuten: getallen.rondeMinuten,
      pauzeMinuten: getallen.pauzeMinuten,
      capaciteitTafels: getallen.capaciteitTafels,
      minGesprekken: getallen.minGesprekken,
      inschrijfDeadline: deadline!,
    },
  };
}
