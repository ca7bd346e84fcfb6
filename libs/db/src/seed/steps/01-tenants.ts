import { insertRows, SeedContext } from '../seed-context';

export const TENANTS = {
  rivierenland: {
    naam: 'Werkzaak Rivierenland',
    regio: 'Rivierenland',
    gemeenten: ['Buren', 'Culemborg', 'Maasdriel', 'Neder-Betuwe', 'Tiel', 'West Betuwe', 'West Maas en Waal', 'Zaltbommel'],
  },
  drentscheAa: {
    naam: 'Werkplein Drentsche Aa',
    regio: 'Drenthe',
    gemeenten: ['Assen', 'Aa en Hunze', 'Tynaarlo'],
  },
} as const;

export type TenantKey = keyof typeof TENANTS;

export async function seedTenants(ctx: SeedContext): Promise<void> {
  for (const [key, tenant] of Object.entries(TENANTS)) {
    const regioId = ctx.id('regio', key);
    const tenantId = ctx.id('tenant', key);
    await insertRows(ctx.db, 'regio', [{ id: regioId, naam: tenant.regio }]);
    await insertRows(ctx.db, 'tenant', [{ id: tenantId, naam: tenant.naam, regio_id: regioId }]);
    await insertRows(
      ctx.db,
      'gemeente',
      tenant.gemeenten.map((naam) => ({ id: ctx.id('gemeente', naam), tenant_id: tenantId, naam })),
    );
  }
  ctx.log(`tenants: ${Object.keys(TENANTS).length}`);
}
