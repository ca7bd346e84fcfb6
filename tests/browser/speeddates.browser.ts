import assert from 'node:assert/strict';
import { PHONE, test, type TestContext } from './harness';

const DAG = 24 * 3600_000;
const ZONE = 'Europe/Amsterdam';
const MAAK = `mutation($input: MaakSpeeddateInput!) { maakSpeeddate(input: $input) { id naam } }`;
const OPEN = `mutation($e: ID!) { openSpeeddate(eventId: $e) { status } }`;
const TAFEL = `mutation($e: ID!, $input: SpeeddateTafelInput!) { registreerSpeeddateTafel(eventId: $e, input: $input) { id } }`;
const DEELNEMER = `mutation($e: ID!, $input: SpeeddateDeelnemerInput!) { registreerSpeeddateKandidaat(eventId: $e, input: $input) { id } }`;
const PLAN = `mutation($e: ID!) { planSpeeddate(eventId: $e) { versie } }`;
const STATUS = `query($e: ID!) { speeddatePlanningStatus(eventId: $e) { status versie } }`;

/** "2026-12-03" in Dutch time, some days from now. */
function datumOver(dagen: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + dagen * DAG));
}

/** The employer demo account, four candidates of werkcoach@ and API tokens for preparing what others do. */
async function spelers(t: TestContext) {
  const [werkgever] = await t.app.db.query(
    `SELECT u.email, u.werkgever_id AS "werkgeverId", w.naam, u.tenant_id AS "tenantId"
       FROM app_user u JOIN werkgever w ON w.id = u.werkgever_id JOIN tenant tn ON tn.id = u.tenant_id
      WHERE u.rol = 'WERKGEVER' AND tn.naam = 'Werkzaak Rivierenland' ORDER BY u.email LIMIT 1`,
  );
  const kandidaten: { id: string; code: string }[] = await t.app.db.query(
    `SELECT k.id, k.code FROM kandidaat k JOIN app_user u ON u.id = k.werkcoach_id
      WHERE u.email = 'werkcoach@werkzaak.demo' ORDER BY k.code LIMIT 4`,
  );
  assert.equal(kandidaten.length, 4, 'werkcoach@ has four candidates in the seed');
  const tokens = {
    organisator: await t.app.gql.login('accountmanager@werkzaak.demo'),
    werkgever: await t.app.gql.login(werkgever.email),
    werkcoach: await t.app.gql.login('werkcoach@werkzaak.demo'),
  };
  /** The werkcoach registers the candidates (the organiser's screen shows them). */
  const meldAan = async (eventId: string, aantal = kandidaten.length) => {
    for (const k of kandidaten.slice(0, aantal)) {
      await t.app.gql.ok(DEELNEMER, { e: eventId, input: { kandidaatId: k.id } }, tokens.werkcoach);
    }
  };
  return { werkgever, kandidaten, tokens, meldAan };
}

async function planningKlaar(t: TestContext, eventId: string, token: string, versie: number): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const { speeddatePlanningStatus: s } = await t.app.gql.ok(STATUS, { e: eventId }, token);
    if (s.versie === versie && s.status === 'KLAAR') return;
    assert.notEqual(s.status, 'MISLUKT', 'the planning job failed');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail('the planning job did not finish');
}

