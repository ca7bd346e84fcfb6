import { registerEnumType } from '@nestjs/graphql';

export enum KandidaatStatus {
  BESCHIKBAAR = 'BESCHIKBAAR',
  IN_TRAJECT = 'IN_TRAJECT',
  GEPLAATST = 'GEPLAATST',
  NIET_BESCHIKBAAR = 'NIET_BESCHIKBAAR',
}

/** How a candidate can travel to work. GEEN stands alone. */
export enum Vervoer {
  AUTO = 'AUTO',
  FIETS = 'FIETS',
  OV = 'OV',
  SCOOTER = 'SCOOTER',
  GEEN = 'GEEN',
}

/**
 * A candidate's Dutch: the ERK levels of the shared `NederlandsNiveau` (which vacatures ask for) plus
 * MOEDERTAAL, which only a person can have.
 */
export enum KandidaatTaalniveau {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
  MOEDERTAAL = 'MOEDERTAAL',
}

export enum WerkfitStatus {
  WERKFIT = 'WERKFIT',
  BIJNA_WERKFIT = 'BIJNA_WERKFIT',
  NIET_WERKFIT = 'NIET_WERKFIT',
}

/** Distance to work; KP4 is furthest away. Staff only. */
export enum Klantprofiel {
  KP1 = 'KP1',
  KP2 = 'KP2',
  KP3 = 'KP3',
  KP4 = 'KP4',
}

/** SBI 2008 section letters, for sector wishes. */
export const SBI_SECTIES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;

registerEnumType(KandidaatStatus, {
  name: 'KandidaatStatus',
  description: 'Beschikbaarheid van een kandidaat.',
  valuesMap: {
    BESCHIKBAAR: { description: 'Beschikbaar voor werk; mag aan werkgevers getoond worden.' },
    IN_TRAJECT: { description: 'In een traject naar een plaatsing (voorgesteld, proefplaatsing in voorbereiding).' },
    GEPLAATST: { description: 'Aan het werk via een plaatsing.' },
    NIET_BESCHIKBAAR: { description: 'Tijdelijk niet beschikbaar.' },
  },
});
registerEnumType(Vervoer, { name: 'Vervoer', description: 'Vervoer naar het werk.' });
registerEnumType(KandidaatTaalniveau, { name: 'KandidaatTaalniveau', description: 'Taalniveau Nederlands (ERK) of moedertaal.' });
registerEnumType(WerkfitStatus, { name: 'WerkfitStatus', description: 'In hoeverre de kandidaat klaar is voor werk.' });
registerEnumType(Klantprofiel, { name: 'Klantprofiel', description: 'Afstand tot de arbeidsmarkt (KP4 = grootst). Alleen voor medewerkers.' });
