import { registerEnumType } from '@nestjs/graphql';

export enum OfferteStatus {
  CONCEPT = 'CONCEPT',
  VERSTUURD = 'VERSTUURD',
  GEACCEPTEERD = 'GEACCEPTEERD',
  AFGEWEZEN = 'AFGEWEZEN',
}

/** CONCEPT → VERSTUURD → GEACCEPTEERD | AFGEWEZEN; nothing else. */
export const OFFERTE_OVERGANGEN: Record<OfferteStatus, OfferteStatus[]> = {
  [OfferteStatus.CONCEPT]: [OfferteStatus.VERSTUURD],
  [OfferteStatus.VERSTUURD]: [OfferteStatus.GEACCEPTEERD, OfferteStatus.AFGEWEZEN],
  [OfferteStatus.GEACCEPTEERD]: [],
  [OfferteStatus.AFGEWEZEN]: [],
};

export enum AanvraagStatus {
  OPEN = 'OPEN',
  AFGEHANDELD = 'AFGEHANDELD',
}

registerEnumType(OfferteStatus, {
  name: 'OfferteStatus',
  description: 'Status van een offerteversie.',
  valuesMap: {
    CONCEPT: { description: 'In voorbereiding; niet zichtbaar voor de werkgever.' },
    VERSTUURD: { description: 'Aan de werkgever voorgelegd.' },
    GEACCEPTEERD: { description: 'Door de werkgever aanvaard.' },
    AFGEWEZEN: { description: 'Door de werkgever afgewezen.' },
  },
});
registerEnumType(AanvraagStatus, { name: 'CalculatieAanvraagStatus', description: 'Status van een calculatie-aanvraag.' });
