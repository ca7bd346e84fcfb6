import { AppError } from '@matchpunt/common';
import { addMonths, isIsoDate, vandaag } from '@matchpunt/domain';
import { PlaatsingInput } from '../dto/plaatsing.inputs';
import { PlaatsingType } from '../plaatsing.enums';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export function datum(value: string, field: string): string {
  if (!isIsoDate(value)) throw AppError.badInput(`${field}: "${value}" is geen geldige datum (JJJJ-MM-DD).`, field);
  return value;
}

/**
 * Checks a new placement before anything is written. The checks of the GraphQL layer are repeated here
 * because other features (the matching pipeline) call PlaatsingService directly.
 */
export function valideerPlaatsing(input: PlaatsingInput): PlaatsingInput {
  if (!isUuid(input.kandidaatId)) throw AppError.badInput('Kies een bestaande kandidaat.', 'kandidaatId');
  if (!isUuid(input.werkgeverId)) throw AppError.badInput('Kies een bestaande werkgever.', 'werkgeverId');
  if (input.vacatureId != null && !isUuid(input.vacatureId)) throw AppError.badInput('Kies een bestaande vacature.', 'vacatureId');
  if (!Object.values(PlaatsingType).includes(input.type)) throw AppError.badInput(`Onbekend soort plaatsing: ${input.type}.`, 'type');
  const start = datum(input.startDatum, 'startDatum');
  if (start < '2000-01-01' || start > addMonths(vandaag(), 12)) throw AppError.badInput('De startdatum ligt te ver in het verleden of de toekomst.', 'startDatum');
  if (input.eindDatum != null && datum(input.eindDatum, 'eindDatum') < start) {
    throw AppError.badInput('De einddatum ligt voor de startdatum.', 'eindDatum');
  }
  if (!Number.isInteger(input.urenPerWeek) || input.urenPerWeek < 1 || input.urenPerWeek > 60) {
    throw AppError.badInput('urenPerWeek moet een geheel getal van 1 tot en met 60 zijn.', 'urenPerWeek');
  }
  return { ...input, vacatureId: input.vacatureId ?? undefined, eindDatum: input.eindDatum ?? undefined };
}
