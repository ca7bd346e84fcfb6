import { AppError } from '@matchpunt/common';
import { type CalculatieInput as DomeinInput, type CalculatieVariatie, Dec, vandaag } from '@matchpunt/domain';
import { datum, getal, getalTussen, optioneleDatum, percentage, tekst } from '@matchpunt/parameters';
import { CalculatieInvoer } from '../calculatie.types';
import { CalculatieInput, CalculatieVariatieInput } from '../dto/calculatie.input';

/** More workers than this in one calculatie is a typo, not a groepsplaatsing. */
export const MAX_MEDEWERKERS = 200;
export const MAX_VARIATIES = 10;

const bedrag = (value: string | null | undefined, field: string): string =>
  value == null ? '0' : getalTussen(value, field, 0, 100_000_000);
const optioneelBedrag = (value: string | null | undefined, field: string): string | null =>
  value == null ? null : getalTussen(value, field, 0, 100_000_000);
const optioneelPct = (value: string | null | undefined, field: string): string | null => (value == null ? null : getalPct(value, field));
const getalPct = (value: string, field: string): string => {
  percentage(value, field);
  return getal(value, field).toString();
};

/**
 * Checks what the rules do not (percentages 0–100, amounts ≥ 0, one way to give the supervision) and returns
 * the input as it is stored: strings in the API's units, so `naarDomein` reproduces the calculation exactly.
 * Hours, group size and loonwaarde bounds are checked by the rule itself, naming the field.
 */
export function normaliseer(input: CalculatieInput): CalculatieInvoer {
  if (!Array.isArray(input.medewerkers)) throw AppError.badInput('Geef de medewerkers van de groep.', 'medewerkers');
  if (input.medewerkers.length > MAX_MEDEWERKERS) {
    throw AppError.badInput(`Een calculatie heeft hoogstens ${MAX_MEDEWERKERS} medewerkers.`, 'medewerkers');
  }
  const pb = input.praktijkbegeleiderUrenPerWeek ?? null;
  const ratio = input.medewerkersPerBegeleider ?? null;
  if ((pb === null) === (ratio === null)) {
    throw AppError.badInput('Geef de uren van de praktijkbegeleider óf de verhouding medewerkers per begeleider.', 'praktijkbegeleiderUrenPerWeek');
  }
  return {
    peildatum: input.peildatum == null ? vandaag() : datum(input.peildatum, 'peildatum'),
    medewerkers: input.medewerkers.map((m, i) => {
      const f = `medewerkers.${i}`;
      if (m.leeftijd != null && (!Number.isInteger(m.leeftijd) || m.leeftijd < 0 || m.leeftijd > 120)) {
        throw AppError.badInput(`${f}.leeftijd: moet een geheel getal van 0 tot 120 zijn.`, `${f}.leeftijd`);
      }
      const voorlopig = m.voorlopigeLks
        ? { startDatum: datum(m.voorlopigeLks.startDatum, `${f}.voorlopigeLks.startDatum`), eindDatum: optioneleDatum(m.voorlopigeLks.eindDatum, `${f}.voorlopigeLks.eindDatum`) }
        : null;
      if (voorlopig?.eindDatum && voorlopig.eindDatum < voorlopig.startDatum) {
        throw AppError.badInput(`${f}.voorlopigeLks.eindDatum: ligt voor de startdatum.`, `${f}.voorlopigeLks.eindDatum`);
      }
      return {
        urenPerWeek: getal(m.urenPerWeek, `${f}.urenPerWeek`).toString(),
        loonwaarde: m.loonwaarde == null ? null : getalPct(m.loonwaarde, `${f}.loonwaarde`),
        uurloon: optioneelBedrag(m.uurloon, `${f}.uurloon`),
        leeftijd: m.leeftijd ?? null,
        lks: m.lks ?? true,
        voorlopigeLks: voorlopig,
      };
    }),
    praktijkbegeleiderUrenPerWeek: pb === null ? null : getalTussen(pb, 'praktijkbegeleiderUrenPerWeek', 0, 168),
    medewerkersPerBegeleider: ratio === null ? null : getalTussen(ratio, 'medewerkersPerBegeleider', 0, 1000, false),
    productieleiderUrenPerWeek: getalTussen(input.productieleiderUrenPerWeek ?? '0', 'productieleiderUrenPerWeek', 0, 168),
    praktijkbegeleiderTarief: optioneelBedrag(input.praktijkbegeleiderTarief, 'praktijkbegeleiderTarief'),
    productieleiderTarief: optioneelBedrag(input.productieleiderTarief, 'productieleiderTarief'),
    reiskostenPerJaar: bedrag(input.reiskostenPerJaar, 'reiskostenPerJaar'),
    materiaalkostenPerJaar: bedrag(input.materiaalkostenPerJaar, 'materiaalkostenPerJaar'),
    overigeKostenPerJaar: bedrag(input.overigeKostenPerJaar, 'overigeKostenPerJaar'),
    overheadPct: optioneelPct(input.overheadPct, 'overheadPct'),
    risicoPct: optioneelPct(input.risicoPct, 'risicoPct'),
    margePct: optioneelPct(input.margePct, 'margePct'),
    gebodenTarief: optioneelBedrag(input.gebodenTarief, 'gebodenTarief'),
  };
}

