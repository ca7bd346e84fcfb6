import { Injectable } from '@nestjs/common';
import { Actor, AppError, isStaff } from '@matchpunt/common';
import {
  calculatie,
  type CalculatieResultaat as DomeinResultaat,
  Dec,
  loonkostensubsidie,
  type LksResultaat,
  type ParameterSet,
  whatIf,
} from '@matchpunt/domain';
import { vandaag } from '@matchpunt/domain';
import { datum, getal, optioneleDatum, ParameterService, percentage, regel } from '@matchpunt/parameters';
import { EntityManager } from 'typeorm';
import { CalculatieBerekening, CalculatieInvoer } from './calculatie.types';
import { CalculatieInput, CalculatieVariatieInput, LksBerekeningInput } from './dto/calculatie.input';
import { naarDomein, normaliseer, variaties } from './utils/calculatie-invoer';
import { weergaveWhatIf } from './utils/weergave';

export interface Berekend {
  invoer: CalculatieInvoer;
  set: ParameterSet;
  resultaat: DomeinResultaat;
}

/** The calculatietool: validated input → the pure rule with the tenant's parameter set for the peildatum. */
@Injectable()
export class CalculatieService {
  constructor(private readonly parameters: ParameterService) {}

  /** Computes without saving (the portal's live form), with what-if variants side by side. */
  async bereken(actor: Actor, input: CalculatieInput, variatieInput?: CalculatieVariatieInput[] | null): Promise<CalculatieBerekening> {
    const invoer = normaliseer(input);
    const set = await this.parameters.voor(actor, invoer.peildatum, 'peildatum');
    const lijst = variaties(variatieInput);
    const w = regel(() => whatIf(naarDomein(invoer), lijst, set));
    return weergaveWhatIf(w, invoer.peildatum, isStaff(actor));
  }

  /** Computes for storage (a quote version): throws BAD_USER_INPUT naming the field, before anything is written. */
  async voorOpslag(actor: Actor, input: CalculatieInput, manager?: EntityManager): Promise<Berekend> {
    const invoer = normaliseer(input);
    const set = await this.parameters.voor(actor, invoer.peildatum, 'peildatum', manager);
    return { invoer, set, resultaat: regel(() => calculatie(naarDomein(invoer), set)) };
  }

  /** What-if on a stored version: its own input and its own parameter set, so the base equals the stored result. */
  async whatIfOpgeslagen(actor: Actor, invoer: CalculatieInvoer, parameterSetId: string, variatieInput: CalculatieVariatieInput[]): Promise<CalculatieBerekening> {
    const set = await this.parameters.laad(actor.tenantId, parameterSetId);
    const w = regel(() => whatIf(naarDomein(invoer), variaties(variatieInput), set));
    return weergaveWhatIf(w, invoer.peildatum, isStaff(actor));
  }

  /** Recomputes a stored version (to show it reproduces). */
  async herbereken(tenantId: string, invoer: CalculatieInvoer, parameterSetId: string): Promise<DomeinResultaat> {
    const set = await this.parameters.laad(tenantId, parameterSetId);
    return calculatie(naarDomein(invoer), set);
  }

  /** LKS for one worker (staff). Loonwaarde in % as everywhere in the API. */
  async lks(actor: Actor, input: LksBerekeningInput): Promise<LksResultaat> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const peildatum = input.peildatum == null ? vandaag() : datum(input.peildatum, 'peildatum');
    const set = await this.parameters.voor(actor, peildatum, 'peildatum');
    const voorlopig = input.voorlopig
      ? { startDatum: datum(input.voorlopig.startDatum, 'voorlopig.startDatum'), eindDatum: optioneleDatum(input.voorlopig.eindDatum, 'voorlopig.eindDatum') }
      : null;
    const loonwaarde = input.loonwaarde == null ? undefined : new Dec(percentage(input.loonwaarde, 'loonwaarde')).toString();
    return regel(() =>
      loonkostensubsidie(
        {
          ...(loonwaarde !== undefined && { loonwaarde }),
          urenPerWeek: getal(input.urenPerWeek, 'urenPerWeek').toString(),
          ...(input.leeftijd != null && { leeftijd: input.leeftijd }),
          ...(voorlopig && { voorlopig: { startDatum: voorlopig.startDatum, ...(voorlopig.eindDatum && { eindDatum: voorlopig.eindDatum }) } }),
        },
        set,
      ),
    );
  }
}
