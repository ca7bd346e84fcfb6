import 'reflect-metadata';
import { Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { PUBLIC_KEY, ROLLEN_KEY } from '@matchpunt/common';
import { AppModule } from '../../apps/api/src/app.module';

const RESOLVER_TYPE = 'graphql:resolver_type';

/** Every provider class reachable from AppModule through static imports. */
function providerClasses(module: any, seen = new Set<any>()): Type[] {
  if (!module || seen.has(module)) return [];
  seen.add(module);
  const target = module.module ?? module;
  const imports: any[] = [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, target) ?? []), ...(module.imports ?? [])];
  const providers: any[] = [...(Reflect.getMetadata(MODULE_METADATA.PROVIDERS, target) ?? []), ...(module.providers ?? [])];
  return [
    ...providers.map((p) => (typeof p === 'function' ? p : p?.useClass)).filter(Boolean),
    ...imports.flatMap((m) => providerClasses(m, seen)),
  ];
}

/**
 * Every query and mutation declares who may call it (@Rollen) or that anyone may (@Public). The global guard
 * refuses undeclared handlers anyway; this test makes an omission visible, with a list.
 */
describe('resolver access declarations', () => {
  const handlers = [...new Set(providerClasses(AppModule))].flatMap((cls) =>
    Object.entries(Object.getOwnPropertyDescriptors(cls.prototype))
      .filter(([, d]) => typeof d.value === 'function' && ['Query', 'Mutation'].includes(Reflect.getMetadata(RESOLVER_TYPE, d.value)))
      .map(([name, d]) => ({ cls, name, method: d.value })),
  );
  const declared = (key: string, h: (typeof handlers)[number]) => Reflect.getMetadata(key, h.method) ?? Reflect.getMetadata(key, h.cls);

  it('finds the resolvers', () => {
    expect(handlers.length).toBeGreaterThan(5);
  });

  it('has @Rollen or @Public on every query and mutation', () => {
    const undeclared = handlers.filter((h) => !declared(ROLLEN_KEY, h) && !declared(PUBLIC_KEY, h)).map((h) => `${h.cls.name}.${h.name}`);
    expect(undeclared).toEqual([]);
  });

  it('keeps the public surface to login, password flows and signed-link entry points', () => {
    const open = handlers.filter((h) => declared(PUBLIC_KEY, h)).map((h) => h.name);
    const allowed = ['login', 'vernieuwToken', 'logout', 'vraagWachtwoordResetAan', 'stelWachtwoordIn', 'toonInteresseViaLink', 'boekJobdateViaLink', 'meldAfVoorAanbodskrant', 'aanbodskrantLink'];
    expect(open).toEqual(expect.arrayContaining(allowed.slice(0, 5)));
    expect(open.filter((name) => !allowed.includes(name))).toEqual([]);
  });
});
