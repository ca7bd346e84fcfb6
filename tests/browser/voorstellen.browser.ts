import assert from 'node:assert/strict';
import { test, type TestContext } from './harness';

const STEL_VOOR = `mutation($k: ID!, $w: [ID!]!, $n: String!, $v: ID) {
  stelKandidaatVoor(kandidaatId: $k, werkgeverIds: $w, notitie: $n, vacatureId: $v) { id }
}`;

interface Opzet {
  email: string;
  werkgeverId: string;
  tenantId: string;
  voorstellen: { id: string; code: string }[];
}

/** The accountmanager proposes three available candidates to the first employer of Werkzaak Rivierenland. */
async function stelVoor(t: TestContext): Promise<Opzet> {
  const { app } = t;
  const [werkgever] = await app.db.query(
    `SELECT u.email, u.werkgever_id AS "werkgeverId", u.tenant_id AS "tenantId"
       FROM app_user u JOIN tenant tn ON tn.id = u.tenant_id
      WHERE u.rol = 'WERKGEVER' AND tn.naam = 'Werkzaak Rivierenland' ORDER BY u.email LIMIT 1`,
  );
  const kandidaten: { id: string; code: string }[] = await app.db.query(
    `SELECT k.id, k.code FROM kandidaat k
      WHERE k.tenant_id = $1 AND k.status = 'BESCHIKBAAR'
        AND NOT EXISTS (SELECT 1 FROM voorstel v WHERE v.kandidaat_id = k.id AND v.werkgever_id = $2)
      ORDER BY k.code LIMIT 3`,
    [werkgever.tenantId, werkgever.werkgeverId],
  );
  assert.equal(kandidaten.length, 3, 'the seed has available candidates');
  const token = await app.gql.login('accountmanager@werkzaak.demo');
  const voorstellen: { id: string; code: string }[] = [];
  for (const [i, kandidaat] of kandidaten.entries()) {
    const { stelKandidaatVoor } = await app.gql.ok(
      STEL_VOOR,
      {
        k: kandidaat.id,
        w: [werkgever.werkgeverId],
        n: `Beste werkgever, ${i === 0 ? 'deze kandidaat past goed bij uw team.' : 'misschien iets voor u?'}`,
      },
      token,
    );
    voorstellen.push({ id: stelKandidaatVoor[0].id, code: kandidaat.code });
  }
  return { ...werkgever, voorstellen };
}

const status = async (t: TestContext, id: string) =>
  (await t.app.db.query(`SELECT status FROM voorstel WHERE id = $1`, [id]))[0].status;

test('WERKGEVER reacts to proposals (interest; no interest with a reason) and never receives candidate identity', async (t) => {
  const { page, app } = t;
  const opzet = await stelVoor(t);
  const [a, b] = opzet.voorstellen;
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('/graphql')) bodies.push(await response.text().catch(() => ''));
  });

  await t.login(opzet.email);
  await page.getByRole('region', { name: 'Nieuwe voorstellen' }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: 'Voorstellen' }).waitFor();
  assert.equal(await page.getByLabel('Toon').inputValue(), 'open');
  await t.checkAccessibility();
  await t.shot('werkgever-voorstellen');

  // Interest.
  await page.getByRole('link', { name: `Kandidaat ${a.code}` }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`Kandidaat ${a.code}`) }).waitFor();
  await page.getByText('deze kandidaat past goed bij uw team.').waitFor();
  await waitForStatus(t, a.id, 'BEKEKEN');
  await t.checkAccessibility();
  await t.shot('werkgever-voorstel');
  await page.getByRole('button', { name: 'Reactie versturen' }).click();
  await page.locator('.field__error').getByText('Kies wat u van deze kandidaat vindt.').waitFor();
  await page.getByLabel('Interesse: graag kennismaken').check();
  await page.getByRole('button', { name: 'Reactie versturen' }).click();
  await page.getByText('Dank u wel. Uw accountmanager heeft uw reactie gekregen.').waitFor();
  await page.getByText(/U reageerde op .*: Interesse: graag kennismaken/).waitFor();
  assert.equal(await status(t, a.id), 'INTERESSE');

  // No interest: a reason is needed, and "Anders" needs a few words.
  await page.getByRole('link', { name: 'Terug naar de voorstellen' }).click();
  await page.getByRole('link', { name: `Kandidaat ${b.code}` }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`Kandidaat ${b.code}`) }).waitFor();
  await page.getByLabel('Geen interesse').check();
  await page.getByRole('button', { name: 'Reactie versturen' }).click();
  await page.locator('.field__error').getByText('Kies een reden.').waitFor();
  await page.getByLabel('Waarom niet?').selectOption('ANDERS');
  await page.getByRole('button', { name: 'Reactie versturen' }).click();
  await page.locator('.field__error').getByText('Vertel in het kort wat de reden is.').waitFor();
  await page.getByLabel('Toelichting').fill('We verhuizen dit jaar; daarna graag opnieuw.');
  await page.getByRole('button', { name: 'Reactie versturen' }).click();
  await page.getByText(/U reageerde op .*: Geen interesse \(Anders\)/).waitFor();
  assert.equal(await status(t, b.id), 'AFGEWEZEN');

  const identities: { naam: string; bsn: string; email: string | null }[] = await app.db.query(
    `SELECT voornaam || ' ' || achternaam AS naam, bsn, email FROM kandidaat_identiteit WHERE tenant_id = $1`,
    [opzet.tenantId],
  );
  const seen = `${bodies.join('\n')}\n${await page.content()}`;
  for (const who of identities)
    for (const value of [who.naam, who.bsn, who.email])
      if (value) assert.ok(!seen.includes(value), `identity reached the employer: ${value}`);
});

