import { registerEnumType } from '@nestjs/graphql';

export enum FunctiecreatieStatus {
  VERKEND = 'VERKEND',
  UITGEWERKT = 'UITGEWERKT',
  GEREALISEERD = 'GEREALISEERD',
  VERVALLEN = 'VERVALLEN',
}

/** How much skill a carved-out task asks. */
export enum Vaardigheidsniveau {
  INSTAP = 'INSTAP',
  BASIS = 'BASIS',
  GEVORDERD = 'GEVORDERD',
}

registerEnumType(FunctiecreatieStatus, {
  name: 'FunctiecreatieStatus',
  description: 'Fase van een functiecreatie-kans.',
  valuesMap: {
    VERKEND: { description: 'Gezien en verkend: er liggen taken die afgesplitst kunnen worden.' },
    UITGEWERKT: { description: 'Taken, uren en plek zijn met de werkgever uitgewerkt.' },
    GEREALISEERD: { description: 'De functie is er (en kan een vacature worden).' },
    VERVALLEN: { description: 'Gaat niet door.' },
  },
});

registerEnumType(Vaardigheidsniveau, {
  name: 'Vaardigheidsniveau',
  description: 'Wat een taak aan vaardigheid vraagt.',
  valuesMap: {
    INSTAP: { description: 'Geen ervaring nodig; na een korte uitleg te doen.' },
    BASIS: { description: 'Wat ervaring of een korte training nodig.' },
    GEVORDERD: { description: 'Vraagt ervaring of een certificaat.' },
  },
});

const { VERKEND, UITGEWERKT, GEREALISEERD, VERVALLEN } = FunctiecreatieStatus;

/** VERKEND → UITGEWERKT → GEREALISEERD, and VERVALLEN from either open stage. GEREALISEERD and VERVALLEN are final. */
export const KANS_OVERGANGEN: Record<FunctiecreatieStatus, readonly FunctiecreatieStatus[]> = {
  [VERKEND]: [UITGEWERKT, VERVALLEN],
  [UITGEWERKT]: [GEREALISEERD, VERVALLEN],
  [GEREALISEERD]: [],
  [VERVALLEN]: [],
};

export function magKansNaar(van: FunctiecreatieStatus, naar: FunctiecreatieStatus): boolean {
  return KANS_OVERGANGEN[van].includes(naar);
}

/** Tasks, hours and place can change while the kans is still being worked out. */
export function isKansWijzigbaar(status: FunctiecreatieStatus): boolean {
  return status === VERKEND || status === UITGEWERKT;
}
