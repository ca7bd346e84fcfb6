import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, isStaff } from '@matchpunt/common';
import { CalculatieBerekening, CalculatieInvoer, CalculatieResultaat } from './calculatie.types';
import { CalculatieService } from './calculatie.service';
import { DocumentService } from './document.service';
import { CalculatieVariatieInput } from './dto/calculatie.input';
import { OfferteVersie } from './offerte.entity';
import { OfferteDocument } from './offerte.types';
import { weergaveResultaat } from './utils/weergave';

/** The stored calculation of a version, its what-if variants and its PDF. Employers see group figures only. */
@Resolver(() => OfferteVersie)
export class OfferteVersieResolver {
  constructor(
    private readonly calculaties: CalculatieService,
    private readonly documenten: DocumentService,
  ) {}

  @ResolveField(() => CalculatieResultaat, { description: 'De opgeslagen uitkomst (met de parameterset van toen).' })
  resultaat(@CurrentActor() actor: Actor, @Parent() versie: OfferteVersie): CalculatieResultaat {
    return weergaveResultaat(versie.resultaat, isStaff(actor));
  }

  @ResolveField(() => CalculatieInvoer, { nullable: true, description: 'De opgeslagen invoer; alleen voor medewerkers (werkgevers: leeg).' })
  invoer(@CurrentActor() actor: Actor, @Parent() versie: OfferteVersie): CalculatieInvoer | null {
    return isStaff(actor) ? versie.invoer : null;
  }

  @ResolveField(() => CalculatieBerekening, {
    description: 'Wat-als: deze versie (basis, gelijk aan de opgeslagen uitkomst) met varianten ernaast (groepsgrootte, uren, begeleidingsverhouding).',
  })
  whatIf(
    @CurrentActor() actor: Actor,
    @Parent() versie: OfferteVersie,
    @Args('variaties', { type: () => [CalculatieVariatieInput] }) variaties: CalculatieVariatieInput[],
  ): Promise<CalculatieBerekening> {
    return this.calculaties.whatIfOpgeslagen(actor, versie.invoer, versie.parameterSetId, variaties);
  }

  @ResolveField(() => OfferteDocument, { nullable: true, description: 'De PDF (base64); leeg zolang die nog gemaakt wordt.' })
  pdf(@CurrentActor() actor: Actor, @Parent() versie: OfferteVersie): Promise<OfferteDocument | null> {
    return this.documenten.offertePdf(actor, versie.id);
  }
}