const fractie = (pct: string) => new Dec(pct).dividedBy(100).toString();

/** The stored input as the rule's input (fractions; supervision ratio turned into hours). Pure and deterministic. */
export function naarDomein(invoer: CalculatieInvoer): DomeinInput {
  const medewerkers = invoer.medewerkers.map((m) => ({
    urenPerWeek: m.urenPerWeek,
    ...(m.loonwaarde !== null && { loonwaarde: fractie(m.loonwaarde) }),
    ...(m.uurloon !== null && { uurloon: m.uurloon }),
    ...(m.leeftijd !== null && { leeftijd: m.leeftijd }),
    lks: m.lks,
    ...(m.voorlopigeLks && {
      voorlopigeLks: { startDatum: m.voorlopigeLks.startDatum, ...(m.voorlopigeLks.eindDatum && { eindDatum: m.voorlopigeLks.eindDatum }) },
    }),
  }));
  const pbUren =
    invoer.praktijkbegeleiderUrenPerWeek ??
    medewerkers.reduce((som, m) => som.plus(new Dec(m.urenPerWeek)), new Dec(0)).dividedBy(invoer.medewerkersPerBegeleider as string).toString();
  const overige = new Dec(invoer.reiskostenPerJaar).plus(invoer.materiaalkostenPerJaar).plus(invoer.overigeKostenPerJaar).toString();
  return {
    medewerkers,
    praktijkbegeleiderUrenPerWeek: pbUren,
    productieleiderUrenPerWeek: invoer.productieleiderUrenPerWeek,
    ...(invoer.praktijkbegeleiderTarief !== null && { praktijkbegeleiderTarief: invoer.praktijkbegeleiderTarief }),
    ...(invoer.productieleiderTarief !== null && { productieleiderTarief: invoer.productieleiderTarief }),
    overigeKostenPerJaar: overige,
    ...(invoer.overheadPct !== null && { overheadPct: fractie(invoer.overheadPct) }),
    ...(invoer.risicoPct !== null && { risicoPct: fractie(invoer.risicoPct) }),
    ...(invoer.margePct !== null && { margePct: fractie(invoer.margePct) }),
    ...(invoer.gebodenTarief !== null && { gebodenTarief: invoer.gebodenTarief }),
  };
}

export function variaties(input: CalculatieVariatieInput[] | null | undefined): CalculatieVariatie[] {
  const lijst = input ?? [];
  if (lijst.length > MAX_VARIATIES) throw AppError.badInput(`Hoogstens ${MAX_VARIATIES} varianten tegelijk.`, 'variaties');
  lijst.forEach((v, i) => {
    if (v.groepsgrootte != null && v.groepsgrootte > MAX_MEDEWERKERS) {
      throw AppError.badInput(`Een variant heeft hoogstens ${MAX_MEDEWERKERS} medewerkers.`, `variaties.${i}.groepsgrootte`);
    }
  });
  return lijst.map((v, i) => ({
    ...(v.label != null && { label: tekst(v.label, `variaties.${i}.label`, 100) }),
    ...(v.groepsgrootte != null && { groepsgrootte: v.groepsgrootte }),
    ...(v.urenPerWeek != null && { urenPerWeek: getal(v.urenPerWeek, `variaties.${i}.urenPerWeek`).toString() }),
    ...(v.medewerkersPerBegeleider != null && { medewerkersPerBegeleider: getal(v.medewerkersPerBegeleider, `variaties.${i}.medewerkersPerBegeleider`).toString() }),
  }));
}
