import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { PHONE, test } from './harness';

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

/** A transparent 1×1 PNG: the map tiles in the tests (there is no internet here). */
const LEGE_TEGEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('JOBHUNTER: sees the kansen near a postcode on a map with the distance circle, widens the distance and opens a kans from its marker', async (t) => {
  const { page, app } = t;
  await t.zoekindex('FUNCTIECREATIE');
  const tegels: string[] = [];
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tegels.push(route.request().headers().referer ?? '');
    return route.fulfill({ status: 200, contentType: 'image/png', body: LEGE_TEGEL });
  });
  const [plek] = await app.db.query(
    `SELECT left(v.postcode, 4) AS pc4 FROM functiecreatie_kans k JOIN vestiging v ON v.id = k.vestiging_id
      JOIN app_user u ON u.tenant_id = k.tenant_id AND u.email = 'jobhunter@werkzaak.demo'
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  const jobhunter = await app.gql.login('jobhunter@werkzaak.demo');
  const aantal = async (km: number) =>
    (
      await app.gql.ok(
        `query($nabij: ZoekNabij) { zoekFunctiecreatieKansen(first: 20, nabij: $nabij) { totalCount } }`,
        { nabij: { postcode: plek.pc4, km } },
        jobhunter,
      )
    ).zoekFunctiecreatieKansen.totalCount as number;
  const [dichtbij, ver] = [await aantal(5), await aantal(50)];
  assert.ok(dichtbij > 0, 'a kans lies within 5 km of its own postcode');

  await t.login('jobhunter@werkzaak.demo');
  await page.goto('/functiecreatie');
  await page.getByRole('heading', { level: 1, name: 'Functiecreatie' }).waitFor();
  await page.getByLabel('Postcode').fill(plek.pc4);
  await page.getByLabel('Afstand').selectOption('5');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.waitForURL(/km=5/);
  const kaart = page.getByRole('region', { name: 'Kaart met de gevonden kansen' });
  const markers = kaart.locator('a.kaart__link');
  const cirkel = kaart.locator('path.kaart__cirkel');
  await cirkel.waitFor();
  await page
    .getByRole('status')
    .getByText(dichtbij === 1 ? '1 kans' : `${dichtbij} kansen`)
    .waitFor();
  await waitForCount(markers, Math.min(dichtbij, 20));
  assert.equal(await kaart.locator('path.kaart__centrum').count(), 1, 'the search centre is marked');
  assert.equal(
    await page.getByRole('list', { name: 'Functiecreatie' }).locator(':scope > li').count(),
    Math.min(dichtbij, 20),
  );
  assert.ok(tegels.length > 0, 'the map asked for tiles from the configured server');
  // Tile servers want a Referer; the portal gives them its origin, never a path.
  assert.deepEqual([...new Set(tegels)], [`${new URL(app.url).origin}/`]);
  await kaart.getByText(/OpenStreetMap/).waitFor();
  await t.checkAccessibility();
  await t.shot('jobhunter-functiecreatie-kaart');

  // A wider circle: more (or as many) kansen, and the circle is drawn again.
  const vorigeCirkel = await cirkel.getAttribute('d');
  await page.getByLabel('Afstand').selectOption('50');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.waitForURL(/km=50/);
  await page
    .getByRole('status')
    .getByText(ver === 1 ? '1 kans' : `${ver} kansen`)
    .waitFor();
  await waitForCount(markers, Math.min(ver, 20));
  assert.notEqual(await cirkel.getAttribute('d'), vorigeCirkel, 'the circle changed with the distance');

  // On a phone the map fits the screen, above the list.
  await page.setViewportSize(PHONE);
  const vak = await kaart.boundingBox();
  assert.ok(vak && vak.x >= 0 && vak.x + vak.width <= PHONE.width, 'the map fits a phone screen');
  await t.shot('jobhunter-functiecreatie-kaart-telefoon');

  // Keyboard: a marker is a link with the kans' name; Enter opens the kans.
  const eerste = markers.first();
  const naam = (await eerste.getAttribute('aria-label')) ?? '';
  await eerste.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/functiecreatie\/[0-9a-f-]{36}$/);
  await page
    .getByRole('heading', { level: 1, name: new RegExp(naam.split(',')[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .waitFor();

  // The kans shows its matching candidates on a map too: one pin per candidate in the list, the vestiging as centre.
  const lijst = page.getByRole('list', { name: 'Passende kandidaten' }).locator(':scope > li');
  await lijst.first().waitFor();
  const kandidatenKaart = page.getByRole('region', { name: 'Kaart met de passende kandidaten' });
  await kandidatenKaart.locator('path.kaart__centrum').waitFor();
  await waitForCount(kandidatenKaart.locator('a.kaart__link'), await lijst.count());
  assert.equal(await kandidatenKaart.locator('path.kaart__cirkel').count(), 0);
  const code = /K-\d{4}-\d{4}/.exec((await lijst.first().getByRole('heading').textContent()) ?? '')![0];
  await kandidatenKaart.getByRole('link', { name: new RegExp(`^Kandidaat ${code}, `) }).waitFor();
  await t.checkAccessibility();
  await t.shot('jobhunter-kans-kandidatenkaart');
});

async function waitForCount(locator: Locator, n: number): Promise<void> {
  for (let i = 0; i < 50 && (await locator.count()) !== n; i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(await locator.count(), n);
}
