import assert from 'node:assert/strict';
import { PHONE, test, type TestContext } from './harness';

const DAG = 24 * 3600_000;
const ZONE = 'Europe/Amsterdam';
const PUBLICEER = `mutation($input: PubliceerJobdateSlotInput!) { publiceerJobdateSlot(input: $input) { id start } }`;
const BOEK = `mutation($s: ID!, $k: ID!) { boekJobdate(slotId: $s, kandidaatId: $k) { id } }`;

/** "2026-12-03" in Dutch time, some days from now. */
function datumOver(dagen: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + dagen * DAG));
}

/** The time of an instant as the portal shows it, e.g. "15:00". */
function tijd(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(new Date(iso));
}

/** Date and time of an instant as the portal shows it, e.g. "donderdag 3 december 2026 om 15:00". */
function wanneer(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(new Date(iso));
}

/** An instant `dagen` days ahead at a whole hour, distinct per call so slots never overlap. */
let uur = 0;
function straks(dagen: number): string {
  const start = new Date(Date.now() + dagen * DAG);
  start.setUTCHours(8 + (uur++ % 10), 0, 0, 0);
  return start.toISOString();
}

/**
 * The first employer demo account of Werkzaak Rivierenland, and two available own candidates of werkcoach@ who
 * shared their contact details with no employer (so the employer may see nothing but the card).
 */
async function spelers(t: TestContext) {
  const [werkgever] = await t.app.db.query(
    `SELECT u.email, u.werkgever_id AS "werkgeverId", w.naam, u.tenant_id AS "tenantId"
       FROM app_user u JOIN werkgever w ON w.id = u.werkgever_id JOIN tenant tn ON tn.id = u.tenant_id
      WHERE u.rol = 'WERKGEVER' AND tn.naam = 'Werkzaak Rivierenland' ORDER BY u.email LIMIT 1`,
  );
  const kandidaten: { id: string; code: string }[] = await t.app.db.query(
    `SELECT k.id, k.code FROM kandidaat k JOIN app_user u ON u.id = k.werkcoach_id
      WHERE u.email = 'werkcoach@werkzaak.demo' AND k.status = 'BESCHIKBAAR'
        AND NOT EXISTS (SELECT 1 FROM kandidaat_toestemming ts WHERE ts.kandidaat_id = k.id AND ts.ingetrokken_op IS NULL)
      ORDER BY k.code LIMIT 2`,
  );
  assert.equal(kandidaten.length, 2, 'werkcoach@ has two available candidates in the seed');
  const tokens = {
    werkgever: await t.app.gql.login(werkgever.email),
    werkcoach: await t.app.gql.login('werkcoach@werkzaak.demo'),
  };
  const publiceer = async (start: string, vorm: 'VIDEO' | 'BEL_MIJ' = 'BEL_MIJ') =>
    (
      await t.app.gql.ok(
        PUBLICEER,
        {
          input: {
            start,
            lengteMinuten: 30,
            vorm,
            ...(vorm === 'VIDEO' && { videoLink: 'https://meet.example.nl/x' }),
          },
        },
        tokens.werkgever,
      )
    ).publiceerJobdateSlot as { id: string; start: string };
  return { werkgever, kandidaten, tokens, publiceer };
}

