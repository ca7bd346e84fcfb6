import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresIn gebruiker { email rol } } }`;
const ME = `{ me { email naam rol } }`;

describe('auth and tenancy (through HTTP)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each([
    ['admin@werkzaak.demo', 'ADMIN'],
    ['accountmanager@werkzaak.demo', 'ACCOUNTMANAGER'],
    ['jobhunter@werkzaak.demo', 'JOBHUNTER'],
    ['werkcoach@werkzaak.demo', 'WERKCOACH'],
  ])('%s logs in and sees itself as %s', async (email, rol) => {
    const token = await app.gql.login(email);
    const { me } = await app.gql.ok(ME, {}, token);
    expect(me).toMatchObject({ email, rol });
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    const wrong = await app.gql.fails(LOGIN, { input: { email: 'werkcoach@werkzaak.demo', wachtwoord: 'fout-wachtwoord' } });
    const unknown = await app.gql.fails(LOGIN, { input: { email: 'niemand@werkzaak.demo', wachtwoord: 'fout-wachtwoord' } });
    expect(wrong).toEqual({ code: 'UNAUTHENTICATED', message: 'E-mailadres of wachtwoord is onjuist.', field: undefined });
    expect(unknown).toEqual(wrong);
  });

  it('rate-limits repeated logins for one account', async () => {
    const input = { email: 'admin@werkplein-drentscheaa.demo', wachtwoord: 'nog-steeds-fout' };
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) codes.push((await app.gql.fails(LOGIN, { input })).code);
    expect(codes.slice(0, 10).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[10]).toBe('TOO_MANY_REQUESTS');
  });

  it('rejects a missing, forged or expired token', async () => {
    expect((await app.gql.fails(ME)).code).toBe('UNAUTHENTICATED');
    const token = await app.gql.login('werkcoach@werkzaak.demo');
    const [header, payload] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), rol: 'ADMIN' })).toString('base64url')}.${token.split('.')[2]}`;
    expect(await app.gql.fails(ME, {}, forged)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Ongeldig toegangstoken.' });
    const jwt = await import('jsonwebtoken');
    const expired = jwt.sign({ sub: 'x', tid: 'y', rol: 'ADMIN', wg: null }, process.env.JWT_SECRET!, { expiresIn: -10 });
    expect((await app.gql.fails(ME, {}, expired)).message).toMatch(/verlopen/);
  });

  it('rotates refresh tokens and revokes the family when one is reused', async () => {
    const first = await app.gql.ok(LOGIN, { input: { email: 'jobhunter@werkzaak.demo', wachtwoord: 'Matchpunt-demo-2026' } });
    const refresh = `mutation($t: String!) { vernieuwToken(refreshToken: $t) { accessToken refreshToken } }`;
    const second = await app.gql.ok(refresh, { t: first.login.refreshToken });
    expect(second.vernieuwToken.refreshToken).not.toBe(first.login.refreshToken);
    expect((await app.gql.fails(refresh, { t: first.login.refreshToken })).code).toBe('UNAUTHENTICATED');
    // The reuse above revoked the whole family, including the token issued second.
    expect((await app.gql.fails(refresh, { t: second.vernieuwToken.refreshToken })).code).toBe('UNAUTHENTICATED');
  });

  it('logs out: the refresh token stops working', async () => {
    const { login } = await app.gql.ok(LOGIN, { input: { email: 'werkcoach2@werkzaak.demo', wachtwoord: 'Matchpunt-demo-2026' } });
    await app.gql.ok(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: login.refreshToken });
    const result = await app.gql.fails(`mutation($t: String!) { vernieuwToken(refreshToken: $t) { accessToken } }`, { t: login.refreshToken });
    expect(result.code).toBe('UNAUTHENTICATED');
  });

  it('resets a password through the e-mailed link, once', async () => {
    await app.gql.ok(`mutation { vraagWachtwoordResetAan(email: "accountmanager2@werkzaak.demo") }`);
    const [mail] = await app.db.query(`SELECT text FROM mail_outbox WHERE to_address = 'accountmanager2@werkzaak.demo'`);
    const token = /token=([\w-]+)/.exec(mail.text)![1];
    const reset = `mutation($input: NieuwWachtwoordInput!) { stelWachtwoordIn(input: $input) }`;
    await app.gql.ok(reset, { input: { token, wachtwoord: 'een-nieuw-lang-wachtwoord' } });
    expect(await app.gql.login('accountmanager2@werkzaak.demo', 'een-nieuw-lang-wachtwoord')).toBeTruthy();
    expect((await app.gql.fails(reset, { input: { token, wachtwoord: 'nog-een-ander-wachtwoord' } })).field).toBe('token');
    expect((await app.gql.fails(reset, { input: { token: 'x', wachtwoord: 'kort' } })).code).toBe('BAD_USER_INPUT');
  });

  it('only lets an ADMIN create users, and sends the welcome mail through the worker', async () => {
    const create = `mutation($input: GebruikerInput!) { maakGebruiker(input: $input) { id email rol } }`;
    const input = { email: 'nieuwe.coach@werkzaak.demo', naam: 'Nieuwe Coach', rol: 'WERKCOACH' };
    const coach = await app.gql.login('werkcoach@werkzaak.demo');
    expect((await app.gql.fails(create, { input }, coach)).code).toBe('FORBIDDEN');

    const admin = await app.gql.login('admin@werkzaak.demo');
    const { maakGebruiker } = await app.gql.ok(create, { input }, admin);
    expect(maakGebruiker).toMatchObject({ email: input.email, rol: 'WERKCOACH' });
    expect((await app.gql.fails(create, { input }, admin))).toMatchObject({ code: 'CONFLICT', field: 'email' });

    await app.startWorker();
    await app.flushOutbox();
    await waitFor(async () => {
      const [mail] = await app.db.query(`SELECT status, subject FROM mail_outbox WHERE dedupe_key = $1`, [`welkom:${maakGebruiker.id}`]);
      return mail?.status === 'VERZONDEN';
    });
    const [{ count }] = await app.db.query(`SELECT count(*)::int AS count FROM mail_outbox WHERE to_address = $1`, [input.email]);
    expect(count).toBe(1);
  });

  describe('medewerkers: staff pick staff of their own tenant', () => {
    const MEDEWERKERS = `query($rol: Rol) { medewerkers(rol: $rol) { id naam email } }`;
    const lijst = async (token: string, rol?: string): Promise<{ id: string; naam: string; email: string }[]> =>
      (await app.gql.ok(MEDEWERKERS, { rol }, token)).medewerkers;
    /** Role and tenant of each listed user, straight from the database. */
    const herkomst = async (ids: string[]) =>
      app.db.query(`SELECT DISTINCT u.rol, t.naam AS tenant FROM app_user u JOIN tenant t ON t.id = u.tenant_id WHERE u.id = ANY($1)`, [ids]);

    it.each(['admin', 'accountmanager', 'jobhunter', 'werkcoach'])('lets a %s list the staff of one role, by name', async (wie) => {
      const token = await app.gql.login(`${wie}@werkzaak.demo`);
      const coaches = await lijst(token, 'WERKCOACH');
      expect(coaches.map((m) => m.email)).toEqual(expect.arrayContaining(['werkcoach@werkzaak.demo', 'werkcoach2@werkzaak.demo']));
      expect(coaches.map((m) => m.naam)).toEqual(coaches.map((m) => m.naam).sort((a, b) => a.localeCompare(b)));
      expect(await herkomst(coaches.map((m) => m.id))).toEqual([{ rol: 'WERKCOACH', tenant: 'Werkzaak Rivierenland' }]);
      const ams = await lijst(token, 'ACCOUNTMANAGER');
      expect(ams.map((m) => m.naam)).toEqual(['Bram de Vries', 'Fatima El Amrani']);
    });

    it('lists all staff of the own tenant without a role, never employer users or another tenant', async () => {
      const alle = await lijst(await app.gql.login('accountmanager@werkzaak.demo'));
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM app_user u JOIN tenant t ON t.id = u.tenant_id WHERE t.naam = 'Werkzaak Rivierenland' AND u.rol <> 'WERKGEVER'`,
      );
      expect(alle).toHaveLength(n);
      const rollen = (await herkomst(alle.map((m) => m.id))) as { rol: string; tenant: string }[];
      expect(rollen.every((r) => r.rol !== 'WERKGEVER' && r.tenant === 'Werkzaak Rivierenland')).toBe(true);

      const drenthe = await app.gql.login('accountmanager@werkplein-drentscheaa.demo');
      expect((await lijst(drenthe, 'WERKCOACH')).map((m) => m.email)).toEqual(['werkcoach@werkplein-drentscheaa.demo']);
    });

    it('refuses employer users and anonymous callers, and the WERKGEVER role as a filter', async () => {
      const werkgever = await app.gql.login('werkgever@van-rossum-installatietechniek.demo');
      expect((await app.gql.fails(MEDEWERKERS, {}, werkgever)).code).toBe('FORBIDDEN');
      expect((await app.gql.fails(MEDEWERKERS, {})).code).toBe('UNAUTHENTICATED');
      const admin = await app.gql.login('admin@werkzaak.demo');
      expect(await app.gql.fails(MEDEWERKERS, { rol: 'WERKGEVER' }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rol' });
    });
  });

  it('gives clear codes for malformed GraphQL, wrong types and oversized pages', async () => {
    expect((await app.gql.fails(`{ me { naam `)).code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await app.gql.fails(`{ me { bestaatNiet } }`)).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await app.gql.fails(LOGIN, { input: { email: 42, wachtwoord: 'x' } })).code).toBe('BAD_USER_INPUT');
    expect((await app.gql.fails(LOGIN, { input: { email: 'geen-adres', wachtwoord: 'x' } })).message).toMatch(/geldig e-mailadres/);
  });

  it('refuses queries nested too deep, without running them', async () => {
    const deep = `{ me { ${'... on Gebruiker { '.repeat(1)}naam } } }`;
    expect((await app.gql.request(deep)).errors).toBeDefined();
    const tooDeep = `query { __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
    const result = await app.gql.fails(tooDeep);
    expect(result.message).toMatch(/niveaus diep/);
  });

  it('reports readiness of PostgreSQL and Redis', async () => {
    const response = await fetch(`${app.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', postgres: 'ok', redis: 'ok' });
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });
});
