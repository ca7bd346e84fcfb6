import { hash } from 'argon2';
import { insertRows, SeedContext } from '../seed-context';
import { TenantKey } from './01-tenants';

export const DEMO_PASSWORD = 'Matchpunt-demo-2026';

export interface DemoAccount {
  email: string;
  rol: string;
  tenant: string;
}

const STAFF: { tenant: TenantKey; email: string; naam: string; rol: string }[] = [
  { tenant: 'rivierenland', email: 'admin@werkzaak.demo', naam: 'Anita Admin', rol: 'ADMIN' },
  { tenant: 'rivierenland', email: 'accountmanager@werkzaak.demo', naam: 'Bram de Vries', rol: 'ACCOUNTMANAGER' },
  { tenant: 'rivierenland', email: 'accountmanager2@werkzaak.demo', naam: 'Fatima El Amrani', rol: 'ACCOUNTMANAGER' },
  { tenant: 'rivierenland', email: 'jobhunter@werkzaak.demo', naam: 'Joost van Dam', rol: 'JOBHUNTER' },
  { tenant: 'rivierenland', email: 'werkcoach@werkzaak.demo', naam: 'Sanne Bakker', rol: 'WERKCOACH' },
  { tenant: 'rivierenland', email: 'werkcoach2@werkzaak.demo', naam: 'Mehmet Yilmaz', rol: 'WERKCOACH' },
  { tenant: 'drentscheAa', email: 'admin@werkplein-drentscheaa.demo', naam: 'Henk Drenth', rol: 'ADMIN' },
  { tenant: 'drentscheAa', email: 'accountmanager@werkplein-drentscheaa.demo', naam: 'Inge Zuidema', rol: 'ACCOUNTMANAGER' },
  { tenant: 'drentscheAa', email: 'werkcoach@werkplein-drentscheaa.demo', naam: 'Roelof Wieringa', rol: 'WERKCOACH' },
];

export async function seedStaff(ctx: SeedContext): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);
  ctx.state.passwordHash = passwordHash;
  await insertRows(
    ctx.db,
    'app_user',
    STAFF.map((user) => ({
      id: ctx.id('user', user.email),
      tenant_id: ctx.id('tenant', user.tenant),
      email: user.email,
      naam: user.naam,
      rol: user.rol,
      password_hash: passwordHash,
    })),
  );
  const accounts = (ctx.state.accounts ??= []) as DemoAccount[];
  accounts.push(...STAFF.map((user) => ({ email: user.email, rol: user.rol, tenant: user.tenant })));
  ctx.log(`staff users: ${STAFF.length}`);
}
