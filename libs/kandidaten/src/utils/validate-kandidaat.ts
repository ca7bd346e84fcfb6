import { AppError } from '@matchpunt/common';
import { isIsoDate, vandaag } from '@matchpunt/domain';
import { SBI_SECTIES, Vervoer } from '../kandidaat.enums';
import { IndicatiesInput, ProfielInput, WijzigIdentiteitInput } from '../dto/kandidaat.inputs';
import { isGeldigBsn, normaliseerBsn } from './bsn';
import { leeftijdOp } from './datum';

/**
 * Checks and normalises kandidaat input (trims text). Throws BAD_USER_INPUT naming the field as a path
 * (`profiel.urenMax`). Only the keys present are checked, so the same code serves create and update.
 */
export function tekst(value: string | undefined, field: string, opts: { min?: number; max: number }): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed.length < (opts.min ?? 0)) {
    throw AppError.badInput(opts.min === 1 ? `${field} is verplicht.` : `${field} moet minstens ${opts.min} tekens hebben.`, field);
  }
  if (trimmed.length > opts.max) throw AppError.badInput(`${field} mag hoogstens ${opts.max} tekens hebben (nu ${trimmed.length}).`, field);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(trimmed)) throw AppError.badInput(`${field} bevat ongeldige tekens.`, field);
  return trimmed;
}

function lijst(values: string[] | undefined, field: string, opts: { maxItems: number; maxLength: number }): string[] | undefined {
  if (values === undefined || values === null) return undefined;
  if (values.length > opts.maxItems) throw AppError.badInput(`${field}: hoogstens ${opts.maxItems} waarden.`, field);
  const cleaned = values.map((value, i) => tekst(value, `${field}[${i}]`, { min: 1, max: opts.maxLength })!);
  return [...new Map(cleaned.map((value) => [value.toLowerCase(), value])).values()];
}

function geheel(value: number | undefined, field: string, min: number, max: number): void {
  if (value === undefined || value === null) return;
  if (!Number.isInteger(value) || value < min || value > max) throw AppError.badInput(`${field} moet een geheel getal van ${min} tot en met ${max} zijn.`, field);
}

export function datum(value: string | undefined, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isIsoDate(value)) throw AppError.badInput(`${field}: "${value}" is geen geldige datum (JJJJ-MM-DD).`, field);
  return value;
}

export function valideerIdentiteit<T extends WijzigIdentiteitInput>(input: T, p = 'identiteit'): T {
  const out = { ...input };
  out.voornaam = tekst(input.voornaam, `${p}.voornaam`, { min: 1, max: 100 });
  out.achternaam = tekst(input.achternaam, `${p}.achternaam`, { min: 1, max: 100 });
  out.adres = tekst(input.adres, `${p}.adres`, { min: 3, max: 200 });
  out.woonplaats = tekst(input.woonplaats, `${p}.woonplaats`, { min: 1, max: 100 });
  if (input.bsn !== undefined && input.bsn !== null) {
    out.bsn = normaliseerBsn(input.bsn);
    if (!isGeldigBsn(out.bsn)) throw AppError.badInput('Dit is geen geldig burgerservicenummer (elfproef).', `${p}.bsn`);
  }
  if (datum(input.geboortedatum, `${p}.geboortedatum`)) {
    const leeftijd = leeftijdOp(input.geboortedatum!, vandaag());
    if (leeftijd < 15 || leeftijd > 80) throw AppError.badInput('De geboortedatum geeft een leeftijd buiten 15–80 jaar.', `${p}.geboortedatum`);
  }
  if (input.postcode != null && !/^[1-9][0-9]{3}\s?[A-Za-z]{2}$/.test(input.postcode.trim())) {
    throw AppError.badInput(`"${input.postcode}" is geen volledige postcode (bijv. 4001 AB).`, `${p}.postcode`);
  }
  // Optional contact fields: null or "" clears them.
  if (input.telefoon !== undefined) {
    out.telefoon = tekst(input.telefoon ?? '', `${p}.telefoon`, { max: 20 });
    if (out.telefoon && !/^\+?[0-9][0-9 ()-]{7,18}$/.test(out.telefoon)) throw AppError.badInput('Vul een geldig telefoonnummer in.', `${p}.telefoon`);
  }
  if (input.email !== undefined) {
    out.email = tekst(input.email ?? '', `${p}.email`, { max: 254 });
    if (out.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(out.email)) throw AppError.badInput('Vul een geldig e-mailadres in.', `${p}.email`);
  }
  return out;
}

export function valideerProfiel<T extends Partial<ProfielInput>>(input: T, p = 'profiel'): T {
  const out = { ...input };
  out.beroepswensen = lijst(input.beroepswensen, `${p}.beroepswensen`, { maxItems: 10, maxLength: 100 });
  out.vaardigheden = lijst(input.vaardigheden, `${p}.vaardigheden`, { maxItems: 30, maxLength: 100 });
  out.werkervaring = tekst(input.werkervaring, `${p}.werkervaring`, { max: 2000 });
  out.opleiding = tekst(input.opleiding, `${p}.opleiding`, { max: 500 });
  out.pitch = tekst(input.pitch, `${p}.pitch`, { max: 600 });
  geheel(input.reisbereidheidKm, `${p}.reisbereidheidKm`, 0, 200);
  geheel(input.urenMin, `${p}.urenMin`, 0, 60);
  geheel(input.urenMax, `${p}.urenMax`, 1, 60);
  out.beschikbaarVanaf = datum(input.beschikbaarVanaf, `${p}.beschikbaarVanaf`);
  if (input.vervoer) {
    out.vervoer = [...new Set(input.vervoer)];
    if (out.vervoer.includes(Vervoer.GEEN) && out.vervoer.length > 1) throw AppError.badInput('GEEN vervoer gaat niet samen met ander vervoer.', `${p}.vervoer`);
  }
  if (input.sectorWensen) {
    out.sectorWensen = [...new Set(input.sectorWensen.map((s) => s.trim().toUpperCase()))];
    const fout = out.sectorWensen.find((s) => !(SBI_SECTIES as readonly string[]).includes(s));
    if (fout !== undefined) throw AppError.badInput(`"${fout}" is geen SBI-sectieletter (A–U).`, `${p}.sectorWensen`);
  }
  return out;
}

/** Hours checked on the merged profile, so an update of one bound is compared with the stored other bound. */
export function valideerUren(urenMin: number, urenMax: number, p = 'profiel'): void {
  if (urenMin > urenMax) throw AppError.badInput(`Minimum uren (${urenMin}) is groter dan maximum uren (${urenMax}).`, `${p}.urenMin`);
}

export function valideerIndicaties(input: IndicatiesInput, p = 'indicaties'): IndicatiesInput {
  geheel(input.loonwaarde, `${p}.loonwaarde`, 0, 100);
  return { ...input, doelgroepen: input.doelgroepen ? [...new Set(input.doelgroepen)] : undefined };
}
