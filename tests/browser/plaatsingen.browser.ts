import assert from 'node:assert/strict';
import { maakKandidaat } from '../support/kandidaat-fixtures';
import { test } from './harness';

/** "YYYY-MM-DD", `maanden` months before today. */
function maandenGeleden(maanden: number): string {
  const datum = new Date();
  datum.setUTCDate(1);
  datum.setUTCMonth(datum.getUTCMonth() - maanden);
  return datum.toISOString().slice(0, 10);
}

test('ACCOUNTMANAGER staff forms: registers a plaatsing for a kandidaat and records the 6-month duurzaamheid checkpoint', async (t) => {
  const { page, app } = t;
  const coach = await app.gql.login('werkcoach@werkzaak.demo');
  const kandidaat = await maakKandidaat(app, coach, { identiteit: { achternaam: 'Plaatsingtest' } });
  const [am] = await app.db.query(`SELECT id, tenant_id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
  const [werkgever] = await app.db.query(
    // The one with the fewest plaatsingen, so the new one is on the first page of its list.
    `SELECT w.id, w.naam FROM werkgever w WHERE w.accountmanager_id = $1
      ORDER BY (SELECT count(*) FROM plaatsing p WHERE p.werkgever_id = w.id), w.naam LIMIT 1`,
    [am.id],
  );
  const start = maandenGeleden(8);

  await t.login('accountmanager@werkzaak.demo');
  await page.goto(`/kandidaten/${kandidaat.id}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(`^Kandidaat ${kandidaat.code}`) }).waitFor();
  const sectie = page.getByRole('region', { name: 'Plaatsingen' });
  await sectie.getByText('Er zijn nog geen plaatsingen.').waitFor();
  await sectie.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Plaatsing vastleggen' });
  await form.getByLabel('Zoek de werkgever').fill(werkgever.naam);
  await form.getByRole('button', { name: 'Zoeken' }).click();
  await form.getByLabel('Werkgever', { exact: true }).selectOption(werkgever.id);
  await form.getByLabel('Soort plaatsing').selectOption('LKS');
  await form.getByLabel('Eerste werkdag').fill(start);
  await form.getByLabel('Uren per week').fill('61');
  await form.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
  await form.locator('.field--error').getByText('Vul een heel getal van 1 tot en met 60 in.').waitFor();
  await form.getByLabel('Uren per week').fill('28');
  await form.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
  await page.getByText('De plaatsing is vastgelegd.').waitFor();
  const item = sectie.getByRole('listitem').filter({ has: page.getByRole('heading', { name: werkgever.naam }) });
  await item.getByText('Dienstverband met loonkostensubsidie').waitFor();
  await page.locator('.badge').getByText('Geplaatst').waitFor();
  assert.equal(await page.getByLabel('Status', { exact: true }).inputValue(), 'GEPLAATST');
  const [plaatsing] = await app.db.query(
    `SELECT p.id, p.type, p.uren_per_week, to_char(p.start_datum, 'YYYY-MM-DD') AS start, k.status
       FROM plaatsing p JOIN kandidaat k ON k.id = p.kandidaat_id WHERE p.kandidaat_id = $1`,
    [kandidaat.id],
  );
  assert.deepEqual(
    { type: plaatsing.type, uren: plaatsing.uren_per_week, start: plaatsing.start, status: plaatsing.status },
    { type: 'LKS', uren: 28, start, status: 'GEPLAATST' },
  );
  await t.checkAccessibility();
  await t.shot('staf-plaatsing');

  // The 12-month checkpoint is not reached yet: the API says so at the field.
  await item.getByRole('button', { name: `Meting vastleggen: ${werkgever.naam}` }).click();
  const meting = page.getByRole('form', { name: `Meting vastleggen: ${werkgever.naam}` });
  await meting.getByLabel('Meetmoment').selectOption('TWAALF_MAANDEN');
  await meting.getByRole('group', { name: 'Is de kandidaat nog aan het werk?' }).getByLabel('Ja').check();
  await meting.getByRole('button', { name: 'Meting vastleggen' }).click();
  await meting
    .locator('.field--error')
    .getByText(/pas bereikt op/)
    .waitFor();
  await t.shot('staf-plaatsing-meting-fout');
  await meting.getByLabel('Meetmoment').selectOption('ZES_MAANDEN');
  await meting.getByRole('button', { name: 'Meting vastleggen' }).click();
  await item.getByText('De meting is vastgelegd.').waitFor();
  await item.getByText(/^Nog aan het werk \(gemeten op /).waitFor();
  const [gemeten] = await app.db.query(`SELECT aan_het_werk_6m, gemeten_6m_op FROM plaatsing WHERE id = $1`, [
    plaatsing.id,
  ]);
  assert.equal(gemeten.aan_het_werk_6m, true);
  assert.ok(gemeten.gemeten_6m_op);

  // The werkgever's page lists the plaatsing too.
  await page.goto(`/werkgevers/${werkgever.id}`);
  await page
    .getByRole('region', { name: 'Plaatsingen' })
    .getByRole('link', { name: `Kandidaat ${kandidaat.code}` })
    .waitFor();
  await t.checkAccessibility();
});
