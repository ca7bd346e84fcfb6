import assert from 'node:assert/strict';
import { geldigeBsn } from '../support/kandidaat-fixtures';
import { PHONE, test } from './harness';

const MAAK_WERKGEVER = `mutation($input: MaakWerkgeverInput!) { maakWerkgever(input: $input) { id } }`;

test('ADMIN hands a werkgever to another accountmanager, who then finds it among own werkgevers', async (t) => {
  const { page, app } = t;
  const naam = 'Overdracht Browsertest B.V.';
  const gebruikers: { id: string; email: string }[] = await app.db.query(
    `SELECT id, email FROM app_user WHERE email IN ('accountmanager@werkzaak.demo', 'accountmanager2@werkzaak.demo')`,
  );
  const id = (email: string) => gebruikers.find((g) => g.email === email)!.id;
  const admin = await app.gql.login('admin@werkzaak.demo');
  const { maakWerkgever } = await app.gql.ok(
    MAAK_WERKGEVER,
    {
      input: {
        naam,
        kvkNummer: '30077661',
        sbiCode: '4631',
        grootteklasse: 'KLEIN_10_49',
        accountmanagerId: id('accountmanager@werkzaak.demo'),
      },
    },
    admin,
  );

  await t.login('admin@werkzaak.demo');
  await page.goto(`/werkgevers/${maakWerkgever.id}`);
  await page.getByRole('heading', { level: 1, name: naam }).waitFor();
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const keuze = page.getByLabel('Accountmanager', { exact: true });
  await keuze.locator('option', { hasText: 'accountmanager2@werkzaak.demo' }).waitFor({ state: 'attached' });
  assert.equal(await keuze.inputValue(), id('accountmanager@werkzaak.demo'), 'the current accountmanager is chosen');
  await keuze.selectOption({ label: 'Fatima El Amrani (accountmanager2@werkzaak.demo)' });
  await t.checkAccessibility();
  await t.shot('staf-werkgever-accountmanager-kiezen');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  await page
    .getByRole('region', { name: 'Gegevens', exact: true })
    .getByText('Fatima El Amrani (accountmanager2@werkzaak.demo)')
    .waitFor();
  const [opgeslagen] = await app.db.query(`SELECT accountmanager_id FROM werkgever WHERE id = $1`, [maakWerkgever.id]);
  assert.equal(opgeslagen.accountmanager_id, id('accountmanager2@werkzaak.demo'));

  // The new accountmanager finds it under "own" werkgevers (the list starts with those).
  await t.logout();
  await t.login('accountmanager2@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkgevers' }).click();
  assert.equal(await page.getByLabel('Alleen mijn werkgevers').isChecked(), true);
  await page.getByLabel('Naam of KvK-nummer').fill('Overdracht');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('status').getByText('1 werkgever', { exact: true }).waitFor();
  await page.getByRole('list', { name: 'Werkgevers' }).getByRole('link', { name: naam }).waitFor();
});

test('ADMIN adds a kandidaat for a werkcoach it chooses, who then finds it among own kandidaten', async (t) => {
  const { page, app } = t;
  await t.login('admin@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kandidaten' }).click();
  await page.getByRole('link', { name: 'Kandidaat toevoegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kandidaat toevoegen' }).waitFor();

  await page.getByLabel('Voornaam').fill('Jesse');
  await page.getByLabel('Achternaam').fill('Werkcoachkeuze');
  await page.getByLabel('BSN').fill(geldigeBsn());
  await page.getByLabel('Geboortedatum').fill('1991-08-23');
  await page.getByLabel('Straat en huisnummer').fill('Hoogstraat 8');
  await page.getByLabel('Postcode').fill('4001 AB');
  await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Tiel' });
  await page.getByLabel('Wil graag werken als').fill('schoonmaker');
  await page.getByLabel('Minstens … uur per week').fill('16');
  await page.getByLabel('Hoogstens … uur per week').fill('24');

  // Without a werkcoach the portal asks for one, next to the field.
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await page.locator('.field--error').getByText('Kies de werkcoach van de kandidaat.').waitFor();
  const werkcoach = page.getByLabel('Werkcoach', { exact: true });
  assert.equal(await werkcoach.getAttribute('aria-invalid'), 'true');
  await werkcoach.selectOption({ label: 'Mehmet Yilmaz (werkcoach2@werkzaak.demo)' });
  await t.checkAccessibility();
  await t.shot('staf-kandidaat-werkcoach-kiezen');
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await page.getByRole('heading', { level: 1, name: /^Kandidaat K-/ }).waitFor();
  const [kandidaat] = await app.db.query(
    `SELECT k.code, u.email AS werkcoach FROM kandidaat k
       JOIN kandidaat_identiteit i ON i.kandidaat_id = k.id JOIN app_user u ON u.id = k.werkcoach_id
      WHERE i.achternaam = 'Werkcoachkeuze'`,
  );
  assert.equal(kandidaat.werkcoach, 'werkcoach2@werkzaak.demo', 'the chosen werkcoach coaches it');
  await page.getByText('Werkcoach: Mehmet Yilmaz').waitFor();

  // The werkcoach finds it among own candidates (the list starts with those).
  await t.logout();
  await t.login('werkcoach2@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kandidaten' }).click();
  assert.equal(await page.getByLabel('Alleen mijn kandidaten').isChecked(), true);
  await page.getByLabel('Code (of het begin ervan)').fill(kandidaat.code);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('status').getByText('1 kandidaat', { exact: true }).waitFor();
  await page
    .getByRole('list', { name: 'Kandidaten' })
    .getByRole('link', { name: `Kandidaat ${kandidaat.code}` })
    .waitFor();
});

test(
  'ADMIN on a phone: the choice of a werkcoach and of an accountmanager fits the screen',
  async (t) => {
    const { page, app } = t;
    const [werkgever] = await app.db.query(
      `SELECT w.id, w.naam FROM werkgever w JOIN tenant tn ON tn.id = w.tenant_id
        WHERE tn.naam = 'Werkzaak Rivierenland' AND w.accountmanager_id IS NOT NULL ORDER BY w.naam LIMIT 1`,
    );
    await t.login('admin@werkzaak.demo');
    const breedte = () => page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);

    await page.goto('/kandidaten/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Kandidaat toevoegen' }).waitFor();
    await page
      .getByLabel('Werkcoach', { exact: true })
      .locator('option', { hasText: 'werkcoach2@' })
      .waitFor({ state: 'attached' });
    assert.ok((await breedte()) <= PHONE.width, 'the new kandidaat form fits');

    await page.goto(`/werkgevers/${werkgever.id}`);
    await page.getByRole('heading', { level: 1, name: werkgever.naam }).waitFor();
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await page
      .getByLabel('Accountmanager', { exact: true })
      .locator('option', { hasText: 'accountmanager2@' })
      .waitFor({ state: 'attached' });
    assert.ok((await breedte()) <= PHONE.width, 'the werkgever form fits');
    await t.checkAccessibility();
    await t.shot('staf-werkgever-accountmanager-telefoon');
  },
  { viewport: PHONE },
);
