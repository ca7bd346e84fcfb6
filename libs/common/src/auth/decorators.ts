import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, Rol } from './actor';

export const ROLLEN_KEY = 'matchpunt:rollen';
export const PUBLIC_KEY = 'matchpunt:public';

/** Which roles may call a resolver (class or method). Every resolver declares this or @Public(). */
export const Rollen = (...rollen: Rol[]) => SetMetadata(ROLLEN_KEY, rollen);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export function requestFrom(context: ExecutionContext): { actor?: Actor; ip?: string; headers: Record<string, string> } {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestFrom(context).actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});

export const ClientIp = createParamDecorator((_: unknown, context: ExecutionContext): string => requestFrom(context).ip ?? 'unknown');
