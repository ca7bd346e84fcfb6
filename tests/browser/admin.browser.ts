import assert from 'node:assert/strict';
import { test } from './harness';

test('ADMIN adds a user; the new user chooses a password from the welcome mail and logs in', async (t) => {
  const { page } = t;
  await t.login('admin@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruiker toevoegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gebruiker toevoegen' }).waitFor();
  await t.checkAccessibility();

  // An address that is taken: the API's message (extensions.field "email") stands next to the e-mail field.
  await page.getByLabel('Naam').fill('Iemand Anders');
  await page.getByLabel('E-mailadres').fill('werkcoach@werkzaak.demo');
  await page.getByLabel('Rol').selectOption('WERKCOACH');
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  const email = page.getByLabel('E-mailadres');
  await page
    .locator('.field--error')
    .getByText('Er bestaat al een gebruiker met e-mailadres werkcoach@werkzaak.demo.')
    .waitFor();
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  const errorId = (await email.getAttribute('aria-describedby'))!;
  assert.match(await page.locator(`[id="${errorId}"]`).innerText(), /Er bestaat al een gebruiker/);
  await t.shot('gebruiker-toevoegen-fout');

  await email.fill('nieuwe.jobhunter@werkzaak.demo');
  await page.getByLabel('Naam').fill('Nina Nieuw');
  await page.getByLabel('Rol').selectOption('JOBHUNTER');
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await page
    .getByText('Nina Nieuw is toegevoegd. Er is een e-mail gestuurd naar nieuwe.jobhunter@werkzaak.demo.')
    .waitFor();
  await t.shot('gebruiker-toevoegen');
  await t.logout();

  const mail = await t.lastMailTo('nieuwe.jobhunter@werkzaak.demo');
  const link = /\/wachtwoord\?token=[^\s"<]+/.exec(mail.text)?.[0];
  assert.ok(link, `no link in the welcome mail: ${mail.text}`);
  await page.goto(link);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn eerste wachtwoord');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn eerste wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await page.getByText('Uw nieuwe wachtwoord is opgeslagen.').waitFor();
  await t.login('nieuwe.jobhunter@werkzaak.demo', 'mijn eerste wachtwoord');
  await page.getByText('Ingelogd als Nina Nieuw (Jobhunter)').waitFor();
});

test('ADMIN rebuilds a search index and follows the progress of the job', async (t) => {
  const { page } = t;
  await t.worker();
  await t.login('admin@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoekindex' }).click();
  await page.getByRole('heading', { level: 1, name: 'Zoekindex' }).waitFor();
  await t.checkAccessibility();
  const kaart = page.getByRole('region', { name: 'Werkgevers' });
  await kaart.getByRole('button', { name: 'Werkgevers opnieuw opbouwen' }).click();
  await kaart
    .getByRole('status')
    .getByText(/^Klaar: \d+ verwerkt, \d+ in de index/)
    .waitFor({ timeout: 30_000 });
  const [{ aantal }] = await t.app.db.query(
    `SELECT count(*)::int AS aantal FROM werkgever w JOIN app_user u ON u.tenant_id = w.tenant_id WHERE u.email = 'admin@werkzaak.demo'`,
  );
  await kaart.getByText(new RegExp(`${aantal} in de index`)).waitFor();
  assert.equal(await kaart.locator('progress').getAttribute('value'), '1');
  await t.shot('admin-zoekindex');
});
