import type { FormErrors } from '../../api/errors';
import type { KennissessieThema, KennissessieVorm, MaakKennissessieInput } from '../../api/kennissessies';
import { t } from '../../i18n/nl';
import { parseGetal } from '../../lib/format';
import { naarIsoTijdstip } from '../../lib/tijd';

/** The form to plan a kennissessie, as typed (date and time in Dutch time). */
export interface KennissessieFormValues {
  titel: string;
  thema: string;
  vorm: string;
  locatie: string;
  datum: string;
  tijd: string;
  lengteMinuten: string;
  capaciteit: string;
}

/** Field names as the API names them; `datum`/`tijd` together make `start`. */
export const KENNISSESSIE_FIELDS = [
  'titel',
  'thema',
  'vorm',
  'locatie',
  'start',
  'lengteMinuten',
  'capaciteit',
] as const;

export const LEGE_SESSIE: KennissessieFormValues = {
  titel: '',
  thema: '',
  vorm: 'FYSIEK',
  locatie: '',
  datum: '',
  tijd: '',
  lengteMinuten: '60',
  capaciteit: '25',
};

export function toKennissessieInput(values: KennissessieFormValues): {
  input?: MaakKennissessieInput;
  errors: FormErrors;
} {
  const k = t.kennissessies;
  const fields: Record<string, string> = {};
  const titel = values.titel.trim();
  if (!titel) fields.titel = t.fouten.verplicht(k.titelVeld);
  if (!(values.thema in t.keuzes.kennissessieThema)) fields.thema = k.kiesThema;
  if (!(values.vorm in t.keuzes.kennissessieVorm)) fields.vorm = k.kiesVorm;
  const locatie = values.locatie.trim();
  if (values.vorm === 'FYSIEK' && !locatie) fields.locatie = k.locatieVerplicht;
  const start = naarIsoTijdstip(values.datum, values.tijd);
  if (!start) fields.start = k.kiesDatumTijd;
  const lengteMinuten = parseGetal(values.lengteMinuten);
  if (lengteMinuten === null) fields.lengteMinuten = k.getalOngeldig;
  const capaciteit = parseGetal(values.capaciteit);
  if (capaciteit === null) fields.capaciteit = k.getalOngeldig;
  if (Object.keys(fields).length || !start || lengteMinuten === null || capaciteit === null) {
    return { errors: { fields, general: [] } };
  }
  return {
    input: {
      titel,
      thema: values.thema as KennissessieThema,
      vorm: values.vorm as KennissessieVorm,
      ...(locatie && { locatie }),
      start,
      lengteMinuten,
      capaciteit,
    },
    errors: { fields: {}, general: [] },
  };
}
