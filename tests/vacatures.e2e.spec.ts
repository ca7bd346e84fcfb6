import { DemoAccount } from '../libs/db/src/seed/steps/02-staff';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const VELDEN = `id titel omschrijving status urenMin urenMax contractvorm startdatum vestigingId werkgeverId geplaatstDoorUserId
  gepubliceerdOp afgeslotenOp functiecreatie doelgroepen instrumenten nederlandsNiveau vereisteVaardigheden
  werkgever { id naam } vestiging { plaats }`;
const PLAATS = `mutation($input: PlaatsVacatureInput!) { plaatsVacature(input: $input) { ${VELDEN} } }`;
const WIJZIG = `mutation($id: ID!, $input: WijzigVacatureInput!) { wijzigVacature(id: $id, input: $input) { ${VELDEN} } }`;
const STATUS = `mutation($id: ID!, $status: VacatureStatus!) { wijzigVacatureStatus(id: $id, status: $status) { id status gepubliceerdOp afgeslotenOp } }`;
const VACATURE = `query($id: ID!) { vacature(id: $id) { ${VELDEN} } }`;
const LIJST = `query($filter: VacatureFilter, $first: Int, $after: String) {
  vacatures(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id werkgeverId status werkgever { naam } } } } }`;

const vacature = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  titel: 'Orderpicker',
  omschrijving: 'Orders verzamelen in ons distributiecentrum.',
  taken: 'Orders verzamelen, pallets wikkelen.',
  vereisteVaardigheden: ['heftruckcertificaat', 'heftruckcertificaat', 'VCA'],
  urenMin: 24,
  urenMax: 32,
  contractvorm: 'TIJDELIJK',
  startdatum: '2027-02-01',
  nederlandsNiveau: 'A2',
  doelgroepen: ['BANENAFSPRAAK'],
  instrumenten: ['LKS', 'JOBCOACH'],
  ...overrides,
});

