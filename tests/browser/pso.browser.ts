import assert from 'node:assert/strict';
import { PHONE, test } from './harness';

const TREDE: Record<string, string> = {
  ASPIRANT: 'Aspirant',
  TREDE_1: 'Trede 1',
  TREDE_2: 'Trede 2',
  TREDE_3: 'Trede 3',
};

test('WERKGEVER sees SROI progress and the PSO position, and enters PSO data that moves the position', async (t) => {
  const { page, app } = t;
  // Not the first or last employer account, which other tests use. Its running placements count by themselves.
  const [account] = await app.db.query(
    `SELECT u.email, u.werkgever_id AS "werkgeverId", u.tenant_id AS "tenantId" FROM app_user u JOIN tenant tn ON tn.id = u.tenant_id
      WHERE u.rol = 'WERKGEVER' AND tn.naam = 'Werkzaak Rivierenland' ORDER BY u.email LIMIT 1 OFFSET 1`,
  );
  assert.ok(account, 'the seed has employer users');

  // The accountmanager records an obligation with one effort: RULES.md §2, €17,777.78 of €60,000 (29.63 %).
  const am = await app.gql.login('accountmanager@werkzaak.demo');
  const [tiel] = await app.db.query(`SELECT id FROM gemeente WHERE naam = 'Tiel'`);
  const { maakSroiVerplichting } = await app.gql.ok(
    `mutation($input: SroiVerplichtingInput!) { maakSroiVerplichting(input: $input) { id } }`,
    {
      input: {
        gemeenteId: tiel.id,
        werkgeverId: account.werkgeverId,
        contractnaam: 'Schoonmaak gemeentehuis Tiel',
        contractwaarde: '1200000',
        startDatum: '2026-01-01',
        eindDatum: '2027-12-31',
      },
    },
    am,
  );
  await app.gql.ok(
    `mutation($v: ID!, $input: SroiInzetInput!) { voegSroiInzetToe(verplichtingId: $v, input: $input) { id } }`,
    {
      v: maakSroiVerplichting.id,
      input: {
        soort: 'PLAATSING',
        categorie: 'PW_UITKERING_LANGER_2_JAAR',
        urenPerWeek: 24,
        startDatum: '2026-01-01',
        eindDatum: '2026-08-31',
      },
    },
    am,
  );
  await t.worker(); // the PSO position is computed by a job

  const bodies = t.recordGraphQL();
  await t.login(account.email);
  const sroiKaart = page.getByRole('region', { name: 'SROI' });
  await sroiKaart.getByText(/Gedaan: €\s17\.777,78 van €\s60\.000,00 \(29,63 %\)/).waitFor();
  await sroiKaart.getByText('Achter op schema', { exact: true }).waitFor();
  await sroiKaart.getByRole('progressbar').waitFor();
  await page.getByRole('region', { name: 'PSO-positie' }).getByText('Nog geen PSO-positie.').waitFor();
  await t.checkAccessibility();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'SROI', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'SROI: social return' }).waitFor();
  const afspraak = page.getByRole('list', { name: 'Uw SROI-afspraken' }).getByRole('listitem').first();
  await afspraak.getByText('Opdracht van de gemeente Tiel').waitFor();
  await afspraak.getByText(/Met wat nu loopt, wordt de afspraak niet gehaald/).waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-sroi');
  await afspraak.getByRole('link', { name: 'Schoonmaak gemeentehuis Tiel' }).click();
  await page.getByRole('heading', { level: 1, name: 'Schoonmaak gemeentehuis Tiel' }).waitFor();
  const inzet = page.getByRole('table', { name: 'Inzet' });
  await inzet
    .getByRole('cell', { name: /€\s17\.777,78/ })
    .first()
    .waitFor();
  assert.equal(await page.getByRole('button', { name: 'Inzet toevoegen' }).count(), 0, 'only staff add inzet');
  // Candidates of Tiel who could close the gap: anonymised cards only.
  await page.getByRole('list', { name: 'Kandidaten die kunnen helpen' }).getByRole('listitem').first().waitFor();
  await t.assertNoCandidateIdentity(account.tenantId, (await page.content()) + bodies.join('\n'));
  await t.checkAccessibility();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'PSO', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'PSO: Prestatieladder Socialer Ondernemen' }).waitFor();
  await page.getByText('Er is nog geen positie.').waitFor();
  await t.checkAccessibility();

  // Below the norm table (2 FTE) the API refuses; its message stands next to the field.
  const bestand = page.getByRole('form', { name: 'Uw personeel' });
  const totaal = bestand.getByLabel('Totaal aantal FTE');
  await totaal.fill('1,5');
  await bestand.getByRole('button', { name: 'Personeel opslaan' }).click();
  await totaal.and(page.locator('[aria-invalid="true"]')).waitFor();
  await bestand.locator('.field__error').first().waitFor();
  await totaal.fill('48');
  await bestand.getByRole('button', { name: 'Personeel opslaan' }).click();
  await page.getByText('Opgeslagen. We rekenen uw positie opnieuw uit.').waitFor();
  const positie = page.getByRole('region', { name: 'Uw positie' });
  /** Waits until the job stored the position of the latest input and the page shows it; returns the score. */
  const getoond = async (): Promise<{ trede: string; score: number }> => {
    for (let i = 0; i < 100; i++) {
      const [rij] = await app.db.query(
        `SELECT p.trede, p.score_pct FROM pso_positie p JOIN pso_personeelsbestand b ON b.werkgever_id = p.werkgever_id
          WHERE p.werkgever_id = $1 AND p.bron_versie = b.versie`,
        [account.werkgeverId],
      );
      if (rij) {
        const score = Number(rij.score_pct).toFixed(2).replace('.', ',');
        await positie.getByText(`${score} % van uw personeel komt uit de doelgroep`).waitFor();
        await positie.locator('.count', { hasText: TREDE[rij.trede] }).waitFor();
        await page.getByText('Dit duurt een paar seconden.', { exact: false }).waitFor({ state: 'hidden' });
        return { trede: rij.trede, score: Number(rij.score_pct) };
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.fail('the PSO job did not store the position');
  };
  await positie.getByRole('table', { name: 'Normen voor uw organisatie' }).waitFor();
  const begin = await getoond();

  // Each employee from the target group raises the score; the gap to the next trede is explained.
  const medewerker = page.getByRole('form', { name: 'Medewerker toevoegen' });
  await medewerker.getByLabel('Omschrijving').fill('Magazijn 1');
  await medewerker.getByLabel('FTE', { exact: true }).fill('1');
  await medewerker.getByLabel('Achtergrond bij instroom').selectOption({ label: 'Doelgroepregister' });
  await medewerker.getByLabel('Soort contract').selectOption({ label: 'Regulier (vast of tijdelijk)' });
  await medewerker.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await page.getByText('De medewerker is toegevoegd.').waitFor();
  const een = await getoond();
  assert.ok(een.score > begin.score, `the score rises: ${begin.score} → ${een.score}`);
  await positie
    .getByText(/Voor trede \d is een score van [\d,]+ % nodig\. Daarvoor heeft u nog [\d,]+ FTE extra nodig/)
    .waitFor();
  await positie.getByText(/Dat (is|zijn) ongeveer \d+ kandida(at|ten) van 24 uur per week\./).waitFor();

  // A Participatiewet employee without LKS counts 5 years from the instroom date: without it, the API says so.
  await medewerker.getByLabel('Omschrijving').fill('Productie 2');
  await medewerker.getByLabel('FTE', { exact: true }).fill('1');
  await medewerker.getByLabel('Achtergrond bij instroom').selectOption('PARTICIPATIEWET_ZONDER_LKS');
  await medewerker.getByLabel('Soort contract').selectOption('REGULIER');
  await medewerker.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  const instroom = medewerker.getByLabel('Datum van instroom');
  await instroom.and(page.locator('[aria-invalid="true"]')).waitFor();
  await instroom.fill('2026-03-01');
  await medewerker.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await page
    .getByRole('table', { name: 'Medewerkers uit de doelgroep' })
    .getByRole('rowheader', { name: 'Productie 2' })
    .waitFor();
  const twee = await getoond();
  assert.ok(twee.score > een.score, `the score rises: ${een.score} → ${twee.score}`);
  await t.checkAccessibility();
  await t.shot('werkgever-pso');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await page.getByRole('region', { name: 'PSO-positie' }).getByText(TREDE[twee.trede], { exact: true }).waitFor();
  await page.goto('/pso');
  await page.setViewportSize(PHONE);
  await positie.locator('.count', { hasText: TREDE[twee.trede] }).waitFor();
  await t.checkAccessibility();
  await t.shot('werkgever-pso-telefoon');
});
