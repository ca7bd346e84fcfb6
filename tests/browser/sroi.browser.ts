import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from './harness';

test('ACCOUNTMANAGER records an SROI obligation, adds inzet, confirms one koppelvoorstel, turns one down and downloads the CSV', async (t) => {
  const { page, app } = t;
  const [werkgever] = await app.db.query(
    `SELECT w.id, w.naam FROM werkgever w JOIN tenant tn ON tn.id = w.tenant_id
      WHERE tn.naam = 'Werkzaak Rivierenland' AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.werkgever_id = w.id)
        AND NOT EXISTS (SELECT 1 FROM sroi_verplichting v WHERE v.werkgever_id = w.id)
      ORDER BY w.naam LIMIT 1`,
  );
  await t.login('accountmanager@werkzaak.demo');
  await page
    .getByRole('region', { name: 'SROI', exact: true })
    .getByText(/plaatsing/)
    .waitFor();

  // From the werkgever's page: the werkgever is chosen already.
  await page.goto(`/werkgevers/${werkgever.id}`);
  await page.getByRole('heading', { level: 1, name: werkgever.naam }).waitFor();
  const sectie = page.getByRole('region', { name: 'SROI en PSO' });
  await sectie.getByText('Deze werkgever heeft geen SROI-verplichtingen.').waitFor();
  // The werkgever's PSO, kept by the accountmanager too: nothing entered yet.
  await sectie.getByRole('link', { name: 'Bekijk de PSO-positie' }).click();
  await page.getByRole('heading', { level: 1, name: `PSO van ${werkgever.naam}` }).waitFor();
  await page.getByRole('form', { name: 'Personeel', exact: true }).getByLabel('Totaal aantal FTE').waitFor();
  await t.checkAccessibility();
  await page.getByRole('link', { name: werkgever.naam }).click();
  await sectie.getByRole('link', { name: 'Verplichting vastleggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'SROI-verplichting vastleggen' }).waitFor();
  const form = page.getByRole('form', { name: 'SROI-verplichting vastleggen' });
  assert.equal(await form.getByLabel('Werkgever', { exact: true }).inputValue(), werkgever.id);

  // Checked here first (gemeente), then by the API (an end before the start), each next to its field.
  await form.getByLabel('Naam van het contract').fill('Onderhoud openbaar groen Tiel');
  await form.getByLabel('Waarde van het contract (zonder btw)').fill('1.200.000');
  await form.getByLabel('Startdatum').fill('2026-01-01');
  await form.getByLabel('Einde contract').fill('2025-12-31');
  await form.getByRole('button', { name: 'Verplichting opslaan' }).click();
  await form.locator('.field__error').getByText('Kies de gemeente.').waitFor();
  await form.getByLabel('Gemeente').selectOption({ label: 'Tiel' });
  await form.getByRole('button', { name: 'Verplichting opslaan' }).click();
  await form.getByLabel('Einde contract').and(page.locator('[aria-invalid="true"]')).waitFor();
  await t.checkAccessibility();
  await form.getByLabel('Einde contract').fill('2027-12-31');
  await form.getByRole('button', { name: 'Verplichting opslaan' }).click();

  // €1,200,000 × 5 % = €60,000, nothing done yet.
  await page.getByRole('heading', { level: 1, name: 'Onderhoud openbaar groen Tiel' }).waitFor();
  const voortgang = page.getByRole('region', { name: 'Voortgang' });
  await voortgang.getByText(/Gedaan: €\s0,00 van €\s60\.000,00 \(0,00 %\)/).waitFor();
  await voortgang.getByText('Achter op schema', { exact: true }).waitFor();
  const [verplichting] = await app.db.query(
    `SELECT id, verplichting FROM sroi_verplichting WHERE werkgever_id = $1 AND contractnaam = $2`,
    [werkgever.id, 'Onderhoud openbaar groen Tiel'],
  );
  assert.equal(verplichting.verplichting, '60000.00');

  // Inzet: RULES.md §2 — 24 hours a week for 8 months in the "> 2 jaar" category is €17,777.78.
  const inzetForm = page.getByRole('form', { name: 'Inzet toevoegen' });
  await inzetForm.getByLabel('Soort inzet').selectOption('PLAATSING');
  await inzetForm.getByLabel('Categorie').selectOption('PW_UITKERING_LANGER_2_JAAR');
  await inzetForm.getByLabel('Uren per week').fill('24');
  await inzetForm.getByLabel('Startdatum').fill('2026-01-01');
  await inzetForm.getByLabel('Einddatum (gepland)').fill('2026-08-31');
  await inzetForm.getByLabel('Omschrijving (geen naam)').fill('Medewerker groen 1');
  await inzetForm.getByRole('button', { name: 'Inzet toevoegen' }).click();
  await page.getByText('De inzet is toegevoegd. De voortgang is opnieuw berekend.').waitFor();
  await page
    .getByRole('table', { name: 'Inzet' })
    .getByRole('cell', { name: /€\s17\.777,78/ })
    .first()
    .waitFor();
  await voortgang.getByText(/Gedaan: €\s17\.777,78 van €\s60\.000,00 \(29,63 %\)/).waitFor();

  // Placements at the opdrachtnemer during the contract are proposed; the accountmanager confirms one.
  const am = await app.gql.login('accountmanager@werkzaak.demo');
  const kandidaten: { id: string }[] = await app.db.query(
    `SELECT k.id FROM kandidaat k JOIN tenant tn ON tn.id = k.tenant_id
      WHERE tn.naam = 'Werkzaak Rivierenland' AND k.status = 'BESCHIKBAAR' ORDER BY k.code DESC OFFSET 5 LIMIT 2`,
  );
  const plaats = async (kandidaatId: string, startDatum: string): Promise<string> =>
    (
      await app.gql.ok(
        `mutation($input: PlaatsingInput!) { maakPlaatsing(input: $input) { id } }`,
        { input: { kandidaatId, werkgeverId: werkgever.id, type: 'LKS', startDatum, urenPerWeek: 32 } },
        am,
      )
    ).maakPlaatsing.id;
  const bevestigd = await plaats(kandidaten[0].id, '2026-02-03');
  const afgewezen = await plaats(kandidaten[1].id, '2026-03-02');
  await page.reload();
  const voorstel = page
    .getByRole('list', { name: 'Plaatsingen die kunnen meetellen' })
    .getByRole('listitem')
    .filter({ hasText: 'vanaf 3 februari 2026, 32 uur per week' });
  await voorstel.getByLabel('Categorie').selectOption({ label: 'Niet-uitkeringsgerechtigde (NUG)' });
  await t.checkAccessibility();
  await t.shot('accountmanager-sroi-verplichting');
  await voorstel.getByRole('button', { name: 'Bevestigen: telt mee' }).click();
  await page.getByText('De plaatsing telt nu mee voor de verplichting.').waitFor();
  await page.getByRole('table', { name: 'Inzet' }).getByText('Plaatsing (lks)', { exact: false }).waitFor();
  const [koppeling] = await app.db.query(`SELECT categorie FROM sroi_inzet WHERE plaatsing_id = $1`, [bevestigd]);
  assert.equal(koppeling.categorie, 'NUG');
  // Recorded by mistake: removed again.
  await page.getByRole('button', { name: 'Verwijderen: Medewerker groen 1' }).click();
  await page.getByText('De inzet is verwijderd.').waitFor();
  const rest = await app.db.query(`SELECT omschrijving FROM sroi_inzet WHERE verplichting_id = $1`, [verplichting.id]);
  assert.deepEqual(
    rest.map((r: { omschrijving: string }) => r.omschrijving),
    ['Plaatsing (lks)'],
  );

  // The overview per werkgever, and the report of Tiel as CSV.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'SROI', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'SROI' }).waitFor();
  await page
    .getByRole('table', { name: 'Verplichtingen per werkgever' })
    .getByRole('link', { name: 'Onderhoud openbaar groen Tiel' })
    .waitFor();
  // The other placement does not count: turned down from the overview.
  await page
    .getByRole('list', { name: 'Plaatsingen die kunnen meetellen' })
    .getByRole('listitem')
    .filter({ hasText: 'vanaf 2 maart 2026, 32 uur per week' })
    .getByRole('button', { name: 'Afwijzen' })
    .click();
  await page.getByText('Het voorstel is afgewezen.').waitFor();
  const [afwijzing] = await app.db.query(
    `SELECT count(*)::int AS n FROM sroi_koppeling_afgewezen WHERE plaatsing_id = $1`,
    [afgewezen],
  );
  assert.equal(afwijzing.n, 1);
  const rapportage = page.getByRole('form', { name: 'Rapportage per gemeente' });
  await rapportage.getByLabel('Gemeente').selectOption({ label: 'Tiel' });
  await rapportage.getByLabel('Van').fill('2026-01-01');
  await rapportage.getByLabel('Tot en met').fill('2026-12-31');
  await rapportage.getByRole('button', { name: 'Toon rapportage' }).click();
  const tabel = page.getByRole('table', { name: /SROI in Tiel/ });
  await tabel.getByRole('link', { name: 'Onderhoud openbaar groen Tiel' }).waitFor();
  await t.checkAccessibility();
  await t.shot('accountmanager-sroi-overzicht');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV (voor Excel)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'sroi-tiel-2026-01-01-2026-12-31.csv');
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
  const regels = csv.trim().split('\r\n');
  assert.ok(regels[0].startsWith('gemeente;werkgever;contract;'), regels[0]);
  assert.ok(regels.some((regel) => regel.includes('Onderhoud openbaar groen Tiel') && regel.includes(';60000,00;')));
});
