import { maakKandidaat, werkgeverGebruikers } from './support/kandidaat-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const KANS = `id werkgeverId vestigingId titel afdeling beroep vaardigheden taken { taak urenPerWeek vaardigheidsniveau } urenMin urenMax status
  gevondenDoor vacatureId werkgever { naam } vestiging { plaats } koppelingen { kandidaatId voorstelId }`;
const MAAK = `mutation($input: FunctiecreatieKansInput!) { maakFunctiecreatieKans(input: $input) { ${KANS} } }`;
const WIJZIG = `mutation($id: ID!, $input: WijzigFunctiecreatieKansInput!) { wijzigFunctiecreatieKans(id: $id, input: $input) { ${KANS} } }`;
const STATUS = `mutation($id: ID!, $status: FunctiecreatieStatus!) { wijzigFunctiecreatieStatus(id: $id, status: $status) { id status } }`;
const ZOEK = `query($tekst: String, $filters: FunctiecreatieZoekFilter, $nabij: ZoekNabij, $first: Int) {
  zoekFunctiecreatieKansen(tekst: $tekst, filters: $filters, nabij: $nabij, first: $first) {
    totalCount edges { node { id titel } markering { titel tekst } afstandKm } facetten { status { waarde aantal } sector { waarde aantal } uren { waarde aantal } } centrum { lat lon km } } }`;
const MATCHES = `query($kansId: ID!, $first: Int) { kandidatenVoorKans(kansId: $kansId, first: $first) {
  score afstandKm gekoppeld kandidaat { id code } factoren { factor punten maxPunten zin } } }`;
const KOPPEL = `mutation($kansId: ID!, $kandidaatId: ID!) { koppelKandidaatAanKans(kansId: $kansId, kandidaatId: $kandidaatId) { id bron status werkgeverId notitie } }`;
const VACATURE = `mutation($kansId: ID!, $input: VacatureVanKansInput!) { maakVacatureVanKans(kansId: $kansId, input: $input) {
  id titel functiecreatie status urenMin urenMax vestigingId werkgeverId taken gewensteVaardigheden } }`;

describe('functiecreatie (through HTTP, the search port and the matching engine)', () => {
  let app: TestApp;
  let jobhunter: string;
  let am: string;
  let coach: string;
  let werkgever: string;
  let drenthe: string;
  let tenantId: string;
  let plek: { werkgever_id: string; id: string; postcode: string; pc4: string; plaats: string; gemeente: string; sector: string };
  let anderVestigingId: string;
  let kansId: string;

  const input = (extra: object = {}) => ({
    werkgeverId: plek.werkgever_id,
    vestigingId: plek.id,
    titel: 'Sorteerhulp retourstroom',
    omschrijving: 'Retouren blijven liggen; deze taken vormen samen een eigen functie.',
    afdeling: 'Retouren',
    beroep: 'orderpicker',
    vaardigheden: ['handscanner'],
    taken: [
      { taak: 'retourpakketten sorteren', urenPerWeek: 12, vaardigheidsniveau: 'INSTAP' },
      { taak: 'etiketten printen en plakken', urenPerWeek: 8, vaardigheidsniveau: 'BASIS' },
    ],
    ...extra,
  });
  const telKansen = async () => (await app.db.query(`SELECT count(*)::int AS n FROM functiecreatie_kans`))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    tenantId = app.seed.id('tenant', 'rivierenland');
    const [eerste] = await werkgeverGebruikers(app, 'rivierenland');
    [jobhunter, am, coach, werkgever, drenthe] = await Promise.all(
      ['jobhunter@werkzaak.demo', 'accountmanager@werkzaak.demo', 'werkcoach@werkzaak.demo', eerste.email, 'accountmanager@werkplein-drentscheaa.demo'].map((e) =>
        app.gql.login(e),
      ),
    );
    [plek] = await app.db.query(
      `SELECT v.werkgever_id, v.id, v.postcode, substr(v.postcode, 1, 4) AS pc4, v.plaats, g.naam AS gemeente, w.sector
       FROM vestiging v JOIN werkgever w ON w.id = v.werkgever_id JOIN gemeente g ON g.id = v.gemeente_id
       WHERE v.tenant_id = $1 AND g.naam = 'Tiel' ORDER BY v.id LIMIT 1`,
      [tenantId],
    );
    [{ id: anderVestigingId }] = await app.db.query(`SELECT id FROM vestiging WHERE tenant_id = $1 AND werkgever_id <> $2 LIMIT 1`, [tenantId, plek.werkgever_id]);
  });
  afterAll(() => app.close());

  it('lists the seeded kansen of the own tenant only', async () => {
    const q = `{ functiecreatieKansen(first: 100) { totalCount edges { node { id werkgever { id } taken { taak } } } } }`;
    const eigen = (await app.gql.ok(q, {}, jobhunter)).functiecreatieKansen;
    const daar = (await app.gql.ok(q, {}, drenthe)).functiecreatieKansen;
    expect(eigen.totalCount).toBeGreaterThan(10);
    expect(daar.totalCount).toBeGreaterThan(0);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM functiecreatie_kans WHERE tenant_id = $1`, [tenantId]);
    expect(eigen.totalCount).toBe(n);
    expect(eigen.edges.every((e: any) => e.node.werkgever && e.node.taken.length >= 2)).toBe(true);
    expect(daar.edges.map((e: any) => e.node.id)).not.toContain(eigen.edges[0].node.id);
  });

  it('records a kans with tasks, hours from the tasks and the jobhunter who found it', async () => {
    const { maakFunctiecreatieKans: kans } = await app.gql.ok(MAAK, { input: input() }, jobhunter);
    kansId = kans.id;
    const [me] = await app.db.query(`SELECT id FROM app_user WHERE email = 'jobhunter@werkzaak.demo'`);
    expect(kans).toMatchObject({ status: 'VERKEND', urenMin: 12, urenMax: 20, gevondenDoor: me.id, vacatureId: null, afdeling: 'Retouren', vestiging: { plaats: plek.plaats } });
    expect(kans.taken).toEqual(input().taken);
  });

  it('refuses bad input and callers without the right, and writes nothing', async () => {
    const voor = await telKansen();
    const cases: [object, string, string][] = [
      [{ vestigingId: anderVestigingId }, 'BAD_USER_INPUT', 'vestigingId'],
      [{ taken: [] }, 'BAD_USER_INPUT', 'taken'],
      [{ taken: [{ taak: 'sorteren', urenPerWeek: 0, vaardigheidsniveau: 'INSTAP' }] }, 'BAD_USER_INPUT', 'taken.0.urenPerWeek'],
      [{ taken: [{ taak: '', urenPerWeek: 4, vaardigheidsniveau: 'INSTAP' }] }, 'BAD_USER_INPUT', 'taken.0.taak'],
      [{ titel: '' }, 'BAD_USER_INPUT', 'titel'],
      [{ werkgeverId: 'geen-id' }, 'BAD_USER_INPUT', 'werkgeverId'],
    ];
    for (const [extra, code, field] of cases) expect(await app.gql.fails(MAAK, { input: input(extra) }, jobhunter)).toMatchObject({ code, field });
    const [drentheWerkgever] = await app.db.query(`SELECT werkgever_id, id FROM vestiging WHERE tenant_id = $1 LIMIT 1`, [app.seed.id('tenant', 'drentscheAa')]);
    expect((await app.gql.fails(MAAK, { input: input({ werkgeverId: drentheWerkgever.werkgever_id, vestigingId: drentheWerkgever.id }) }, jobhunter)).code).toBe('NOT_FOUND');
    for (const token of [coach, werkgever]) expect((await app.gql.fails(MAAK, { input: input() }, token)).code).toBe('FORBIDDEN');
    expect(await telKansen()).toBe(voor);
  });

  it('checks every status change', async () => {
    expect((await app.gql.fails(STATUS, { id: kansId, status: 'GEREALISEERD' }, jobhunter)).code).toBe('CONFLICT');
    expect((await app.gql.ok(STATUS, { id: kansId, status: 'UITGEWERKT' }, jobhunter)).wijzigFunctiecreatieStatus.status).toBe('UITGEWERKT');
    expect((await app.gql.fails(STATUS, { id: kansId, status: 'VERKEND' }, jobhunter)).message).toMatch(/alleen naar GEREALISEERD of VERVALLEN/);
    const { wijzigFunctiecreatieKans } = await app.gql.ok(WIJZIG, { id: kansId, input: { afdeling: 'Retouren en reparatie' } }, am);
    expect(wijzigFunctiecreatieKans.afdeling).toBe('Retouren en reparatie');
  });

  it('finds the kans by text, facet and distance once the worker indexed it', async () => {
    await app.startWorker();
    await app.flushOutbox();
    const zoek = async (vars: object, token = jobhunter) => (await app.gql.ok(ZOEK, { first: 20, ...vars }, token)).zoekFunctiecreatieKansen;
    await waitFor(async () => (await zoek({ tekst: 'retourpakketten' })).edges.some((e: any) => e.node.id === kansId), 20000);

    const opTekst = await zoek({ tekst: 'retourpakketten' });
    const treffer = opTekst.edges.find((e: any) => e.node.id === kansId);
    expect(treffer.markering.tekst).toMatch(/<mark>/);
    expect(opTekst.facetten.status).toEqual(expect.arrayContaining([{ waarde: 'UITGEWERKT', aantal: expect.any(Number) }]));
    expect((await zoek({ tekst: 'retourpakketten', filters: { status: ['UITGEWERKT'], sector: [plek.sector] } })).edges.map((e: any) => e.node.id)).toContain(kansId);
    expect((await zoek({ tekst: 'retourpakketten', filters: { status: ['VERKEND'] } })).edges.map((e: any) => e.node.id)).not.toContain(kansId);
    expect((await zoek({ tekst: 'retourpakketten', filters: { uren: ['16-24'] } })).edges.map((e: any) => e.node.id)).toContain(kansId);
    expect((await zoek({ tekst: 'retourpakketten', filters: { gemeente: ['Tiel'] } })).edges.map((e: any) => e.node.id)).toContain(kansId);

    const dichtbij = await zoek({ tekst: 'sorteerhulp', nabij: { postcode: plek.pc4, km: 5 } });
    expect(dichtbij.edges.find((e: any) => e.node.id === kansId).afstandKm).toBeLessThan(5);
    // The centre of the search (for the portal's map): the postcode's coordinates and the radius.
    const [pc4] = await app.db.query(`SELECT avg(lat)::float AS lat, avg(lon)::float AS lon FROM postcode WHERE pc4 = $1`, [plek.pc4]);
    expect(dichtbij.centrum).toEqual({ lat: expect.closeTo(pc4.lat, 5), lon: expect.closeTo(pc4.lon, 5), km: 5 });
    expect(opTekst.centrum).toBeNull();
    expect((await zoek({ tekst: 'sorteerhulp', nabij: { postcode: '9401', km: 20 } })).edges.map((e: any) => e.node.id)).not.toContain(kansId);
    expect((await zoek({ tekst: 'retourpakketten' }, drenthe)).edges).toEqual([]);
    expect((await app.gql.fails(ZOEK, { tekst: 'retourpakketten' }, werkgever)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(ZOEK, { nabij: { postcode: 'x', km: 5 } }, jobhunter)).code).toBe('BAD_USER_INPUT');
  });

  it('matches available candidates to the kans with explanations, nearest ones that fit first', async () => {
    const profiel = { beroepswensen: ['orderpicker'], vaardigheden: ['handscanner'], urenMin: 16, urenMax: 20, reisbereidheidKm: 15, sectorWensen: [plek.sector] };
    const passend = await maakKandidaat(app, coach, { identiteit: { postcode: plek.postcode }, profiel });
    const teVer = await maakKandidaat(app, coach, { identiteit: { postcode: '5301 AA' }, profiel: { ...profiel, reisbereidheidKm: 1 } });
    await app.flushOutbox();
    let matches: any[] = [];
    await waitFor(async () => {
      matches = (await app.gql.ok(MATCHES, { kansId, first: 100 }, jobhunter)).kandidatenVoorKans;
      return matches.some((m) => m.kandidaat.id === passend.id);
    }, 20000);
    const match = matches.find((m) => m.kandidaat.id === passend.id);
    expect(match.score).toBeGreaterThan(50);
    expect(match.afstandKm).toBeLessThan(5);
    expect(match.gekoppeld).toBe(false);
    expect(match.factoren.map((f: any) => f.factor)).toEqual(expect.arrayContaining(['BEROEP', 'AFSTAND', 'UREN']));
    expect(match.factoren.find((f: any) => f.factor === 'AFSTAND').zin).toMatch(/km/);
    expect(matches.map((m) => m.kandidaat.id)).not.toContain(teVer.id);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    expect((await app.gql.fails(MATCHES, { kansId, first: 101 }, jobhunter)).code).toBe('BAD_USER_INPUT');
    expect((await app.gql.fails(MATCHES, { kansId }, drenthe)).code).toBe('NOT_FOUND');

    const { koppelKandidaatAanKans: voorstel } = await app.gql.ok(KOPPEL, { kansId, kandidaatId: passend.id }, jobhunter);
    expect(voorstel).toMatchObject({ bron: 'FUNCTIECREATIE', status: 'VOORGESTELD', werkgeverId: plek.werkgever_id });
    expect(voorstel.notitie).toMatch(/Sorteerhulp retourstroom/);
    expect((await app.gql.fails(KOPPEL, { kansId, kandidaatId: passend.id }, jobhunter)).code).toBe('CONFLICT');
    expect((await app.gql.fails(KOPPEL, { kansId, kandidaatId: passend.id }, drenthe)).code).toBe('NOT_FOUND');
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM voorstel WHERE kandidaat_id = $1`, [passend.id]);
    expect(n).toBe(1);
    const na = (await app.gql.ok(MATCHES, { kansId, first: 100 }, jobhunter)).kandidatenVoorKans;
    expect(na.find((m: any) => m.kandidaat.id === passend.id).gekoppeld).toBe(true);
    const { functiecreatieKans } = await app.gql.ok(`query($id: ID!) { functiecreatieKans(id: $id) { koppelingen { kandidaatId voorstelId } } }`, { id: kansId }, am);
    expect(functiecreatieKans.koppelingen).toEqual([{ kandidaatId: passend.id, voorstelId: voorstel.id }]);
  });

  it('turns a realised kans into a vacature once', async () => {
    const { maakFunctiecreatieKans: anders } = await app.gql.ok(MAAK, { input: input({ titel: 'Tweede kans' }) }, jobhunter);
    expect((await app.gql.fails(VACATURE, { kansId: anders.id, input: { contractvorm: 'TIJDELIJK' } }, jobhunter)).code).toBe('CONFLICT');

    await app.gql.ok(STATUS, { id: kansId, status: 'GEREALISEERD' }, jobhunter);
    const { maakVacatureVanKans: vacature } = await app.gql.ok(VACATURE, { kansId, input: { contractvorm: 'TIJDELIJK', publiceer: true } }, jobhunter);
    expect(vacature).toMatchObject({
      titel: 'Sorteerhulp retourstroom',
      functiecreatie: true,
      status: 'OPEN',
      urenMin: 12,
      urenMax: 20,
      vestigingId: plek.id,
      werkgeverId: plek.werkgever_id,
      gewensteVaardigheden: ['handscanner'],
    });
    expect(vacature.taken).toContain('retourpakketten sorteren');
    expect((await app.gql.ok(`query($id: ID!) { functiecreatieKans(id: $id) { vacatureId } }`, { id: kansId }, jobhunter)).functiecreatieKans.vacatureId).toBe(vacature.id);
    expect((await app.gql.fails(VACATURE, { kansId, input: { contractvorm: 'TIJDELIJK' } }, jobhunter)).code).toBe('CONFLICT');
    expect((await app.gql.fails(STATUS, { id: kansId, status: 'VERVALLEN' }, jobhunter)).code).toBe('CONFLICT');
    expect((await app.gql.fails(WIJZIG, { id: kansId, input: { titel: 'Anders' } }, jobhunter)).code).toBe('CONFLICT');
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM vacature WHERE functiecreatie AND titel = 'Sorteerhulp retourstroom'`);
    expect(n).toBe(1);
  });

  it('keeps kansen inside the tenant', async () => {
    const q = `query($id: ID!) { functiecreatieKans(id: $id) { id } }`;
    expect((await app.gql.fails(q, { id: kansId }, drenthe)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(STATUS, { id: kansId, status: 'VERVALLEN' }, drenthe)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(q, { id: kansId }, werkgever)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(q, { id: kansId }, coach)).code).toBe('FORBIDDEN');
  });
});
