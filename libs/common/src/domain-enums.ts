import { registerEnumType } from '@nestjs/graphql';

/** Target groups of the Participatiewet an employer is open to, or a vacature or kandidaat fits. */
export enum Doelgroep {
  BANENAFSPRAAK = 'BANENAFSPRAAK',
  BESCHUT = 'BESCHUT',
  STATUSHOUDER = 'STATUSHOUDER',
  JONGERE = 'JONGERE',
  VIJFTIG_PLUS = 'VIJFTIG_PLUS',
  NUGGER = 'NUGGER',
  WSW = 'WSW',
}

/** Instruments an employer accepts, a vacature allows, or a kandidaat brings. */
export enum Instrument {
  LKS = 'LKS',
  NO_RISKPOLIS = 'NO_RISKPOLIS',
  PROEFPLAATSING = 'PROEFPLAATSING',
  JOBCOACH = 'JOBCOACH',
  WERKPLEKAANPASSING = 'WERKPLEKAANPASSING',
  LKV = 'LKV',
  DETACHERING = 'DETACHERING',
}

/** Dutch language level (CEFR / ERK). */
export enum NederlandsNiveau {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

registerEnumType(Doelgroep, {
  name: 'Doelgroep',
  description: 'Doelgroep van de Participatiewet.',
  valuesMap: {
    BANENAFSPRAAK: { description: 'Doelgroepregister / banenafspraak' },
    BESCHUT: { description: 'Beschut werk' },
    STATUSHOUDER: { description: 'Statushouder' },
    JONGERE: { description: 'Jongere (tot 27 jaar)' },
    VIJFTIG_PLUS: { description: '50-plusser' },
    NUGGER: { description: 'Niet-uitkeringsgerechtigde' },
    WSW: { description: 'Wet sociale werkvoorziening' },
  },
});

registerEnumType(Instrument, {
  name: 'Instrument',
  description: 'Instrument voor werkgevers.',
  valuesMap: {
    LKS: { description: 'Loonkostensubsidie' },
    NO_RISKPOLIS: { description: 'No-riskpolis (UWV)' },
    PROEFPLAATSING: { description: 'Proefplaatsing met behoud van uitkering' },
    JOBCOACH: { description: 'Jobcoaching' },
    WERKPLEKAANPASSING: { description: 'Werkplekaanpassing' },
    LKV: { description: 'Loonkostenvoordeel' },
    DETACHERING: { description: 'Detachering' },
  },
});

registerEnumType(NederlandsNiveau, { name: 'NederlandsNiveau', description: 'Taalniveau Nederlands (ERK).' });
