import { werkgeverGebruikers } from './support/kandidaat-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const MAAK = `mutation($input: MaakKennissessieInput!) { maakKennissessie(input: $input) { id capaciteit aangemeld wachtlijst } }`;
const AAN = `mutation($s: ID!, $c: ID!) { meldAanVoorKennissessie(sessieId: $s, contactpersoonId: $c) { id status wachtlijstPositie } }`;
const AF = `mutation($a: ID!) { meldAfVoorKennissessie(aanmeldingId: $a) { id status } }`;

describe('kennissessies (through HTTP)', () => {
  let app: TestApp;
  let am: string;
  let werkgever: string;
  let werkgeverId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const [eerste] = await werkgeverGebruikers(app, 'rivierenland');
    werkgeverId = eerste.werkgeverId;
    [am, werkgever] = await Promise.all(['accountmanager@werkzaak.demo', eerste.email].map((e) => app.gql.login(e)));
  });
  afterAll(() => app.close());

  it('registers up to capacity, puts the rest on the waiting list and promotes on cancellation, with mails and a reminder', async () => {
    const sessie = (await app.gql.ok(MAAK, { input: { titel: 'Loonkostensubsidie in de praktijk', thema: 'LOONKOSTENSUBSIDIE', vorm: 'FYSIEK',
      locatie: 'Werkzaak, Tiel', start: new Date(Date.now() + 5 * 24 * 3600_000).toISOString(), lengteMinuten: 90, capaciteit: 2 } }, am)).maakKennissessie;
    const contacten: { id: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const [c] = await app.db.query(`INSERT INTO contactpersoon (tenant_id, werkgever_id, naam, email) VALUES ($1, $2, $3, $4) RETURNING id`,
        [app.seed.id('tenant', 'rivierenland'), werkgeverId, `Contact ${i}`, `contact${i}@werkgever.test`]);
      contacten.push(c);
    }
    const a: { id: string; status: string; wachtlijstPositie: number | null }[] = [];
    for (const c of contacten) a.push((await app.gql.ok(AAN, { s: sessie.id, c: c.id }, werkgever)).meldAanVoorKennissessie);
    expect(a.map((x) => x.status)).toEqual(['AANGEMELD', 'AANGEMELD', 'WACHTLIJST']);
    expect(a[2].wachtlijstPositie).toBe(1);
    const LIJST = `query($s: ID!) { kennissessieAanmeldingen(sessieId: $s) { id status contactpersoonNaam werkgeverNaam } }`;
    const [{ naam: werkgeverNaam }] = await app.db.query(`SELECT naam FROM werkgever WHERE id = $1`, [werkgeverId]);
    expect((await app.gql.ok(LIJST, { s: sessie.id }, am)).kennissessieAanmeldingen).toEqual(
      a.map((x, i) => ({ id: x.id, status: x.status, contactpersoonNaam: `Contact ${i}`, werkgeverNaam })),
    );
    expect(await app.gql.fails(AAN, { s: sessie.id, c: contacten[0].id }, werkgever)).toMatchObject({ code: 'CONFLICT' });
    const SESSIES = `query { kennissessies { id aangemeld wachtlijst uwAangemeld uwWachtlijst } }`;
    const voor = async (token: string) => (await app.gql.ok(SESSIES, {}, token)).kennissessies.find((x: { id: string }) => x.id === sessie.id);
    expect(await voor(werkgever)).toMatchObject({ aangemeld: 2, wachtlijst: 1, uwAangemeld: 2, uwWachtlijst: 1 });
    expect(await voor(am)).toMatchObject({ aangemeld: 2, wachtlijst: 1, uwAangemeld: null, uwWachtlijst: null });
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM job_outbox WHERE job_id = $1`, [`kennissessie-herinnering-${a[0].id}`]);
    await app.flushOutbox();
    expect(n + (await app.db.query(`SELECT 1 FROM mail_outbox WHERE dedupe_key = $1`, [`kennissessie-${a[0].id}-uitnodiging`])).length).toBeGreaterThanOrEqual(1);

    expect((await app.gql.ok(AF, { a: a[0].id }, werkgever)).meldAfVoorKennissessie.status).toBe('AFGEMELD');
    const [doorgeschoven] = await app.db.query(`SELECT status FROM kennissessie_aanmelding WHERE id = $1`, [a[2].id]);
    expect(doorgeschoven.status).toBe('AANGEMELD');
    const mails = await app.db.query(`SELECT dedupe_key FROM mail_outbox WHERE dedupe_key = $1`, [`kennissessie-${a[2].id}-doorgeschoven`]);
    expect(mails).toHaveLength(1);
  });

  it('refuses a session in the past and a stranger’s contactpersoon', async () => {
    expect(await app.gql.fails(MAAK, { input: { titel: 'SOWIS', thema: 'SOWIS', vorm: 'ONLINE', start: new Date(Date.now() - 3600_000).toISOString(), lengteMinuten: 60, capaciteit: 10 } }, am))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'start' });
    const sessie = (await app.gql.ok(MAAK, { input: { titel: 'Banenafspraak', thema: 'BANENAFSPRAAK', vorm: 'ONLINE', start: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(), lengteMinuten: 60, capaciteit: 10 } }, am)).maakKennissessie;
    const [ander] = await app.db.query(`SELECT id FROM contactpersoon WHERE tenant_id = $1 AND werkgever_id <> $2 LIMIT 1`, [app.seed.id('tenant', 'rivierenland'), werkgeverId]);
    expect(await app.gql.fails(AAN, { s: sessie.id, c: ander.id }, werkgever)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
