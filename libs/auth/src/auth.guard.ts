import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, AppError, PUBLIC_KEY, requestFrom, Rol, ROLLEN_KEY } from '@matchpunt/common';
import { TokenService } from './token.service';

/**
 * Global guard. A handler without @Rollen or @Public is closed to everybody, so a new resolver can
 * never be open by accident.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const rollen = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN_KEY, targets);
    if (!rollen) throw AppError.forbidden('Deze functie is niet beschikbaar.');

    const request = requestFrom(context);
    const header = request.headers['authorization'];
    if (!header?.startsWith('Bearer ')) throw AppError.unauthenticated('Log in om verder te gaan.');
    const actor: Actor = await this.tokens.verifyAccess(header.slice('Bearer '.length));
    if (!rollen.includes(actor.rol)) throw AppError.forbidden();
    request.actor = actor;
    return true;
  }
}
