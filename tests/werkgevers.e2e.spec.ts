import { Queue, QueueRegistry } from '@matchpunt/common';
import { DemoAccount } from '../libs/db/src/seed/steps/02-staff';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const WERKGEVER_VELDEN = `id naam kvkNummer sbiCode sector sectorOmschrijving grootteklasse soort accountmanagerId openDoelgroepen
  geaccepteerdeInstrumenten psoTrede psoGeldigTot notities accountmanager { naam }
  vestigingen { naam adres postcode plaats lat lon gemeenteId } contactpersonen { id naam email ontvangtAanbodskrant afgemeldOp }`;
const MAAK = `mutation($input: MaakWerkgeverInput!) { maakWerkgever(input: $input) { ${WERKGEVER_VELDEN} } }`;
const WIJZIG = `mutation($id: ID!, $input: WijzigWerkgeverInput!) { wijzigWerkgever(id: $id, input: $input) { id naam notities } }`;
const WERKGEVER = `query($id: ID!) { werkgever(id: $id) { ${WERKGEVER_VELDEN} relatiehistorie { soort onderwerp verslag door { naam } } } }`;
const LIJST = `query($filter: WerkgeverFilter, $first: Int, $after: String) {
  werkgevers(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id naam vestigingen { plaats } contactpersonen { naam } } } } }`;
const VESTIGING = `mutation($werkgeverId: ID!, $input: VestigingInput!) { voegVestigingToe(werkgeverId: $werkgeverId, input: $input) { id plaats postcode } }`;

function input(overrides: Record<string, unknown> = {}) {
  return {
    naam: 'Betuwse Fruitveiling',
    kvkNummer: '30012345',
    sbiCode: '4631',
    grootteklasse: 'KLEIN_10_49',
    openDoelgroepen: ['BANENAFSPRAAK', 'STATUSHOUDER'],
    geaccepteerdeInstrumenten: ['LKS', 'NO_RISKPOLIS'],
    psoTrede: 'TREDE_1',
    psoGeldigTot: '2027-06-30',
    vestigingen: [{ naam: 'Hoofdvestiging', adres: 'Kellenseweg 4', postcode: '4004 jk' }],
    contactpersonen: [{ naam: 'Petra Visser', functie: 'HR-adviseur', email: 'petra@fruitveiling.demo', ontvangtAanbodskrant: true }],
    ...overrides,
  };
}

