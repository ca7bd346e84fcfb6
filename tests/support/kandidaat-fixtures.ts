import { TestApp } from './test-app';

/** Shared set-up for the kandidaten, privacy and plaatsingen suites. */

export const KANDIDAAT_VELDEN = `id code status beschikbaarSinds gemeenteId werkcoachId beroepswensen vaardigheden urenMin urenMax pitch
  regio { plaats } instrumenten { lksMogelijk noRiskpolis proefplaatsing jobcoach }`;

export const MAAK_KANDIDAAT = `mutation($input: NieuweKandidaatInput!) { maakKandidaat(input: $input) { ${KANDIDAAT_VELDEN} } }`;

let volgnummer = 0;

/** A unique nine-digit number that passes the elfproef (per test process). */
export function geldigeBsn(): string {
  for (;;) {
    volgnummer++;
    const prefix = String(70000000 + ((volgnummer * 7919 + process.pid * 13) % 29999999)).padStart(8, '0');
    const check = [...prefix].reduce((sum, d, i) => sum + Number(d) * (9 - i), 0) % 11;
    if (check < 10) return `${prefix}${check}`;
  }
}

export function kandidaatInput(app: TestApp, overrides: { identiteit?: object; profiel?: object; [key: string]: unknown } = {}) {
  const { identiteit, profiel, ...rest } = overrides;
  return {
    gemeenteId: app.seed.id('gemeente', 'Tiel'),
    identiteit: {
      voornaam: 'Noor',
      achternaam: 'van Geffen',
      bsn: geldigeBsn(),
      geboortedatum: '1990-05-17',
      adres: 'Kerkstraat 12',
      postcode: '4001 AB',
      telefoon: '06-12345678',
      email: 'noor.vangeffen@voorbeeld.nl',
      ...identiteit,
    },
    profiel: {
      beroepswensen: ['orderpicker', 'inpakker'],
      vaardigheden: ['heftruckcertificaat', 'scanner'],
      werkervaring: 'Twee jaar bij een distributiecentrum.',
      rijbewijs: true,
      vervoer: ['AUTO', 'FIETS'],
      reisbereidheidKm: 25,
      urenMin: 24,
      urenMax: 32,
      nederlandsNiveau: 'B1',
      sectorWensen: ['H', 'G'],
      pitch: 'Ik ben een harde werker en wil graag in de logistiek aan de slag.',
      ...profiel,
    },
    indicaties: { doelgroepregister: true, loonwaarde: 65, klantprofiel: 'KP2', doelgroepen: ['BANENAFSPRAAK'] },
    instrumenten: { lksMogelijk: true, noRiskpolis: true, proefplaatsing: false, jobcoach: true },
    ...rest,
  };
}

export async function maakKandidaat(app: TestApp, token: string, overrides: Parameters<typeof kandidaatInput>[1] = {}) {
  const data = await app.gql.ok(MAAK_KANDIDAAT, { input: kandidaatInput(app, overrides) }, token);
  return data.maakKandidaat as { id: string; code: string; status: string; [key: string]: unknown };
}

/** The seeded WERKGEVER demo users of a tenant (werkgevers seed), with their werkgever id. */
export async function werkgeverGebruikers(app: TestApp, tenant: 'rivierenland' | 'drentscheAa'): Promise<{ email: string; werkgeverId: string }[]> {
  const rows = await app.db.query(
    `SELECT email, werkgever_id AS "werkgeverId" FROM app_user WHERE rol = 'WERKGEVER' AND tenant_id = $1 ORDER BY email`,
    [app.seed.id('tenant', tenant)],
  );
  if (rows.length === 0) throw new Error(`no WERKGEVER demo users seeded for ${tenant}`);
  return rows;
}

/** A werkgever of the tenant other than the given ones. */
export async function andereWerkgever(app: TestApp, tenant: 'rivierenland' | 'drentscheAa', behalve: string[]): Promise<string> {
  const [row] = await app.db.query(`SELECT id FROM werkgever WHERE tenant_id = $1 AND NOT (id = ANY($2::uuid[])) ORDER BY id LIMIT 1`, [
    app.seed.id('tenant', tenant),
    behalve,
  ]);
  return row.id;
}
