import assert from 'node:assert/strict';
import { test, type TestContext } from './harness';

/** The first employer demo account of Werkzaak Rivierenland, with its werkgever. */
async function werkgeverAccount(
  t: TestContext,
): Promise<{ email: string; werkgeverId: string; werkgeverNaam: string; tenantId: string }> {
  const [row] = await t.app.db.query(
    `SELECT u.email, u.werkgever_id AS "werkgeverId", w.naam AS "werkgeverNaam", u.tenant_id AS "tenantId"
       FROM app_user u JOIN werkgever w ON w.id = u.werkgever_id JOIN tenant tn ON tn.id = u.tenant_id
      WHERE u.rol = 'WERKGEVER' AND tn.naam = 'Werkzaak Rivierenland' ORDER BY u.email LIMIT 1`,
  );
  assert.ok(row, 'the seed has an employer user');
  return row;
}

test('WERKGEVER: dashboard, places a vacature, sees matching candidates without identity, changes it, marks it filled', async (t) => {
  const { page } = t;
  const account = await werkgeverAccount(t);
  const bodies = t.recordGraphQL();
  await t.login(account.email);
  assert.deepEqual(await t.menu(), [
    'Overzicht',
    'Voorstellen',
    'Vacatures',
    'Kandidaten',
    'Groepsplaatsing',
    'SROI',
    'PSO',
    'Jobdates',
    'Kennissessies',
    'Speeddates',
    'Mijn organisatie',
  ]);
  const [{ open }] = await t.app.db.query(
    `SELECT count(*)::int AS open FROM vacature WHERE werkgever_id = $1 AND status = 'OPEN'`,
    [account.werkgeverId],
  );
  await page.getByRole('region', { name: 'Open vacatures' }).getByText(String(open), { exact: true }).waitFor();
  await page.getByRole('region', { name: 'Uw accountmanager' }).getByRole('link').waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-overzicht');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vacatures' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vacatures' }).waitFor();
  const [{ totaal }] = await t.app.db.query(`SELECT count(*)::int AS totaal FROM vacature WHERE werkgever_id = $1`, [
    account.werkgeverId,
  ]);
  await page
    .getByRole('status')
    .getByText(totaal === 1 ? '1 vacature' : `${totaal} vacatures`)
    .waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-vacatures');

  await page.getByRole('link', { name: 'Vacature plaatsen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vacature plaatsen' }).waitFor();
  await t.checkAccessibility();
  // Checked here first: missing title and contract, hours the wrong way round.
  await page.getByLabel('Minimaal aantal uren per week').fill('32');
  await page.getByLabel('Maximaal aantal uren per week').fill('24');
  await page.getByRole('button', { name: 'Plaatsen (open zetten)' }).click();
  await page.getByRole('alert').waitFor();
  await page.locator('.field__error').getByText('Vul een functietitel in.').waitFor();
  await page.locator('.field__error').getByText('Het minimum mag niet hoger zijn dan het maximum.').waitFor();
  await page.locator('.field__error').getByText('Kies een soort contract.').waitFor();
  await t.shot('vacature-plaatsen-fouten');

  await page.getByLabel('Functietitel').fill('Medewerker groenonderhoud');
  await page.getByLabel('Omschrijving').fill('U werkt buiten in een klein team en houdt parken en bermen netjes.');
  await page.getByLabel('Taken').fill('Maaien\nSnoeien\nZwerfafval opruimen');
  await page.getByLabel('Soort contract').selectOption('TIJDELIJK');
  await page.getByLabel('Minimaal aantal uren per week').fill('24');
  await page.getByLabel('Maximaal aantal uren per week').fill('32');
  await page.getByLabel('Wat moet iemand kunnen?').fill('buiten werken, samenwerken');
  await page
    .getByRole('group', { name: 'Voor welke doelgroepen staat u open?' })
    .getByLabel('Banenafspraak (doelgroepregister)')
    .check();
  await page.getByRole('group', { name: 'Welke ondersteuning wilt u gebruiken?' }).getByLabel('Jobcoach').check();
  await page.getByRole('button', { name: 'Plaatsen (open zetten)' }).click();
  await page.getByRole('heading', { level: 1, name: /Medewerker groenonderhoud/ }).waitFor();
  await page.getByText('De vacature is geplaatst.').waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Open').waitFor();
  await page.getByRole('region', { name: 'Over de vacature' }).getByText('24 tot 32 uur per week').waitFor();
  await page.getByRole('region', { name: 'Wat vraagt het werk?' }).getByText('buiten werken, samenwerken').waitFor();
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const [saved] = await t.app.db.query(
    `SELECT werkgever_id, status, doelgroepen, instrumenten FROM vacature WHERE id = $1`,
    [id],
  );
  assert.deepEqual(saved, {
    werkgever_id: account.werkgeverId,
    status: 'OPEN',
    doelgroepen: ['BANENAFSPRAAK'],
    instrumenten: ['JOBCOACH'],
  });
  // Matching candidates for the open vacature: anonymised cards with a score.
  const matches = page.getByRole('region', { name: 'Passende kandidaten' });
  await matches.waitFor();
  await matches.locator('.result-list, p').first().waitFor();
  if ((await matches.getByRole('list', { name: 'Passende kandidaten' }).count()) > 0) {
    await matches
      .getByText(/Score \d+ van 100/)
      .first()
      .waitFor();
  }
  await t.assertNoCandidateIdentity(account.tenantId, `${bodies.join('\n')}\n${await page.content()}`);
  await t.checkAccessibility();
  await t.shot('vacature-detail');

  await page.getByRole('link', { name: 'Wijzigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Medewerker groenonderhoud wijzigen' }).waitFor();
  assert.equal(await page.getByLabel('Minimaal aantal uren per week').inputValue(), '24');
  await page.getByLabel('Functietitel').fill('Medewerker groenonderhoud (Tiel)');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  await page.getByRole('heading', { level: 1, name: /Medewerker groenonderhoud \(Tiel\)/ }).waitFor();

  await page.getByRole('button', { name: 'Vervuld: er is iemand aangenomen' }).click();
  await page.getByText('De status is nu: Vervuld.').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Wijzigen' }).count(), 0, 'a filled vacature cannot be changed');

  // Back in the list, the new vacature is there.
  await page.getByRole('link', { name: 'Terug naar de vacatures' }).click();
  await page.getByRole('link', { name: 'Medewerker groenonderhoud (Tiel)' }).waitFor();
});