test('ORGANISER creates a speeddate, sets it up, runs the scheduler with progress, prints, handles a no-show and records an outcome', async (t) => {
  const { page, app } = t;
  await t.worker();
  const { werkgever, kandidaten, tokens, meldAan } = await spelers(t);
  await t.login('accountmanager@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Speeddates' }).click();
  await page.getByRole('heading', { level: 1, name: 'Speeddates' }).waitFor();
  await page.getByRole('link', { name: 'Speeddate Logistiek – Culemborg' }).waitFor();
  await t.checkAccessibility();
  await t.shot('speeddates-organisator');

  await page.getByRole('link', { name: 'Nieuwe speeddate maken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe speeddate maken' }).waitFor();
  await page.getByLabel('Aantal rondes').fill('0');
  await page.getByRole('button', { name: 'Speeddate maken' }).click();
  await page.locator('.field__error').getByText('Vul een naam van de speeddate in.').waitFor();
  await page.locator('.field__error').getByText('Vul een heel getal in van 1 tot en met 30.').waitFor();
  await t.checkAccessibility();

  const naam = 'Speeddate Zorg en Welzijn – Geldermalsen';
  await page.getByLabel('Naam van de speeddate').fill(naam);
  await page.getByLabel('Datum').fill(datumOver(10));
  await page.getByLabel('Locatie').fill('Dorpshuis De Kulk');
  await page.getByLabel('Straat en huisnummer').fill('Stationsstraat 10');
  await page.getByLabel('Postcode').fill('4001 CB');
  await page.getByLabel('Aantal rondes').fill('4');
  await page.getByLabel('Minimaal aantal gesprekken per kandidaat').fill('2');
  await page.getByLabel('Aanmelden kan tot').fill(`${datumOver(5)}T17:00`);
  await page.getByRole('button', { name: 'Speeddate maken' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(naam) }).waitFor();
  await page.getByText('De speeddate is gemaakt als concept.', { exact: false }).waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Concept').waitFor();
  const eventId = new URL(page.url()).pathname.split('/').pop()!;
  const [opgeslagen] = await app.db.query(`SELECT rondes, status, plaats FROM speeddate_event WHERE id = $1`, [
    eventId,
  ]);
  assert.deepEqual(opgeslagen, { rondes: 4, status: 'CONCEPT', plaats: 'Tiel' });
  await t.checkAccessibility();
  await t.shot('speeddate-concept');

  await page.getByRole('button', { name: 'Aanmelden openen' }).click();
  await page.getByText('Het aanmelden is open.', { exact: false }).waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Aanmelden open').waitFor();

  // A table for a werkgever, booked by the organiser.
  const tafelForm = page.getByRole('form', { name: 'Tafel reserveren voor een werkgever' });
  const [ander] = await app.db.query(
    `SELECT w.id, w.naam FROM werkgever w JOIN tenant tn ON tn.id = w.tenant_id
      WHERE tn.naam = 'Werkzaak Rivierenland' AND w.id <> $1 ORDER BY w.naam LIMIT 1`,
    [werkgever.werkgeverId],
  );
  const andereWerkgever: string = ander.naam;
  await tafelForm.getByLabel('Zoek de werkgever').fill(andereWerkgever);
  await tafelForm.getByRole('button', { name: 'Zoeken' }).click();
  await tafelForm
    .getByLabel('Werkgever', { exact: true })
    .locator(`option[value="${ander.id}"]`)
    .waitFor({ state: 'attached' });
  await tafelForm.getByLabel('Werkgever', { exact: true }).selectOption(ander.id);
  await tafelForm.getByRole('button', { name: 'Tafel reserveren' }).click();
  await page.getByText('De tafel is gereserveerd.').waitFor();
  await page
    .getByRole('table', { name: 'Tafels en werkgevers' })
    .getByRole('cell', { name: andereWerkgever })
    .waitFor();

  // The werkgever books its own table and the werkcoach brings candidates (their own screens).
  await app.gql.ok(TAFEL, { e: eventId, input: { aantal: 1 } }, tokens.werkgever);
  await meldAan(eventId);
  await page.reload();
  const deelnemers = page.getByRole('table', { name: 'Kandidaten' });
  for (const k of kandidaten) await deelnemers.getByRole('link', { name: k.code }).waitFor();

  await page.getByRole('button', { name: 'Rooster maken' }).click();
  const voortgang = page.getByRole('region', { name: 'Rooster', exact: true }).getByRole('status');
  await voortgang.getByText('Het rooster is klaar').waitFor({ timeout: 30_000 });
  await voortgang.getByText(/\d+ gesprekken\. Het rooster haalt \d+% van de best mogelijke match\./).waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Rooster klaar').waitFor();
  const tafelplan = page.getByRole('table', { name: 'Tafelplan per ronde' });
  await tafelplan.getByRole('cell', { name: kandidaten[0].code }).first().waitFor();
  const [{ gesprekken }] = await app.db.query(
    `SELECT count(*)::int AS gesprekken FROM speeddate_gesprek WHERE event_id = $1`,
    [eventId],
  );
  assert.ok(gesprekken >= 8, `the schedule has meetings (${gesprekken})`);
  assert.equal(await tafelplan.locator('tbody tr').count(), 4, 'one row per round');
  await t.checkAccessibility();
  await t.shot('speeddate-rooster');

  // Printing: the browser's print dialog, and a page without menu or buttons.
  await page.evaluate(() => {
    const w = globalThis as unknown as { print: () => void; geprint?: boolean };
    w.print = () => {
      w.geprint = true;
    };
  });
  await page.getByRole('button', { name: 'Rooster afdrukken' }).click();
  assert.equal(await page.evaluate(() => (globalThis as unknown as { geprint?: boolean }).geprint), true);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isHidden(), 'no menu on paper');
  assert.ok(await page.getByRole('button', { name: 'Rooster opnieuw maken' }).isHidden(), 'no buttons on paper');
  assert.ok(await tafelplan.isVisible());
  await t.shot('speeddate-afdrukken');
  await page.emulateMedia({ media: 'screen' });

  // A candidate did not come from round 3 on: the schedule is made again, rounds 1–2 stay.
  const noShow = kandidaten[1];
  const [deelnemer] = await app.db.query(
    `SELECT d.id FROM speeddate_deelnemer d WHERE d.event_id = $1 AND d.kandidaat_id = $2`,
    [eventId, noShow.id],
  );
  const voor = await app.db.query(`SELECT id FROM speeddate_gesprek WHERE event_id = $1 AND ronde < 3 ORDER BY id`, [
    eventId,
  ]);
  await page.getByLabel('Van welke kandidaat?').selectOption({ label: noShow.code });
  await page.getByRole('table', { name: `Rooster per kandidaat: ${noShow.code}` }).waitFor();
  await page.getByLabel('Vanaf welke ronde was de kandidaat er niet?').selectOption('3');
  await page.getByRole('button', { name: 'Melden en rooster aanpassen' }).click();
  await page.getByText(`${noShow.code} is afgemeld.`, { exact: false }).waitFor();
  await planningKlaar(t, eventId, tokens.organisator, 2);
  await deelnemers.getByRole('row', { name: new RegExp(`${noShow.code}.*Niet gekomen`) }).waitFor();
  const na = await app.db.query(`SELECT id FROM speeddate_gesprek WHERE event_id = $1 AND ronde < 3 ORDER BY id`, [
    eventId,
  ]);
  assert.deepEqual(na, voor, 'meetings before the no-show stay');
  const [{ later }] = await app.db.query(
    `SELECT count(*)::int AS later FROM speeddate_gesprek WHERE deelnemer_id = $1 AND ronde >= 3`,
    [deelnemer.id],
  );
  assert.equal(later, 0);

  // Closing before the day: the API's message is shown; after the day it works.
  await page.getByRole('button', { name: 'Speeddate afronden' }).click();
  await page.getByRole('alert').getByText('Een speeddate wordt afgerond op of na de dag zelf.').waitFor();

  // After the day: close the event and record an outcome; a click becomes a voorstel.
  await app.db.query(`UPDATE speeddate_event SET datum = current_date - 1 WHERE id = $1`, [eventId]);
  await page.reload();
  await page.getByRole('button', { name: 'Speeddate afronden' }).click();
  await page.getByText('De speeddate is afgerond.', { exact: false }).waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Afgelopen').waitFor();
  const [eerste] = await app.db.query(
    `SELECT g.id, g.ronde, k.code FROM speeddate_gesprek g JOIN speeddate_deelnemer d ON d.id = g.deelnemer_id
       JOIN kandidaat k ON k.id = d.kandidaat_id WHERE g.event_id = $1 ORDER BY g.ronde, g.id LIMIT 1`,
    [eventId],
  );
  const keuze = page.getByLabel(`Uitkomst van ${eerste.code} in ronde ${eerste.ronde}`);
  await keuze.selectOption('KLIK');
  await keuze.locator('xpath=ancestor::form').getByRole('button', { name: 'Vastleggen' }).click();
  await page.getByText(`De uitkomst van het gesprek met ${eerste.code} is vastgelegd.`).waitFor();
  await page.getByRole('cell', { name: 'Klik (Voorstel gemaakt)' }).waitFor();
  const [vastgelegd] = await app.db.query(
    `SELECT g.uitkomst, v.bron FROM speeddate_gesprek g JOIN voorstel v ON v.id = g.voorstel_id WHERE g.id = $1`,
    [eerste.id],
  );
  assert.deepEqual(vastgelegd, { uitkomst: 'KLIK', bron: 'SPEEDDATE' });
  await t.checkAccessibility();
  await t.shot('speeddate-uitkomsten');
});

