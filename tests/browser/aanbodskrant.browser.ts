import assert from 'node:assert/strict';
import { test } from './harness';

test('ACCOUNTMANAGER composes an aanbodskrant from suggestions, orders it, previews the mail and sends it with progress', async (t) => {
  const { page, app } = t;
  await t.worker();
  const [am] = await app.db.query(`SELECT tenant_id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
  await t.login('accountmanager@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbodskrant' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aanbodskrant' }).waitFor();
  await page.getByRole('link', { name: 'Nieuwe editie maken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe editie maken' }).waitFor();
  await page.getByRole('button', { name: 'Concept maken' }).click();
  await page.locator('.field__error').getByText('Kies minstens één kandidaat.').waitFor();
  await page.locator('.field__error').getByText('Vul een titel in.').waitFor();

  await page.getByLabel('Titel', { exact: true }).fill('Aanbod van de week');
  await page.getByLabel('Inleiding').fill('Beste werkgever,\n\nDeze kandidaten zoeken nu werk in de regio.');
  const keuzes = page.getByRole('group', { name: 'Kies kandidaten' }).getByRole('checkbox');
  assert.ok((await keuzes.count()) >= 2, 'the seed gives at least two suggestions');
  await keuzes.nth(0).check();
  await keuzes.nth(1).check();
  await t.checkAccessibility();
  await t.shot('aanbodskrant-nieuw');
  await page.getByRole('button', { name: 'Concept maken' }).click();
  await page.getByRole('heading', { level: 1, name: /Aanbod van de week/ }).waitFor();
  const cards = page.getByRole('list', { name: 'In deze editie' }).locator(':scope > li');
  assert.equal(await cards.count(), 2);
  const [eerste, tweede] = await cards.getByRole('heading').allInnerTexts();

  // The second candidate first.
  const code = /K-\d{4}-\d{4}/.exec(tweede)![0];
  await page.getByRole('button', { name: `${code} eerder` }).click();
  await page.getByText('De volgorde is opgeslagen.').waitFor();
  assert.deepEqual(await cards.getByRole('heading').allInnerTexts(), [tweede, eerste]);

  await page.getByRole('button', { name: 'Toon het voorbeeld' }).click();
  await page.frameLocator('iframe[title="Voorbeeld van de e-mail"]').getByText(code).first().waitFor();
  await t.checkAccessibility();
  await t.shot('aanbodskrant-concept');

  await page.getByRole('button', { name: 'Versturen naar alle ingeschreven werkgevers' }).click();
  await page.getByRole('button', { name: 'Ja, versturen' }).click();
  await page.getByRole('heading', { level: 1 }).getByText('Verzonden').waitFor();
  const status = page.getByRole('region', { name: 'Versturen' }).getByRole('status');
  await status.getByText(/^Klaar: \d+ van \d+ e-mails verzonden$/).waitFor({ timeout: 45_000 });
  await t.shot('aanbodskrant-verzonden');

  const [{ ontvangers }] = await app.db.query(
    `SELECT count(*)::int AS ontvangers FROM contactpersoon c JOIN werkgever w ON w.id = c.werkgever_id
      WHERE w.tenant_id = $1 AND c.ontvangt_aanbodskrant AND c.afgemeld_op IS NULL AND c.email IS NOT NULL`,
    [am.tenant_id],
  );
  assert.match((await status.textContent()) ?? '', new RegExp(`${ontvangers} van ${ontvangers} e-mails`));
  const mails: { html: string; text: string }[] = await app.db.query(
    `SELECT html, text FROM mail_outbox WHERE subject LIKE '%Aanbod van de week%'`,
  );
  assert.equal(mails.length, ontvangers);
  await t.assertNoCandidateIdentity(am.tenant_id, mails.map((m) => `${m.html}\n${m.text}`).join('\n'));
});
