import { registerEnumType } from '@nestjs/graphql';

export enum PlaatsingType {
  REGULIER = 'REGULIER',
  LKS = 'LKS',
  DETACHERING = 'DETACHERING',
  GROEPSPLAATSING = 'GROEPSPLAATSING',
  BESCHUT = 'BESCHUT',
  PROEFPLAATSING = 'PROEFPLAATSING',
}

/** The duurzaamheid checkpoints: is the person still at work 6 and 12 months after the start? */
export enum DuurzaamheidMoment {
  ZES_MAANDEN = 'ZES_MAANDEN',
  TWAALF_MAANDEN = 'TWAALF_MAANDEN',
}

export const MAANDEN: Record<DuurzaamheidMoment, number> = {
  [DuurzaamheidMoment.ZES_MAANDEN]: 6,
  [DuurzaamheidMoment.TWAALF_MAANDEN]: 12,
};

registerEnumType(PlaatsingType, {
  name: 'PlaatsingType',
  description: 'Soort plaatsing.',
  valuesMap: {
    REGULIER: { description: 'Regulier dienstverband' },
    LKS: { description: 'Dienstverband met loonkostensubsidie' },
    DETACHERING: { description: 'Detachering vanuit het SOB' },
    GROEPSPLAATSING: { description: 'Als deel van een groepsplaatsing' },
    BESCHUT: { description: 'Beschut werk' },
    PROEFPLAATSING: { description: 'Proefplaatsing met behoud van uitkering' },
  },
});
registerEnumType(DuurzaamheidMoment, { name: 'DuurzaamheidMoment', description: 'Meetmoment voor duurzame uitstroom.' });
