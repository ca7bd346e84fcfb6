import assert from 'node:assert/strict';
import { test } from './harness';

test('ACCOUNTMANAGER: own werkgevers, one werkgever with its relation history, logs a contact, places a vacature', async (t) => {
  const { page, app } = t;
  await t.login('accountmanager@werkzaak.demo');
  assert.deepEqual(await t.menu(), [
    'Overzicht',
    'Pijplijn',
    'Functiecreatie',
    'Aanbodskrant',
    'Werkgevers',
    'Vacatures',
    'Kandidaten',
    'SROI',
    'Kennissessies',
    'Speeddates',
    'Rapportages',
  ]);
  const [am] = await app.db.query(`SELECT id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
  const eigen: { id: string; naam: string }[] = await app.db.query(
    `SELECT id, naam FROM werkgever WHERE accountmanager_id = $1 ORDER BY naam`,
    [am.id],
  );
  assert.ok(eigen.length > 0, 'the seed gives the accountmanager werkgevers');
  await page
    .getByRole('region', { name: 'Mijn werkgevers' })
    .getByText(String(eigen.length), { exact: true })
    .waitFor();
  await t.shot('accountmanager-overzicht');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkgevers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werkgevers' }).waitFor();
  assert.equal(await page.getByLabel('Alleen mijn werkgevers').isChecked(), true);
  await page
    .getByRole('status')
    .getByText(eigen.length === 1 ? '1 werkgever' : `${eigen.length} werkgevers`)
    .waitFor();
  await t.checkAccessibility();
  await t.shot('accountmanager-werkgevers');

  // Search by name finds the werkgever.
  const target = eigen[0];
  await page.getByLabel('Naam of KvK-nummer').fill(target.naam);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL(/q=/);
  await page.getByRole('list', { name: 'Werkgevers' }).getByRole('link', { name: target.naam, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: target.naam }).waitFor();

  const history = page.getByRole('list', { name: 'Relatiehistorie' });
  const [{ aantal }] = await app.db.query(
    `SELECT count(*)::int AS aantal FROM werkgever_contactmoment WHERE werkgever_id = $1`,
    [target.id],
  );
  if (aantal > 0) assert.equal(await history.getByRole('heading').count(), aantal);
  await t.checkAccessibility();
  await t.shot('accountmanager-werkgever');

  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Contact vastleggen' });
  await form.getByRole('button', { name: 'Contact vastleggen' }).click();
  await form.locator('.field__error').getByText('Vul een onderwerp in.').waitFor();
  await form.getByLabel('Soort contact').selectOption('BEZOEK');
  await form.getByLabel('Onderwerp').fill('Kennismaking nieuwe locatie');
  await form.getByLabel('Verslag').fill('Rondleiding gehad. Zij zoeken twee mensen voor de inpakafdeling.');
  // A date in the future: the API refuses it, next to the date field.
  const volgendJaar = `${new Date().getFullYear() + 1}-06-01`;
  await form.getByLabel('Datum').fill(volgendJaar);
  await form.getByRole('button', { name: 'Contact vastleggen' }).click();
  await form
    .locator('.field--error')
    .getByText(/toekomst/)
    .waitFor();
  assert.equal(await form.getByLabel('Datum').getAttribute('aria-invalid'), 'true');
  await t.shot('accountmanager-contact-fout');
  await form.getByLabel('Datum').fill('');
  await form.getByRole('button', { name: 'Contact vastleggen' }).click();
  await page.getByText('Het contact is vastgelegd.').waitFor();
  const first = history.locator(':scope > li').first();
  await first.getByRole('heading', { name: 'Kennismaking nieuwe locatie' }).waitFor();
  await first.getByText('door Bram de Vries').waitFor();

  // A vacature for this werkgever, from its page.
  await page.getByRole('link', { name: 'Vacature plaatsen voor deze werkgever' }).click();
  await page.getByText(`Voor ${target.naam}`).waitFor();
  await page.getByLabel('Functietitel').fill('Inpakker (via accountmanager)');
  await page.getByLabel('Soort contract').selectOption('VAST');
  await page.getByLabel('Minimaal aantal uren per week').fill('20');
  await page.getByLabel('Maximaal aantal uren per week').fill('20');
  await page.getByRole('button', { name: 'Bewaren als concept' }).click();
  await page.getByText('De vacature is bewaard als concept.').waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Concept').waitFor();
  await page.getByRole('link', { name: target.naam }).waitFor();
  const [saved] = await app.db.query(
    `SELECT werkgever_id, status FROM vacature WHERE titel = 'Inpakker (via accountmanager)'`,
  );
  assert.deepEqual(saved, { werkgever_id: target.id, status: 'CONCEPT' });
});

test('JOBHUNTER: finds vacatures made by functiecreatie', async (t) => {
  const { page, app } = t;
  await t.login('jobhunter@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vacatures' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vacatures' }).waitFor();
  await page.getByLabel('Functiecreatie').check();
  await page.waitForURL(/functiecreatie=ja/);
  const [tenant] = await app.db.query(`SELECT tenant_id FROM app_user WHERE email = 'jobhunter@werkzaak.demo'`);
  const [{ aantal }] = await app.db.query(
    `SELECT count(*)::int AS aantal FROM vacature WHERE tenant_id = $1 AND functiecreatie`,
    [tenant.tenant_id],
  );
  await page
    .getByRole('status')
    .getByText(aantal === 1 ? '1 vacature' : `${aantal} vacatures`)
    .waitFor();
  await t.checkAccessibility();
  await t.shot('jobhunter-functiecreatie');
});

test('ACCOUNTMANAGER opens an available candidate, sees identity only with a reason (audited), and proposes them to two werkgevers', async (t) => {
  const { page, app } = t;
  const [am] = await app.db.query(`SELECT id, tenant_id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
  const [kandidaat] = await app.db.query(
    `SELECT k.id, k.code, i.voornaam || ' ' || i.achternaam AS naam FROM kandidaat k JOIN kandidaat_identiteit i ON i.kandidaat_id = k.id
      WHERE k.tenant_id = $1 AND k.status = 'BESCHIKBAAR' AND NOT EXISTS (SELECT 1 FROM voorstel v WHERE v.kandidaat_id = k.id) ORDER BY k.code DESC LIMIT 1`,
    [am.tenant_id],
  );
  const werkgevers: { id: string; naam: string }[] = await app.db.query(
    `SELECT id, naam FROM werkgever WHERE tenant_id = $1 ORDER BY naam LIMIT 2`,
    [am.tenant_id],
  );

  await t.login('accountmanager@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kandidaten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kandidaten' }).waitFor();
  await page.getByLabel('Code (of het begin ervan)').fill(kandidaat.code);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('status').getByText('1 kandidaat').waitFor();
  await t.checkAccessibility();
  await t.shot('accountmanager-kandidaten');
  await page.getByRole('link', { name: `Kandidaat ${kandidaat.code}` }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`Kandidaat ${kandidaat.code}`) }).waitFor();
  assert.equal(await page.getByText(kandidaat.naam).count(), 0, 'no name before asking');

  // Identity: only with a reason, which goes to the audit log.
  const [{ voor }] = await app.db.query(`SELECT count(*)::int AS voor FROM audit_log`);
  await page.getByRole('button', { name: 'Persoonsgegevens inzien' }).click();
  await page
    .locator('.field__error')
    .getByText('Schrijf in minstens 5 tekens waarom u de gegevens nodig heeft.')
    .waitFor();
  await page.getByLabel('Waarom heeft u deze gegevens nodig?').fill('Kennismakingsgesprek plannen met de kandidaat');
  await page.getByRole('button', { name: 'Persoonsgegevens inzien' }).click();
  await page.getByText(kandidaat.naam).waitFor();
  const [{ na }] = await app.db.query(`SELECT count(*)::int AS na FROM audit_log`);
  assert.ok(na > voor, 'the read was written to the audit log');
  await t.checkAccessibility();

  await page.getByRole('button', { name: 'Voorstellen aan werkgevers' }).click();
  const form = page.getByRole('form', { name: 'Voorstellen aan werkgevers' });
  await form.getByRole('button', { name: 'Voorstel versturen' }).click();
  await form.locator('.field__error').getByText('Kies minstens één werkgever.').waitFor();
  for (const werkgever of werkgevers) {
    await page.getByLabel('Zoek een werkgever op naam').fill(werkgever.naam);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).last().click();
    await form.getByLabel(werkgever.naam, { exact: true }).check();
  }
  await form.getByLabel('Uw bericht aan de werkgever').fill('Betrouwbaar, wil graag in de buurt werken. Kennismaken?');
  await t.shot('accountmanager-voorstellen-aan');
  await form.getByRole('button', { name: 'Voorstel versturen' }).click();
  await page.getByText('2 voorstellen zijn verstuurd.').waitFor();
  const lijst = page.getByRole('list', { name: 'Voorstellen' });
  for (const werkgever of werkgevers) await lijst.getByRole('link', { name: werkgever.naam }).waitFor();
  const rows = await app.db.query(
    `SELECT werkgever_id, status FROM voorstel WHERE kandidaat_id = $1 ORDER BY werkgever_id`,
    [kandidaat.id],
  );
  assert.deepEqual(
    rows.map((r: { status: string }) => r.status),
    ['VOORGESTELD', 'VOORGESTELD'],
  );
});

