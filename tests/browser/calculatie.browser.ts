import assert from 'node:assert/strict';
import { test } from './harness';

/** The worked example of RULES.md §4 (as tests/calculatie.e2e.spec.ts sends it). */
const VOORBEELD = {
  medewerkers: [50, 60, 60, 70, 80, 90].map((loonwaarde) => ({ urenPerWeek: 28, loonwaarde })),
  praktijkbegeleiderUrenPerWeek: 28,
  productieleiderUrenPerWeek: 6,
  overigeKostenPerJaar: '4500',
  gebodenTarief: '19.50',
};

test('WERKGEVER asks for a groepsplaatsing calculatie and accepts the quote the accountmanager sends', async (t) => {
  const { page, app } = t;
  const [account] = await app.db.query(
    `SELECT u.email, u.werkgever_id AS "werkgeverId" FROM app_user u JOIN tenant tn ON tn.id = u.tenant_id
      WHERE u.rol = 'WERKGEVER' AND tn.naam = 'Werkzaak Rivierenland' ORDER BY u.email DESC LIMIT 1`,
  );
  await t.login(account.email);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Groepsplaatsing' }).click();
  await page.getByRole('heading', { level: 1, name: 'Groepsplaatsing en offertes' }).waitFor();
  await page.getByText('U heeft nog geen offertes.').waitFor();

  const form = page.getByRole('form', { name: 'Calculatie aanvragen' });
  await form.getByLabel('Hoeveel uur per week per medewerker, ongeveer?').fill('veel');
  await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await form.locator('.field__error').getByText('Vul een toelichting in.').waitFor();
  await form.locator('.field__error').getByText('Vul een getal in, bijvoorbeeld 24 of 27,5.').waitFor();
  await form
    .getByLabel('Wat voor werk is het, waar en vanaf wanneer?')
    .fill('Inpakwerk in onze hal, vanaf september, in twee ploegen.');
  await form.getByLabel('Hoeveel medewerkers ongeveer?').fill('6');
  await form.getByLabel('Hoeveel uur per week per medewerker, ongeveer?').fill('27,5');
  await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await page.getByText('Uw aanvraag is verstuurd.').waitFor();
  const aanvragen = page.getByRole('list', { name: 'Uw aanvragen' });
  await aanvragen.getByText('27,5 uur per week').waitFor();
  await aanvragen.getByText('In behandeling').waitFor();
  await t.checkAccessibility();
  const [aanvraag] = await app.db.query(
    `SELECT id FROM calculatie_aanvraag WHERE werkgever_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [account.werkgeverId],
  );

  // The accountmanager answers with a quote (through the API; the calculatietool screens are staff work).
  const am = await app.gql.login('accountmanager@werkzaak.demo');
  const { maakOfferte } = await app.gql.ok(
    `mutation($input: OfferteInput!) { maakOfferte(input: $input) { id versies { id } } }`,
    {
      input: {
        werkgeverId: account.werkgeverId,
        aanvraagId: aanvraag.id,
        titel: 'Groepsplaatsing inpakwerk',
        calculatie: VOORBEELD,
        toelichting: 'Start na de zomer.',
      },
    },
    am,
  );
  const versieId = maakOfferte.versies[0].id;
  await app.gql.ok(
    `mutation($id: ID!) { wijzigOfferteStatus(versieId: $id, status: VERSTUURD) { status } }`,
    { id: versieId },
    am,
  );

  await page.reload();
  const offerte = page.getByRole('list', { name: 'Uw offertes' }).locator(':scope > li').first();
  await offerte.getByRole('heading', { name: /Groepsplaatsing inpakwerk/ }).waitFor();
  await offerte.getByText('Wacht op uw besluit').waitFor();
  await offerte
    .getByText(/€\s?\d/)
    .first()
    .waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-offerte');
  await offerte.getByRole('button', { name: 'Offerte aannemen' }).click();
  await offerte.getByText('U heeft deze offerte aangenomen.').waitFor();
  const [versie] = await app.db.query(`SELECT status FROM offerte_versie WHERE id = $1`, [versieId]);
  assert.equal(versie.status, 'GEACCEPTEERD');
});
