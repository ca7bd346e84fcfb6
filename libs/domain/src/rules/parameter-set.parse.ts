/**
 * Checks that untrusted data (a seed JSON file, a DB row, an admin's edit) is a complete, consistent parameter set.
 * Throws a DomainValidationError naming the first bad field (`sroi.bouwblokken[3].waarde`).
 */
import { DomainValidationError } from '../errors';
import { parseIsoDate } from './dates';
import { toDecimal } from './money';
import type { MaandTelling, ParameterSet, SroiWaardering } from './parameters';

type Obj = Record<string, unknown>;

function fail(field: string, nl: string, en: string): never {
  throw new DomainValidationError(field, nl, en);
}

function obj(v: unknown, f: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(f, 'moet een object zijn', 'must be an object');
  return v as Obj;
}

function arr(v: unknown, f: string): unknown[] {
  if (!Array.isArray(v)) fail(f, 'moet een lijst zijn', 'must be a list');
  return v;
}

function str(v: unknown, f: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(f, 'moet een niet-lege tekst zijn', 'must be a non-empty string');
  return v;
}

function int(v: unknown, f: string, min: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    fail(f, `moet een geheel getal >= ${min} zijn`, `must be an integer >= ${min}`);
  }
  return v;
}

/** A decimal string, optionally within [min, max]. */
function dec(v: unknown, f: string, min?: number, max?: number): string {
  if (typeof v !== 'string')
    fail(f, 'moet een decimaal getal als tekst zijn ("14.71")', 'must be a decimal string ("14.71")');
  const d = toDecimal(v, f);
  if ((min !== undefined && d.lessThan(min)) || (max !== undefined && d.greaterThan(max))) {
    fail(f, `moet tussen ${min ?? '-∞'} en ${max ?? '∞'} liggen`, `must be between ${min ?? '-∞'} and ${max ?? '∞'}`);
  }
  return v;
}

const fraction = (v: unknown, f: string) => dec(v, f, 0, 1);

function oneOf<T extends string>(v: unknown, f: string, options: readonly T[]): T {
  if (!options.includes(v as T))
    fail(f, `moet een van ${options.join(', ')} zijn`, `must be one of ${options.join(', ')}`);
  return v as T;
}

function uniqueCodes(list: { code: string }[], f: string): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.code)) fail(`${f}[${i}].code`, `dubbele code ${item.code}`, `duplicate code ${item.code}`);
    seen.add(item.code);
  });
}

