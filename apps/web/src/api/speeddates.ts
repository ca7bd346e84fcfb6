import { gql, type TypedDocumentNode } from '@apollo/client';

export type SpeeddateStatus = 'CONCEPT' | 'OPEN' | 'INGEPLAND' | 'AFGEROND' | 'GEANNULEERD';
export type SpeeddatePlanningStatus = 'GEEN' | 'WACHTRIJ' | 'BEZIG' | 'KLAAR' | 'MISLUKT';
export type SpeeddateUitkomst = 'KLIK' | 'GEEN_KLIK' | 'VERVOLGAFSPRAAK';

export interface SpeeddateEvent {
  id: string;
  naam: string;
  datum: string;
  starttijd: string;
  locatie: string;
  adres: string;
  postcode: string;
  plaats: string | null;
  rondes: number;
  rondeMinuten: number;
  pauzeMinuten: number;
  capaciteitTafels: number;
  minGesprekken: number;
  inschrijfDeadline: string;
  status: SpeeddateStatus;
  aantalTafels: number;
  aantalDeelnemers: number;
}

export interface SpeeddateTafel {
  id: string;
  nummer: number;
  werkgeverId: string;
  werkgeverNaam: string;
  vacatureIds: string[];
  sectoren: string[];
  vanRonde: number;
  totRonde: number;
  afgemeld: boolean;
}

export interface SpeeddateDeelnemer {
  id: string;
  kandidaatId: string;
  kandidaatCode: string;
  voorkeurWerkgeverIds: string[];
  vanRonde: number;
  totRonde: number;
  noShow: boolean;
}

export interface SpeeddatePlanning {
  status: SpeeddatePlanningStatus;
  voortgang: number;
  versie: number;
  melding: string | null;
  totaleWaarde: number | null;
  bovengrens: number | null;
  gesprekken: number;
}

/** One meeting; the candidate only by code (werkgevers see nothing more). */
export interface SpeeddateGesprek {
  id: string;
  ronde: number;
  start: string;
  eind: string;
  tafelId: string;
  tafelNummer: number;
  werkgeverId: string;
  werkgeverNaam: string;
  deelnemerId: string;
  kandidaatCode: string;
  uitkomst: SpeeddateUitkomst | null;
  voorstelId: string | null;
}

export interface SpeeddateTafelRonde {
  ronde: number;
  start: string;
  gesprekken: Pick<SpeeddateGesprek, 'id' | 'tafelNummer' | 'kandidaatCode'>[];
}

export interface MaakSpeeddateInput {
  naam: string;
  datum: string;
  starttijd: string;
  locatie: string;
  adres: string;
  postcode: string;
  rondes: number;
  rondeMinuten: number;
  pauzeMinuten: number;
  capaciteitTafels: number;
  minGesprekken: number;
  inschrijfDeadline: string;
}

export interface SpeeddateTafelInput {
  werkgeverId?: string;
  aantal: number;
  vacatureIds?: string[];
  vanRonde?: number;
  totRonde?: number;
}

export interface SpeeddateDeelnemerInput {
  kandidaatId: string;
  vanRonde?: number;
  totRonde?: number;
}

const EVENT = gql`
  fragment SpeeddateVelden on SpeeddateEvent {
    id
    naam
    datum
    starttijd
    locatie
    adres
    postcode
    plaats
    rondes
    rondeMinuten
    pauzeMinuten
    capaciteitTafels
    minGesprekken
    inschrijfDeadline
    status
    aantalTafels
    aantalDeelnemers
  }
`;

const TAFEL = gql`
  fragment SpeeddateTafelVelden on SpeeddateTafel {
    id
    nummer
    werkgeverId
    werkgeverNaam
    vacatureIds
    sectoren
    vanRonde
    totRonde
    afgemeld
  }
`;

const GESPREK = gql`
  fragment SpeeddateGesprekVelden on SpeeddateGesprek {
    id
    ronde
    start
    eind
    tafelId
    tafelNummer
    werkgeverId
    werkgeverNaam
    deelnemerId
    kandidaatCode
    uitkomst
    voorstelId
  }
`;

const PLANNING = gql`
  fragment SpeeddatePlanningVelden on SpeeddatePlanning {
    status
    voortgang
    versie
    melding
    totaleWaarde
    bovengrens
    gesprekken
  }
`;

export const SPEEDDATES: TypedDocumentNode<{ speeddates: SpeeddateEvent[] }, Record<string, never>> = gql`
  query Speeddates {
    speeddates {
      ...SpeeddateVelden
    }
  }
  ${EVENT}
`;

export const SPEEDDATE: TypedDocumentNode<{ speeddate: SpeeddateEvent }, { id: string }> = gql`
  query Speeddate($id: ID!) {
    speeddate(id: $id) {
      ...SpeeddateVelden
    }
  }
  ${EVENT}
`;

export const SPEEDDATE_TAFELS: TypedDocumentNode<{ speeddateTafels: SpeeddateTafel[] }, { eventId: string }> = gql`
  query SpeeddateTafels($eventId: ID!) {
    speeddateTafels(eventId: $eventId) {
      ...SpeeddateTafelVelden
    }
  }
  ${TAFEL}
`;

export const SPEEDDATE_DEELNEMERS: TypedDocumentNode<
  { speeddateDeelnemers: SpeeddateDeelnemer[] },
  { eventId: string }
> = gql`
  query SpeeddateDeelnemers($eventId: ID!) {
    speeddateDeelnemers(eventId: $eventId) {
      id
      kandidaatId
      kandidaatCode
      voorkeurWerkgeverIds
      vanRonde
      totRonde
      noShow
    }
  }
`;

