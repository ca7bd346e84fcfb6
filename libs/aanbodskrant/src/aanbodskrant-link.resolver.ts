import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@matchpunt/common';
import { AanbodskrantReacties } from './aanbodskrant-reacties.service';
import { AanbodskrantLinkDoel } from './aanbodskrant.enums';
import { AanbodskrantLinkInhoud, AfmeldBevestiging, InteresseBevestiging } from './aanbodskrant.types';

/**
 * The entry points of the links in the aanbodskrant mail (and what the page they open shows first). Public: the signed, expiring token is the only
 * credential, and it names one edition, contactpersoon (and candidate) only.
 */
@Resolver()
export class AanbodskrantLinkResolver {
  constructor(private readonly reacties: AanbodskrantReacties) {}

  @Public()
  @Query(() => AanbodskrantLinkInhoud, {
    description: 'Waar een link uit de aanbodskrant over gaat (editie, werkgever, contactpersoon en bij interesse de kandidaat zonder naam), om te tonen vóór het bevestigen.',
  })
  aanbodskrantLink(
    @Args('token') token: string,
    @Args('doel', { type: () => AanbodskrantLinkDoel }) doel: AanbodskrantLinkDoel,
  ): Promise<AanbodskrantLinkInhoud> {
    return this.reacties.bekijk(token, doel);
  }

  @Public()
  @Mutation(() => InteresseBevestiging, {
    description: 'Interesse in een kandidaat uit de aanbodskrant (de link in de mail). Eén keer per editie, kandidaat en contactpersoon; de accountmanager krijgt een voorstel om op te volgen.',
  })
  toonInteresseViaLink(@Args('token') token: string): Promise<InteresseBevestiging> {
    return this.reacties.toonInteresse(token);
  }

  @Public()
  @Mutation(() => AfmeldBevestiging, { description: 'Afmelden voor de aanbodskrant (de link onderaan de mail).' })
  meldAfVoorAanbodskrant(@Args('token') token: string): Promise<AfmeldBevestiging> {
    return this.reacties.meldAf(token);
  }
}
