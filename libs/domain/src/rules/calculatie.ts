/**
 * Calculatietool — cost price of a groepsplaatsing (RULES.md §4).
 *
 *   per worker i: loonkosten_i = uurloon_i × (1 + vakantiebijslag) × (1 + werkgeverslastenPct) × uren_i × 52
 *                 LKS_i        = §1 LKS/jaar (lks.ts) when eligible
 *                 gewerkt_i    = uren_i × productieveWeken      productief_i = gewerkt_i × loonwaarde_i
 *   group:        begeleiding  = (praktijkbegeleiderUren × tarief + productieleiderUren × tarief) × 52
 *                 overhead     = overheadPct × (Σ loonkosten + begeleiding)
 *                 kostprijs    = Σ loonkosten − Σ LKS + begeleiding + overhead + overige kosten
 *                 per gewerkt uur = kostprijs / Σ gewerkt (= break-even tariff); per productief uur = kostprijs / Σ productief
 *                 tariefvoorstel  = per gewerkt uur × (1 + risicoPct) × (1 + margePct)
 *                 verschil/uur    = geboden tarief − per gewerkt uur;   verschil/jaar = verschil/uur × Σ gewerkt
 * Every figure is computed from unrounded parts; only reported amounts are rounded.
 * uurloon defaults to the WML for the worker's age; a worker with a voorlopige LKS (loonwaarde not yet measured)
 * counts with the set's flat loonwaarde for the LKS and for productive hours, for the whole year (an estimate).
 */
import type Decimal from 'decimal.js';
import { DomainValidationError } from '../errors';
import { berekenLks, type LksVoorlopigInput, lksLoonwaarde, WEKEN_PER_JAAR, wmlUurVoorLeeftijd } from './lks';
import { type DecimalInput, type EuroString, formatEuro, formatFixed, ONE, param, sum, ZERO } from './money';
import type { WithId } from './parameters';
import { requireFraction, requireInRangeExclusiveZero, requireNonNegative } from './validation';

export interface CalculatieMedewerker {
  urenPerWeek: DecimalInput;
  /** Fraction 0–1; omit when `voorlopigeLks`. */
  loonwaarde?: DecimalInput;
  /** Gross hourly wage excl. holiday allowance; default the WML for `leeftijd`. */
  uurloon?: DecimalInput;
  leeftijd?: number;
  /** Whether the SOB receives LKS for this worker; default true. */
  lks?: boolean;
  voorlopigeLks?: LksVoorlopigInput;
}

export interface CalculatieInput {
  medewerkers: readonly CalculatieMedewerker[];
  praktijkbegeleiderUrenPerWeek: DecimalInput;
  productieleiderUrenPerWeek: DecimalInput;
  /** Hourly rates; default the set's supervision rates. */
  praktijkbegeleiderTarief?: DecimalInput;
  productieleiderTarief?: DecimalInput;
  /** Other costs per year (default 0). */
  overigeKostenPerJaar?: DecimalInput;
  /** The employer's offered price per worked hour, to compare with. */
  gebodenTarief?: DecimalInput;
  /** Per-offer overrides of the set's percentages (fractions 0–1). */
  overheadPct?: DecimalInput;
  risicoPct?: DecimalInput;
  margePct?: DecimalInput;
}

export interface CalculatieMedewerkerResultaat {
  loonkosten: EuroString;
  lks: EuroString;
  lksGecapt: boolean;
  gewerkteUren: string;
  productieveUren: string;
}

export interface CalculatieResultaat {
  parameterSetId: string;
  groepsgrootte: number;
  loonkosten: EuroString;
  lks: EuroString;
  begeleiding: EuroString;
  overhead: EuroString;
  overigeKosten: EuroString;
  kostprijsPerJaar: EuroString;
  kostprijsPerMedewerker: EuroString;
  gewerkteUren: string;
  productieveUren: string;
  kostprijsPerGewerktUur: EuroString;
  /** null when no productive hours (all loonwaarden 0). */
  kostprijsPerProductiefUur: EuroString | null;
  /** = kostprijs per gewerkt uur. */
  breakEvenTarief: EuroString;
  tariefvoorstel: EuroString;
  /** Comparison with the offered price; negative verschil = below cost price. */
  geboden: {
    tarief: EuroString;
    verschilPerUur: EuroString;
    verschilPerJaar: EuroString;
    onderKostprijs: boolean;
  } | null;
  medewerkers: CalculatieMedewerkerResultaat[];
}

const uren2 = (d: Decimal) => formatFixed(d, 2);

function orParam(
  value: DecimalInput | undefined,
  fallback: string,
  field: string,
  check: (v: DecimalInput, field: string) => Decimal,
): Decimal {
  return value === undefined ? param(fallback) : check(value, field);
}

