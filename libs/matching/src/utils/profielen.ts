import type {
  Doelgroep,
  Instrument,
  MatchKandidaat,
  MatchVacature,
  MatchVestiging,
  MatchWerkgever,
  SbiSectie,
  TaalNiveau,
  Vervoer,
  WerkgeverHistorie,
} from '@matchpunt/domain';

/**
 * Pure mapping from database rows to the matching engine's shapes. The API's enums differ from the engine's
 * in a few names (VIJFTIG_PLUS ↔ 50PLUS, vervoer GEEN, instrument DETACHERING), mapped here in one place.
 */

export interface KandidaatRij {
  id: string;
  beroepswensen: string[];
  vaardigheden: string[];
  regio_lat: number;
  regio_lon: number;
  reisbereidheid_km: number;
  uren_min: number;
  uren_max: number;
  beschikbaar_vanaf: string | null;
  rijbewijs: boolean;
  vervoer: string[];
  nederlands_niveau: string | null;
  sector_wensen: string[];
  lks_mogelijk: boolean;
  no_riskpolis: boolean;
  proefplaatsing: boolean;
  jobcoach: boolean;
  /** from kandidaat_indicatie (staff-only data; used for scoring, never shown to employers) */
  doelgroepen: string[] | null;
  doelgroepregister: boolean | null;
  beschut: boolean | null;
}

export interface VacatureRij {
  id: string;
  werkgever_id: string;
  titel: string;
  beroep: string | null;
  vereiste_vaardigheden: string[];
  gewenste_vaardigheden: string[];
  uren_min: number;
  uren_max: number;
  startdatum: string | null;
  rijbewijs_vereist: boolean;
  nederlands_niveau: string | null;
  doelgroepen: string[];
  instrumenten: string[];
  lat: number;
  lon: number;
  plaats: string;
}

export interface WerkgeverRij {
  id: string;
  sector: string | null;
  open_doelgroepen: string[];
  geaccepteerde_instrumenten: string[];
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
const VERVOER: Readonly<Record<string, Vervoer>> = { AUTO: 'AUTO', FIETS: 'FIETS', OV: 'OV', SCOOTER: 'SCOOTER' };
const TAAL = new Set(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'MOEDERTAAL']);
const SECTOR = /^[A-U]$/;

export function doelgroepen(waarden: readonly string[] | null | undefined): Doelgroep[] {
  return kies(waarden, DOELGROEPEN);
}

export function instrumenten(waarden: readonly string[] | null | undefined): Instrument[] {
  return kies(waarden, INSTRUMENTEN);
}

/** A sector the engine knows (an SBI section letter). */
export function isSbiSectie(waarde: string | null | undefined): waarde is SbiSectie {
  return waarde != null && SECTOR.test(waarde);
}

export function naarMatchKandidaat(rij: KandidaatRij, peildatum: string): MatchKandidaat {
  const groepen = new Set(doelgroepen(rij.doelgroepen));
  if (rij.doelgroepregister) groepen.add('BANENAFSPRAAK');
  if (rij.beschut) groepen.add('BESCHUT');
  return {
    id: rij.id,
    beroepswensen: rij.beroepswensen,
    skills: rij.vaardigheden,
    lat: rij.regio_lat,
    lon: rij.regio_lon,
    reisbereidheidKm: rij.reisbereidheid_km,
    urenMin: rij.uren_min,
    urenMax: rij.uren_max,
    beschikbaarVanaf: rij.beschikbaar_vanaf && rij.beschikbaar_vanaf > peildatum ? rij.beschikbaar_vanaf : peildatum,
    rijbewijs: rij.rijbewijs,
    vervoer: kies(rij.vervoer, VERVOER),
    ...(rij.nederlands_niveau &&
      TAAL.has(rij.nederlands_niveau) && { nederlandsNiveau: rij.nederlands_niveau as TaalNiveau }),
    sectorWensen: rij.sector_wensen.filter(isSbiSectie),
    doelgroepen: [...groepen],
    instrumenten: [
      ...(rij.lks_mogelijk ? (['LKS'] as const) : []),
      ...(rij.no_riskpolis ? (['NO_RISKPOLIS'] as const) : []),
      ...(rij.proefplaatsing ? (['PROEFPLAATSING'] as const) : []),
      ...(rij.jobcoach ? (['JOBCOACH'] as const) : []),
    ],
  };
}

/** A start date already past counts as "per direct" (the peildatum). */
export function naarMatchVacature(rij: VacatureRij, peildatum: string): MatchVacature {
  return {
    soort: 'VACATURE',
    id: rij.id,
    werkgeverId: rij.werkgever_id,
    title: rij.titel,
    occupation: rij.beroep?.trim() || rij.titel,
    requiredSkills: rij.vereiste_vaardigheden,
    preferredSkills: rij.gewenste_vaardigheden,
    lat: rij.lat,
    lon: rij.lon,
    plaats: rij.plaats,
    urenMin: rij.uren_min,
    urenMax: rij.uren_max,
    ...(rij.startdatum && rij.startdatum > peildatum && { startDatum: rij.startdatum }),
    rijbewijsVereist: rij.rijbewijs_vereist,
    ...(rij.nederlands_niveau &&
      TAAL.has(rij.nederlands_niveau) && { nederlandsNiveauMin: rij.nederlands_niveau as TaalNiveau }),
    doelgroepen: doelgroepen(rij.doelgroepen),
    instrumenten: instrumenten(rij.instrumenten),
  };
}

export function naarMatchWerkgever(
  rij: WerkgeverRij,
  vestigingen: readonly MatchVestiging[],
  history: WerkgeverHistorie,
): MatchWerkgever {
  return {
    soort: 'WERKGEVER',
    id: rij.id,
    ...(isSbiSectie(rij.sector) && { sector: rij.sector }),
    vestigingen,
    openDoelgroepen: doelgroepen(rij.open_doelgroepen),
    acceptedInstrumenten: instrumenten(rij.geaccepteerde_instrumenten),
    history,
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
