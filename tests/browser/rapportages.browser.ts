import assert from 'node:assert/strict';
import { PHONE, test } from './harness';

const MAAK_VERPLICHTING = `mutation($input: SroiVerplichtingInput!) { maakSroiVerplichting(input: $input) { id } }`;
const STEL_VOOR = `mutation($k: ID!, $w: [ID!]!) { stelKandidaatVoor(kandidaatId: $k, werkgeverIds: $w, notitie: "Past bij uw team.") { id } }`;
const TREK_IN = `mutation($id: ID!) { wijzigVoorstelFase(id: $id, naar: INGETROKKEN) { status } }`;
const VOEG_INZET_TOE = `mutation($v: ID!, $input: SroiInzetInput!) { voegSroiInzetToe(verplichtingId: $v, input: $input) { id } }`;

const FASEN: Record<string, string> = {
  VOORGESTELD: 'Voorgesteld',
  BEKEKEN: 'Bekeken',
  INTERESSE: 'Interesse',
  KENNISMAKING: 'Kennismaking',
  PROEFPLAATSING: 'Proefplaatsing',
  GEPLAATST: 'Geplaatst',
  AFGEWEZEN: 'Afgewezen',
  INGETROKKEN: 'Ingetrokken',
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
const geplaatstZin = (n: number) =>
  n === 0
    ? 'In deze periode is niemand geplaatst.'
    : `In deze periode ${n === 1 ? 'is 1 persoon' : `zijn ${n} mensen`} geplaatst.`;
const regex = (tekst: string) => new RegExp(tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

test('ACCOUNTMANAGER reads the reports: voorstellen funnel, placements per month with its table, a filter, SROI', async (t) => {
  const { page, app } = t;
  const [{ tenantId }] = await app.db.query(
    `SELECT tenant_id AS "tenantId" FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`,
  );
  const [tiel] = await app.db.query(`SELECT id FROM gemeente WHERE tenant_id = $1 AND naam = 'Tiel'`, [tenantId]);
  const [werkgever] = await app.db.query(`SELECT id, naam FROM werkgever WHERE tenant_id = $1 ORDER BY naam LIMIT 1`, [
    tenantId,
  ]);
  const token = await app.gql.login('accountmanager@werkzaak.demo');
  const { maakSroiVerplichting } = await app.gql.ok(
    MAAK_VERPLICHTING,
    {
      input: {
        gemeenteId: tiel.id,
        werkgeverId: werkgever.id,
        contractnaam: 'Groenonderhoud Tiel',
        contractwaarde: 1200000,
        startDatum: '2026-01-01',
        eindDatum: '2027-12-31',
      },
    },
    token,
  );
  await app.gql.ok(
    VOEG_INZET_TOE,
    {
      v: maakSroiVerplichting.id,
      input: {
        soort: 'PLAATSING',
        categorie: 'PW_UITKERING_LANGER_2_JAAR',
        urenPerWeek: 24,
        startDatum: '2026-01-01',
        eindDatum: '2026-08-31',
      },
    },
    token,
  );

  // Voorstellen in two stages: one candidate proposed to three werkgevers, one of them withdrawn.
  const werkgevers: { id: string }[] = await app.db.query(
    `SELECT id FROM werkgever WHERE tenant_id = $1 ORDER BY naam LIMIT 3`,
    [tenantId],
  );
  const [kandidaat] = await app.db.query(
    `SELECT id FROM kandidaat k WHERE tenant_id = $1 AND status = 'BESCHIKBAAR'
        AND NOT EXISTS (SELECT 1 FROM voorstel v WHERE v.kandidaat_id = k.id) ORDER BY code LIMIT 1`,
    [tenantId],
  );
  const { stelKandidaatVoor } = await app.gql.ok(STEL_VOOR, { k: kandidaat.id, w: werkgevers.map((w) => w.id) }, token);
  await app.gql.ok(TREK_IN, { id: stelKandidaatVoor[0].id }, token);

  await t.login('accountmanager@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportages' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();

  // The funnel: the organisation's voorstellen per stage, the same numbers as in the database.
  const trechter = page.getByRole('figure', { name: 'Voorstellen per fase' });
  await trechter.getByText(/^Voorstellen die nu lopen: \d+\./).waitFor();
  await trechter.getByText('Toon de cijfers als tabel').click();
  const perFase: { status: string; n: number }[] = await app.db.query(
    `SELECT status, count(*)::int AS n FROM voorstel WHERE tenant_id = $1 GROUP BY status`,
    [tenantId],
  );
  const rijen = await trechter.locator('tbody tr').allInnerTexts();
  const opScherm = Object.fromEntries(
    rijen.map((rij) =>
      rij
        .split('\t')
        .slice(0, 2)
        .map((cel) => cel.trim()),
    ),
  );
  for (const [status, label] of Object.entries(FASEN))
    assert.equal(opScherm[label], String(perFase.find((r) => r.status === status)?.n ?? 0), `funnel ${label}`);
  assert.ok(
    perFase.some((r) => r.n > 0),
    'the seed has voorstellen',
  );

  // Placements per month over the last twelve months, with its table.
  const nu = new Date();
  const van = iso(new Date(Date.UTC(nu.getUTCFullYear(), nu.getUTCMonth() - 11, 1)));
  const telPlaatsingen = async (vanaf: string, gemeenteId: string | null) =>
    (
      await app.db.query(
        `SELECT count(*)::int AS n FROM plaatsing WHERE tenant_id = $1 AND start_datum BETWEEN $2::date AND $3::date
           AND ($4::uuid IS NULL OR gemeente_id = $4::uuid)`,
        [tenantId, vanaf, iso(nu), gemeenteId],
      )
    )[0].n as number;
  const geplaatst = await telPlaatsingen(van, null);
  assert.ok(geplaatst > 0, 'the seed has recent placements');
  const plaatsingen = page.getByRole('figure', { name: 'Plaatsingen per maand' });
  await plaatsingen.getByText(geplaatstZin(geplaatst), { exact: false }).waitFor();
  assert.equal(await plaatsingen.locator('svg rect').count(), 12, 'one column per month');
  await plaatsingen.getByText('Toon de cijfers als tabel').click();
  const maanden = await plaatsingen.locator('tbody tr').allInnerTexts();
  assert.equal(maanden.length, 12);
  assert.equal(
    maanden.reduce((som, rij) => som + Number(rij.split('\t')[1]), 0),
    geplaatst,
    'the table adds up to the placements of the period',
  );
  await page
    .getByRole('figure', { name: 'Nog aan het werk na 6 en 12 maanden' })
    .getByText(/Na 6 maanden/)
    .first()
    .waitFor();
  const sroiGemeenten = page.getByRole('figure', { name: 'SROI per gemeente' });
  await sroiGemeenten.getByText('Toon de cijfers als tabel').click();
  await sroiGemeenten
    .getByRole('row', { name: /^Tiel / })
    .getByRole('cell', { name: /%$/ })
    .waitFor();
  await page.getByText('Kies hierboven een gemeente.', { exact: false }).waitFor();
  await t.checkAccessibility();
  await t.shot('accountmanager-rapportages');

  // Filter: two calendar years for Tiel; the numbers follow and SROI shows per werkgever.
  const vanaf = `${nu.getUTCFullYear() - 2}-01-01`;
  const filters = page.getByRole('form', { name: 'Periode en gemeente' });
  await filters.getByLabel('Van').fill(vanaf);
  await filters.getByLabel('Gemeente').selectOption({ label: 'Tiel' });
  await filters.getByRole('button', { name: 'Toon de cijfers' }).click();
  await page.getByText(/Gemeente: Tiel\./).waitFor();
  assert.match(page.url(), new RegExp(`gemeente=${tiel.id}`));
  const inTiel = await telPlaatsingen(vanaf, tiel.id);
  await plaatsingen.getByText(geplaatstZin(inTiel), { exact: false }).waitFor();
  assert.ok((await plaatsingen.locator('svg rect').count()) > 24, 'one column per month of the longer period');

  const sroi = page.getByRole('figure', { name: 'SROI per werkgever: Tiel' });
  await sroi.getByText(/^Tiel heeft \d+ SROI-afspra/).waitFor();
  await sroi.getByText('Toon de cijfers als tabel').click();
  const sroiRij = sroi.getByRole('row', { name: regex(`${werkgever.naam}: Groenonderhoud Tiel`) });
  await sroiRij.getByRole('cell', { name: '€ 60.000,00' }).waitFor();
  await t.checkAccessibility();
  await t.shot('accountmanager-rapportages-tiel');

  await page.setViewportSize(PHONE);
  await t.shot('accountmanager-rapportages-telefoon');

  // The pipeline board shows the accountmanager's own funnel under the board.
  await page.goto('/pijplijn');
  await page.getByRole('figure', { name: 'Uw voorstellen per fase' }).waitFor();
  await t.checkAccessibility();
});
