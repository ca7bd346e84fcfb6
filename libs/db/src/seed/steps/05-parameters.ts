import { type ParameterSet, parseParameterSet, SEED_PARAMETER_SETS } from '@matchpunt/domain';
import { insertRows, SeedContext } from '../seed-context';

const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The year after the seeded values: the same values, labelled as not yet indexed, so "today" keeps working. */
const VOLGEND_JAAR = { validFrom: '2027-01-01', validTo: '2027-12-31' };
const VOORLOPIG = 'voorlopig: nog te indexeren';

/**
 * The parameter sets of RULES.md, per tenant: Werkzaak Rivierenland gets the Oost-Nederland set, Werkplein
 * Drentsche Aa the Utrecht model set (the JSON files name the tenant by its slug). Each tenant also gets version 2,
 * a copy valid in 2027 labelled "voorlopig: nog te indexeren" — an ADMIN replaces it with a new version once the
 * 2027 amounts (WML, tariffs) are known. Every body passes `parseParameterSet`.
 */
export async function seedParameters(ctx: SeedContext): Promise<void> {
  const tenants: { id: string; naam: string }[] = await ctx.db.query(`SELECT id, naam FROM tenant`);
  const rows: Record<string, unknown>[] = [];
  for (const set of SEED_PARAMETER_SETS) {
    const tenant = tenants.find((t) => slug(t.naam) === set.tenantId);
    if (!tenant) continue;
    const v1 = versie(set, ctx.id('parameter-set', `${set.id}:1`), 1, tenant.id, {});
    const v2 = versie(set, ctx.id('parameter-set', `${set.id}:2`), 2, tenant.id, {
      ...VOLGEND_JAAR,
      naam: `${set.naam.replace(/2026/g, '2027')} (${VOORLOPIG})`,
      opmerkingen: [
        `${VOORLOPIG}: een kopie van de waarden van 2026, zodat berekeningen na 1 januari 2027 blijven werken. Vervang door een nieuwe versie met de geïndexeerde bedragen.`,
        ...set.opmerkingen,
      ],
    });
    for (const body of [v1, v2]) {
      rows.push({
        id: body.id,
        tenant_id: body.tenantId,
        version: body.version,
        naam: body.naam,
        valid_from: body.validFrom,
        valid_to: body.validTo,
        body,
      });
    }
  }
  await insertRows(ctx.db, 'parameter_set', rows);
  ctx.log(`parametersets: ${rows.length}`);
}

function versie(set: ParameterSet, id: string, version: number, tenantId: string, over: Partial<ParameterSet>): ParameterSet {
  return parseParameterSet({ ...set, ...over, id, version, tenantId });
}
