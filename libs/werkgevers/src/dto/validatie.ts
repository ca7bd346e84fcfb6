import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidationArguments,
} from 'class-validator';

/**
 * Validation decorators with Dutch messages that name the field (the GraphQL field name). Free text is
 * trimmed and kept as text: HTML is never interpreted, only stored and returned as typed.
 */
type Bericht = (field: string) => string;
const bericht = (text: Bericht) => ({ message: (args: ValidationArguments) => text(args.property) });
const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Optional in a change: absent means "leave as is"; null is checked (and refused by a required field). */
export const Wijzigbaar = () => ValidateIf((_, value) => value !== undefined);
/** Optional and clearable: absent or null both pass. */
export const Leeg = () => IsOptional();

export function Tekst(max: number, min = 0): PropertyDecorator {
  return applyDecorators(
    trim,
    IsString(bericht((f) => `${f} moet tekst zijn.`)),
    ...(min > 0 ? [MinLength(min, bericht((f) => (min === 1 ? `${f} mag niet leeg zijn.` : `${f} moet minstens ${min} tekens hebben.`)))] : []),
    MaxLength(max, bericht((f) => `${f} mag hoogstens ${max} tekens hebben.`)),
  );
}

export function Lijst(maxItems: number, maxLengte: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)))] : value)),
    ArrayMaxSize(maxItems, bericht((f) => `${f} mag hoogstens ${maxItems} items hebben.`)),
    IsString({ each: true, ...bericht((f) => `${f} moet een lijst met tekst zijn.`) }),
    MinLength(1, { each: true, ...bericht((f) => `${f} mag geen lege items bevatten.`) }),
    MaxLength(maxLengte, { each: true, ...bericht((f) => `elk item van ${f} mag hoogstens ${maxLengte} tekens hebben.`) }),
  );
}

export function Keuzes(type: object, maxItems = 20): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? [...new Set(value)] : value)),
    ArrayMaxSize(maxItems, bericht((f) => `${f} mag hoogstens ${maxItems} items hebben.`)),
    IsEnum(type, { each: true, ...bericht((f) => `${f} bevat een onbekende waarde.`) }),
  );
}

export const Keuze = (type: object) => IsEnum(type, bericht((f) => `${f} heeft een onbekende waarde.`));
export const JaNee = () => IsBoolean(bericht((f) => `${f} moet waar of onwaar zijn.`));
export const Id = () => IsUUID('all', bericht((f) => `${f} is geen geldig id.`));
export const Email = () => applyDecorators(trim, IsEmail({}, bericht((f) => `${f} is geen geldig e-mailadres.`)), MaxLength(254));

export function Datum(): PropertyDecorator {
  return applyDecorators(
    trim,
    Matches(/^\d{4}-\d{2}-\d{2}$/, bericht((f) => `${f} moet een datum zijn als JJJJ-MM-DD.`)),
    IsISO8601({ strict: true }, bericht((f) => `${f} is geen bestaande datum.`)),
  );
}

export function Getal(min: number, max: number): PropertyDecorator {
  return applyDecorators(
    IsInt(bericht((f) => `${f} moet een geheel getal zijn.`)),
    Min(min, bericht((f) => `${f} moet minstens ${min} zijn.`)),
    Max(max, bericht((f) => `${f} mag hoogstens ${max} zijn.`)),
  );
}

export const KvkNummer = () =>
  applyDecorators(trim, Matches(/^[0-9]{8}$/, bericht((f) => `${f} moet uit precies 8 cijfers bestaan (bijv. 12345678).`)));
export const Postcode = () =>
  applyDecorators(trim, Matches(/^[1-9][0-9]{3}\s?[A-Za-z]{2}$|^[1-9][0-9]{3}$/, bericht((f) => `${f} is geen geldige postcode (bijv. 4001 AB).`)));
export const Telefoon = () =>
  applyDecorators(trim, Matches(/^\+?[0-9 ()-]{6,20}$/, bericht((f) => `${f} is geen geldig telefoonnummer.`)));
