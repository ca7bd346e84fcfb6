import type { FormErrors } from '../../api/errors';
import type { IdentiteitInput, KandidaatStaf, NieuweKandidaatInput, WijzigKandidaatInput } from '../../api/kandidaten';
import { t } from '../../i18n/nl';
import { formatLijst, parseGetal, parseLijst } from '../../lib/format';

const b = t.kandidaatBeheer;

/** The instruments of a candidate, as one group of checkboxes. */
export const INSTRUMENTEN = ['lksMogelijk', 'noRiskpolis', 'proefplaatsing', 'jobcoach'] as const;
type InstrumentSleutel = (typeof INSTRUMENTEN)[number];

/** The candidate form as the user types it: text everywhere, lists as comma-separated text. */
export interface KandidaatFormValues {
  gemeenteId: string;
  /** Only when an admin registers a candidate: the werkcoach who will own it. */
  werkcoachId: string;
  voornaam: string;
  achternaam: string;
  bsn: string;
  geboortedatum: string;
  adres: string;
  postcode: string;
  telefoon: string;
  email: string;
  beroepswensen: string;
  vaardigheden: string;
  pitch: string;
  opleiding: string;
  werkervaring: string;
  urenMin: string;
  urenMax: string;
  reisbereidheidKm: string;
  rijbewijs: boolean;
  vervoer: string[];
  beschikbaarVanaf: string;
  nederlandsNiveau: string;
  werkfitStatus: string;
  doelgroepregister: boolean;
  beschut: boolean;
  loonwaarde: string;
  klantprofiel: string;
  doelgroepen: string[];
  instrumenten: string[];
}

const IDENTITEIT = [
  'voornaam',
  'achternaam',
  'bsn',
  'geboortedatum',
  'adres',
  'postcode',
  'telefoon',
  'email',
] as const;

/** The form's field names; the API's paths ("identiteit.bsn", "profiel.urenMin") end in them. */
export const KANDIDAAT_FIELDS = [
  'gemeenteId',
  'werkcoachId',
  ...IDENTITEIT,
  'beroepswensen',
  'vaardigheden',
  'pitch',
  'opleiding',
  'werkervaring',
  'urenMin',
  'urenMax',
  'reisbereidheidKm',
  'rijbewijs',
  'vervoer',
  'beschikbaarVanaf',
  'nederlandsNiveau',
  'werkfitStatus',
  'doelgroepregister',
  'beschut',
  'loonwaarde',
  'klantprofiel',
  'doelgroepen',
  'instrumenten',
] as const;

export const LEGE_KANDIDAAT: KandidaatFormValues = {
  gemeenteId: '',
  werkcoachId: '',
  voornaam: '',
  achternaam: '',
  bsn: '',
  geboortedatum: '',
  adres: '',
  postcode: '',
  telefoon: '',
  email: '',
  beroepswensen: '',
  vaardigheden: '',
  pitch: '',
  opleiding: '',
  werkervaring: '',
  urenMin: '',
  urenMax: '',
  reisbereidheidKm: '15',
  rijbewijs: false,
  vervoer: [],
  beschikbaarVanaf: '',
  nederlandsNiveau: '',
  werkfitStatus: '',
  doelgroepregister: false,
  beschut: false,
  loonwaarde: '',
  klantprofiel: '',
  doelgroepen: [],
  instrumenten: [],
};

/** An existing candidate in the form; identity stays empty (it is not changed here). */
export function kandidaatValues(kandidaat: KandidaatStaf): KandidaatFormValues {
  const indicaties = kandidaat.indicaties;
  return {
    ...LEGE_KANDIDAAT,
    gemeenteId: kandidaat.gemeente.id,
    beroepswensen: formatLijst(kandidaat.beroepswensen),
    vaardigheden: formatLijst(kandidaat.vaardigheden),
    pitch: kandidaat.pitch,
    opleiding: kandidaat.opleiding,
    werkervaring: kandidaat.werkervaring,
    urenMin: String(kandidaat.urenMin),
    urenMax: String(kandidaat.urenMax),
    reisbereidheidKm: String(kandidaat.reisbereidheidKm),
    rijbewijs: kandidaat.rijbewijs,
    vervoer: kandidaat.vervoer,
    beschikbaarVanaf: kandidaat.beschikbaarVanaf ?? '',
    nederlandsNiveau: kandidaat.nederlandsNiveau ?? '',
    werkfitStatus: kandidaat.werkfitStatus,
    doelgroepregister: indicaties?.doelgroepregister ?? false,
    beschut: indicaties?.beschut ?? false,
    loonwaarde: indicaties?.loonwaarde === null || !indicaties ? '' : String(indicaties.loonwaarde),
    klantprofiel: indicaties?.klantprofiel ?? '',
    doelgroepen: indicaties?.doelgroepen ?? [],
    instrumenten: INSTRUMENTEN.filter((sleutel) => kandidaat.instrumenten[sleutel]),
  };
}

function binnen(text: string, min: number, max: number): number | null {
  const n = parseGetal(text);
  return n !== null && n >= min && n <= max ? n : null;
}