test('WERKGEVER sees upcoming speeddates, books a table and sees its own schedule without candidate identity', async (t) => {
  const { page, app } = t;
  await t.worker();
  const { werkgever, tokens, meldAan } = await spelers(t);
  const { maakSpeeddate: event } = await app.gql.ok(
    MAAK,
    {
      input: {
        naam: 'Speeddate Techniek – Culemborg',
        datum: datumOver(8),
        starttijd: '10:00',
        locatie: 'Stadhuis Culemborg',
        adres: 'Ossenwaard 1',
        postcode: '4101 AA',
        rondes: 5,
        rondeMinuten: 8,
        pauzeMinuten: 2,
        capaciteitTafels: 10,
        minGesprekken: 2,
        inschrijfDeadline: new Date(Date.now() + 4 * DAG).toISOString(),
      },
    },
    tokens.organisator,
  );
  await app.gql.ok(OPEN, { e: event.id }, tokens.organisator);

  const bodies = t.recordGraphQL();
  await t.login(werkgever.email);
  const kaart = page.getByRole('region', { name: 'Speeddates' });
  await kaart.getByRole('link', { name: event.naam }).waitFor();
  await t.shot('werkgever-overzicht-speeddates');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Speeddates' }).click();
  await page.getByRole('heading', { level: 1, name: 'Speeddates' }).waitFor();
  assert.equal(await page.getByText('Speeddate Logistiek – Culemborg').count(), 0, 'a concept stays hidden');
  await t.checkAccessibility();
  await page.getByRole('link', { name: event.naam }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(event.naam) }).waitFor();
  await page.getByText('U heeft nog geen tafel bij deze speeddate.').waitFor();
  await page.getByText('Het rooster is nog niet klaar.', { exact: false }).waitFor();
  await t.checkAccessibility();

  const form = page.getByRole('form', { name: 'Een tafel reserveren' });
  await form.getByLabel('Aantal tafels').fill('11');
  await form.getByRole('button', { name: 'Tafel reserveren' }).click();
  await page.locator('.field__error').getByText('Vul een heel getal in van 1 tot en met 10.').waitFor();
  await form.getByLabel('Aantal tafels').fill('1');
  await form.getByLabel('Tot en met ronde').selectOption('4');
  const vacatures = form.getByRole('group', { name: 'Voor welke vacatures zoekt u mensen?' }).getByRole('checkbox');
  if ((await vacatures.count()) > 0) await vacatures.first().check();
  await form.getByRole('button', { name: 'Tafel reserveren' }).click();
  await page.getByText('De tafel is gereserveerd.').waitFor();
  await page.getByRole('table', { name: 'Uw tafels' }).getByRole('cell', { name: 'Ronde 1 tot en met 4' }).waitFor();
  const [tafel] = await app.db.query(
    `SELECT werkgever_id, van_ronde, tot_ronde FROM speeddate_tafel WHERE event_id = $1`,
    [event.id],
  );
  assert.deepEqual(tafel, { werkgever_id: werkgever.werkgeverId, van_ronde: 1, tot_ronde: 4 });
  await t.checkAccessibility();
  await t.shot('werkgever-speeddate-gereserveerd');

  // The organiser plans; the werkgever then sees its rounds with candidate codes only.
  await meldAan(event.id, 3);
  await app.gql.ok(PLAN, { e: event.id }, tokens.organisator);
  await planningKlaar(t, event.id, tokens.organisator, 1);
  await page.reload();
  const rooster = page.getByRole('region', { name: 'Uw rooster' });
  await rooster.getByRole('heading', { name: new RegExp(`^Tafel \\d+: ${werkgever.naam}`) }).waitFor();
  const codes = await rooster.locator('tbody td:nth-child(3)').allInnerTexts();
  assert.ok(codes.length > 0 && codes.every((code) => /^K-\d{4}-\d{4}$/.test(code)), `codes only: ${codes.join(', ')}`);
  await t.checkAccessibility();
  await t.shot('werkgever-speeddate-rooster');
  await t.assertNoCandidateIdentity(werkgever.tenantId, `${bodies.join('\n')}\n${await page.content()}`);
});