test(
  'ACCOUNTMANAGER moves a proposal on the pipeline board: with the stage choice, by drag and drop, and to a placement',
  async (t) => {
    const { page, app } = t;
    const opzet = await stelVoor(t);
    const [a] = opzet.voorstellen;
    // The employer opens and likes it (through the API: the board is what this test is about).
    const werkgever = await app.gql.login(opzet.email);
    await app.gql.ok(
      `mutation($id: ID!) { reageerOpVoorstel(id: $id, reactie: INTERESSE) { status } }`,
      { id: a.id },
      werkgever,
    );

    await t.login('accountmanager@werkzaak.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Pijplijn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pijplijn' }).waitFor();
    const column = (fase: string) => page.getByRole('region', { name: new RegExp(`^${fase} \\(`) });
    const card = (fase: string) =>
      column(fase)
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: `Kandidaat ${a.code}` }) });
    await card('Interesse').waitFor();
    await t.checkAccessibility();
    await t.shot('accountmanager-pijplijn');

    // Keyboard-friendly: choose the stage under the card (named with the werkgever: one candidate can have more cards).
    const [{ naam }] = await app.db.query(
      `SELECT w.naam FROM voorstel v JOIN werkgever w ON w.id = v.werkgever_id WHERE v.id = $1`,
      [a.id],
    );
    const move = page.getByRole('form', { name: `Naar fase: ${a.code} bij ${naam}` });
    await move.getByLabel('Naar fase').selectOption('KENNISMAKING');
    await move.getByRole('button', { name: 'Verplaatsen' }).click();
    await page.getByText(`Voorstel ${a.code} staat nu in fase Kennismaking.`).waitFor();
    await card('Kennismaking').waitFor();
    assert.equal(await status(t, a.id), 'KENNISMAKING');

    // Drag and drop to an allowed stage.
    // Drop near the top of the column: it is in view without scrolling, which would end a native drag.
    await card('Kennismaking')
      .getByRole('heading')
      .dragTo(column('Proefplaatsing'), { targetPosition: { x: 30, y: 15 } });
    await page.getByText(`Voorstel ${a.code} staat nu in fase Proefplaatsing.`).waitFor();
    await card('Proefplaatsing').waitFor();
    assert.equal(await status(t, a.id), 'PROEFPLAATSING');

    // Placed: the board asks for the placement first.
    await move.getByLabel('Naar fase').selectOption('GEPLAATST');
    await move.getByRole('button', { name: 'Verplaatsen' }).click();
    const plaatsing = page.getByRole('form', { name: `Gegevens van de plaatsing: ${a.code}` });
    await plaatsing.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await plaatsing.locator('.field__error').getByText('Vul een heel getal van 1 tot en met 60 in.').waitFor();
    await plaatsing.getByLabel('Soort plaatsing').selectOption('LKS');
    await plaatsing.getByLabel('Eerste werkdag').fill(new Date().toISOString().slice(0, 10));
    await plaatsing.getByLabel('Uren per week').fill('24');
    await t.shot('accountmanager-plaatsing');
    await plaatsing.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await page.getByText(`Voorstel ${a.code} staat nu in fase Geplaatst.`).waitFor();
    await card('Geplaatst').waitFor();
    const [placed] = await app.db.query(
      `SELECT v.status, p.type, p.uren_per_week FROM voorstel v JOIN plaatsing p ON p.id = v.plaatsing_id WHERE v.id = $1`,
      [a.id],
    );
    assert.deepEqual(placed, { status: 'GEPLAATST', type: 'LKS', uren_per_week: 24 });
  },
  // A native drag ends when the page scrolls; other tests fill the board, so source and target must both fit.
  { viewport: { width: 1280, height: 2400 } },
);

async function waitForStatus(t: TestContext, id: string, expected: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await status(t, id)) === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(await status(t, id), expected);
}
