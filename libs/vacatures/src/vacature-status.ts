import { VacatureStatus } from './vacature.enums';

const { CONCEPT, OPEN, VERVULD, GESLOTEN } = VacatureStatus;

/** The allowed status changes of a vacature. VERVULD and GESLOTEN are final. */
export const VACATURE_OVERGANGEN: Record<VacatureStatus, readonly VacatureStatus[]> = {
  [CONCEPT]: [OPEN, GESLOTEN],
  [OPEN]: [VERVULD, GESLOTEN],
  [VERVULD]: [],
  [GESLOTEN]: [],
};

export function magNaarStatus(van: VacatureStatus, naar: VacatureStatus): boolean {
  return VACATURE_OVERGANGEN[van].includes(naar);
}

/** A vacature can be edited while it is a concept or open. */
export function isWijzigbaar(status: VacatureStatus): boolean {
  return status === CONCEPT || status === OPEN;
}
