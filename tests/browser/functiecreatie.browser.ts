import assert from 'node:assert/strict';
import { test } from './harness';

test('JOBHUNTER: searches functiecreatie opportunities, links a matching candidate, realises the job and makes it a vacature', async (t) => {
  const { page, app } = t;
  await t.zoekindex('FUNCTIECREATIE');
  const [jh] = await app.db.query(`SELECT tenant_id FROM app_user WHERE email = 'jobhunter@werkzaak.demo'`);
  const [{ totaal }] = await app.db.query(
    `SELECT count(*)::int AS totaal FROM functiecreatie_kans WHERE tenant_id = $1`,
    [jh.tenant_id],
  );
  assert.ok(totaal > 0, 'the seed has functiecreatie kansen');
  const [kans] = await app.db.query(
    `SELECT id, titel FROM functiecreatie_kans WHERE tenant_id = $1 AND status = 'VERKEND' ORDER BY titel LIMIT 1`,
    [jh.tenant_id],
  );
  assert.ok(kans, 'the seed has a VERKEND kans');

  await t.login('jobhunter@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Functiecreatie' }).click();
  await page.getByRole('heading', { level: 1, name: 'Functiecreatie' }).waitFor();
  await page
    .getByRole('status')
    .getByText(totaal === 1 ? '1 kans' : `${totaal} kansen`)
    .waitFor();
  await t.checkAccessibility();
  await t.shot('jobhunter-functiecreatie-kansen');

  // Facet: only VERKEND.
  const facet = page.getByRole('group', { name: 'Status' });
  const label = (await facet.locator('label', { hasText: /^Verkend \(\d+\)$/ }).textContent()) ?? '';
  await facet.getByLabel(label).check();
  await page.waitForURL(/status=VERKEND/);
  await page
    .getByRole('status')
    .getByText(new RegExp(`^${/\((\d+)\)/.exec(label)![1]} kans`))
    .waitFor();

  await page.goto(`/functiecreatie/${kans.id}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(kans.titel.replace(/[()]/g, '.')) }).waitFor();
  await page.getByRole('table').waitFor();
  const matches = page.getByRole('list', { name: 'Passende kandidaten' });
  await matches.locator(':scope > li').first().waitFor();
  await t.checkAccessibility();
  await t.shot('jobhunter-kans');

  const first = matches
    .locator(':scope > li')
    .filter({ has: page.getByRole('button', { name: /^Koppelen:/ }) })
    .first();
  const code = /K-\d{4}-\d{4}/.exec((await first.getByRole('heading').textContent()) ?? '')![0];
  await first.getByRole('button', { name: `Koppelen: ${code}` }).click();
  await page.getByText(`Kandidaat ${code} is gekoppeld. De werkgever krijgt een voorstel.`).waitFor();
  const [voorstel] = await app.db.query(
    `SELECT v.bron FROM voorstel v JOIN kandidaat k ON k.id = v.kandidaat_id WHERE k.code = $1 AND k.tenant_id = $2 ORDER BY v.created_at DESC LIMIT 1`,
    [code, jh.tenant_id],
  );
  assert.equal(voorstel.bron, 'FUNCTIECREATIE');

  await page.getByRole('button', { name: 'Uitgewerkt met de werkgever' }).click();
  await page.getByText('De status is nu: Uitgewerkt.').waitFor();
  await page.getByRole('button', { name: 'Gerealiseerd: de functie is er' }).click();
  await page.getByText('De status is nu: Gerealiseerd.').waitFor();

  const form = page.getByRole('form', { name: 'Vacature maken van deze kans' });
  await form.getByRole('button', { name: 'Vacature maken van deze kans' }).click();
  await form.locator('.field__error').getByText('Kies een soort contract.').waitFor();
  await form.getByLabel('Soort contract').selectOption('TIJDELIJK');
  await form.getByRole('button', { name: 'Vacature maken van deze kans' }).click();
  await page.getByRole('link', { name: 'Bekijk de vacature' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(kans.titel.replace(/[()]/g, '.')) }).waitFor();
  await page.getByRole('region', { name: 'Over de vacature' }).getByText('Functiecreatie').waitFor();
  await t.shot('jobhunter-vacature-van-kans');
});
