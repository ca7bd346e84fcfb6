import type { Doelgroep, Instrument, MatchVacature, SbiSectie } from '@matchpunt/domain';

/**
 * Pure mapping of a kans to the matching engine's shape: a MatchVacature whose tasks give the hours and, with
 * the kans's skills, what is looked for, and whose vestiging gives the place. (Candidates and werkgevers are
 * mapped by the matching lib, exactly as for vacatures.) The API's enums differ from the engine's in a few
 * names (VIJFTIG_PLUS ↔ 50PLUS, instrument DETACHERING), mapped here.
 */
export interface KansFeiten {
  id: string;
  werkgeverId: string;
  titel: string;
  beroep: string | null;
  vaardigheden: readonly string[];
  taken: readonly { taak: string; urenPerWeek: number }[];
  urenMin: number;
  urenMax: number;
}

export interface Plek {
  lat: number;
  lon: number;
  plaats: string;
}

export interface WerkgeverFeiten {
  id: string;
  sector: string | null;
  openDoelgroepen: readonly string[];
  geaccepteerdeInstrumenten: readonly string[];
}

const DOELGROEPEN: Readonly<Record<string, Doelgroep>> = {
  BANENAFSPRAAK: 'BANENAFSPRAAK',
  BESCHUT: 'BESCHUT',
  STATUSHOUDER: 'STATUSHOUDER',
  JONGERE: 'JONGERE',
  VIJFTIG_PLUS: '50PLUS',
  NUGGER: 'NUGGER',
  WSW: 'WSW',
};
const INSTRUMENTEN: Readonly<Record<string, Instrument>> = {
  LKS: 'LKS',
  NO_RISKPOLIS: 'NO_RISKPOLIS',
  PROEFPLAATSING: 'PROEFPLAATSING',
  JOBCOACH: 'JOBCOACH',
  LKV: 'LKV',
  WERKPLEKAANPASSING: 'WERKPLEKAANPASSING',
};
const SECTOR = /^[A-U]$/;

/**
 * The kans as a vacancy at its vestiging: occupation from `beroep` (else the title); the kans's skills and its
 * tasks are what is preferred (none is required: functiecreatie fits the job to the person); hours from the
 * largest task to all tasks together; no licence, start date or language level asked; the werkgever's sector,
 * doelgroepen and instruments apply.
 */
export function kansAlsVacature(kans: KansFeiten, plek: Plek, werkgever: WerkgeverFeiten): MatchVacature {
  return {
    soort: 'VACATURE',
    id: kans.id,
    werkgeverId: kans.werkgeverId,
    title: kans.titel,
    occupation: kans.beroep?.trim() || kans.titel,
    requiredSkills: [],
    preferredSkills: [...new Set([...kans.vaardigheden, ...kans.taken.map((t) => t.taak)])],
    lat: plek.lat,
    lon: plek.lon,
    plaats: plek.plaats,
    urenMin: kans.urenMin,
    urenMax: kans.urenMax,
    rijbewijsVereist: false,
    ...(werkgever.sector && SECTOR.test(werkgever.sector) && { sector: werkgever.sector as SbiSectie }),
    doelgroepen: kies(werkgever.openDoelgroepen, DOELGROEPEN),
    instrumenten: kies(werkgever.geaccepteerdeInstrumenten, INSTRUMENTEN),
  };
}

function kies<T>(waarden: readonly string[] | null | undefined, tabel: Readonly<Record<string, T>>): T[] {
  const uit: T[] = [];
  for (const waarde of waarden ?? []) {
    const t = tabel[waarde];
    if (t !== undefined && !uit.includes(t)) uit.push(t);
  }
  return uit;
}