describe('werkgevers (through HTTP)', () => {
  let app: TestApp;
  let am: string;
  let werkgeverA: string;
  let werkgeverB: string;
  let idA: string;
  let idB: string;
  const count = async () => (await app.db.query(`SELECT count(*)::int AS n FROM werkgever`))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    am = await app.gql.login('accountmanager@werkzaak.demo');
    const employers = (app.seed.state.accounts as DemoAccount[]).filter((a) => a.rol === 'WERKGEVER' && a.tenant === 'rivierenland');
    werkgeverA = await app.gql.login(employers[0].email);
    werkgeverB = await app.gql.login(employers[1].email);
    idA = (await app.gql.ok(`{ mijnWerkgever { id } }`, {}, werkgeverA)).mijnWerkgever.id;
    idB = (await app.gql.ok(`{ mijnWerkgever { id } }`, {}, werkgeverB)).mijnWerkgever.id;
  });
  afterAll(() => app.close());

  it('lets an accountmanager create a werkgever with a vestiging and a contactpersoon', async () => {
    const { maakWerkgever: w } = await app.gql.ok(MAAK, { input: input() }, am);
    const me = (await app.gql.ok(`{ me { naam } }`, {}, am)).me;
    expect(w).toMatchObject({
      naam: 'Betuwse Fruitveiling',
      kvkNummer: '30012345',
      sector: 'G',
      sectorOmschrijving: 'Handel',
      soort: 'WERKGEVER',
      psoTrede: 'TREDE_1',
      psoGeldigTot: '2027-06-30',
      accountmanager: { naam: me.naam },
      vestigingen: [{ naam: 'Hoofdvestiging', postcode: '4004 JK', plaats: 'Tiel' }],
      contactpersonen: [{ naam: 'Petra Visser', ontvangtAanbodskrant: true, afgemeldOp: null }],
    });
    expect(w.vestigingen[0].lat).toBeCloseTo(51.89, 1);
    // The search-index job went into the outbox with the write and is handed to BullMQ after commit.
    await app.flushOutbox();
    const jobs = await app.get(QueueRegistry).get(Queue.SEARCH_INDEX).getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
    expect(jobs.some((job) => job.data.type === 'werkgever' && job.data.ids.includes(w.id))).toBe(true);
  });

  it('finds werkgevers by name and pages through them', async () => {
    const { werkgevers } = await app.gql.ok(LIJST, { filter: { zoekterm: 'fruitveil' } }, am);
    expect(werkgevers.totalCount).toBe(1);
    expect(werkgevers.edges[0].node).toMatchObject({ naam: 'Betuwse Fruitveiling', vestigingen: [{ plaats: 'Tiel' }], contactpersonen: [{ naam: 'Petra Visser' }] });
    const page1 = (await app.gql.ok(LIJST, { first: 5 }, am)).werkgevers;
    const page2 = (await app.gql.ok(LIJST, { first: 5, after: page1.pageInfo.endCursor }, am)).werkgevers;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.edges.map((e: any) => e.node.id)).not.toContain(page1.edges[0].node.id);
  });

  it.each([
    ['an invalid KvK-nummer', { kvkNummer: '1234' }, 'BAD_USER_INPUT', 'kvkNummer', /8 cijfers/],
    ['an SBI code of no section', { sbiCode: '04' }, 'BAD_USER_INPUT', 'sbiCode', /SBI-code/],
    ['a malformed postcode', { vestigingen: [{ naam: 'X', adres: 'Straat 1', postcode: '0123 AB' }] }, 'BAD_USER_INPUT', 'vestigingen.0.postcode', /postcode/],
    ['an unknown postcode', { vestigingen: [{ naam: 'X', adres: 'Straat 1', postcode: '1000 AA' }] }, 'BAD_USER_INPUT', 'vestigingen.0.postcode', /bestaat niet/],
    ['an over-long name', { naam: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'naam', /naam mag hoogstens 200 tekens/],
    ['an over-long note', { notities: 'x'.repeat(10001) }, 'BAD_USER_INPUT', 'notities', /10000 tekens/],
    ['a PSO date without trede', { psoTrede: null }, 'BAD_USER_INPUT', 'psoGeldigTot', /psoTrede/],
    ['aanbodskrant without e-mail', { contactpersonen: [{ naam: 'Jan', ontvangtAanbodskrant: true }] }, 'BAD_USER_INPUT', 'contactpersonen.0.email', /e-mailadres/],
  ])('refuses %s with a code and the field, and writes nothing', async (_, overrides, code, field, message) => {
    const before = await count();
    const error = await app.gql.fails(MAAK, { input: input({ kvkNummer: '40000001', ...overrides }) }, am);
    expect(error).toMatchObject({ code, field });
    expect(error.message).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('refuses an unknown enum value', async () => {
    const error = await app.gql.fails(MAAK, { input: input({ kvkNummer: '40000002', grootteklasse: 'REUS' }) }, am);
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a duplicate KvK-nummer in the tenant, but not in another tenant', async () => {
    const before = await count();
    expect(await app.gql.fails(MAAK, { input: input({ naam: 'Andere naam' }) }, am)).toMatchObject({ code: 'CONFLICT', field: 'kvkNummer' });
    expect(await count()).toBe(before);
    const drenthe = await app.gql.login('accountmanager@werkplein-drentscheaa.demo');
    const { maakWerkgever } = await app.gql.ok(MAAK, { input: input({ vestigingen: [{ naam: 'Assen', adres: 'Industrieweg 1', postcode: '9401' }] }) }, drenthe);
    expect(maakWerkgever.vestigingen[0].plaats).toBe('Assen');
  });

  it('rolls back the werkgever when a later part of the write fails', async () => {
    const before = await count();
    const vestigingen = [
      { naam: 'Goed', adres: 'Straat 1', postcode: '4001' },
      { naam: 'Fout', adres: 'Straat 2', postcode: '1000' },
    ];
    expect((await app.gql.fails(MAAK, { input: input({ kvkNummer: '40000003', vestigingen }) }, am)).field).toBe('vestigingen.1.postcode');
    expect(await count()).toBe(before);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM vestiging WHERE naam = 'Goed'`);
    expect(n).toBe(0);
  });

  it('stores HTML in free text as text', async () => {
    const html = '<script>alert("x")</script><b>vet</b>';
    const { maakWerkgever } = await app.gql.ok(MAAK, { input: input({ kvkNummer: '40000004', naam: '<i>Kwekerij</i>', notities: html }) }, am);
    expect(maakWerkgever).toMatchObject({ naam: '<i>Kwekerij</i>', notities: html });
  });

  it('keeps the relatiehistorie, newest first', async () => {
    const log = `mutation($input: ContactmomentInput!) { legContactmomentVast(input: $input) { id soort door { naam } } }`;
    await app.gql.ok(log, { input: { werkgeverId: idA, soort: 'BEZOEK', datum: '2026-01-10T10:00:00Z', onderwerp: 'Rondleiding', verslag: 'Werkplek bekeken.' } }, am);
    const coach = await app.gql.login('werkcoach@werkzaak.demo');
    await app.gql.ok(log, { input: { werkgeverId: idA, soort: 'TELEFOON', onderwerp: 'Kandidaat besproken' } }, coach);
    const { werkgever } = await app.gql.ok(WERKGEVER, { id: idA }, am);
    expect(werkgever.relatiehistorie[0]).toMatchObject({ soort: 'TELEFOON', onderwerp: 'Kandidaat besproken', door: { naam: 'Sanne Bakker' } });
    expect(werkgever.relatiehistorie.map((m: any) => m.onderwerp)).toContain('Rondleiding');
    expect((await app.gql.fails(log, { input: { werkgeverId: idA, soort: 'EMAIL', onderwerp: 'x' } }, werkgeverA)).code).toBe('FORBIDDEN');
  });

  it('lets only ACCOUNTMANAGER and ADMIN create werkgevers; other staff read', async () => {
    for (const email of ['werkcoach@werkzaak.demo', 'jobhunter@werkzaak.demo']) {
      const token = await app.gql.login(email);
      expect((await app.gql.fails(MAAK, { input: input({ kvkNummer: '40000005' }) }, token)).code).toBe('FORBIDDEN');
      expect((await app.gql.ok(`query($id: ID!) { werkgever(id: $id) { id } }`, { id: idA }, token)).werkgever.id).toBe(idA);
    }
    const admin = await app.gql.login('admin@werkzaak.demo');
    expect((await app.gql.ok(MAAK, { input: input({ kvkNummer: '40000006', naam: 'Door admin' }) }, admin)).maakWerkgever.accountmanagerId).toBeNull();
    expect((await app.gql.fails(MAAK, { input: input({ kvkNummer: '40000005' }) }, werkgeverA)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(LIJST, {}, werkgeverA)).code).toBe('FORBIDDEN');
  });

  it('lets staff hand a werkgever to another accountmanager of the tenant, who then finds it among own relations', async () => {
    const admin = await app.gql.login('admin@werkzaak.demo');
    const { maakWerkgever } = await app.gql.ok(MAAK, { input: input({ kvkNummer: '40000007', naam: 'Over te dragen', vestigingen: [], contactpersonen: [] }) }, admin);
    const wissel = `mutation($id: ID!, $input: WijzigWerkgeverInput!) { wijzigWerkgever(id: $id, input: $input) { accountmanagerId accountmanager { naam } } }`;
    for (const email of ['werkcoach@werkzaak.demo', 'accountmanager@werkplein-drentscheaa.demo']) {
      const geenAm = { id: maakWerkgever.id, input: { accountmanagerId: app.seed.id('user', email) } };
      expect(await app.gql.fails(wissel, geenAm, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountmanagerId' });
    }
    const am2Id = app.seed.id('user', 'accountmanager2@werkzaak.demo');
    expect((await app.gql.ok(wissel, { id: maakWerkgever.id, input: { accountmanagerId: am2Id } }, admin)).wijzigWerkgever).toEqual({
      accountmanagerId: am2Id,
      accountmanager: { naam: 'Fatima El Amrani' },
    });
    const eigen = async (token: string) =>
      (await app.gql.ok(LIJST, { first: 100, filter: { mijnRelaties: true } }, token)).werkgevers.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await eigen(await app.gql.login('accountmanager2@werkzaak.demo'))).toContain(maakWerkgever.id);
    expect(await eigen(am)).not.toContain(maakWerkgever.id);
  });

  it('lets a werkgever user see and edit only its own organisation', async () => {
    const own = (await app.gql.ok(WERKGEVER, { id: idA }, werkgeverA)).werkgever;
    expect(own).toMatchObject({ id: idA, notities: null, relatiehistorie: null });

    expect((await app.gql.fails(WERKGEVER, { id: idB }, werkgeverA)).code).toBe('NOT_FOUND');
    const before = (await app.gql.ok(WERKGEVER, { id: idB }, am)).werkgever;
    expect((await app.gql.fails(WIJZIG, { id: idB, input: { naam: 'Overgenomen' } }, werkgeverA)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(VESTIGING, { werkgeverId: idB, input: { naam: 'X', adres: 'Y 1', postcode: '4001' } }, werkgeverA)).code).toBe('NOT_FOUND');
    const after = (await app.gql.ok(WERKGEVER, { id: idB }, am)).werkgever;
    expect(after.naam).toBe(before.naam);
    expect(after.vestigingen).toHaveLength(before.vestigingen.length);

    expect((await app.gql.ok(WIJZIG, { id: idA, input: { naam: 'Eigen Naam B.V.' } }, werkgeverA)).wijzigWerkgever.naam).toBe('Eigen Naam B.V.');
    expect((await app.gql.fails(WIJZIG, { id: idA, input: { notities: 'intern' } }, werkgeverA)).code).toBe('FORBIDDEN');
    const { voegVestigingToe } = await app.gql.ok(VESTIGING, { werkgeverId: idA, input: { naam: 'Magazijn', adres: 'Spoorstraat 3', postcode: '4101AB' } }, werkgeverA);
    expect(voegVestigingToe).toMatchObject({ plaats: 'Culemborg', postcode: '4101 AB' });
  });

  it('unsubscribes a contactpersoon from the aanbodskrant', async () => {
    const { werkgever } = await app.gql.ok(WERKGEVER, { id: idA }, werkgeverA);
    const add = `mutation($w: ID!, $input: ContactpersoonInput!) { voegContactpersoonToe(werkgeverId: $w, input: $input) { id ontvangtAanbodskrant } }`;
    const { voegContactpersoonToe } = await app.gql.ok(add, { w: werkgever.id, input: { naam: 'Kees Smit', email: 'kees@smit.demo', ontvangtAanbodskrant: true } }, werkgeverA);
    const change = `mutation($id: ID!, $input: WijzigContactpersoonInput!) { wijzigContactpersoon(id: $id, input: $input) { ontvangtAanbodskrant afgemeldOp } }`;
    const { wijzigContactpersoon } = await app.gql.ok(change, { id: voegContactpersoonToe.id, input: { ontvangtAanbodskrant: false } }, werkgeverA);
    expect(wijzigContactpersoon.ontvangtAanbodskrant).toBe(false);
    expect(wijzigContactpersoon.afgemeldOp).toBeTruthy();
    expect((await app.gql.fails(change, { id: voegContactpersoonToe.id, input: { naam: 'Ander' } }, werkgeverB)).code).toBe('NOT_FOUND');
  });

  it('keeps tenants apart: Drentsche Aa sees no Rivierenland werkgever', async () => {
    const drenthe = await app.gql.login('accountmanager@werkplein-drentscheaa.demo');
    expect((await app.gql.fails(WERKGEVER, { id: idA }, drenthe)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(WIJZIG, { id: idA, input: { naam: 'x' } }, drenthe)).code).toBe('NOT_FOUND');
    const { werkgevers } = await app.gql.ok(LIJST, { first: 100 }, drenthe);
    const ids: string[] = werkgevers.edges.map((e: any) => e.node.id);
    const rows = await app.db.query(`SELECT DISTINCT t.naam FROM werkgever w JOIN tenant t ON t.id = w.tenant_id WHERE w.id = ANY($1)`, [ids]);
    expect(rows).toEqual([{ naam: 'Werkplein Drentsche Aa' }]);
    expect((await app.gql.fails(`query($id: ID!) { werkgever(id: $id) { id } }`, { id: 'geen-uuid' }, drenthe)).code).toBe('NOT_FOUND');
  });

  it('checks the werkgever of a new WERKGEVER user through the werkgevers service', async () => {
    const admin = await app.gql.login('admin@werkplein-drentscheaa.demo');
    const create = `mutation($input: GebruikerInput!) { maakGebruiker(input: $input) { id } }`;
    const result = await app.gql.fails(create, { input: { email: 'nieuw@werkgever.demo', naam: 'Nieuw', rol: 'WERKGEVER', werkgeverId: idA } }, admin);
    expect(result.code).toBe('NOT_FOUND');
  });

  it('finds werkgevers through zoekWerkgevers once the worker indexed them (staff only)', async () => {
    const ZOEK = `query($z: String) { zoekWerkgevers(zoekterm: $z, first: 10) { totalCount edges { node { id naam } markering { titel } } facetten { sector { waarde aantal } } } }`;
    await app.startWorker();
    await app.flushOutbox();
    const names = async (token: string) => (await app.gql.ok(ZOEK, { z: 'fruitveiling' }, token)).zoekWerkgevers.edges.map((e: any) => e.node.naam);
    await waitFor(async () => (await names(am)).includes('Betuwse Fruitveiling'), 20000);
    const { zoekWerkgevers } = await app.gql.ok(ZOEK, { z: 'fruitveiling' }, am);
    expect(zoekWerkgevers.facetten.sector).toEqual(expect.arrayContaining([expect.objectContaining({ waarde: 'G' })]));
    expect((await app.gql.fails(ZOEK, { z: 'fruitveiling' }, werkgeverA)).code).toBe('FORBIDDEN');
    // The Drentsche Aa werkgever with the same KvK-nummer is in the index too, but only for its own tenant.
    const drenthe = await app.gql.login('accountmanager@werkplein-drentscheaa.demo');
    await waitFor(async () => (await names(drenthe)).length === 1, 20000);
    expect((await app.gql.ok(ZOEK, { z: 'fruitveiling' }, am)).zoekWerkgevers.totalCount).toBe(1);
  });
});
