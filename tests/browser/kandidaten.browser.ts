import assert from 'node:assert/strict';
import { geldigeBsn } from '../support/kandidaat-fixtures';
import { test } from './harness';

test('WERKCOACH staff forms: adds a kandidaat, gives consent for a werkgever (who then sees the name on the card) and withdraws it', async (t) => {
  const { page, app } = t;
  // A demo werkgever other than the one werkgever.browser.ts uses.
  const [werkgever] = await app.db.query(
    `SELECT u.email, w.id, w.naam FROM app_user u JOIN werkgever w ON w.id = u.werkgever_id JOIN tenant tn ON tn.id = u.tenant_id
      WHERE u.rol = 'WERKGEVER' AND tn.naam = 'Werkzaak Rivierenland' ORDER BY u.email DESC LIMIT 1`,
  );
  assert.ok(werkgever, 'the seed has a werkgever user');

  await t.login('werkcoach@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kandidaten' }).click();
  await page.getByRole('link', { name: 'Kandidaat toevoegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kandidaat toevoegen' }).waitFor();

  await page.getByLabel('Voornaam').fill('Fenna');
  await page.getByLabel('Achternaam').fill('Browsertest');
  // Nine digits, but not a real BSN: the API refuses it, next to the field.
  await page.getByLabel('BSN').fill('123456780');
  await page.getByLabel('Geboortedatum').fill('1994-02-11');
  await page.getByLabel('Straat en huisnummer').fill('Waalkade 3');
  await page.getByLabel('Postcode').fill('4001 AB');
  await page.getByLabel('Telefoon').fill('06-11223344');
  await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Tiel' });
  await page.getByLabel('Wil graag werken als').fill('inpakker, orderpicker');
  await page.getByLabel('Kan goed').fill('heftruckcertificaat');
  await page.getByLabel('Korte tekst voor werkgevers').fill('Ik werk graag met mijn handen en ben altijd op tijd.');
  await page.getByLabel('Minstens … uur per week').fill('24');
  await page.getByLabel('Hoogstens … uur per week').fill('32');
  await page.getByRole('group', { name: 'Vervoer' }).getByLabel('Fiets').check();
  await page.getByLabel('In het doelgroepregister').check();
  await page.getByLabel('Loonwaarde in procenten').fill('70');
  await page.getByRole('group', { name: 'Instrumenten' }).getByLabel('Loonkostensubsidie mogelijk').check();
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await page.locator('.field--error').getByText('Dit is geen geldig burgerservicenummer (elfproef).').waitFor();
  assert.equal(await page.getByLabel('BSN').getAttribute('aria-invalid'), 'true');
  await t.checkAccessibility();
  await t.shot('staf-kandidaat-bsn-fout');
  const [{ n: nietBewaard }] = await app.db.query(
    `SELECT count(*)::int AS n FROM kandidaat_identiteit WHERE achternaam = 'Browsertest'`,
  );
  assert.equal(nietBewaard, 0, 'nothing saved');

  await page.getByLabel('BSN').fill(geldigeBsn());
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  const kop = page.getByRole('heading', { level: 1, name: /^Kandidaat K-/ });
  await kop.waitFor();
  const [kandidaat] = await app.db.query(
    `SELECT k.id, k.code, k.status, u.email AS werkcoach FROM kandidaat k
       JOIN kandidaat_identiteit i ON i.kandidaat_id = k.id JOIN app_user u ON u.id = k.werkcoach_id
      WHERE i.achternaam = 'Browsertest'`,
  );
  assert.equal(kandidaat.werkcoach, 'werkcoach@werkzaak.demo', 'the werkcoach who adds it coaches it');
  await page.getByText(`De kandidaat is toegevoegd met code ${kandidaat.code}.`).waitFor();
  await page.getByRole('region', { name: 'Profiel' }).getByText('inpakker, orderpicker').waitFor();

  // The werkcoach changes the profile.
  await page.getByRole('link', { name: 'Profiel wijzigen' }).click();
  await page.getByRole('heading', { level: 1, name: `Kandidaat ${kandidaat.code} wijzigen` }).waitFor();
  assert.equal(await page.getByLabel('Voornaam').count(), 0, 'no identity in the change form');
  await page.getByLabel('Hoogstens … uur per week').fill('36');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await kop.waitFor();
  await page.getByRole('region', { name: 'Profiel' }).getByText('24 tot 36 uur per week').waitFor();

  // Consent for one werkgever.
  const toestemmingen = page.getByRole('region', { name: 'Toestemming om gegevens te delen' });
  await toestemmingen.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Toestemming vastleggen' });
  await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await form.locator('.field--error').getByText('Zoek en kies een werkgever.').waitFor();
  await form.getByLabel('Zoek de werkgever').fill(werkgever.naam);
  await form.getByRole('button', { name: 'Zoeken' }).click();
  await form.getByLabel('Werkgever', { exact: true }).selectOption(werkgever.id);
  await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await page.getByText(`De toestemming voor ${werkgever.naam} is vastgelegd.`).waitFor();
  const item = toestemmingen.getByRole('listitem').filter({ hasText: werkgever.naam });
  await item.getByText('Geldt nu').waitFor();
  await t.checkAccessibility();
  await t.shot('staf-kandidaat-toestemming');

  // That werkgever now sees the name on the card.
  await t.logout();
  await t.login(werkgever.email);
  await page.goto(`/kandidaten/${kandidaat.id}`);
  const contact = page.getByRole('region', { name: 'Naam en contactgegevens' });
  await contact.getByText('Fenna Browsertest').waitFor();
  await contact.getByText('06-11223344').waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-kandidaat-met-toestemming');

  // The werkcoach withdraws it; the history stays.
  await t.logout();
  await t.login('werkcoach@werkzaak.demo');
  await page.goto(`/kandidaten/${kandidaat.id}`);
  await page.getByRole('button', { name: `Toestemming voor ${werkgever.naam} intrekken` }).click();
  await page.getByText(`De toestemming voor ${werkgever.naam} is ingetrokken.`).waitFor();
  await item.getByText('Ingetrokken', { exact: true }).waitFor();
  await item.getByText(/^Ingetrokken op /).waitFor();
  const rijen = await app.db.query(
    `SELECT ingetrokken_op FROM kandidaat_toestemming WHERE kandidaat_id = $1 AND werkgever_id = $2`,
    [kandidaat.id, werkgever.id],
  );
  assert.equal(rijen.length, 1);
  assert.ok(rijen[0].ingetrokken_op, 'withdrawn, and kept');

  // And the werkgever sees the card without a name again.
  await t.logout();
  await t.login(werkgever.email);
  await page.goto(`/kandidaten/${kandidaat.id}`);
  await page.getByRole('heading', { name: 'Interesse in deze kandidaat?' }).waitFor();
  assert.equal(await page.getByText('Fenna Browsertest').count(), 0);
});
