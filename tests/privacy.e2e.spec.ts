import { leeftijdsband } from '../libs/kandidaten/src/utils/kaart-teksten';
import { vandaag } from '@matchpunt/domain';
import { andereWerkgever, maakKandidaat, werkgeverGebruikers } from './support/kandidaat-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const KAART_VELDEN = `id code leeftijdsband regio pitch vaardigheden beroepswensen urenMin urenMax beschikbaarheid beschikbaarVanaf rijbewijs instrumenten`;
const KAART = `query($id: ID!) { kandidaatKaart(id: $id) { ${KAART_VELDEN} identiteit { voornaam achternaam telefoon email } } }`;
const KAARTEN = `query($after: String) { kandidaatKaarten(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const GEEF = `mutation($k: ID!, $w: ID!) { geefToestemming(kandidaatId: $k, werkgeverId: $w) { id actief gegevenOp ingetrokkenOp } }`;
const TREK_IN = `mutation($k: ID!, $w: ID!) { trekToestemmingIn(kandidaatId: $k, werkgeverId: $w) { id actief ingetrokkenOp } }`;
const IDENTITEIT = `query($k: ID!, $r: String!) { kandidaatIdentiteit(kandidaatId: $k, reden: $r) { voornaam achternaam bsn geboortedatum adres postcode woonplaats telefoon email } }`;
const STATUS = `mutation($id: ID!, $status: KandidaatStatus!) { zetKandidaatStatus(id: $id, status: $status) { status } }`;

/** What must never reach an employer without consent, and identity fields that need consent. */
const GEHEIM = {
  voornaam: 'Zwaantje',
  achternaam: 'Privacytest',
  adres: 'Geheimstraat 99',
  geboortedatum: '1988-03-14',
  telefoon: '06-99887766',
  email: 'zwaantje.geheim@voorbeeld.nl',
};

describe('privacy of candidates (as an employer user, through HTTP)', () => {
  let app: TestApp;
  let coach: string;
  let coach2: string;
  let accountmanager: string;
  let werkgever: string;
  let werkgever2: string;
  let drentheWerkgever: string;
  let drentheAm: string;
  let werkgeverId: string;
  let werkgever2Id: string;
  let k: { id: string; code: string };
  let bsn: string;

  beforeAll(async () => {
    app = await startTestApp();
    const [eerste, tweede] = await werkgeverGebruikers(app, 'rivierenland');
    const [drenthe] = await werkgeverGebruikers(app, 'drentscheAa');
    werkgeverId = eerste.werkgeverId;
    werkgever2Id = tweede.werkgeverId;
    [coach, coach2, accountmanager, werkgever, werkgever2, drentheWerkgever, drentheAm] = await Promise.all(
      [
        'werkcoach@werkzaak.demo',
        'werkcoach2@werkzaak.demo',
        'accountmanager@werkzaak.demo',
        eerste.email,
        tweede.email,
        drenthe.email,
        'accountmanager@werkplein-drentscheaa.demo',
      ].map((email) => app.gql.login(email)),
    );
    k = await maakKandidaat(app, coach, { identiteit: GEHEIM });
    [{ bsn }] = await app.db.query(`SELECT bsn FROM kandidaat_identiteit WHERE kandidaat_id = $1`, [k.id]);
  });
  afterAll(() => app.close());

  it('the card type has no field for name, BSN, address, birth date, indications or loonwaarde (introspection)', async () => {
    const velden = async (type: string) =>
      (await app.gql.ok(`{ __type(name: "${type}") { fields { name } } }`, {}, werkgever)).__type.fields.map((f: { name: string }) => f.name).sort();
    expect(await velden('KandidaatKaart')).toEqual(
      // lksIndicatie: an estimate from a rounded loonwaarde band, never the loonwaarde itself (libs/calculatie).
      [...KAART_VELDEN.split(' '), 'identiteit', 'lksIndicatie'].sort(),
    );
    expect(await velden('KaartIdentiteit')).toEqual(['achternaam', 'email', 'telefoon', 'voornaam']);
    const verboden = /naam|bsn|adres|postcode|geboorte|indicatie|loonwaarde|doelgroep|beschut|klantprofiel|werkervaring/i;
    const kaartVelden: string[] = (await velden('KandidaatKaart')).filter((name: string) => name !== 'lksIndicatie');
    expect(kaartVelden.filter((name) => verboden.test(name))).toEqual([]);
  });

  it('gives an employer the anonymised card, with nothing identifying anywhere in the response', async () => {
    const response = await app.gql.request(KAART, { id: k.id }, werkgever);
    expect(response.errors).toBeUndefined();
    const kaart = response.data.kandidaatKaart;
    expect(kaart).toMatchObject({
      code: k.code,
      leeftijdsband: leeftijdsband(GEHEIM.geboortedatum, vandaag()),
      regio: 'Tiel',
      urenMin: 24,
      urenMax: 32,
      rijbewijs: true,
      beschikbaarheid: 'Direct beschikbaar',
      instrumenten: ['LKS mogelijk', 'No-riskpolis', 'Jobcoach beschikbaar'],
      identiteit: null,
    });
    const text = JSON.stringify(response);
    for (const secret of [...Object.values(GEHEIM), bsn, '4001']) expect(text).not.toContain(secret);
  });

  it.each(['bsn', 'voornaam', 'naam', 'geboortedatum', 'adres', 'postcode', 'indicaties { loonwaarde }', 'loonwaarde', 'werkervaring'])(
    'refuses to even run a card query that asks for %s',
    async (veld) => {
      expect((await app.gql.fails(`query($id: ID!) { kandidaatKaart(id: $id) { code ${veld} } }`, { id: k.id }, werkgever)).code).toBe('GRAPHQL_VALIDATION_FAILED');
    },
  );

  it.each([
    ['kandidaat', `query($id: ID!) { kandidaat(id: $id) { id pitch } }`, {}],
    ['kandidaten', `{ kandidaten(first: 5) { totalCount } }`, {}],
    ['kandidaatIdentiteit', `query($id: ID!) { kandidaatIdentiteit(kandidaatId: $id, reden: "Ik wil het weten") { bsn } }`, {}],
    ['zetKandidaatStatus', `mutation($id: ID!) { zetKandidaatStatus(id: $id, status: IN_TRAJECT) { status } }`, {}],
    ['wijzigKandidaat', `mutation($id: ID!) { wijzigKandidaat(id: $id, input: { profiel: { pitch: "x" } }) { id } }`, {}],
    ['geefToestemming', `mutation($id: ID!, $w: ID!) { geefToestemming(kandidaatId: $id, werkgeverId: $w) { id } }`, { own: true }],
  ])('answers FORBIDDEN to an employer that tries the staff query %s', async (_name, query, opts) => {
    const variables = { id: k.id, ...((opts as { own?: boolean }).own && { w: werkgeverId }) };
    expect((await app.gql.fails(query, variables, werkgever)).code).toBe('FORBIDDEN');
  });

  it('shows an employer only BESCHIKBAAR candidates (others answer NOT_FOUND, as if absent)', async () => {
    const niet = await maakKandidaat(app, coach);
    await app.gql.ok(STATUS, { id: niet.id, status: 'NIET_BESCHIKBAAR' }, coach);
    expect((await app.gql.fails(KAART, { id: niet.id }, werkgever)).code).toBe('NOT_FOUND');
    expect((await app.gql.ok(KAART, { id: niet.id }, accountmanager)).kandidaatKaart.beschikbaarheid).toBe('Niet beschikbaar');

    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { kandidaatKaarten } = await app.gql.ok(KAARTEN, { after }, werkgever);
      ids.push(...kandidaatKaarten.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!kandidaatKaarten.pageInfo.hasNextPage) break;
      after = kandidaatKaarten.pageInfo.endCursor;
    }
    const beschikbaar: { id: string }[] = await app.db.query(`SELECT id FROM kandidaat WHERE tenant_id = $1 AND status = 'BESCHIKBAAR'`, [app.seed.id('tenant', 'rivierenland')]);
    expect(new Set(ids)).toEqual(new Set(beschikbaar.map((r) => r.id)));
    expect(ids).not.toContain(niet.id);
  });

  it('reveals name, phone and e-mail only to the employer with consent, audits each read, and stops after withdrawal', async () => {
    const geef = await app.gql.ok(GEEF, { k: k.id, w: werkgeverId }, coach);
    expect(geef.geefToestemming).toMatchObject({ actief: true, ingetrokkenOp: null });

    const { kandidaatKaart } = await app.gql.ok(KAART, { id: k.id }, werkgever);
    expect(kandidaatKaart.identiteit).toEqual({ voornaam: GEHEIM.voornaam, achternaam: GEHEIM.achternaam, telefoon: GEHEIM.telefoon, email: GEHEIM.email });
    expect(JSON.stringify(kandidaatKaart)).not.toContain(bsn);
    expect(JSON.stringify(kandidaatKaart)).not.toContain(GEHEIM.adres);
    expect((await app.gql.ok(KAART, { id: k.id }, werkgever2)).kandidaatKaart.identiteit).toBeNull();

    const audit = await app.db.query(`SELECT actie, user_id, reden FROM audit_log WHERE onderwerp_id = $1 AND actie = 'IDENTITEIT_GEDEELD'`, [k.id]);
    const [{ id: werkgeverUserId }] = await app.db.query(`SELECT id FROM app_user WHERE werkgever_id = $1 ORDER BY email LIMIT 1`, [werkgeverId]);
    expect(audit).toEqual([{ actie: 'IDENTITEIT_GEDEELD', user_id: werkgeverUserId, reden: expect.stringContaining(werkgeverId) }]);

    // With consent the card stays visible to that employer while the candidate is in a trajectory.
    await app.gql.ok(STATUS, { id: k.id, status: 'IN_TRAJECT' }, coach);
    expect((await app.gql.ok(KAART, { id: k.id }, werkgever)).kandidaatKaart.identiteit.voornaam).toBe(GEHEIM.voornaam);
    expect((await app.gql.fails(KAART, { id: k.id }, werkgever2)).code).toBe('NOT_FOUND');

    const trekIn = await app.gql.ok(TREK_IN, { k: k.id, w: werkgeverId }, accountmanager);
    expect(trekIn.trekToestemmingIn.actief).toBe(false);
    expect((await app.gql.fails(KAART, { id: k.id }, werkgever)).code).toBe('NOT_FOUND');
    await app.gql.ok(STATUS, { id: k.id, status: 'BESCHIKBAAR' }, coach);
    expect((await app.gql.ok(KAART, { id: k.id }, werkgever)).kandidaatKaart.identiteit).toBeNull();

    const { kandidaat } = await app.gql.ok(`query($id: ID!) { kandidaat(id: $id) { toestemmingen { werkgeverId actief gegevenOp ingetrokkenOp werkgever { id } } } }`, { id: k.id }, coach);
    expect(kandidaat.toestemmingen).toEqual([
      { werkgeverId, actief: false, gegevenOp: expect.any(String), ingetrokkenOp: expect.any(String), werkgever: { id: werkgeverId } },
    ]);
    expect((await app.gql.fails(TREK_IN, { k: k.id, w: werkgeverId }, coach)).code).toBe('NOT_FOUND');
  });

  it('lets only the own werkcoach or other staff roles record consent, for a werkgever of the own tenant', async () => {
    const ander = await andereWerkgever(app, 'rivierenland', [werkgeverId, werkgever2Id]);
    expect((await app.gql.fails(GEEF, { k: k.id, w: ander }, coach2)).code).toBe('FORBIDDEN');
    await app.gql.ok(GEEF, { k: k.id, w: ander }, accountmanager);
    const again = await app.gql.ok(GEEF, { k: k.id, w: ander }, coach);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM kandidaat_toestemming WHERE kandidaat_id = $1 AND werkgever_id = $2`, [k.id, ander]);
    expect(n).toBe(1);
    expect(again.geefToestemming.actief).toBe(true);
    const [drentheWg] = await werkgeverGebruikers(app, 'drentscheAa');
    expect((await app.gql.fails(GEEF, { k: k.id, w: drentheWg.werkgeverId }, coach)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(GEEF, { k: k.id, w: ander }, drentheAm)).code).toBe('NOT_FOUND');
  });

  it('audits every staff read of identity with who, what, when and why; refused reads leave no trace', async () => {
    const reden = 'Bellen voor een sollicitatiegesprek bij Bakkerij Tiel';
    const { kandidaatIdentiteit } = await app.gql.ok(IDENTITEIT, { k: k.id, r: reden }, accountmanager);
    expect(kandidaatIdentiteit).toMatchObject({ ...GEHEIM, bsn, postcode: '4001 AB', woonplaats: 'Tiel' });
    const rows = await app.db.query(
      `SELECT tenant_id, user_id, actie, onderwerp_type, reden, created_at > now() - interval '1 minute' AS zojuist
       FROM audit_log WHERE onderwerp_id = $1 AND actie = 'IDENTITEIT_INGEZIEN'`,
      [k.id],
    );
    expect(rows).toEqual([
      {
        tenant_id: app.seed.id('tenant', 'rivierenland'),
        user_id: app.seed.id('user', 'accountmanager@werkzaak.demo'),
        actie: 'IDENTITEIT_INGEZIEN',
        onderwerp_type: 'kandidaat',
        reden,
        zojuist: true,
      },
    ]);
    expect(await app.gql.fails(IDENTITEIT, { k: k.id, r: 'nou' }, accountmanager)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reden' });
    expect((await app.gql.fails(IDENTITEIT, { k: k.id, r: 'Even kijken wie dit is' }, coach2)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(IDENTITEIT, { k: k.id, r: 'Even kijken wie dit is' }, drentheAm)).code).toBe('NOT_FOUND');
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE onderwerp_id = $1 AND actie = 'IDENTITEIT_INGEZIEN'`, [k.id]);
    expect(n).toBe(1);
  });

  it('keeps employers to their own tenant', async () => {
    expect((await app.gql.fails(KAART, { id: k.id }, drentheWerkgever)).code).toBe('NOT_FOUND');
    const { kandidaatKaarten } = await app.gql.ok(KAARTEN, {}, drentheWerkgever);
    const ids = kandidaatKaarten.edges.map((e: { node: { id: string } }) => e.node.id);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM kandidaat WHERE id = ANY($1::uuid[]) AND tenant_id <> $2`, [ids, app.seed.id('tenant', 'drentscheAa')]);
    expect(n).toBe(0);
  });

  it('searches candidates: staff get Kandidaat, an employer only cards of available candidates, and identity is never indexed', async () => {
    const ZOEK = `query($q: String) { zoekKandidaten(zoekterm: $q, first: 20) {
      totalCount edges { node { __typename ... on KandidaatKaart { id code identiteit { voornaam } } ... on Kandidaat { id status } } markering { titel tekst } }
      facetten { status { waarde aantal } instrument { waarde aantal } } } }`;
    const beschikbaar = await maakKandidaat(app, coach, { profiel: { vaardigheden: ['kandelaarpoetsen'] }, identiteit: { voornaam: 'Ortwinus' } });
    const weg = await maakKandidaat(app, coach, { profiel: { vaardigheden: ['kandelaarpoetsen'] }, identiteit: { voornaam: 'Ortwinus' } });
    await app.gql.ok(STATUS, { id: weg.id, status: 'NIET_BESCHIKBAAR' }, coach);
    await app.startWorker();
    await app.flushOutbox();
    await waitFor(async () => (await app.gql.ok(ZOEK, { q: 'kandelaarpoetsen' }, accountmanager)).zoekKandidaten.totalCount === 2, 30000, 250);

    const staf = (await app.gql.ok(ZOEK, { q: 'kandelaarpoetsen' }, accountmanager)).zoekKandidaten;
    expect(staf.edges.map((e: any) => e.node.__typename)).toEqual(['Kandidaat', 'Kandidaat']);
    expect(staf.facetten.status).toEqual(expect.arrayContaining([{ waarde: 'NIET_BESCHIKBAAR', aantal: 1 }]));

    const response = await app.gql.request(ZOEK, { q: 'kandelaarpoetsen' }, werkgever);
    expect(response.errors).toBeUndefined();
    const wg = response.data.zoekKandidaten;
    expect(wg.edges.map((e: any) => e.node)).toEqual([{ __typename: 'KandidaatKaart', id: beschikbaar.id, code: beschikbaar.code, identiteit: null }]);
    expect(wg.totalCount).toBe(1);
    expect(wg.facetten.status).toBeNull();
    expect(JSON.stringify(response)).not.toContain('Ortwinus');

    for (const token of [accountmanager, werkgever]) {
      expect((await app.gql.ok(ZOEK, { q: 'Ortwinus' }, token)).zoekKandidaten.totalCount).toBe(0);
      expect((await app.gql.ok(ZOEK, { q: bsn }, token)).zoekKandidaten.totalCount).toBe(0);
    }
  });
});
