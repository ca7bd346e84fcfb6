import { registerEnumType } from '@nestjs/graphql';

export enum Grootteklasse {
  MICRO_1_9 = 'MICRO_1_9',
  KLEIN_10_49 = 'KLEIN_10_49',
  MIDDEL_50_249 = 'MIDDEL_50_249',
  GROOT_250_PLUS = 'GROOT_250_PLUS',
}

/** Staffing agencies are werkgevers of their own kind: they place candidates at their clients. */
export enum WerkgeverSoort {
  WERKGEVER = 'WERKGEVER',
  UITZENDBUREAU = 'UITZENDBUREAU',
}

/** Level on the Prestatieladder Socialer Ondernemen (RULES.md §3). */
export enum PsoTrede {
  ASPIRANT = 'ASPIRANT',
  TREDE_1 = 'TREDE_1',
  TREDE_2 = 'TREDE_2',
  TREDE_3 = 'TREDE_3',
}

export enum ContactmomentSoort {
  GESPREK = 'GESPREK',
  BEZOEK = 'BEZOEK',
  EMAIL = 'EMAIL',
  TELEFOON = 'TELEFOON',
}

registerEnumType(Grootteklasse, {
  name: 'Grootteklasse',
  description: 'Aantal werknemers.',
  valuesMap: {
    MICRO_1_9: { description: '1–9 werknemers' },
    KLEIN_10_49: { description: '10–49 werknemers' },
    MIDDEL_50_249: { description: '50–249 werknemers' },
    GROOT_250_PLUS: { description: '250 of meer werknemers' },
  },
});
registerEnumType(WerkgeverSoort, { name: 'WerkgeverSoort', description: 'Gewone werkgever of uitzendbureau.' });
registerEnumType(PsoTrede, { name: 'PsoTrede', description: 'Trede op de Prestatieladder Socialer Ondernemen.' });
registerEnumType(ContactmomentSoort, { name: 'ContactmomentSoort', description: 'Soort contact met een werkgever.' });
