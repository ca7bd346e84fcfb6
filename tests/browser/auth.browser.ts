import assert from 'node:assert/strict';
import { test } from './harness';

test('the portal is served by the API: SPA routes, assets, and the API beside it', async ({ app, page }) => {
  const deepLink = await fetch(`${app.url}/ergens/diep?x=1`);
  assert.equal(deepLink.status, 200);
  assert.match(deepLink.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await deepLink.text(), /<div id="root">/);
  // Its pages run only its own scripts, cannot be framed, and leak no token-bearing URL as a Referer.
  const csp = deepLink.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(deepLink.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(deepLink.headers.get('x-content-type-options'), 'nosniff');
  assert.equal((await fetch(`${app.url}/assets/bestaat-niet.js`)).status, 404);
  assert.equal((await fetch(`${app.url}/health/live`)).status, 200);
  const graphql = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  assert.deepEqual(await graphql.json(), { data: { __typename: 'Query' } });

  // Not signed in: any page leads to the login page.
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/inloggen');
});

test('login page: keyboard, labels, skip link, GeoNames credit', async (t) => {
  const { page } = t;
  await page.goto('/inloggen');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await t.checkAccessibility();
  assert.equal(await page.title(), 'Inloggen – Matchpunt');
  // The first Tab lands on the skip link, which takes the focus to the main content.
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => (globalThis as any).document.activeElement?.textContent),
    'Ga direct naar de inhoud',
  );
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => (globalThis as any).document.activeElement?.id), 'inhoud');
  await page.getByRole('link', { name: 'Postcodegegevens: GeoNames' }).waitFor();
  await t.shot('inloggen');
});

test('login errors: empty fields next to the field, wrong password above the form', async (t) => {
  const { page } = t;
  await page.goto('/inloggen');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const email = page.getByLabel('E-mailadres');
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  const describedBy = (await email.getAttribute('aria-describedby'))!;
  assert.equal(await page.locator(`[id="${describedBy}"]`).innerText(), 'Vul een e-mailadres in.');

  await email.fill('werkcoach@werkzaak.demo');
  await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const summary = page.getByRole('alert');
  await summary.getByText('E-mailadres of wachtwoord is onjuist.').waitFor();
  // The summary takes the focus so screen readers announce it.
  assert.equal(await page.evaluate(() => (globalThis as any).document.activeElement?.className), 'error-summary');
  await t.shot('inloggen-fout');
});

test('a session survives a reload and an expired access token (vernieuwToken), and ends cleanly', async (t) => {
  const { page } = t;
  await t.login('jobhunter@werkzaak.demo');
  const stored = () =>
    page.evaluate(() => JSON.parse((globalThis as any).localStorage.getItem('matchpunt.sessie') ?? 'null'));
  const first = await stored();
  assert.ok(first?.accessToken && first?.refreshToken);

  // The API rejects the access token: the portal refreshes once and carries on.
  await page.evaluate(() => {
    const s = JSON.parse((globalThis as any).localStorage.getItem('matchpunt.sessie')!);
    (globalThis as any).localStorage.setItem(
      'matchpunt.sessie',
      JSON.stringify({ ...s, accessToken: 'kapot.token.xyz', expiresAt: Date.now() + 600_000 }),
    );
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Welkom, Joost van Dam' }).waitFor();
  const second = await stored();
  assert.notEqual(second.refreshToken, first.refreshToken, 'the refresh token rotated');
  assert.notEqual(second.accessToken, 'kapot.token.xyz');

  // An access token past its expiry is refreshed before the request.
  await page.evaluate(() => {
    const s = JSON.parse((globalThis as any).localStorage.getItem('matchpunt.sessie')!);
    (globalThis as any).localStorage.setItem(
      'matchpunt.sessie',
      JSON.stringify({ ...s, expiresAt: Date.now() - 1000 }),
    );
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Welkom, Joost van Dam' }).waitFor();
  assert.notEqual((await stored()).refreshToken, second.refreshToken);

  // A refresh token the API no longer accepts: back to the login page, with a plain explanation.
  await page.evaluate(() => {
    (globalThis as any).localStorage.setItem(
      'matchpunt.sessie',
      JSON.stringify({ accessToken: 'kapot', refreshToken: 'ook-kapot', expiresAt: Date.now() + 600_000 }),
    );
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await page.getByText('U bent uitgelogd omdat u een tijd niets heeft gedaan.').waitFor();
  assert.equal(await stored(), null);
});

test('logout revokes the refresh token', async (t) => {
  const { page, app } = t;
  await t.login('werkcoach@werkzaak.demo');
  const { refreshToken } = await page.evaluate(() =>
    JSON.parse((globalThis as any).localStorage.getItem('matchpunt.sessie')!),
  );
  await t.logout();
  await page.getByText('U bent uitgelogd.').waitFor();
  assert.equal(await page.evaluate(() => (globalThis as any).localStorage.getItem('matchpunt.sessie')), null);
  const refreshed = await app.gql.request(`mutation($t: String!) { vernieuwToken(refreshToken: $t) { accessToken } }`, {
    t: refreshToken,
  });
  assert.equal(refreshed.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('wachtwoord vergeten → link in the e-mail → new password → log in with it', async (t) => {
  const { page } = t;
  // An account no other browser test logs in with: its password changes here.
  const email = 'werkcoach@werkplein-drentscheaa.demo';
  await page.goto('/inloggen');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
  await t.checkAccessibility();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await page.getByText(`Als ${email} bij ons bekend is`).waitFor();
  await t.shot('wachtwoord-vergeten');

  const mail = await t.lastMailTo(email);
  const link = /\/wachtwoord\?token=[^\s"<]+/.exec(mail.text)?.[0];
  assert.ok(link, `no reset link in: ${mail.text}`);

  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
  await t.checkAccessibility();
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('te-kort');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await page.locator('.field__error').getByText('Het wachtwoord moet minstens 12 tekens hebben.').waitFor();
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lange zin als wachtwoord');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lange zin als wachtwoord');
  await t.shot('wachtwoord-instellen');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await page.getByText('Uw nieuwe wachtwoord is opgeslagen.').waitFor();

  await t.login(email, 'een lange zin als wachtwoord');
  await t.logout();

  // The link works once: the API's error (field "token") is shown above the form.
  await page.goto(link);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('nog een lange zin hier');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('nog een lange zin hier');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await page.getByRole('alert').getByText('Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.').waitFor();
});