export const SPEEDDATE_PLANNING: TypedDocumentNode<
  { speeddatePlanningStatus: SpeeddatePlanning },
  { eventId: string }
> = gql`
  query SpeeddatePlanningStatus($eventId: ID!) {
    speeddatePlanningStatus(eventId: $eventId) {
      ...SpeeddatePlanningVelden
    }
  }
  ${PLANNING}
`;

/** Organisers get every meeting; a werkgever the meetings at its own tables. */
export const SPEEDDATE_ROOSTER: TypedDocumentNode<{ speeddateRooster: SpeeddateGesprek[] }, { eventId: string }> = gql`
  query SpeeddateRooster($eventId: ID!) {
    speeddateRooster(eventId: $eventId) {
      ...SpeeddateGesprekVelden
    }
  }
  ${GESPREK}
`;

/** One candidate's meetings, with its printable page (HTML) and calendar file (.ics) — staff only. */
export const KANDIDAAT_ROOSTER: TypedDocumentNode<
  { speeddateRooster: SpeeddateGesprek[]; speeddateRoosterHtml: string; speeddateRoosterIcs: string },
  { eventId: string; kandidaatId: string }
> = gql`
  query SpeeddateKandidaatRooster($eventId: ID!, $kandidaatId: ID!) {
    speeddateRooster(eventId: $eventId, kandidaatId: $kandidaatId) {
      ...SpeeddateGesprekVelden
    }
    speeddateRoosterHtml(eventId: $eventId, kandidaatId: $kandidaatId)
    speeddateRoosterIcs(eventId: $eventId, kandidaatId: $kandidaatId)
  }
  ${GESPREK}
`;

export const SPEEDDATE_TAFELPLAN: TypedDocumentNode<
  { speeddateTafelplan: SpeeddateTafelRonde[] },
  { eventId: string }
> = gql`
  query SpeeddateTafelplan($eventId: ID!) {
    speeddateTafelplan(eventId: $eventId) {
      ronde
      start
      gesprekken {
        id
        tafelNummer
        kandidaatCode
      }
    }
  }
`;

export const MAAK_SPEEDDATE: TypedDocumentNode<{ maakSpeeddate: SpeeddateEvent }, { input: MaakSpeeddateInput }> = gql`
  mutation MaakSpeeddate($input: MaakSpeeddateInput!) {
    maakSpeeddate(input: $input) {
      ...SpeeddateVelden
    }
  }
  ${EVENT}
`;

type StatusMutatie = 'openSpeeddate' | 'rondSpeeddateAf' | 'annuleerSpeeddate';

function statusMutatie<K extends StatusMutatie>(
  naam: K,
  operatie: string,
): TypedDocumentNode<Record<K, SpeeddateEvent>, { eventId: string }> {
  return gql`
    mutation ${operatie}($eventId: ID!) {
      ${naam}(eventId: $eventId) {
        ...SpeeddateVelden
      }
    }
    ${EVENT}
  `;
}

export const OPEN_SPEEDDATE = statusMutatie('openSpeeddate', 'OpenSpeeddate');
export const ROND_SPEEDDATE_AF = statusMutatie('rondSpeeddateAf', 'RondSpeeddateAf');
export const ANNULEER_SPEEDDATE = statusMutatie('annuleerSpeeddate', 'AnnuleerSpeeddate');

export const REGISTREER_TAFEL: TypedDocumentNode<
  { registreerSpeeddateTafel: SpeeddateTafel[] },
  { eventId: string; input: SpeeddateTafelInput }
> = gql`
  mutation RegistreerSpeeddateTafel($eventId: ID!, $input: SpeeddateTafelInput!) {
    registreerSpeeddateTafel(eventId: $eventId, input: $input) {
      ...SpeeddateTafelVelden
    }
  }
  ${TAFEL}
`;

export const REGISTREER_KANDIDAAT: TypedDocumentNode<
  { registreerSpeeddateKandidaat: Pick<SpeeddateDeelnemer, 'id'> },
  { eventId: string; input: SpeeddateDeelnemerInput }
> = gql`
  mutation RegistreerSpeeddateKandidaat($eventId: ID!, $input: SpeeddateDeelnemerInput!) {
    registreerSpeeddateKandidaat(eventId: $eventId, input: $input) {
      id
    }
  }
`;

export const PLAN_SPEEDDATE: TypedDocumentNode<{ planSpeeddate: SpeeddatePlanning }, { eventId: string }> = gql`
  mutation PlanSpeeddate($eventId: ID!) {
    planSpeeddate(eventId: $eventId) {
      ...SpeeddatePlanningVelden
    }
  }
  ${PLANNING}
`;

export const MELD_NO_SHOW: TypedDocumentNode<
  { meldNoShow: SpeeddatePlanning },
  { deelnemerId: string; vanafRonde: number }
> = gql`
  mutation MeldNoShow($deelnemerId: ID!, $vanafRonde: Int!) {
    meldNoShow(deelnemerId: $deelnemerId, vanafRonde: $vanafRonde) {
      ...SpeeddatePlanningVelden
    }
  }
  ${PLANNING}
`;

export const LEG_UITKOMST_VAST: TypedDocumentNode<
  { legUitkomstVast: SpeeddateGesprek },
  { gesprekId: string; uitkomst: SpeeddateUitkomst }
> = gql`
  mutation LegUitkomstVast($gesprekId: ID!, $uitkomst: SpeeddateUitkomst!) {
    legUitkomstVast(gesprekId: $gesprekId, uitkomst: $uitkomst) {
      ...SpeeddateGesprekVelden
    }
  }
  ${GESPREK}
`;