test('WERKGEVER opens up a jobdate time (errors next to the fields) and withdraws a free one', async (t) => {
  const { page, app } = t;
  const { werkgever } = await spelers(t);
  await t.login(werkgever.email);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jobdates' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jobdates' }).waitFor();
  await t.checkAccessibility();

  const form = page.getByRole('form', { name: 'Tijd openzetten' });
  await form.getByRole('button', { name: 'Tijd openzetten' }).click();
  await form.locator('.field__error').getByText('Vul een datum en een begintijd in.').waitFor();
  await form.locator('.field__error').getByText('Vul een link naar het videogesprek in.').waitFor();

  const datum = datumOver(20);
  await form.getByLabel('Datum').fill(datum);
  await form.getByLabel('Begintijd').fill('15:00');
  await form.getByLabel('Link naar het videogesprek').fill('geen-link');
  await form.getByRole('button', { name: 'Tijd openzetten' }).click();
  // The API refuses a link that is not https; its message stands next to the field.
  await form.locator('.field__error').getByText('De videolink moet een https-link zijn.').waitFor();
  await form.getByLabel('Link naar het videogesprek').fill('https://meet.example.nl/werkgever-test');
  const vacature = form
    .getByRole('group', { name: 'Voor welke vacature? (niet verplicht)' })
    .getByRole('checkbox')
    .first();
  await vacature.check();
  const vacatureTitel = (await form.locator(`label[for="${await vacature.getAttribute('id')}"]`).textContent()) ?? '';
  await form.getByRole('button', { name: 'Tijd openzetten' }).click();
  await page
    .getByRole('status')
    .getByText(/om 15:00 staat open/)
    .waitFor();

  const [slot] = await app.db.query(
    `SELECT s.id, s.start, s.vorm, array_length(s.vacature_ids, 1) AS vacatures,
            (SELECT titel FROM vacature WHERE id = s.vacature_ids[1]) AS titel
       FROM jobdate_slot s WHERE s.werkgever_id = $1 AND s.video_link = $2`,
    [werkgever.werkgeverId, 'https://meet.example.nl/werkgever-test'],
  );
  assert.ok(slot, 'the slot is stored');
  assert.equal(tijd(slot.start.toISOString()), '15:00');
  assert.equal(slot.vorm, 'VIDEO');
  assert.deepEqual([slot.vacatures, slot.titel], [1, vacatureTitel]);

  const tijden = page.getByRole('table', { name: 'Uw tijden' });
  const rij = tijden.getByRole('row', { name: /om 15:00/ });
  await rij.getByText('Vrij').waitFor();
  await rij.getByText(`Voor de vacature ${vacatureTitel}`).waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-jobdates');

  await rij.getByRole('button', { name: /intrekken$/ }).click();
  await page
    .getByRole('status')
    .getByText(/om 15:00 is ingetrokken/)
    .waitFor();
  await rij.getByText('Ingetrokken').waitFor();
  const [na] = await app.db.query(`SELECT status FROM jobdate_slot WHERE id = $1`, [slot.id]);
  assert.equal(na.status, 'GEANNULEERD');

  // On a phone the form and the times fit the screen; only the table scrolls sideways inside its box.
  await page.setViewportSize(PHONE);
  await form.getByLabel('Datum').waitFor();
  const breed = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
  assert.ok(breed <= PHONE.width, `page is ${breed}px wide on a ${PHONE.width}px screen`);
  await t.checkAccessibility();
  await t.shot('werkgever-jobdates-telefoon');
});

test('WERKCOACH books a jobdate for a candidate (a time just taken shows the API message), moves it and cancels it', async (t) => {
  const { page, app } = t;
  const { werkgever, kandidaten, tokens, publiceer } = await spelers(t);
  const [eerste, tweede, bezet] = [
    await publiceer(straks(21), 'VIDEO'),
    await publiceer(straks(21)),
    await publiceer(straks(21)),
  ];
  const optie = (slot: { start: string }) => `${wanneer(slot.start)} – ${werkgever.naam} (30 minuten`;

  await t.login('werkcoach@werkzaak.demo');
  await page.getByRole('region', { name: 'Komende jobdates' }).waitFor();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jobdates' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jobdates' }).waitFor();
  const form = page.getByRole('form', { name: 'Jobdate boeken' });
  await form.getByLabel('Voor welke kandidaat?').selectOption({ label: kandidaten[0].code });
  await form.getByLabel(optie(bezet)).check();
  // Meanwhile the same time is booked for another candidate.
  await app.gql.ok(BOEK, { s: bezet.id, k: kandidaten[1].id }, tokens.werkcoach);
  await form.getByRole('button', { name: 'Jobdate boeken' }).click();
  await form
    .getByRole('group', { name: 'Kies een vrije tijd' })
    .locator('.field__error')
    .getByText('Dit slot is net door iemand anders geboekt. Kies een ander slot.')
    .waitFor();
  await t.checkAccessibility();
  await t.shot('werkcoach-jobdate-bezet');

  await form.getByLabel(optie(eerste)).check();
  await form.getByRole('button', { name: 'Jobdate boeken' }).click();
  await page.getByRole('status').getByText(`De jobdate voor ${kandidaten[0].code}`).waitFor();
  await page.getByRole('link', { name: 'Bekijk de jobdate' }).click();
  await page.getByRole('heading', { level: 1, name: /^Jobdate op / }).waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Geboekt').waitFor();
  await t.checkAccessibility();
  await t.shot('werkcoach-jobdate');
  const [geboekt] = await app.db.query(
    `SELECT id, kandidaat_id FROM jobdate_boeking WHERE slot_id = $1 AND status = 'GEBOEKT'`,
    [eerste.id],
  );
  assert.equal(geboekt.kandidaat_id, kandidaten[0].id);

  const verplaats = page.getByRole('form', { name: 'Verplaatsen' });
  await verplaats.getByLabel(optie(tweede)).check();
  await verplaats.getByRole('button', { name: 'Verplaatsen' }).click();
  await page.getByRole('status').getByText(`De jobdate is verplaatst naar`).waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Verplaatst').waitFor();
  const [nieuw] = await app.db.query(`SELECT id FROM jobdate_boeking WHERE slot_id = $1 AND status = 'GEBOEKT'`, [
    tweede.id,
  ]);
  const [oud] = await app.db.query(`SELECT status, verplaatst_naar FROM jobdate_boeking WHERE id = $1`, [geboekt.id]);
  assert.deepEqual(oud, { status: 'VERPLAATST', verplaatst_naar: nieuw.id });

  await page.getByRole('link', { name: 'Bekijk de nieuwe afspraak' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`om ${tijd(tweede.start)}`) }).waitFor();
  const annuleer = page.getByRole('form', { name: 'Jobdate annuleren' });
  await annuleer.getByLabel('Reden (niet verplicht)').fill('De kandidaat is ziek');
  await annuleer.getByRole('button', { name: 'Jobdate annuleren' }).click();
  await page.getByRole('status').getByText('De jobdate is geannuleerd.').waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Geannuleerd').waitFor();
  const [geannuleerd] = await app.db.query(`SELECT status, reden FROM jobdate_boeking WHERE id = $1`, [nieuw.id]);
  assert.deepEqual(geannuleerd, { status: 'GEANNULEERD', reden: 'De kandidaat is ziek' });
});