/** Profile, indications and instruments: what a new and a changed candidate share. */
function deelInput(values: KandidaatFormValues, fields: Record<string, string>): WijzigKandidaatInput | undefined {
  if (!values.gemeenteId) fields.gemeenteId = b.kiesGemeente;
  const beroepswensen = parseLijst(values.beroepswensen);
  if (beroepswensen.length === 0) fields.beroepswensen = b.beroepswensNodig;
  const urenMin = binnen(values.urenMin, 1, 60);
  const urenMax = binnen(values.urenMax, 1, 60);
  if (urenMin === null) fields.urenMin = b.urenOngeldig;
  if (urenMax === null) fields.urenMax = b.urenOngeldig;
  if (urenMin !== null && urenMax !== null && urenMin > urenMax) fields.urenMin = b.urenVolgorde;
  const reisbereidheidKm = binnen(values.reisbereidheidKm, 0, 200);
  if (reisbereidheidKm === null) fields.reisbereidheidKm = b.reisafstandOngeldig;
  const loonwaarde = values.loonwaarde.trim() ? binnen(values.loonwaarde, 0, 100) : null;
  if (values.loonwaarde.trim() && loonwaarde === null) fields.loonwaarde = b.loonwaardeOngeldig;
  if (values.pitch.trim().length > 600) fields.pitch = b.pitchTeLang;
  if (values.vervoer.includes('GEEN') && values.vervoer.length > 1) fields.vervoer = b.vervoerGeen;
  if (Object.keys(fields).length) return undefined;
  return {
    gemeenteId: values.gemeenteId,
    profiel: {
      beroepswensen,
      vaardigheden: parseLijst(values.vaardigheden),
      pitch: values.pitch.trim(),
      opleiding: values.opleiding.trim(),
      werkervaring: values.werkervaring.trim(),
      urenMin: urenMin!,
      urenMax: urenMax!,
      reisbereidheidKm: reisbereidheidKm!,
      rijbewijs: values.rijbewijs,
      vervoer: values.vervoer,
      beschikbaarVanaf: values.beschikbaarVanaf || null,
      nederlandsNiveau: values.nederlandsNiveau || null,
      werkfitStatus: values.werkfitStatus || null,
    },
    indicaties: {
      doelgroepregister: values.doelgroepregister,
      beschut: values.beschut,
      loonwaarde,
      klantprofiel: values.klantprofiel || null,
      doelgroepen: values.doelgroepen,
    },
    instrumenten: Object.fromEntries(
      INSTRUMENTEN.map((sleutel) => [sleutel, values.instrumenten.includes(sleutel)]),
    ) as Record<InstrumentSleutel, boolean>,
  };
}

function identiteitInput(values: KandidaatFormValues, fields: Record<string, string>): IdentiteitInput {
  const verplicht = ['voornaam', 'achternaam', 'adres'] as const;
  for (const key of verplicht) if (!values[key].trim()) fields[key] = t.fouten.verplicht(b[key]);
  if (!/^\d{9}$/.test(values.bsn.trim())) fields.bsn = b.bsnOngeldig;
  if (!values.geboortedatum) fields.geboortedatum = t.fouten.verplicht(b.geboortedatum);
  if (!/^\d{4}\s?[a-zA-Z]{2}$/.test(values.postcode.trim())) fields.postcode = t.werkgeverBeheer.postcodeOngeldig;
  return {
    voornaam: values.voornaam.trim(),
    achternaam: values.achternaam.trim(),
    bsn: values.bsn.trim(),
    geboortedatum: values.geboortedatum,
    adres: values.adres.trim(),
    postcode: values.postcode.trim().toUpperCase(),
    telefoon: values.telefoon.trim() || null,
    email: values.email.trim() || null,
  };
}

/**
 * Checks what can be checked here and builds the input of maakKandidaat. A werkcoach becomes the candidate's
 * werkcoach; an admin chooses one (`werkcoachKiezen`).
 */
export function toNieuweKandidaatInput(
  values: KandidaatFormValues,
  werkcoachKiezen = false,
): {
  input?: NieuweKandidaatInput;
  errors: FormErrors;
} {
  const fields: Record<string, string> = {};
  const identiteit = identiteitInput(values, fields);
  const deel = deelInput(values, fields);
  if (werkcoachKiezen && !values.werkcoachId) fields.werkcoachId = t.medewerkerKeuze.kiesWerkcoach;
  if (!deel || Object.keys(fields).length) return { errors: { fields, general: [] } };
  return {
    errors: { fields: {}, general: [] },
    input: { ...deel, identiteit, ...(werkcoachKiezen && { werkcoachId: values.werkcoachId }) },
  };
}

/** The input of wijzigKandidaat: profile, indications and instruments (identity is not in this form). */
export function toWijzigKandidaatInput(values: KandidaatFormValues): {
  input?: WijzigKandidaatInput;
  errors: FormErrors;
} {
  const fields: Record<string, string> = {};
  const input = deelInput(values, fields);
  if (!input) return { errors: { fields, general: [] } };
  return { errors: { fields: {}, general: [] }, input };
}
