import assert from 'node:assert/strict';
import { PHONE, test, type TestContext } from './harness';

/** The demo accounts of the seed, one per role (employer users appear once the seed has werkgevers). */
const STAFF = [
  {
    email: 'admin@werkzaak.demo',
    naam: 'Anita Admin',
    rol: 'ADMIN',
    label: 'Beheerder',
    menu: [
      'Overzicht',
      'Functiecreatie',
      'Aanbodskrant',
      'Werkgevers',
      'Vacatures',
      'Kandidaten',
      'SROI',
      'Jobdates',
      'Kennissessies',
      'Speeddates',
      'Gebruiker toevoegen',
      'Zoekindex',
      'Rapportages',
    ],
  },
  {
    email: 'accountmanager@werkzaak.demo',
    naam: 'Bram de Vries',
    rol: 'ACCOUNTMANAGER',
    label: 'Accountmanager',
    menu: [
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
    ],
  },
  {
    email: 'jobhunter@werkzaak.demo',
    naam: 'Joost van Dam',
    rol: 'JOBHUNTER',
    label: 'Jobhunter',
    menu: ['Overzicht', 'Pijplijn', 'Functiecreatie', 'Werkgevers', 'Vacatures', 'Kandidaten', 'SROI'],
  },
  {
    email: 'werkcoach@werkzaak.demo',
    naam: 'Sanne Bakker',
    rol: 'WERKCOACH',
    label: 'Werkcoach',
    menu: ['Overzicht', 'Werkgevers', 'Vacatures', 'Kandidaten', 'SROI', 'Jobdates', 'Speeddates'],
  },
];

async function checkHome(t: TestContext, naam: string, label: string, menu: string[]) {
  const { page } = t;
  await page.getByRole('heading', { level: 1, name: `Welkom, ${naam}` }).waitFor();
  await page.getByText(`Ingelogd als ${naam} (${label})`).waitFor();
  assert.deepEqual(await t.menu(), menu);
  assert.equal(await page.getByRole('link', { name: 'Overzicht' }).getAttribute('aria-current'), 'page');
  // The gemeenten of the organisation, from the API.
  const gemeenten = page.getByRole('region', { name: 'Gemeenten' }).getByRole('listitem');
  await gemeenten.first().waitFor();
  assert.ok((await gemeenten.count()) > 0);
  await t.checkAccessibility();
}

for (const account of STAFF) {
  test(`${account.rol}: logs in, sees the dashboard and menu of the role`, async (t) => {
    await t.login(account.email);
    await checkHome(t, account.naam, account.label, account.menu);
    await t.shot(`overzicht-${account.rol.toLowerCase()}`);
    await t.logout();
  });
}

test('WERKGEVER demo accounts of the seed log in to the employer dashboard', async (t) => {
  const accounts = ((t.app.seed.state.accounts ?? []) as { email: string; rol: string }[]).filter(
    (a) => a.rol === 'WERKGEVER',
  );
  if (!accounts.length) return console.log('    (the seed has no employer users yet)');
  await t.login(accounts[0].email);
  await t.page.getByText('(Werkgever)').waitFor();
  await t.checkAccessibility();
  await t.shot('overzicht-werkgever');
});

test(
  'on a phone: the dashboard fits the screen without sideways scrolling',
  async (t) => {
    const { page } = t;
    await t.login('accountmanager@werkzaak.demo');
    const am = STAFF.find((account) => account.rol === 'ACCOUNTMANAGER')!;
    await checkHome(t, am.naam, am.label, am.menu);
    const overflow: number = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await t.shot('overzicht-telefoon');
    await page.goto('/inloggen');
  },
  { viewport: PHONE },
);

test('a page of another role is refused, an unknown page says so', async (t) => {
  const { page } = t;
  await t.login('werkcoach@werkzaak.demo');
  await page.goto('/gebruikers/nieuw');
  await page.getByRole('heading', { level: 1, name: 'U heeft geen toegang tot deze pagina.' }).waitFor();
  await page.goto('/bestaat/niet');
  await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
});