test('WERKGEVER: own organisation, a wrong SBI code from the API next to its field, contact persons', async (t) => {
  const { page } = t;
  const account = await werkgeverAccount(t);
  await t.login(account.email);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn organisatie' }).click();
  await page.getByRole('heading', { level: 1, name: account.werkgeverNaam }).waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-organisatie');

  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await page.getByLabel('SBI-code').fill('0400');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  const sbi = page.getByLabel('SBI-code');
  await page
    .locator('.field--error')
    .getByText(/geen bestaande SBI-code/)
    .waitFor();
  assert.equal(await sbi.getAttribute('aria-invalid'), 'true');
  await t.shot('werkgever-organisatie-fout');
  await sbi.fill('8130');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  const [{ sbi_code }] = await t.app.db.query(`SELECT sbi_code FROM werkgever WHERE id = $1`, [account.werkgeverId]);
  assert.equal(sbi_code, '8130');

  await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Contactpersoon toevoegen' });
  await form.getByLabel('Naam').fill('Petra Jansen');
  await form.getByLabel('Functie').fill('HR-adviseur');
  await form.getByLabel('Ontvangt de aanbodskrant').check();
  await form.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  // The newsletter needs an e-mail address.
  await form
    .locator('.field__error')
    .getByText(/Hiervoor is een e-mailadres nodig/)
    .waitFor();
  await form.getByLabel('E-mailadres').fill('petra.jansen@example.nl');
  await form.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  await page.getByText('Petra Jansen is toegevoegd.').waitFor();
  const contact = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Petra Jansen' }) });
  await contact.getByText('petra.jansen@example.nl').waitFor();

  await contact.getByRole('button', { name: 'Wijzigen: Petra Jansen' }).click();
  await page.getByRole('form', { name: 'Wijzigen: Petra Jansen' }).getByLabel('Functie').fill('Manager HR');
  await page.getByRole('form', { name: 'Wijzigen: Petra Jansen' }).getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('De gegevens van Petra Jansen zijn opgeslagen.').waitFor();
  await contact.getByText('Manager HR').waitFor();
});

