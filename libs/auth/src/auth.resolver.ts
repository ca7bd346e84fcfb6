import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ClientIp, CurrentActor, Public, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { Medewerker } from '@matchpunt/werkgevers';
import { AuthPayload, GebruikerInput, LoginInput, NieuwWachtwoordInput } from './dto/auth.types';
import { AuthService } from './auth.service';
import { User } from './user.entity';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Inloggen met e-mailadres en wachtwoord.' })
  login(@Args('input') input: LoginInput, @ClientIp() ip: string): Promise<AuthPayload> {
    return this.auth.login(input.email, input.wachtwoord, ip);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Een nieuw toegangstoken met het verversingstoken (dat daarna niet meer werkt).' })
  vernieuwToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Uitloggen: het verversingstoken en zijn opvolgers werken niet meer.' })
  async logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    await this.auth.logout(refreshToken);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Stuurt een link om een nieuw wachtwoord te kiezen, als het adres bekend is.' })
  async vraagWachtwoordResetAan(@Args('email') email: string): Promise<boolean> {
    await this.auth.requestPasswordReset(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean)
  async stelWachtwoordIn(@Args('input') input: NieuwWachtwoordInput): Promise<boolean> {
    await this.auth.resetPassword(input.token, input.wachtwoord);
    return true;
  }

  @Rollen(...Object.values(Rol))
  @Query(() => User, { description: 'De ingelogde gebruiker.' })
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.auth.me(actor);
  }

  @Rollen(...STAFF_ROLLEN)
  @Query(() => [Medewerker], {
    description: 'De medewerkers van uw organisatie op naam, bijv. om een accountmanager of werkcoach te kiezen. Zonder rol: alle medewerkers; nooit werkgevers.',
  })
  medewerkers(@CurrentActor() actor: Actor, @Args('rol', { type: () => Rol, nullable: true }) rol?: Rol | null): Promise<Medewerker[]> {
    return this.auth.medewerkers(actor, rol);
  }

  @Rollen(Rol.ADMIN)
  @Mutation(() => User, { description: 'Maakt een gebruiker aan en stuurt een welkomstmail.' })
  maakGebruiker(@CurrentActor() actor: Actor, @Args('input') input: GebruikerInput): Promise<User> {
    return this.auth.createUser(actor, input);
  }
}
