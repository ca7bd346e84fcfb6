import type { FormErrors } from '../../api/errors';
import type { Doelgroep, Grootteklasse, Instrument, PsoTrede, WerkgeverSoort } from '../../api/types';
import type { MaakWerkgeverInput, VestigingInput, Werkgever, WijzigWerkgeverInput } from '../../api/werkgevers';
import { t } from '../../i18n/nl';

const o = t.organisatie;

/** The werkgever's details as the user types them. */
export interface WerkgeverFormValues {
  naam: string;
  kvkNummer: string;
  sbiCode: string;
  grootteklasse: string;
  soort: string;
  psoTrede: string;
  psoGeldigTot: string;
  geaccepteerdeInstrumenten: string[];
  openDoelgroepen: string[];
  notities: string;
  /** Staff only: who owns the relation ('' for nobody). */
  accountmanagerId: string;
}

export interface VestigingFormValues {
  naam: string;
  adres: string;
  postcode: string;
}

export const WERKGEVER_FIELDS = [
  'naam',
  'kvkNummer',
  'sbiCode',
  'grootteklasse',
  'soort',
  'psoTrede',
  'psoGeldigTot',
  'geaccepteerdeInstrumenten',
  'openDoelgroepen',
  'notities',
  'accountmanagerId',
] as const;

export const VESTIGING_FIELDS = ['naam', 'adres', 'postcode'] as const;

/** The API names the fields of the first vestiging of a new werkgever like this, e.g. "vestigingen.0.postcode". */
export const EERSTE_VESTIGING = 'vestigingen.0.';

export const LEGE_WERKGEVER: WerkgeverFormValues = {
  naam: '',
  kvkNummer: '',
  sbiCode: '',
  grootteklasse: '',
  soort: 'WERKGEVER',
  psoTrede: '',
  psoGeldigTot: '',
  geaccepteerdeInstrumenten: [],
  openDoelgroepen: [],
  notities: '',
  accountmanagerId: '',
};

export const LEGE_VESTIGING: VestigingFormValues = { naam: '', adres: '', postcode: '' };

export function werkgeverValues(werkgever: Werkgever & { notities?: string | null }): WerkgeverFormValues {
  return {
    naam: werkgever.naam,
    kvkNummer: werkgever.kvkNummer,
    sbiCode: werkgever.sbiCode ?? '',
    grootteklasse: werkgever.grootteklasse,
    soort: werkgever.soort,
    psoTrede: werkgever.psoTrede ?? '',
    psoGeldigTot: werkgever.psoGeldigTot ?? '',
    geaccepteerdeInstrumenten: werkgever.geaccepteerdeInstrumenten,
    openDoelgroepen: werkgever.openDoelgroepen,
    notities: werkgever.notities ?? '',
    accountmanagerId: werkgever.accountmanager?.id ?? '',
  };
}

const POSTCODE = /^\d{4}\s?[a-zA-Z]{2}$/;

/** What can be checked before asking the API; the API checks the rest (a KvK-nummer already in use, SBI). */
function controleer(values: WerkgeverFormValues, nieuw: boolean): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!values.naam.trim()) fields.naam = t.fouten.verplicht(o.naam);
  if (!/^\d{8}$/.test(values.kvkNummer.trim())) fields.kvkNummer = `${o.kvkNummer}: ${o.kvkHint}.`;
  if (nieuw && !/^\d{2,5}$/.test(values.sbiCode.trim())) fields.sbiCode = o.sbiHint;
  if (nieuw && !values.grootteklasse) fields.grootteklasse = t.algemeen.kiesEen;
  if (values.psoGeldigTot && !values.psoTrede) fields.psoGeldigTot = t.werkgeverBeheer.psoZonderTrede;
  return fields;
}

export function controleerVestiging(values: VestigingFormValues): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!values.naam.trim()) fields.naam = t.fouten.verplicht(t.werkgeverBeheer.vestigingNaam);
  if (!values.adres.trim()) fields.adres = t.fouten.verplicht(t.werkgeverBeheer.adres);
  if (!POSTCODE.test(values.postcode.trim())) fields.postcode = t.werkgeverBeheer.postcodeOngeldig;
  return fields;
}

export function vestigingInput(values: VestigingFormValues): VestigingInput {
  return { naam: values.naam.trim(), adres: values.adres.trim(), postcode: values.postcode.trim().toUpperCase() };
}

function gedeeld(values: WerkgeverFormValues) {
  return {
    naam: values.naam.trim(),
    kvkNummer: values.kvkNummer.trim(),
    grootteklasse: values.grootteklasse as Grootteklasse,
    soort: values.soort as WerkgeverSoort,
    psoTrede: (values.psoTrede || null) as PsoTrede | null,
    psoGeldigTot: values.psoGeldigTot || null,
    geaccepteerdeInstrumenten: values.geaccepteerdeInstrumenten as Instrument[],
    openDoelgroepen: values.openDoelgroepen as Doelgroep[],
  };
}

/** The change of an existing werkgever; only staff send the internal notes. */
export function toWijzigWerkgeverInput(
  values: WerkgeverFormValues,
  medewerker: boolean,
): { input?: WijzigWerkgeverInput; errors: FormErrors } {
  const fields = controleer(values, false);
  if (Object.keys(fields).length) return { errors: { fields, general: [] } };
  return {
    errors: { fields: {}, general: [] },
    input: {
      ...gedeeld(values),
      ...(values.sbiCode.trim() && { sbiCode: values.sbiCode.trim() }),
      ...(medewerker && {
        notities: values.notities.trim() || null,
        accountmanagerId: values.accountmanagerId || null,
      }),
    },
  };
}

/**
 * A new werkgever with its first vestiging (if the user filled one in). A vestiging that is only partly
 * filled in is an error, so nothing is saved half.
 */
export function toMaakWerkgeverInput(
  values: WerkgeverFormValues,
  vestiging: VestigingFormValues,
): { input?: MaakWerkgeverInput; errors: FormErrors } {
  const fields = controleer(values, true);
  const metVestiging = Object.values(vestiging).some((value) => value.trim());
  const vestigingFouten = metVestiging ? controleerVestiging(vestiging) : {};
  for (const [key, message] of Object.entries(vestigingFouten)) fields[`${EERSTE_VESTIGING}${key}`] = message;
  if (Object.keys(fields).length) return { errors: { fields, general: [] } };
  return {
    errors: { fields: {}, general: [] },
    input: {
      ...gedeeld(values),
      sbiCode: values.sbiCode.trim(),
      notities: values.notities.trim() || null,
      vestigingen: metVestiging ? [vestigingInput(vestiging)] : [],
    },
  };
}
