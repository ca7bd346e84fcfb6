import assert from 'node:assert/strict';
import { PHONE, test } from './harness';

test('ACCOUNTMANAGER staff forms: adds a werkgever (a used KvK-nummer is refused at the field), a vestiging and a contactmoment', async (t) => {
  const { page, app } = t;
  const [am] = await app.db.query(`SELECT id, tenant_id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
  const [bestaand] = await app.db.query(`SELECT kvk_nummer FROM werkgever WHERE tenant_id = $1 ORDER BY naam LIMIT 1`, [
    am.tenant_id,
  ]);
  const naam = 'Betuwse Fruitveiling Browsertest';
  await t.login('accountmanager@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkgevers' }).click();
  await page.getByRole('link', { name: 'Werkgever toevoegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werkgever toevoegen' }).waitFor();

  // Empty: the portal names the missing fields itself.
  await page.getByRole('button', { name: 'Werkgever toevoegen' }).click();
  await page.getByRole('alert').getByText('Er is een probleem').waitFor();
  assert.equal(await page.getByLabel('KvK-nummer').getAttribute('aria-invalid'), 'true');

  await page.getByLabel('Naam van de organisatie').fill(naam);
  await page.getByLabel('KvK-nummer').fill(bestaand.kvk_nummer);
  await page.getByLabel('SBI-code').fill('4631');
  await page.getByLabel('Aantal werknemers').selectOption('KLEIN_10_49');
  await page
    .getByRole('group', { name: 'Ondersteuning die de werkgever wil gebruiken' })
    .getByLabel('No-riskpolis')
    .check();
  await page.getByLabel('Naam van de vestiging').fill('Hoofdvestiging');
  await page.getByLabel('Straat en huisnummer').fill('Kellenseweg 4');
  await page.getByLabel('Postcode').fill('4004 JK');
  await page.getByRole('button', { name: 'Werkgever toevoegen' }).click();

  // The API refuses the KvK-nummer that is already used; the message stands next to that field.
  const kvkVeld = page.locator('.field--error').filter({ has: page.getByLabel('KvK-nummer') });
  await kvkVeld.getByText(`Er is al een werkgever met KvK-nummer ${bestaand.kvk_nummer}.`).waitFor();
  assert.equal(await page.getByLabel('KvK-nummer').getAttribute('aria-invalid'), 'true');
  await t.checkAccessibility();
  await t.shot('staf-werkgever-kvk-bezet');
  const [{ n: nietBewaard }] = await app.db.query(`SELECT count(*)::int AS n FROM werkgever WHERE naam = $1`, [naam]);
  assert.equal(nietBewaard, 0, 'nothing saved');

  const kvk = '30099887';
  await page.getByLabel('KvK-nummer').fill(kvk);
  await page.getByRole('button', { name: 'Werkgever toevoegen' }).click();
  await page.getByRole('heading', { level: 1, name: naam }).waitFor();
  await page.getByRole('status').getByText(`${naam} is toegevoegd.`).waitFor();
  // Said once: a reload shows the werkgever, not the notice again.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: naam }).waitFor();
  assert.equal(await page.getByText(`${naam} is toegevoegd.`).count(), 0, 'the notice is not shown again');
  const [werkgever] = await app.db.query(
    `SELECT id, accountmanager_id, sbi_code, geaccepteerde_instrumenten::text AS instrumenten FROM werkgever WHERE kvk_nummer = $1 AND tenant_id = $2`,
    [kvk, am.tenant_id],
  );
  assert.equal(werkgever.accountmanager_id, am.id, 'the creator is the accountmanager');
  assert.equal(werkgever.sbi_code, '4631');
  assert.match(werkgever.instrumenten, /NO_RISKPOLIS/);
  const vestigingen = page.getByRole('region', { name: 'Vestigingen' });
  await vestigingen.getByRole('heading', { name: 'Hoofdvestiging' }).waitFor();
  await vestigingen.getByText(/Kellenseweg 4, 4004 JK/).waitFor();

  // A second vestiging: a postcode that does not exist is refused at the field.
  await vestigingen.getByRole('button', { name: 'Vestiging toevoegen' }).click();
  const nieuw = page.getByRole('form', { name: 'Vestiging toevoegen' });
  await nieuw.getByLabel('Naam van de vestiging').fill('Magazijn');
  await nieuw.getByLabel('Straat en huisnummer').fill('Industrieweg 1');
  await nieuw.getByLabel('Postcode').fill('4001');
  await nieuw.getByRole('button', { name: 'Vestiging toevoegen' }).click();
  await nieuw
    .locator('.field--error')
    .getByText(/4 cijfers en 2 letters/)
    .waitFor();
  await nieuw.getByLabel('Postcode').fill('1000 AA');
  await nieuw.getByRole('button', { name: 'Vestiging toevoegen' }).click();
  await nieuw
    .locator('.field--error')
    .getByText(/bestaat niet/)
    .waitFor();
  assert.equal(await nieuw.getByLabel('Postcode').getAttribute('aria-invalid'), 'true');
  await t.shot('staf-werkgever-vestiging-fout');
  await nieuw.getByLabel('Postcode').fill('4001 AB');
  await nieuw.getByRole('button', { name: 'Vestiging toevoegen' }).click();
  await page.getByText('Vestiging Magazijn is toegevoegd.').waitFor();
  await vestigingen.getByRole('heading', { name: 'Magazijn' }).waitFor();

  // Change it.
  await vestigingen.getByRole('button', { name: 'Wijzigen: Magazijn' }).click();
  const wijzig = page.getByRole('form', { name: 'Wijzigen: Magazijn' });
  await wijzig.getByLabel('Naam van de vestiging').fill('Magazijn Tiel');
  await wijzig.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('De gegevens van vestiging Magazijn Tiel zijn opgeslagen.').waitFor();
  const opgeslagen = await app.db.query(`SELECT naam, plaats FROM vestiging WHERE werkgever_id = $1 ORDER BY naam`, [
    werkgever.id,
  ]);
  assert.deepEqual(
    opgeslagen.map((v: { naam: string }) => v.naam),
    ['Hoofdvestiging', 'Magazijn Tiel'],
  );
  assert.ok(
    opgeslagen.every((v: { plaats: string }) => v.plaats),
    'the plaats follows from the postcode',
  );

  // A contactmoment in the relation history.
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  const contact = page.getByRole('form', { name: 'Contact vastleggen' });
  await contact.getByLabel('Soort contact').selectOption('TELEFOON');
  await contact.getByLabel('Onderwerp').fill('Eerste kennismaking');
  await contact.getByLabel('Verslag').fill('Zij zoeken na de zomer drie inpakkers.');
  await contact.getByRole('button', { name: 'Contact vastleggen' }).click();
  await page.getByText('Het contact is vastgelegd.').waitFor();
  await page
    .getByRole('list', { name: 'Relatiehistorie' })
    .getByRole('heading', { name: 'Eerste kennismaking' })
    .waitFor();
  const [{ n: contacten }] = await app.db.query(
    `SELECT count(*)::int AS n FROM werkgever_contactmoment WHERE werkgever_id = $1`,
    [werkgever.id],
  );
  assert.equal(contacten, 1);
  await t.checkAccessibility();
  await t.shot('staf-werkgever-nieuw');
});

test(
  'ADMIN and WERKCOACH staff forms on a phone: the forms for a new werkgever and a new kandidaat fit the screen',
  async (t) => {
    const { page } = t;
    const formulieren = [
      ['admin@werkzaak.demo', '/werkgevers/nieuw', 'Werkgever toevoegen', 'staf-werkgever-nieuw-telefoon'],
      ['werkcoach@werkzaak.demo', '/kandidaten/nieuw', 'Kandidaat toevoegen', 'staf-kandidaat-nieuw-telefoon'],
    ];
    for (const [email, pad, kop, shot] of formulieren) {
      await t.login(email);
      await page.goto(pad);
      await page.getByRole('heading', { level: 1, name: kop }).waitFor();
      const breed = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
      assert.ok(breed <= PHONE.width, `${pad} is ${breed}px wide on a ${PHONE.width}px screen`);
      await t.checkAccessibility();
      await t.shot(shot);
      await t.logout();
    }
  },
  { viewport: PHONE },
);