describe('vacatures (through HTTP)', () => {
  let app: TestApp;
  let am: string;
  let werkgeverA: string;
  let werkgeverB: string;
  let idA: string;
  let idB: string;
  let vestigingA: string;
  let vestigingB: string;
  const count = async () => (await app.db.query(`SELECT count(*)::int AS n FROM vacature`))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    am = await app.gql.login('accountmanager@werkzaak.demo');
    const employers = (app.seed.state.accounts as DemoAccount[]).filter((a) => a.rol === 'WERKGEVER' && a.tenant === 'rivierenland');
    werkgeverA = await app.gql.login(employers[0].email);
    werkgeverB = await app.gql.login(employers[1].email);
    const mine = `{ mijnWerkgever { id vestigingen { id } } }`;
    ({ id: idA, vestigingen: [{ id: vestigingA }] } = (await app.gql.ok(mine, {}, werkgeverA)).mijnWerkgever);
    ({ id: idB, vestigingen: [{ id: vestigingB }] } = (await app.gql.ok(mine, {}, werkgeverB)).mijnWerkgever);
  });
  afterAll(() => app.close());

  it('lets a werkgever user post a vacature for its own organisation, as a concept', async () => {
    const { plaatsVacature: v } = await app.gql.ok(PLAATS, { input: vacature({ vestigingId: vestigingA }) }, werkgeverA);
    const [user] = await app.db.query(`SELECT id FROM app_user WHERE werkgever_id = $1`, [idA]);
    expect(v).toMatchObject({
      status: 'CONCEPT',
      werkgeverId: idA,
      werkgever: { id: idA },
      vestigingId: vestigingA,
      geplaatstDoorUserId: user.id,
      vereisteVaardigheden: ['heftruckcertificaat', 'VCA'],
      gepubliceerdOp: null,
      startdatum: '2027-02-01',
    });
    expect(v.vestiging.plaats).toBeTruthy();
  });

  it('lets an accountmanager post for a werkgever and publish at once', async () => {
    const { plaatsVacature: v } = await app.gql.ok(PLAATS, { input: vacature({ werkgeverId: idB, publiceer: true, functiecreatie: true }) }, am);
    expect(v).toMatchObject({ status: 'OPEN', werkgeverId: idB, functiecreatie: true });
    expect(v.gepubliceerdOp).toBeTruthy();
    expect((await app.gql.fails(PLAATS, { input: vacature() }, am))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'werkgeverId' });
  });

  it.each([
    ['urenMin above urenMax', { urenMin: 32, urenMax: 24 }, 'urenMin', /urenMin \(32\) mag niet groter zijn dan urenMax \(24\)/],
    ['zero hours', { urenMin: 0 }, 'urenMin', /urenMin moet minstens 1 zijn/],
    ['more than 40 hours', { urenMax: 41 }, 'urenMax', /urenMax mag hoogstens 40 zijn/],
    ['an over-long omschrijving', { omschrijving: 'x'.repeat(10001) }, 'omschrijving', /omschrijving mag hoogstens 10000 tekens/],
    ['an empty titel', { titel: '   ' }, 'titel', /titel mag niet leeg zijn/],
    ['an impossible date', { startdatum: '2027-02-30' }, 'startdatum', /geen bestaande datum/],
    ['a date in another format', { startdatum: '01-02-2027' }, 'startdatum', /JJJJ-MM-DD/],
    ['a vestiging of another werkgever', { vestigingId: 'VESTIGING_B' }, 'vestigingId', /hoort niet bij de werkgever/],
  ])('refuses %s with the field, and writes nothing', async (_, overrides, field, message) => {
    const before = await count();
    const input = vacature({ werkgeverId: idA, ...overrides });
    if (input.vestigingId === 'VESTIGING_B') input.vestigingId = vestigingB;
    const error = await app.gql.fails(PLAATS, { input }, am);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('refuses an unknown enum value', async () => {
    expect((await app.gql.fails(PLAATS, { input: vacature({ contractvorm: 'ZZP' }) }, werkgeverA)).code).toBe('BAD_USER_INPUT');
    expect((await app.gql.fails(PLAATS, { input: vacature({ doelgroepen: ['IEDEREEN'] }) }, werkgeverA)).code).toBe('BAD_USER_INPUT');
  });

  it('stores HTML in free text as text', async () => {
    const html = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const { plaatsVacature } = await app.gql.ok(PLAATS, { input: vacature({ titel: '<b>Schoonmaker</b>', omschrijving: html }) }, werkgeverA);
    expect(plaatsVacature).toMatchObject({ titel: '<b>Schoonmaker</b>', omschrijving: html });
  });

  it('moves through CONCEPT → OPEN → VERVULD and refuses other transitions with CONFLICT', async () => {
    const { plaatsVacature: v } = await app.gql.ok(PLAATS, { input: vacature() }, werkgeverA);
    expect(await app.gql.fails(STATUS, { id: v.id, status: 'VERVULD' }, werkgeverA)).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(await app.gql.fails(STATUS, { id: v.id, status: 'CONCEPT' }, werkgeverA)).toMatchObject({ code: 'CONFLICT' });
    const open = (await app.gql.ok(STATUS, { id: v.id, status: 'OPEN' }, werkgeverA)).wijzigVacatureStatus;
    expect(open.status).toBe('OPEN');
    expect(open.gepubliceerdOp).toBeTruthy();
    const changed = (await app.gql.ok(WIJZIG, { id: v.id, input: { urenMax: 36, beroep: 'orderpicker' } }, werkgeverA)).wijzigVacature;
    expect(changed).toMatchObject({ status: 'OPEN', urenMin: 24, urenMax: 36 });
    expect((await app.gql.fails(WIJZIG, { id: v.id, input: { urenMin: 38 } }, werkgeverA)).field).toBe('urenMin');
    const vervuld = (await app.gql.ok(STATUS, { id: v.id, status: 'VERVULD' }, am)).wijzigVacatureStatus;
    expect(vervuld.afgeslotenOp).toBeTruthy();
    const error = await app.gql.fails(STATUS, { id: v.id, status: 'OPEN' }, werkgeverA);
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(error.message).toMatch(/definitief/);
    expect((await app.gql.fails(WIJZIG, { id: v.id, input: { titel: 'Nieuw' } }, werkgeverA)).code).toBe('CONFLICT');
    expect((await app.gql.ok(VACATURE, { id: v.id }, am)).vacature).toMatchObject({ status: 'VERVULD', titel: 'Orderpicker', urenMax: 36 });

    const concept = (await app.gql.ok(PLAATS, { input: vacature() }, werkgeverA)).plaatsVacature;
    expect((await app.gql.ok(STATUS, { id: concept.id, status: 'GESLOTEN' }, werkgeverA)).wijzigVacatureStatus.status).toBe('GESLOTEN');
  });

  it('keeps employers apart: B can neither read nor change A’s vacature', async () => {
    const { plaatsVacature: a } = await app.gql.ok(PLAATS, { input: vacature({ titel: 'Alleen van A' }) }, werkgeverA);
    expect((await app.gql.fails(VACATURE, { id: a.id }, werkgeverB)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(WIJZIG, { id: a.id, input: { titel: 'Gekaapt' } }, werkgeverB)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(STATUS, { id: a.id, status: 'OPEN' }, werkgeverB)).code).toBe('NOT_FOUND');
    const before = await count();
    expect((await app.gql.fails(PLAATS, { input: vacature({ werkgeverId: idA }) }, werkgeverB)).code).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
    expect((await app.gql.ok(VACATURE, { id: a.id }, am)).vacature).toMatchObject({ titel: 'Alleen van A', status: 'CONCEPT' });

    const { vacatures } = await app.gql.ok(LIJST, { first: 100 }, werkgeverB);
    expect(vacatures.totalCount).toBeGreaterThan(0);
    expect(new Set(vacatures.edges.map((e: any) => e.node.werkgeverId))).toEqual(new Set([idB]));
    const filtered = (await app.gql.ok(LIJST, { filter: { werkgeverId: idA } }, werkgeverB)).vacatures;
    expect(filtered.totalCount).toBe(0);
  });

  it('keeps tenants apart: Drentsche Aa sees no Rivierenland vacature', async () => {
    const drenthe = await app.gql.login('accountmanager@werkplein-drentscheaa.demo');
    const { vacatures: rivierenland } = await app.gql.ok(LIJST, { filter: { werkgeverId: idA }, first: 1 }, am);
    expect((await app.gql.fails(VACATURE, { id: rivierenland.edges[0].node.id }, drenthe)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(PLAATS, { input: vacature({ werkgeverId: idA }) }, drenthe)).code).toBe('NOT_FOUND');
    const { vacatures } = await app.gql.ok(LIJST, { first: 100 }, drenthe);
    const ids: string[] = vacatures.edges.map((e: any) => e.node.id);
    const tenants = await app.db.query(`SELECT DISTINCT t.naam FROM vacature v JOIN tenant t ON t.id = v.tenant_id WHERE v.id = ANY($1)`, [ids]);
    expect(tenants).toEqual([{ naam: 'Werkplein Drentsche Aa' }]);
  });

  it('lets staff read and filter, and only ACCOUNTMANAGER, ADMIN and WERKGEVER post', async () => {
    const coach = await app.gql.login('werkcoach@werkzaak.demo');
    expect((await app.gql.fails(PLAATS, { input: vacature({ werkgeverId: idA }) }, coach)).code).toBe('FORBIDDEN');
    const open = (await app.gql.ok(LIJST, { filter: { status: ['OPEN'] }, first: 5 }, coach)).vacatures;
    expect(open.edges.every((e: any) => e.node.status === 'OPEN')).toBe(true);
    expect(open.pageInfo.hasNextPage).toBe(true);
    const next = (await app.gql.ok(LIJST, { filter: { status: ['OPEN'] }, first: 5, after: open.pageInfo.endCursor }, coach)).vacatures;
    expect(next.edges[0].node.id).not.toBe(open.edges[0].node.id);
    expect(open.edges[0].node.werkgever.naam).toBeTruthy();
    expect((await app.gql.fails(LIJST, { after: 'onzin' }, coach)).field).toBe('after');
    expect((await app.gql.fails(LIJST, { first: 101 }, coach)).code).toBe('BAD_USER_INPUT');
  });

  it('finds a published vacature through zoekVacatures once the worker indexed it; employers find only their own', async () => {
    const ZOEK = `query($z: String, $nabij: ZoekNabij) {
      zoekVacatures(zoekterm: $z, nabij: $nabij, first: 10) { totalCount edges { node { id titel werkgeverId } markering { titel } afstandKm } facetten { status { waarde aantal } } } }`;
    const titel = 'Vorkheftruckbestuurder nachtdienst';
    const { plaatsVacature: v } = await app.gql.ok(PLAATS, { input: vacature({ werkgeverId: idB, titel, vestigingId: vestigingB, publiceer: true }) }, am);
    await app.startWorker();
    await app.flushOutbox();
    const found = async (token: string) => (await app.gql.ok(ZOEK, { z: 'vorkheftruckbestuurder' }, token)).zoekVacatures;
    await waitFor(async () => (await found(am)).edges.some((e: any) => e.node.id === v.id), 20000);

    const hit = (await found(am)).edges.find((e: any) => e.node.id === v.id);
    expect(hit.markering.titel).toMatch(/<mark>/);
    expect((await found(werkgeverB)).edges.map((e: any) => e.node.id)).toContain(v.id);
    expect((await found(werkgeverA)).edges).toEqual([]);
    const drenthe = await app.gql.login('accountmanager@werkplein-drentscheaa.demo');
    expect((await found(drenthe)).edges).toEqual([]);

    const [plek] = await app.db.query(`SELECT substr(postcode, 1, 4) AS pc4 FROM vestiging WHERE id = $1`, [vestigingB]);
    const near = (await app.gql.ok(ZOEK, { z: 'vorkheftruckbestuurder', nabij: { postcode: plek.pc4, km: 5 } }, am)).zoekVacatures;
    expect(near.edges.find((e: any) => e.node.id === v.id).afstandKm).toBeLessThan(5);
  });
});
