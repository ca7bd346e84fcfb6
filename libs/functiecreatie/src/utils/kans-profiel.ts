import type { MatchVacature } from '@matchpunt/domain';
import { doelgroepen, instrumenten, isSbiSectie } from '@matchpunt/matching';

/**
 * Pure mapping of a kans to the matching engine's shape: a MatchVacature whose tasks give the hours and, with
 * the kans's skills, what is looked for, and whose vestiging gives the place. (Candidates and werkgevers are
 * mapped by the matching lib, exactly as for vacatures; so are the API's enum names.)
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
    ...(isSbiSectie(werkgever.sector) && { sector: werkgever.sector }),
    doelgroepen: doelgroepen(werkgever.openDoelgroepen),
    instrumenten: instrumenten(werkgever.geaccepteerdeInstrumenten),
  };
}