export function parseParameterSet(value: unknown): ParameterSet {
  const s = obj(value, 'parameterSet');
  const validFrom = str(s.validFrom, 'validFrom');
  parseIsoDate(validFrom, 'validFrom');
  const validTo = s.validTo === null ? null : str(s.validTo, 'validTo');
  if (validTo !== null) {
    parseIsoDate(validTo, 'validTo');
    if (validTo < validFrom) fail('validTo', 'ligt voor validFrom', 'is before validFrom');
  }

  const l = obj(s.lks, 'lks');
  const voorlopig = obj(l.voorlopig, 'lks.voorlopig');
  const jeugdWml = arr(l.jeugdWml, 'lks.jeugdWml').map((r, i) => {
    const o = obj(r, `lks.jeugdWml[${i}]`);
    return {
      leeftijd: int(o.leeftijd, `lks.jeugdWml[${i}].leeftijd`, 0),
      pct: fraction(o.pct, `lks.jeugdWml[${i}].pct`),
    };
  });

  const c = obj(s.calculatie, 'calculatie');
  const sr = obj(s.sroi, 'sroi');
  const p = obj(s.pso, 'pso');

  const waarderingen: readonly SroiWaardering[] = ['JAARWAARDE', 'PER_MAAND', 'PER_LEERWERKJAAR'];
  const bouwblokken = arr(sr.bouwblokken, 'sroi.bouwblokken').map((r, i) => {
    const f = `sroi.bouwblokken[${i}]`;
    const o = obj(r, f);
    return {
      code: str(o.code, `${f}.code`),
      omschrijving: str(o.omschrijving, `${f}.omschrijving`),
      waardering: oneOf(o.waardering, `${f}.waardering`, waarderingen),
      waarde: dec(o.waarde, `${f}.waarde`, 0),
      maxDuurMaanden: o.maxDuurMaanden === null ? null : int(o.maxDuurMaanden, `${f}.maxDuurMaanden`, 1),
    };
  });
  uniqueCodes(bouwblokken, 'sroi.bouwblokken');
  const bonussen = arr(sr.bonussen, 'sroi.bonussen').map((r, i) => {
    const f = `sroi.bonussen[${i}]`;
    const o = obj(r, f);
    return {
      code: str(o.code, `${f}.code`),
      omschrijving: str(o.omschrijving, `${f}.omschrijving`),
      waarde: dec(o.waarde, `${f}.waarde`, 0),
      groep: o.groep === null ? null : str(o.groep, `${f}.groep`),
    };
  });
  uniqueCodes(bonussen, 'sroi.bonussen');

  const uitgangsposities = arr(p.uitgangsposities, 'pso.uitgangsposities').map((r, i) => {
    const f = `pso.uitgangsposities[${i}]`;
    const o = obj(r, f);
    if (typeof o.alleenZolangLks !== 'boolean')
      fail(`${f}.alleenZolangLks`, 'moet true of false zijn', 'must be true or false');
    return {
      code: str(o.code, `${f}.code`),
      omschrijving: str(o.omschrijving, `${f}.omschrijving`),
      gewicht: fraction(o.gewicht, `${f}.gewicht`),
      telbaarJaren: o.telbaarJaren === null ? null : int(o.telbaarJaren, `${f}.telbaarJaren`, 1),
      alleenZolangLks: o.alleenZolangLks,
    };
  });
  uniqueCodes(uitgangsposities, 'pso.uitgangsposities');
  const contractTypes = arr(p.contractTypes, 'pso.contractTypes').map((r, i) => {
    const f = `pso.contractTypes[${i}]`;
    const o = obj(r, f);
    return {
      code: str(o.code, `${f}.code`),
      omschrijving: str(o.omschrijving, `${f}.omschrijving`),
      gewicht: fraction(o.gewicht, `${f}.gewicht`),
    };
  });
  uniqueCodes(contractTypes, 'pso.contractTypes');
  const normen = arr(p.normen, 'pso.normen').map((r, i) => {
    const f = `pso.normen[${i}]`;
    const o = obj(r, f);
    const regel = {
      omvang: int(o.omvang, `${f}.omvang`, 1),
      trede1: fraction(o.trede1, `${f}.trede1`),
      trede2: fraction(o.trede2, `${f}.trede2`),
      trede3: fraction(o.trede3, `${f}.trede3`),
    };
    if (!(toDecimal(regel.trede1, f).lessThan(regel.trede2) && toDecimal(regel.trede2, f).lessThan(regel.trede3))) {
      fail(f, 'normen moeten stijgen van trede 1 naar 3', 'norms must increase from trede 1 to 3');
    }
    return regel;
  });
  if (normen.length === 0) fail('pso.normen', 'mag niet leeg zijn', 'must not be empty');
  normen.forEach((r, i) => {
    if (i > 0 && r.omvang <= normen[i - 1].omvang) fail(`pso.normen[${i}].omvang`, 'moet oplopen', 'must be ascending');
  });

  return {
    id: str(s.id, 'id'),
    version: int(s.version, 'version', 1),
    tenantId: str(s.tenantId, 'tenantId'),
    naam: str(s.naam, 'naam'),
    validFrom,
    validTo,
    bronnen: arr(s.bronnen, 'bronnen').map((b, i) => str(b, `bronnen[${i}]`)),
    opmerkingen: arr(s.opmerkingen, 'opmerkingen').map((b, i) => str(b, `opmerkingen[${i}]`)),
    lks: {
      wmlUur: dec(l.wmlUur, 'lks.wmlUur', 0),
      volwassenLeeftijd: int(l.volwassenLeeftijd, 'lks.volwassenLeeftijd', 0),
      jeugdWml,
      vakantiebijslag: fraction(l.vakantiebijslag, 'lks.vakantiebijslag'),
      werkgeverslastenForfait: fraction(l.werkgeverslastenForfait, 'lks.werkgeverslastenForfait'),
      maxPct: fraction(l.maxPct, 'lks.maxPct'),
      voorlopig: {
        loonwaarde: fraction(voorlopig.loonwaarde, 'lks.voorlopig.loonwaarde'),
        maxMaanden: int(voorlopig.maxMaanden, 'lks.voorlopig.maxMaanden', 1),
      },
    },
    calculatie: {
      werkgeverslastenPct: fraction(c.werkgeverslastenPct, 'calculatie.werkgeverslastenPct'),
      productieveWeken: dec(c.productieveWeken, 'calculatie.productieveWeken', 1, 52),
      overheadPct: fraction(c.overheadPct, 'calculatie.overheadPct'),
      risicoPct: fraction(c.risicoPct, 'calculatie.risicoPct'),
      margePct: fraction(c.margePct, 'calculatie.margePct'),
      praktijkbegeleiderTarief: dec(c.praktijkbegeleiderTarief, 'calculatie.praktijkbegeleiderTarief', 0),
      productieleiderTarief: dec(c.productieleiderTarief, 'calculatie.productieleiderTarief', 0),
      minGroepsgrootte: int(c.minGroepsgrootte, 'calculatie.minGroepsgrootte', 1),
      maxUrenPerWeek: dec(c.maxUrenPerWeek, 'calculatie.maxUrenPerWeek', 0, 168),
    },
    sroi: {
      model: str(sr.model, 'sroi.model'),
      voltijdUren: dec(sr.voltijdUren, 'sroi.voltijdUren', 1, 168),
      standaardPercentage: fraction(sr.standaardPercentage, 'sroi.standaardPercentage'),
      maandTelling: oneOf<MaandTelling>(sr.maandTelling, 'sroi.maandTelling', [
        'DAGGEWOGEN',
        'VOLLE_KALENDERMAANDEN',
        'GESTARTE_KALENDERMAANDEN',
      ]),
      bouwblokken,
      bonussen,
      vrijwilligerswerkUurtarief:
        sr.vrijwilligerswerkUurtarief === null
          ? null
          : dec(sr.vrijwilligerswerkUurtarief, 'sroi.vrijwilligerswerkUurtarief', 0),
    },
    pso: {
      uitgangsposities,
      contractTypes,
      normen,
      dertigPlusDrempel: fraction(p.dertigPlusDrempel, 'pso.dertigPlusDrempel'),
      voltijdUren: dec(p.voltijdUren, 'pso.voltijdUren', 1, 168),
    },
  };
}