test('WERKCOACH registers an own candidate and hands over the schedule (print and calendar)', async (t) => {
  const { page, app } = t;
  await t.worker();
  const { kandidaten, tokens } = await spelers(t);
  const { maakSpeeddate: event } = await app.gql.ok(
    MAAK,
    {
      input: {
        naam: 'Speeddate Groen – Zaltbommel',
        datum: datumOver(12),
        starttijd: '09:30',
        locatie: 'Gemeentehuis',
        adres: 'Kerkplein 1',
        postcode: '5301 AA',
        rondes: 3,
        rondeMinuten: 10,
        pauzeMinuten: 0,
        capaciteitTafels: 4,
        minGesprekken: 1,
        inschrijfDeadline: new Date(Date.now() + 6 * DAG).toISOString(),
      },
    },
    tokens.organisator,
  );
  await app.gql.ok(OPEN, { e: event.id }, tokens.organisator);
  await app.gql.ok(TAFEL, { e: event.id, input: { aantal: 2 } }, tokens.werkgever);

  await t.login('werkcoach@werkzaak.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Speeddates' }).click();
  await page.getByRole('heading', { level: 1, name: 'Speeddates' }).waitFor();
  await page.getByRole('link', { name: event.naam }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(event.naam) }).waitFor();
  await page.getByText('Er zijn nog geen kandidaten aangemeld.').waitFor();
  const form = page.getByRole('form', { name: 'Kandidaat aanmelden' });
  await form.getByRole('button', { name: 'Aanmelden' }).click();
  await form.locator('.field__error').getByText('Vul een kandidaat in.').waitFor();
  const keuze = form.getByLabel('Kandidaat', { exact: true });
  const optie = keuze.locator('option').nth(1);
  const code = (await optie.innerText()).split(' – ')[0].trim();
  await keuze.selectOption((await optie.getAttribute('value'))!);
  await form.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByText('De kandidaat is aangemeld.').waitFor();
  await page.getByRole('table', { name: 'Kandidaten' }).getByRole('link', { name: code }).waitFor();
  await t.checkAccessibility();
  await t.shot('werkcoach-speeddate-aangemeld');

  // More candidates, then the organiser makes the schedule.
  for (const k of kandidaten.filter((k) => k.code !== code).slice(0, 2)) {
    await app.gql.ok(DEELNEMER, { e: event.id, input: { kandidaatId: k.id } }, tokens.werkcoach);
  }
  await app.gql.ok(PLAN, { e: event.id }, tokens.organisator);
  await planningKlaar(t, event.id, tokens.organisator, 1);
  await page.reload();
  await page.getByLabel('Van welke kandidaat?').selectOption({ label: code });
  const rooster = page.getByRole('table', { name: `Rooster per kandidaat: ${code}` });
  await rooster.locator('tbody tr').first().waitFor();
  const afdruk = page.getByRole('link', { name: `Rooster van ${code} om af te drukken` });
  const html = decodeURIComponent((await afdruk.getAttribute('href'))!.replace(/^data:text\/html;charset=utf-8,/, ''));
  assert.match(html, /<table>/);
  assert.ok(html.includes(code), 'the printable page names the candidate by code');
  const agenda = await page.getByRole('link', { name: `Rooster van ${code} in de agenda` }).getAttribute('href');
  assert.equal(
    decodeURIComponent(agenda!).match(/BEGIN:VEVENT/g)?.length,
    await rooster.locator('tbody tr').count(),
    'one calendar entry per meeting',
  );
  await t.checkAccessibility();
  await t.shot('werkcoach-speeddate-rooster');
});