test('WERKGEVER sees its booked jobdates with the candidate code only, never the identity', async (t) => {
  const { page } = t;
  const { werkgever, kandidaten, tokens, publiceer } = await spelers(t);
  const slot = await publiceer(straks(2));
  const { boekJobdate } = await t.app.gql.ok(BOEK, { s: slot.id, k: kandidaten[0].id }, tokens.werkcoach);

  const bodies = t.recordGraphQL();
  await t.login(werkgever.email);
  const kaart = page.getByRole('region', { name: 'Komende jobdates' });
  await kaart.getByText(`Met kandidaat ${kandidaten[0].code}`).first().waitFor();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jobdates' }).click();
  const lijst = page.getByRole('list', { name: 'Geboekte jobdates' });
  await lijst.getByText(`Met kandidaat ${kandidaten[0].code}`).first().waitFor();
  await page.goto(`/jobdates/boekingen/${boekJobdate.id}`);
  await page.getByRole('heading', { level: 1, name: /^Jobdate op / }).waitFor();
  await page.getByText(kandidaten[0].code, { exact: true }).waitFor();
  // An employer cannot move a booking, only cancel it.
  assert.equal(await page.getByRole('form', { name: 'Verplaatsen' }).count(), 0);
  await page.getByRole('form', { name: 'Jobdate annuleren' }).waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-jobdate-boeking');
  await page.getByRole('link', { name: kandidaten[0].code, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Kandidaat ${kandidaten[0].code}` }).waitFor();
  await t.assertNoCandidateIdentity(werkgever.tenantId, `${bodies.join('\n')}\n${await page.content()}`);
});

test('ACCOUNTMANAGER plans a kennissessie; a WERKGEVER signs up, lands on the waiting list when full, and withdraws', async (t) => {
  const { page, app } = t;
  const { werkgever } = await spelers(t);
  await t.login('accountmanager@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennissessies' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kennissessies' }).waitFor();
  await page.getByRole('link', { name: 'Kennissessie plannen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kennissessie plannen' }).waitFor();
  const form = page.getByRole('form', { name: 'Kennissessie plannen' });
  await form.getByRole('button', { name: 'Kennissessie plannen' }).click();
  await form.locator('.field__error').getByText('Vul een titel in.').waitFor();
  await form.locator('.field__error').getByText('Kies een onderwerp.').waitFor();
  await form.getByLabel('Titel', { exact: true }).fill('No-riskpolis: wat als uw medewerker ziek wordt?');
  await form.getByLabel('Onderwerp').selectOption('NO_RISKPOLIS');
  await form.getByLabel('Waar', { exact: true }).fill('Werkzaak Rivierenland, Bachweg 2, Tiel');
  await form.getByLabel('Datum').fill(datumOver(12));
  await form.getByLabel('Begintijd').fill('10:00');
  await form.getByLabel('Hoeveel plekken zijn er?').fill('1');
  await t.checkAccessibility();
  await form.getByRole('button', { name: 'Kennissessie plannen' }).click();
  await page.getByRole('heading', { level: 1, name: 'No-riskpolis: wat als uw medewerker ziek wordt?' }).waitFor();
  await page.getByRole('status').getByText('De kennissessie is gepland.').waitFor();
  await page.getByText('Er is nog niemand aangemeld.').waitFor();
  const [sessie] = await app.db.query(`SELECT id, capaciteit FROM kennissessie WHERE titel = $1`, [
    'No-riskpolis: wat als uw medewerker ziek wordt?',
  ]);
  assert.equal(sessie.capaciteit, 1);
  await t.logout();

  const contacten = ['Anouk de Wit', 'Bram Jansen'];
  for (const naam of contacten) {
    await app.db.query(`INSERT INTO contactpersoon (tenant_id, werkgever_id, naam, email) VALUES ($1, $2, $3, $4)`, [
      werkgever.tenantId,
      werkgever.werkgeverId,
      naam,
      `${naam.split(' ')[0].toLowerCase()}@werkgever.test`,
    ]);
  }
  await t.login(werkgever.email);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennissessies' }).click();
  await page.getByRole('link', { name: 'No-riskpolis: wat als uw medewerker ziek wordt?' }).click();
  await page.getByText('U bent nog niet aangemeld.').waitFor();
  const aanmelden = page.getByRole('form', { name: 'Aanmelden' });
  await aanmelden.getByLabel('Wie komt er?').selectOption({ label: contacten[0] });
  await aanmelden.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('status').getByText(`${contacten[0]} is aangemeld.`).waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Vol').waitFor();
  await page.getByText('Deze sessie is vol. Meldt u zich aan, dan komt u op de wachtlijst.').waitFor();
  await aanmelden.getByLabel('Wie komt er?').selectOption({ label: contacten[1] });
  await aanmelden.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('status').getByText(`${contacten[1]} staat op de wachtlijst, op plaats 1.`).waitFor();
  const uw = page.getByRole('list', { name: 'Uw aanmeldingen' });
  await uw.getByRole('listitem').filter({ hasText: contacten[1] }).getByText('Op de wachtlijst, plaats 1').waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-kennissessie-wachtlijst');

  // The list says at a glance where the werkgever stands.
  await page.getByRole('link', { name: 'Terug naar de kennissessies' }).click();
  const item = page
    .getByRole('list', { name: 'Kennissessies' })
    .getByRole('listitem')
    .filter({ hasText: 'No-riskpolis: wat als uw medewerker ziek wordt?' });
  await item.getByText('Van u is 1 persoon aangemeld').waitFor();
  await item.getByText('Van u staat 1 persoon op de wachtlijst').waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-kennissessies');
  await item.getByRole('link', { name: 'No-riskpolis: wat als uw medewerker ziek wordt?' }).click();

  await uw.getByRole('button', { name: `${contacten[0]} afmelden` }).click();
  await page.getByRole('status').getByText(`${contacten[0]} is afgemeld.`).waitFor();
  await uw.getByRole('listitem').filter({ hasText: contacten[1] }).getByText('Aangemeld').waitFor();
  const rijen: { naam: string; status: string }[] = await app.db.query(
    `SELECT c.naam, a.status FROM kennissessie_aanmelding a JOIN contactpersoon c ON c.id = a.contactpersoon_id
      WHERE a.sessie_id = $1 ORDER BY c.naam`,
    [sessie.id],
  );
  assert.deepEqual(rijen, [
    { naam: contacten[0], status: 'AFGEMELD' },
    { naam: contacten[1], status: 'AANGEMELD' },
  ]);
  await t.logout();

  await t.login('accountmanager@werkzaak.demo');
  await page.goto(`/kennissessies/${sessie.id}`);
  const tabel = page.getByRole('table', { name: 'Aanmeldingen' });
  const rij = tabel.getByRole('row').filter({ hasText: contacten[1] });
  await rij.getByRole('cell', { name: werkgever.naam, exact: true }).waitFor();
  await rij.getByText('Aangemeld').waitFor();
  await t.checkAccessibility();
  await t.shot('accountmanager-kennissessie-aanmeldingen');
});