/** Cost price of a groepsplaatsing; throws DomainValidationError naming the field on invalid input. */
export function calculatie(input: CalculatieInput, params: WithId<'calculatie' | 'lks'>): CalculatieResultaat {
  const { calculatie: c, lks } = params;
  if (input.medewerkers.length < c.minGroepsgrootte) {
    throw new DomainValidationError(
      'medewerkers',
      `een groepsplaatsing heeft minstens ${c.minGroepsgrootte} medewerkers (nu ${input.medewerkers.length})`,
      `a groepsplaatsing needs at least ${c.minGroepsgrootte} workers (got ${input.medewerkers.length})`,
    );
  }
  const opslag = ONE.plus(param(lks.vakantiebijslag)).times(ONE.plus(param(c.werkgeverslastenPct)));
  const productieveWeken = param(c.productieveWeken);
  const maxUren = param(c.maxUrenPerWeek);

  const medewerkers = input.medewerkers.map((m, index) => {
    const field = `medewerkers[${index}]`;
    const uren = requireInRangeExclusiveZero(m.urenPerWeek, maxUren, `${field}.urenPerWeek`);
    const loonwaarde = lksLoonwaarde({ loonwaarde: m.loonwaarde, voorlopig: m.voorlopigeLks }, lks, field);
    const uurloon =
      m.uurloon === undefined
        ? wmlUurVoorLeeftijd(m.leeftijd, lks, `${field}.leeftijd`)
        : requireNonNegative(m.uurloon, `${field}.uurloon`);
    const loonkosten = uurloon.times(opslag).times(uren).times(WEKEN_PER_JAAR);
    const lksExact =
      m.lks === false
        ? null
        : berekenLks(
            { loonwaarde: m.loonwaarde, urenPerWeek: uren, leeftijd: m.leeftijd, voorlopig: m.voorlopigeLks },
            lks,
            field,
          );
    const gewerkt = uren.times(productieveWeken);
    return {
      loonkosten,
      lks: lksExact?.perJaar ?? ZERO,
      lksGecapt: lksExact?.gecapt ?? false,
      gewerkt,
      productief: gewerkt.times(loonwaarde),
    };
  });

  const pbUren = requireNonNegative(input.praktijkbegeleiderUrenPerWeek, 'praktijkbegeleiderUrenPerWeek');
  const plUren = requireNonNegative(input.productieleiderUrenPerWeek, 'productieleiderUrenPerWeek');
  // Parameter-set values are checked by parseParameterSet; only per-offer overrides are validated here.
  const pbTarief = orParam(
    input.praktijkbegeleiderTarief,
    c.praktijkbegeleiderTarief,
    'praktijkbegeleiderTarief',
    requireNonNegative,
  );
  const plTarief = orParam(
    input.productieleiderTarief,
    c.productieleiderTarief,
    'productieleiderTarief',
    requireNonNegative,
  );
  const overige = orParam(input.overigeKostenPerJaar, '0', 'overigeKostenPerJaar', requireNonNegative);
  const overheadPct = orParam(input.overheadPct, c.overheadPct, 'overheadPct', requireFraction);
  const risicoPct = orParam(input.risicoPct, c.risicoPct, 'risicoPct', requireFraction);
  const margePct = orParam(input.margePct, c.margePct, 'margePct', requireFraction);

  const loonkosten = sum(medewerkers.map((m) => m.loonkosten));
  const lksTotaal = sum(medewerkers.map((m) => m.lks));
  const gewerkt = sum(medewerkers.map((m) => m.gewerkt));
  const productief = sum(medewerkers.map((m) => m.productief));
  const begeleiding = pbUren.times(pbTarief).plus(plUren.times(plTarief)).times(WEKEN_PER_JAAR);
  const overhead = overheadPct.times(loonkosten.plus(begeleiding));
  const kostprijs = loonkosten.minus(lksTotaal).plus(begeleiding).plus(overhead).plus(overige);
  const perGewerktUur = kostprijs.dividedBy(gewerkt);
  const tariefvoorstel = perGewerktUur.times(ONE.plus(risicoPct)).times(ONE.plus(margePct));

  let geboden: CalculatieResultaat['geboden'] = null;
  if (input.gebodenTarief !== undefined) {
    const tarief = requireNonNegative(input.gebodenTarief, 'gebodenTarief');
    const verschilPerUur = tarief.minus(perGewerktUur);
    geboden = {
      tarief: formatEuro(tarief),
      verschilPerUur: formatEuro(verschilPerUur),
      verschilPerJaar: formatEuro(verschilPerUur.times(gewerkt)),
      onderKostprijs: verschilPerUur.isNegative() && !verschilPerUur.isZero(),
    };
  }

  return {
    parameterSetId: params.id,
    groepsgrootte: medewerkers.length,
    loonkosten: formatEuro(loonkosten),
    lks: formatEuro(lksTotaal),
    begeleiding: formatEuro(begeleiding),
    overhead: formatEuro(overhead),
    overigeKosten: formatEuro(overige),
    kostprijsPerJaar: formatEuro(kostprijs),
    kostprijsPerMedewerker: formatEuro(kostprijs.dividedBy(medewerkers.length)),
    gewerkteUren: uren2(gewerkt),
    productieveUren: uren2(productief),
    kostprijsPerGewerktUur: formatEuro(perGewerktUur),
    kostprijsPerProductiefUur: productief.isZero() ? null : formatEuro(kostprijs.dividedBy(productief)),
    breakEvenTarief: formatEuro(perGewerktUur),
    tariefvoorstel: formatEuro(tariefvoorstel),
    geboden,
    medewerkers: medewerkers.map((m) => ({
      loonkosten: formatEuro(m.loonkosten),
      lks: formatEuro(m.lks),
      lksGecapt: m.lksGecapt,
      gewerkteUren: uren2(m.gewerkt),
      productieveUren: uren2(m.productief),
    })),
  };
}
