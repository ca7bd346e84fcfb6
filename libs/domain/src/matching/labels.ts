import type { Doelgroep, Instrument, ReactieReden, SbiSectie, TaalNiveau, Vervoer } from './types';

export const SBI_SECTIES: Readonly<Record<SbiSectie, string>> = {
  A: 'landbouw, bosbouw en visserij',
  B: 'delfstoffenwinning',
  C: 'industrie',
  D: 'energievoorziening',
  E: 'water en afvalbeheer',
  F: 'bouw',
  G: 'handel',
  H: 'vervoer en opslag',
  I: 'horeca',
  J: 'informatie en communicatie',
  K: 'financiële dienstverlening',
  L: 'verhuur en handel van onroerend goed',
  M: 'specialistische zakelijke diensten',
  N: 'verhuur en overige zakelijke diensten',
  O: 'openbaar bestuur',
  P: 'onderwijs',
  Q: 'gezondheids- en welzijnszorg',
  R: 'cultuur, sport en recreatie',
  S: 'overige dienstverlening',
  T: 'huishoudens',
  U: 'extraterritoriale organisaties',
};

export const INSTRUMENT_LABELS: Readonly<Record<Instrument, string>> = {
  LKS: 'loonkostensubsidie',
  NO_RISKPOLIS: 'no-riskpolis',
  PROEFPLAATSING: 'proefplaatsing',
  JOBCOACH: 'jobcoach',
  LKV: 'loonkostenvoordeel',
  WERKPLEKAANPASSING: 'werkplekaanpassing',
};

export const DOELGROEP_LABELS: Readonly<Record<Doelgroep, string>> = {
  BANENAFSPRAAK: 'banenafspraak',
  BESCHUT: 'beschut werk',
  STATUSHOUDER: 'statushouders',
  JONGERE: 'jongeren',
  '50PLUS': '50-plussers',
  WSW: 'Wsw',
  NUGGER: 'nuggers',
};

export const VERVOER_LABELS: Readonly<Record<Vervoer, string>> = {
  AUTO: 'auto',
  MOTOR: 'motor',
  SCOOTER: 'scooter',
  FIETS: 'fiets',
  OV: 'ov',
  LOPEN: 'lopend',
};

export const REACTIE_LABELS: Readonly<Record<ReactieReden, string>> = {
  TE_VER_WEG: 'te ver weg',
  UREN_PASSEN_NIET: 'uren passen niet',
  GEEN_PLEK: 'geen plek',
  TAALNIVEAU: 'taalniveau',
  VAARDIGHEDEN: 'vaardigheden',
  GEEN_INTERESSE: 'geen interesse',
};

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "a", "a en b", "a, b en c" (or "… of c") */
export function opsomming(delen: readonly string[], voegwoord: 'en' | 'of' = 'en'): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} ${voegwoord} ${delen[delen.length - 1]}`;
}

/** "8 km", "minder dan 1 km" */
export function formatKm(km: number): string {
  return km < 1 ? 'minder dan 1 km' : `${Math.round(km)} km`;
}

/** "24 uur", "20–28 uur" */
export function formatUren(min: number, max: number): string {
  return min === max ? `${getal(min)} uur` : `${getal(min)}–${getal(max)} uur`;
}

/** "15 maart 2026" from a day number (days since 1970-01-01 UTC) */
export function formatDag(dag: number): string {
  const d = new Date(dag * 86_400_000);
  return `${d.getUTCDate()} ${MAANDEN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function formatTaalniveau(niveau: TaalNiveau): string {
  return niveau === 'MOEDERTAAL' ? 'moedertaalniveau' : niveau;
}

/** Dutch decimal comma, at most one decimal: 24, 24,5 */
function getal(n: number): string {
  return String(Math.round(n * 10) / 10).replace('.', ',');
}
