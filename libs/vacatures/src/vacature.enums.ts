import { registerEnumType } from '@nestjs/graphql';

export enum VacatureStatus {
  CONCEPT = 'CONCEPT',
  OPEN = 'OPEN',
  VERVULD = 'VERVULD',
  GESLOTEN = 'GESLOTEN',
}

export enum Contractvorm {
  VAST = 'VAST',
  TIJDELIJK = 'TIJDELIJK',
  UITZENDBASIS = 'UITZENDBASIS',
  OPROEP = 'OPROEP',
  DETACHERING = 'DETACHERING',
  LEERWERKTRAJECT = 'LEERWERKTRAJECT',
  STAGE = 'STAGE',
}

registerEnumType(VacatureStatus, {
  name: 'VacatureStatus',
  description: 'CONCEPT → OPEN → VERVULD of GESLOTEN (een concept kan ook direct gesloten worden).',
});
registerEnumType(Contractvorm, {
  name: 'Contractvorm',
  valuesMap: {
    VAST: { description: 'Vast contract' },
    TIJDELIJK: { description: 'Tijdelijk contract' },
    UITZENDBASIS: { description: 'Via een uitzendbureau' },
    OPROEP: { description: 'Oproepcontract' },
    DETACHERING: { description: 'Detachering' },
    LEERWERKTRAJECT: { description: 'Leerwerktraject (bijv. BBL)' },
    STAGE: { description: 'Stage of werkervaringsplek' },
  },
});
