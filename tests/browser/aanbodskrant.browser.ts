import assert from 'node:assert/strict';
import { AanbodskrantLinks } from '@matchpunt/aanbodskrant';
import { PHONE, test, type TestContext } from './harness';

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

  // The concept's title can still change: an empty title is refused at its field, a new one is saved.
  await page.getByRole('button', { name: 'Titel en inleiding wijzigen' }).click();
  const gegevens = page.getByRole('form', { name: 'Titel en inleiding wijzigen' });
  await gegevens.getByLabel('Titel', { exact: true }).fill(' ');
  await gegevens.getByRole('button', { name: 'Opslaan' }).click();
  await gegevens.locator('.field__error').getByText('Vul een titel in.').waitFor();
  await gegevens.getByLabel('Titel', { exact: true }).fill('Aanbod van de week 48');
  await gegevens.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: /Aanbod van de week 48/ }).waitFor();
  const [{ titel }] = await app.db.query(`SELECT titel FROM aanbodskrant_editie ORDER BY created_at DESC LIMIT 1`);
  assert.equal(titel, 'Aanbod van de week 48');

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

/** Sends an edition with two suggested candidates through the API (the worker sends the mails); answers its id. */
async function verstuurEditie(t: TestContext, titel: string): Promise<string> {
  await t.worker();
  const am = await t.app.gql.login('accountmanager@werkzaak.demo');
  const { suggestiesVoorAanbodskrant } = await t.app.gql.ok(
    `{ suggestiesVoorAanbodskrant(first: 2) { kandidaatId } }`,
    {},
    am,
  );
  assert.ok(suggestiesVoorAanbodskrant.length > 0, 'the seed has candidates to offer');
  const { maakAanbodskrant } = await t.app.gql.ok(
    `mutation($input: AanbodskrantInput!) { maakAanbodskrant(input: $input) { id } }`,
    {
      input: {
        titel,
        intro: 'Deze kandidaten zoeken nu werk.',
        publicatiedatum: '2026-11-23',
        kandidaatIds: suggestiesVoorAanbodskrant.map((s: { kandidaatId: string }) => s.kandidaatId),
      },
    },
    am,
  );
  const id: string = maakAanbodskrant.id;
  await t.app.gql.ok(`mutation($id: ID!) { verstuurAanbodskrant(id: $id) { id } }`, { id }, am);
  for (let i = 0; i < 180; i++) {
    const { aanbodskrantVoortgang } = await t.app.gql.ok(
      `query($id: ID!) { aanbodskrantVoortgang(id: $id) { klaar } }`,
      { id },
      am,
    );
    if (aanbodskrantVoortgang.klaar) return id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail('the aanbodskrant was not sent');
}

/** The path and query of a link in a mail (the mail names the API's PUBLIC_URL; the test runs on its own port). */
function linkUit(html: string, soort: 'interesse' | 'afmelden'): string {
  const match = new RegExp(`/aanbodskrant/${soort}\\?token=[A-Za-z0-9_.-]+`).exec(html);
  assert.ok(match, `no ${soort} link in the mail`);
  return match[0];
}

test('WERKGEVER contact opens the links of a real aanbodskrant mail without logging in: shows interest (the accountmanager sees it) and unsubscribes', async (t) => {
  const { page, app } = t;
  const editieId = await verstuurEditie(t, 'Aanbod via de link');
  const ontvangers: { html: string; contact_id: string; naam: string; email: string; werkgever: string }[] =
    await app.db.query(
      `SELECT m.html, c.id AS contact_id, c.naam, c.email, w.naam AS werkgever
       FROM mail_outbox m JOIN contactpersoon c ON m.dedupe_key = 'aanbodskrant-' || $1 || '-' || c.id
       JOIN werkgever w ON w.id = c.werkgever_id
      ORDER BY c.naam LIMIT 2`,
      [editieId],
    );
  assert.equal(ontvangers.length, 2, 'at least two contacts receive the aanbodskrant');
  const [ontvanger, afmelder] = ontvangers;

  // Interest: the page shows the candidate (no name) before anything happens.
  await page.goto(linkUit(ontvanger.html, 'interesse'));
  const kop = page.getByRole('heading', { level: 1, name: /^Interesse in kandidaat K-\d{4}-\d{4}$/ });
  await kop.waitFor();
  const code = /K-\d{4}-\d{4}/.exec((await kop.textContent()) ?? '')![0];
  await page
    .getByText(`U kreeg de aanbodskrant “Aanbod via de link” als ${ontvanger.naam} van ${ontvanger.werkgever}.`)
    .waitFor();
  await page.getByRole('heading', { level: 2, name: 'Over de kandidaat' }).waitFor();
  const [{ n: voor }] = await app.db.query(
    `SELECT count(*)::int AS n FROM aanbodskrant_interesse WHERE editie_id = $1`,
    [editieId],
  );
  assert.equal(voor, 0, 'opening the link records nothing');
  await t.checkAccessibility();
  await t.shot('aanbodskrant-link-interesse');
  await page.getByRole('button', { name: `Ja, ik heb interesse in ${code}` }).click();
  await page
    .getByRole('status')
    .getByText(`Bedankt! Wij hebben uw interesse in ${code} doorgegeven aan uw accountmanager`)
    .waitFor();
  const [voorstel] = await app.db.query(
    `SELECT v.bron FROM aanbodskrant_interesse i JOIN voorstel v ON v.id = i.voorstel_id
      WHERE i.editie_id = $1 AND i.contactpersoon_id = $2`,
    [editieId, ontvanger.contact_id],
  );
  assert.equal(voorstel?.bron, 'AANBODSKRANT');
  await t.shot('aanbodskrant-link-interesse-bevestigd');
  // A second click on the same link: already done, no button.
  await page.reload();
  await page.getByText('U heeft al laten weten dat u interesse heeft in deze kandidaat.').waitFor();
  assert.equal(await page.getByRole('button', { name: /^Ja, ik heb interesse/ }).count(), 0);

  // Unsubscribe.
  await page.goto(linkUit(afmelder.html, 'afmelden'));
  await page.getByRole('heading', { level: 1, name: 'Afmelden voor de aanbodskrant' }).waitFor();
  await page.getByText(`Klik op de knop om ${afmelder.email} af te melden.`).waitFor();
  await t.checkAccessibility();
  await page.getByRole('button', { name: 'Ja, meld mij af' }).click();
  await page.getByRole('status').getByText('U bent afgemeld voor de aanbodskrant.').waitFor();
  const [contact] = await app.db.query(`SELECT ontvangt_aanbodskrant, afgemeld_op FROM contactpersoon WHERE id = $1`, [
    afmelder.contact_id,
  ]);
  assert.equal(contact.ontvangt_aanbodskrant, false);
  assert.ok(contact.afgemeld_op, 'the unsubscription is stored');
  await t.shot('aanbodskrant-link-afgemeld');

  // The accountmanager sees the interest on the edition.
  await t.login('accountmanager@werkzaak.demo');
  await page.goto(`/aanbodskrant/${editieId}`);
  await page.getByRole('heading', { level: 1, name: /Aanbod via de link/ }).waitFor();
  await page.getByText('1 keer interesse').waitFor();
});

test(
  'An invalid, expired or incomplete aanbodskrant link shows what to do instead (phone)',
  async (t) => {
    const { page, app } = t;
    await page.goto('/aanbodskrant/interesse?token=onzin');
    await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
    await page
      .getByRole('alert')
      .getByText(/Deze interesse-link is ongeldig\. Gebruik de link uit de e-mail zoals die is/)
      .waitFor();
    await t.checkAccessibility();
    await t.shot('aanbodskrant-link-ongeldig-telefoon');

    // A genuine link that expired, signed the way the API signs them (the check comes before any lookup).
    const verlopen = app.get(AanbodskrantLinks).teken({
      doel: 'AFMELDEN',
      editieId: '00000000-0000-4000-8000-000000000001',
      contactpersoonId: '00000000-0000-4000-8000-000000000002',
      kandidaatId: null,
      verlooptOp: new Date(Date.now() - 60_000),
    });
    await page.goto(`/aanbodskrant/afmelden?token=${verlopen}`);
    await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
    await page
      .getByRole('alert')
      .getByText(/Deze afmeldlink is verlopen .*Vraag uw accountmanager om u af te melden\./)
      .waitFor();

    await page.goto('/aanbodskrant/afmelden');
    await page.getByRole('alert').getByText('Deze link is niet compleet.', { exact: false }).waitFor();
  },
  { viewport: PHONE },
);