test('ORGANISER cancels a speeddate only after confirming', async (t) => {
  const { page, app } = t;
  const { tokens } = await spelers(t);
  const { maakSpeeddate: event } = await app.gql.ok(
    MAAK,
    {
      input: {
        naam: 'Speeddate Horeca – Tiel',
        datum: datumOver(15),
        starttijd: '14:00',
        locatie: 'Werkzaak Rivierenland',
        adres: 'Bachweg 2',
        postcode: '4004 JA',
        rondes: 6,
        rondeMinuten: 8,
        capaciteitTafels: 10,
        inschrijfDeadline: new Date(Date.now() + 7 * DAG).toISOString(),
      },
    },
    tokens.organisator,
  );
  await t.login('accountmanager@werkzaak.demo');
  await page.goto(`/speeddates/${event.id}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(event.naam) }).waitFor();
  await page.getByRole('button', { name: 'Speeddate annuleren' }).click();
  await page.getByRole('button', { name: 'Nee, niet annuleren' }).click();
  assert.equal(
    (await app.db.query(`SELECT status FROM speeddate_event WHERE id = $1`, [event.id]))[0].status,
    'CONCEPT',
  );
  await page.getByRole('button', { name: 'Speeddate annuleren' }).click();
  await page.getByRole('group').getByText('Weet u het zeker?', { exact: false }).waitFor();
  await t.checkAccessibility();
  await page.getByRole('button', { name: 'Ja, annuleren' }).click();
  await page.getByText('De speeddate is geannuleerd.').waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Geannuleerd').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Speeddate annuleren' }).count(), 0);
  assert.equal(
    (await app.db.query(`SELECT status FROM speeddate_event WHERE id = $1`, [event.id]))[0].status,
    'GEANNULEERD',
  );
  await t.shot('speeddate-geannuleerd');
});

test(
  'on a phone: a werkgever reads a speeddate and its booking form without sideways scrolling',
  async (t) => {
    const { page } = t;
    const { werkgever } = await spelers(t);
    await t.login(werkgever.email);
    await page.getByRole('link', { name: 'Speeddate Werk in de Betuwe – Tiel' }).click();
    await page.getByRole('heading', { level: 1, name: /Speeddate Werk in de Betuwe – Tiel/ }).waitFor();
    await page.getByRole('form', { name: 'Een tafel reserveren' }).waitFor();
    const overflow: number = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await t.checkAccessibility();
    await t.shot('werkgever-speeddate-telefoon');
  },
  { viewport: PHONE },
);
