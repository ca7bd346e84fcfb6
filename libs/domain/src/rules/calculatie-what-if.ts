/**
 * What-if for the calculatietool: the base calculation and variations side by side.
 *
 * A variation changes, in this order:
 * - `groepsgrootte`: the group becomes the base workers taken in order, repeated cyclically when it grows
 *   (5 of 6 = the first five; 8 of 6 = the six plus the first two again); supervision hours stay as in the base
 *   unless a ratio is given too;
 * - `urenPerWeek`: every worker works these hours;
 * - `medewerkersPerBegeleider`: the praktijkbegeleider's hours become Σ worker hours / ratio (a ratio of 6 with six
 *   workers of 28 h gives 28 h, i.e. one supervisor per six workers working alongside them).
 * A variation that breaks a rule (e.g. a group of 4) reports its error instead of a result; an invalid base throws.
 */
import { DomainError, DomainValidationError } from '../errors';
import { calculatie, type CalculatieInput, type CalculatieResultaat } from './calculatie';
import { type DecimalInput, sum } from './money';
import type { WithId } from './parameters';
import { requireInteger, requirePositive } from './validation';

export interface CalculatieVariatie {
  label?: string;
  groepsgrootte?: number;
  urenPerWeek?: DecimalInput;
  medewerkersPerBegeleider?: DecimalInput;
}

export interface CalculatieVariant {
  variatie: CalculatieVariatie;
  resultaat: CalculatieResultaat | null;
  fout: { code: string; field: string | null; messageNl: string; messageEn: string } | null;
}

export interface WhatIfResultaat {
  parameterSetId: string;
  basis: CalculatieResultaat;
  varianten: CalculatieVariant[];
}

/** The input of one variation (pure; the base input is not changed). */
export function pasVariatieToe(base: CalculatieInput, v: CalculatieVariatie, field = 'variatie'): CalculatieInput {
  let medewerkers = [...base.medewerkers];
  if (v.groepsgrootte !== undefined) {
    const n = requireInteger(v.groepsgrootte, `${field}.groepsgrootte`, 1);
    medewerkers = Array.from({ length: n }, (_, i) => base.medewerkers[i % base.medewerkers.length]);
  }
  if (v.urenPerWeek !== undefined) {
    const uren = v.urenPerWeek;
    medewerkers = medewerkers.map((m) => ({ ...m, urenPerWeek: uren }));
  }
  let praktijkbegeleiderUrenPerWeek = base.praktijkbegeleiderUrenPerWeek;
  if (v.medewerkersPerBegeleider !== undefined) {
    const ratio = requirePositive(v.medewerkersPerBegeleider, `${field}.medewerkersPerBegeleider`);
    const totaalUren = sum(medewerkers.map((m, i) => requirePositive(m.urenPerWeek, `medewerkers[${i}].urenPerWeek`)));
    praktijkbegeleiderUrenPerWeek = totaalUren.dividedBy(ratio);
  }
  return { ...base, medewerkers, praktijkbegeleiderUrenPerWeek };
}

export function whatIf(
  base: CalculatieInput,
  variaties: readonly CalculatieVariatie[],
  params: WithId<'calculatie' | 'lks'>,
): WhatIfResultaat {
  const basis = calculatie(base, params);
  const varianten = variaties.map((variatie, index): CalculatieVariant => {
    try {
      return {
        variatie,
        resultaat: calculatie(pasVariatieToe(base, variatie, `variaties[${index}]`), params),
        fout: null,
      };
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const field = e instanceof DomainValidationError ? e.field : null;
      return {
        variatie,
        resultaat: null,
        fout: { code: e.code, field, messageNl: e.messageNl, messageEn: e.messageEn },
      };
    }
  });
  return { parameterSetId: params.id, basis, varianten };
}