test('ACCOUNTMANAGER pushes a proposal from the candidate’s list of matching work, with the explanation of the score', async (t) => {
  const { page, app } = t;
  const [am] = await app.db.query(`SELECT tenant_id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
  const [kandidaat] = await app.db.query(
    `SELECT k.id, k.code FROM kandidaat k
      WHERE k.tenant_id = $1 AND k.status = 'BESCHIKBAAR' AND NOT EXISTS (SELECT 1 FROM voorstel v WHERE v.kandidaat_id = k.id) ORDER BY k.code LIMIT 1`,
    [am.tenant_id],
  );
  await t.login('accountmanager@werkzaak.demo');
  await page.goto(`/kandidaten/${kandidaat.id}`);
  const matches = page.getByRole('list', { name: 'Passend werk' });
  const first = matches.locator(':scope > li').first();
  await first.waitFor();
  await first.getByText(/Score \d+ van 100/).waitFor();
  await first.getByText('Waarom deze score?').click();
  assert.ok((await first.locator('.factoren li').count()) > 0, 'the score is explained per factor');
  await t.checkAccessibility();
  await t.shot('accountmanager-passend-werk');

  const werkgever = (await first.locator('.meta a').first().textContent())!;
  await first.getByRole('button', { name: /^Voorstellen:/ }).click();
  const form = page.getByRole('form', { name: 'Voorstellen aan werkgevers' });
  assert.equal(
    await form.getByLabel(werkgever, { exact: true }).isChecked(),
    true,
    'the werkgever of the match is chosen',
  );
  await form
    .getByLabel('Uw bericht aan de werkgever')
    .fill('Deze kandidaat past volgens ons goed. Zullen we een kennismaking plannen?');
  await form.getByRole('button', { name: 'Voorstel versturen' }).click();
  await page.getByText('Het voorstel is verstuurd.').waitFor();
  await page.getByRole('list', { name: 'Voorstellen' }).getByRole('link', { name: werkgever }).waitFor();
  const [{ aantal }] = await app.db.query(`SELECT count(*)::int AS aantal FROM voorstel WHERE kandidaat_id = $1`, [
    kandidaat.id,
  ]);
  assert.equal(aantal, 1);
});
