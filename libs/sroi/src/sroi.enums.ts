import { registerEnumType } from '@nestjs/graphql';

export enum SroiStatus {
  OP_SCHEMA = 'OP_SCHEMA',
  ACHTER = 'ACHTER',
  GEREALISEERD = 'GEREALISEERD',
}

/** PLAATSING covers every bouwblok of the set (a person placed, werkervaringsplek, BBL); the others have their own value rule. */
export enum SroiInzetSoort {
  PLAATSING = 'PLAATSING',
  INKOOP = 'INKOOP',
  VRIJWILLIGERSWERK = 'VRIJWILLIGERSWERK',
}

registerEnumType(SroiStatus, {
  name: 'SroiStatus',
  description: 'Stand van een SROI-verplichting.',
  valuesMap: {
    OP_SCHEMA: { description: 'Nog niet gerealiseerd, maar de prognose haalt de verplichting.' },
    ACHTER: { description: 'De prognose haalt de verplichting niet.' },
    GEREALISEERD: { description: 'De verplichting is gerealiseerd.' },
  },
});
registerEnumType(SroiInzetSoort, {
  name: 'SroiInzetSoort',
  description: 'Soort SROI-inzet.',
  valuesMap: {
    PLAATSING: { description: 'Een bouwblok uit de parameterset: geplaatste persoon, werkervaringsplek, BBL-leerling … (categorie = code).' },
    INKOOP: { description: 'Inkoop bij een sociale onderneming of SW-bedrijf: het factuurbedrag excl. btw.' },
    VRIJWILLIGERSWERK: { description: 'Uren vrijwilligerswerk tegen het uurtarief van de parameterset.' },
  },
});
