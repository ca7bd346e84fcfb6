import type { CalculatieResultaat as DomeinResultaat, WhatIfResultaat } from '@matchpunt/domain';
import { apiVeld, euroNl } from '@matchpunt/parameters';
import { CalculatieBerekening, CalculatieGeboden, CalculatieResultaat, CalculatieVariant } from '../calculatie.types';

const zonderMin = (amount: string) => amount.replace(/^-/, '');

/** The gap in plain words: what the employer's price means next to the cost price. */
export function samenvatting(r: DomeinResultaat): string {
  const g = r.geboden!;
  const kostprijs = `${euroNl(r.kostprijsPerGewerktUur)} per gewerkt uur`;
  if (g.onderKostprijs) {
    return `Het geboden tarief van ${euroNl(g.tarief)} ligt ${euroNl(zonderMin(g.verschilPerUur))} per uur en ${euroNl(zonderMin(g.verschilPerJaar))} per jaar onder de kostprijs (${kostprijs}). Ons tariefvoorstel is ${euroNl(r.tariefvoorstel)} per uur.`;
  }
  return `Het geboden tarief van ${euroNl(g.tarief)} dekt de kostprijs (${kostprijs}): ${euroNl(g.verschilPerUur)} per uur en ${euroNl(g.verschilPerJaar)} per jaar erboven. Ons tariefvoorstel is ${euroNl(r.tariefvoorstel)} per uur.`;
}

/** The rule's result for the API; `volledig` = false (an employer) leaves out the per-worker breakdown. */
export function weergaveResultaat(r: DomeinResultaat, volledig: boolean): CalculatieResultaat {
  const geboden: CalculatieGeboden | null = r.geboden && {
    ...r.geboden,
    tekortPerUur: r.geboden.onderKostprijs ? zonderMin(r.geboden.verschilPerUur) : null,
    tekortPerJaar: r.geboden.onderKostprijs ? zonderMin(r.geboden.verschilPerJaar) : null,
    samenvatting: samenvatting(r),
  };
  return { ...r, geboden, medewerkers: volledig ? r.medewerkers : [] };
}

export function weergaveWhatIf(w: WhatIfResultaat, peildatum: string, volledig: boolean): CalculatieBerekening {
  return {
    peildatum,
    parameterSetId: w.parameterSetId,
    basis: weergaveResultaat(w.basis, volledig),
    varianten: w.varianten.map(
      (v): CalculatieVariant => ({
        label: v.variatie.label ?? null,
        groepsgrootte: v.variatie.groepsgrootte ?? null,
        urenPerWeek: v.variatie.urenPerWeek == null ? null : String(v.variatie.urenPerWeek),
        medewerkersPerBegeleider: v.variatie.medewerkersPerBegeleider == null ? null : String(v.variatie.medewerkersPerBegeleider),
        resultaat: v.resultaat && weergaveResultaat(v.resultaat, volledig),
        fout: v.fout && { code: 'BAD_USER_INPUT', veld: v.fout.field === null ? null : apiVeld(v.fout.field), melding: v.fout.messageNl },
      }),
    ),
  };
}