test('WERKGEVER: searches anonymised candidates (text, distance, facets) and never receives a name, BSN, address or e-mail', async (t) => {
  const { page } = t;
  const account = await werkgeverAccount(t);
  await t.zoekindex('KANDIDAAT');
  // Everything the portal receives from the API, to check it too — not only what is on screen.
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('/graphql')) bodies.push(await response.text().catch(() => ''));
  });
  await t.login(account.email);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kandidaten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kandidaten' }).waitFor();
  const results = page.getByRole('list', { name: 'Kandidaten' });
  const cards = results.locator(':scope > li');
  await cards.first().waitFor();
  const [{ beschikbaar }] = await t.app.db.query(
    `SELECT count(*)::int AS beschikbaar FROM kandidaat WHERE tenant_id = $1 AND status = 'BESCHIKBAAR'`,
    [account.tenantId],
  );
  await page.getByRole('status').getByText(`${beschikbaar} kandidaten`).waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-kandidaten');

  // A word from a candidate's wishes finds them, with the word marked.
  const [{ woord }] = await t.app.db.query(
    `SELECT split_part(beroepswensen[1], ' ', 1) AS woord FROM kandidaat WHERE tenant_id = $1 AND status = 'BESCHIKBAAR' AND cardinality(beroepswensen) > 0 ORDER BY code LIMIT 1`,
    [account.tenantId],
  );
  await page.getByLabel('Zoek op beroep, vaardigheid of woord').fill(woord);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL(/q=/);
  await cards.first().waitFor();
  const found = await cards.count();
  assert.ok(found > 0 && found <= beschikbaar);
  await t.shot('werkgever-kandidaten-zoeken');

  // Facet: only candidates for whom wage-cost subsidy is possible.
  await page.getByRole('button', { name: 'Alle filters wissen' }).click();
  const facet = page.getByRole('group', { name: 'Ondersteuning' });
  const label = (await facet.locator('label', { hasText: /^Loonkostensubsidie \(\d+\)$/ }).textContent()) ?? '';
  const lksCount = Number(/\((\d+)\)/.exec(label)?.[1]);
  assert.ok(lksCount > 0, `facet label: ${label}`);
  await facet.getByLabel(label).check();
  await page.waitForURL(/instrument=LKS/);
  await page
    .getByRole('status')
    .getByText(lksCount === 1 ? '1 kandidaat' : `${lksCount} kandidaten`)
    .waitFor();
  for (const text of await cards.allInnerTexts()) assert.match(text, /LKS mogelijk/);

  // Distance from the werkgever's own site.
  const [{ pc4 }] = await t.app.db.query(
    `SELECT substr(postcode, 1, 4) AS pc4 FROM vestiging WHERE werkgever_id = $1 LIMIT 1`,
    [account.werkgeverId],
  );
  await page.getByLabel('Postcode').fill(pc4);
  await page.getByLabel('Afstand').selectOption('25');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL(/pc=/);
  await page.getByRole('status').waitFor();
  if ((await cards.count()) > 0)
    await cards
      .first()
      .getByText(/km van de postcode/)
      .waitFor();
  await t.shot('werkgever-kandidaten-afstand');

  await page.getByRole('button', { name: 'Alle filters wissen' }).click();
  // A candidate who gave this werkgever consent shows a name on its own card page; open one who did not.
  const metToestemming: { code: string }[] = await t.app.db.query(
    `SELECT k.code FROM kandidaat k JOIN kandidaat_toestemming ts ON ts.kandidaat_id = k.id
      WHERE ts.werkgever_id = $1 AND ts.ingetrokken_op IS NULL`,
    [account.werkgeverId],
  );
  const zonderToestemming = cards.filter({
    hasNotText: new RegExp(metToestemming.map((k) => k.code).join('|') || '^$'),
  });
  await zonderToestemming.first().getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: /^Kandidaat K-/ }).waitFor();
  await page.getByRole('heading', { name: 'Interesse in deze kandidaat?' }).waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-kandidaat-kaart');

  const identities: { naam: string; bsn: string; adres: string; email: string | null; geboortedatum: string }[] =
    await t.app.db.query(
      `SELECT voornaam || ' ' || achternaam AS naam, bsn, adres, email, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum
       FROM kandidaat_identiteit WHERE tenant_id = $1`,
      [account.tenantId],
    );
  assert.ok(identities.length > 0, 'the seed has candidates');
  const seen = `${bodies.join('\n')}\n${await page.content()}`;
  for (const who of identities) {
    for (const value of [who.naam, who.bsn, who.adres, who.email, who.geboortedatum]) {
      if (value) assert.ok(!seen.includes(value), `the employer received candidate identity: ${value}`);
    }
  }
  assert.ok(!/"identiteit"\s*:\s*\{|"bsn"|"geboortedatum"/.test(seen), 'no identity fields in the API answers');
});
