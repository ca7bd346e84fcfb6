import { geldigeBsn, kandidaatInput, MAAK_KANDIDAAT, maakKandidaat } from './support/kandidaat-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const KANDIDAAT = `query($id: ID!) { kandidaat(id: $id) { id code status beschikbaarSinds urenMin urenMax regio { plaats }
  gemeente { naam } werkcoach { naam } indicaties { doelgroepregister beschut loonwaarde klantprofiel doelgroepen } } }`;
const WIJZIG = `mutation($id: ID!, $input: WijzigKandidaatInput!) { wijzigKandidaat(id: $id, input: $input) { id urenMin urenMax pitch regio { plaats } } }`;
const STATUS = `mutation($id: ID!, $status: KandidaatStatus!) { zetKandidaatStatus(id: $id, status: $status) { status beschikbaarSinds } }`;

describe('kandidaten (through HTTP)', () => {
  let app: TestApp;
  let coach: string;
  let coach2: string;
  let drentheCoach: string;
  let accountmanager: string;

  beforeAll(async () => {
    app = await startTestApp();
    [coach, coach2, drentheCoach, accountmanager] = await Promise.all(
      ['werkcoach@werkzaak.demo', 'werkcoach2@werkzaak.demo', 'werkcoach@werkplein-drentscheaa.demo', 'accountmanager@werkzaak.demo'].map((e) => app.gql.login(e)),
    );
  });
  afterAll(() => app.close());

  it('registers a candidate: pseudonym code, BESCHIKBAAR since today, regio from the postcode, the werkcoach as owner', async () => {
    const k = await maakKandidaat(app, coach);
    const jaar = new Date().getFullYear();
    expect(k.code).toMatch(new RegExp(`^K-${jaar}-\\d{4}$`));
    expect(k).toMatchObject({ status: 'BESCHIKBAAR', regio: { plaats: 'Tiel' }, werkcoachId: app.seed.id('user', 'werkcoach@werkzaak.demo') });
    const { kandidaat } = await app.gql.ok(KANDIDAAT, { id: k.id }, accountmanager);
    expect(kandidaat).toMatchObject({ gemeente: { naam: 'Tiel' }, werkcoach: { naam: 'Sanne Bakker' } });
    expect(kandidaat.indicaties).toEqual({ doelgroepregister: true, beschut: false, loonwaarde: 65, klantprofiel: 'KP2', doelgroepen: ['BANENAFSPRAAK'] });
    expect(kandidaat.beschikbaarSinds).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('numbers codes per tenant and year, never from identity', async () => {
    const a = await maakKandidaat(app, coach);
    const b = await maakKandidaat(app, coach);
    const nummer = (code: string) => Number(code.split('-')[2]);
    expect(nummer(b.code)).toBe(nummer(a.code) + 1);
    const drenthe = await maakKandidaat(app, drentheCoach, { gemeenteId: app.seed.id('gemeente', 'Assen'), identiteit: { postcode: '9401 AA' } });
    const [{ laatste }] = await app.db.query(`SELECT laatste FROM kandidaat_code_reeks WHERE tenant_id = $1 AND jaar = $2`, [
      app.seed.id('tenant', 'drentscheAa'),
      new Date().getFullYear(),
    ]);
    expect(nummer(drenthe.code)).toBe(laatste);
  });

  it.each([
    ['identiteit.bsn', { identiteit: { bsn: '123456789' } }],
    ['identiteit.postcode', { identiteit: { postcode: '0123 AB' } }],
    ['identiteit.postcode', { identiteit: { postcode: '1000 ZZ' } }],
    ['identiteit.geboortedatum', { identiteit: { geboortedatum: '1990-02-30' } }],
    ['identiteit.email', { identiteit: { email: 'geen-adres' } }],
    ['profiel.urenMin', { profiel: { urenMin: 32, urenMax: 16 } }],
    ['profiel.urenMax', { profiel: { urenMax: 70 } }],
    ['profiel.pitch', { profiel: { pitch: 'x'.repeat(601) } }],
    ['profiel.beschikbaarVanaf', { profiel: { beschikbaarVanaf: '1-3-2026' } }],
    ['profiel.sectorWensen', { profiel: { sectorWensen: ['Z'] } }],
    ['profiel.vervoer', { profiel: { vervoer: ['GEEN', 'AUTO'] } }],
    ['indicaties.loonwaarde', { indicaties: { loonwaarde: 101 } }],
  ])('refuses bad input (%s) and writes nothing', async (field, overrides) => {
    const before = await app.db.query(`SELECT count(*)::int AS n FROM kandidaat`);
    const result = await app.gql.fails(MAAK_KANDIDAAT, { input: kandidaatInput(app, overrides) }, coach);
    expect(result).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await app.db.query(`SELECT count(*)::int AS n FROM kandidaat`)).toEqual(before);
  });

  it('refuses a gemeente or werkcoach of another tenant', async () => {
    const anders = kandidaatInput(app, { gemeenteId: app.seed.id('gemeente', 'Assen') });
    expect(await app.gql.fails(MAAK_KANDIDAAT, { input: anders }, coach)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gemeenteId' });
    const coachElders = kandidaatInput(app, { werkcoachId: app.seed.id('user', 'werkcoach@werkplein-drentscheaa.demo') });
    expect(await app.gql.fails(MAAK_KANDIDAAT, { input: coachElders }, coach)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'werkcoachId' });
  });

  it('lets an ADMIN register a candidate for a werkcoach it names, who then owns it', async () => {
    const admin = await app.gql.login('admin@werkzaak.demo');
    expect(await app.gql.fails(MAAK_KANDIDAAT, { input: kandidaatInput(app) }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'werkcoachId' });
    const geenCoach = kandidaatInput(app, { werkcoachId: app.seed.id('user', 'accountmanager@werkzaak.demo') });
    expect(await app.gql.fails(MAAK_KANDIDAAT, { input: geenCoach }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'werkcoachId' });

    const k = await maakKandidaat(app, admin, { werkcoachId: app.seed.id('user', 'werkcoach2@werkzaak.demo') });
    expect(k.werkcoachId).toBe(app.seed.id('user', 'werkcoach2@werkzaak.demo'));
    const mijn = `query($code: String) { kandidaten(first: 5, filter: { mijn: true, code: $code }) { edges { node { id } } } }`;
    expect((await app.gql.ok(mijn, { code: k.code }, coach2)).kandidaten.edges).toEqual([{ node: { id: k.id } }]);
    expect((await app.gql.ok(mijn, { code: k.code }, coach)).kandidaten.edges).toEqual([]);
  });

  it('refuses unknown enum values before running anything', async () => {
    const input = kandidaatInput(app, { profiel: { vervoer: ['RAKET'] } });
    expect((await app.gql.fails(MAAK_KANDIDAAT, { input }, coach)).code).toBe('BAD_USER_INPUT');
  });

  it('answers CONFLICT on a BSN that is already registered in the tenant, but allows it in another tenant', async () => {
    const bsn = geldigeBsn();
    await maakKandidaat(app, coach, { identiteit: { bsn } });
    expect(await app.gql.fails(MAAK_KANDIDAAT, { input: kandidaatInput(app, { identiteit: { bsn } }) }, coach2)).toMatchObject({
      code: 'CONFLICT',
      field: 'identiteit.bsn',
    });
    await maakKandidaat(app, drentheCoach, { gemeenteId: app.seed.id('gemeente', 'Assen'), identiteit: { bsn, postcode: '9401 AA' } });
  });

  it('lets only the own werkcoach (or an admin) edit, checks hours against the stored bound, audits identity changes', async () => {
    const k = await maakKandidaat(app, coach);
    expect((await app.gql.fails(WIJZIG, { id: k.id, input: { profiel: { pitch: 'Nieuw' } } }, coach2)).code).toBe('FORBIDDEN');
    expect(await app.gql.fails(WIJZIG, { id: k.id, input: { profiel: { urenMin: 36 } } }, coach)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'profiel.urenMin' });
    const { wijzigKandidaat } = await app.gql.ok(WIJZIG, { id: k.id, input: { profiel: { urenMax: 40, pitch: '<b>Ik</b> werk graag' }, identiteit: { postcode: '4101 AA' } } }, coach);
    expect(wijzigKandidaat).toMatchObject({ urenMin: 24, urenMax: 40, pitch: '<b>Ik</b> werk graag', regio: { plaats: 'Culemborg' } });
    const audit = await app.db.query(`SELECT actie, reden, user_id FROM audit_log WHERE onderwerp_id = $1`, [k.id]);
    expect(audit).toEqual([{ actie: 'IDENTITEIT_GEWIJZIGD', reden: 'Gewijzigd: postcode', user_id: app.seed.id('user', 'werkcoach@werkzaak.demo') }]);
    const admin = await app.gql.login('admin@werkzaak.demo');
    await app.gql.ok(WIJZIG, { id: k.id, input: { werkcoachId: app.seed.id('user', 'werkcoach2@werkzaak.demo') } }, admin);
    await app.gql.ok(WIJZIG, { id: k.id, input: { profiel: { pitch: 'Nu van coach 2' } } }, coach2);
  });

  it('sets the status: beschikbaarSinds only while BESCHIKBAAR', async () => {
    const k = await maakKandidaat(app, coach);
    expect((await app.gql.ok(STATUS, { id: k.id, status: 'IN_TRAJECT' }, accountmanager)).zetKandidaatStatus).toEqual({ status: 'IN_TRAJECT', beschikbaarSinds: null });
    const { zetKandidaatStatus } = await app.gql.ok(STATUS, { id: k.id, status: 'BESCHIKBAAR' }, coach);
    expect(zetKandidaatStatus.beschikbaarSinds).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await app.gql.fails(STATUS, { id: k.id, status: 'GEPLAATST' }, coach2)).code).toBe('FORBIDDEN');
  });

  it('keeps tenants apart: another tenant answers NOT_FOUND and lists nothing of ours', async () => {
    const k = await maakKandidaat(app, coach);
    expect((await app.gql.fails(KANDIDAAT, { id: k.id }, drentheCoach)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(WIJZIG, { id: k.id, input: { profiel: { pitch: 'x' } } }, drentheCoach)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(STATUS, { id: k.id, status: 'IN_TRAJECT' }, drentheCoach)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(KANDIDAAT, { id: 'geen-uuid' }, coach)).code).toBe('NOT_FOUND');
    const { kandidaten } = await app.gql.ok(`{ kandidaten(first: 100, filter: { code: "${k.code}" }) { totalCount edges { node { id } } } }`, {}, drentheCoach);
    expect(kandidaten.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(k.id);
  });

  it('lists candidates with filters and cursor pagination', async () => {
    const query = `query($after: String) { kandidaten(first: 5, after: $after, filter: { mijn: true, status: [BESCHIKBAAR] }) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id status werkcoachId } } } }`;
    const first = (await app.gql.ok(query, {}, coach)).kandidaten;
    expect(first.totalCount).toBeGreaterThan(5);
    expect(first.edges.every((e: any) => e.node.status === 'BESCHIKBAAR' && e.node.werkcoachId === app.seed.id('user', 'werkcoach@werkzaak.demo'))).toBe(true);
    const second = (await app.gql.ok(query, { after: first.pageInfo.endCursor }, coach)).kandidaten;
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
  });

  it('seeded candidates exist with valid BSNs and real PC4s', async () => {
    const [{ n, ongeldig }] = await app.db.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM postcode p WHERE p.pc4 = left(i.postcode, 4)))::int AS ongeldig
       FROM kandidaat_identiteit i`,
    );
    expect(n).toBeGreaterThanOrEqual(40);
    expect(ongeldig).toBe(0);
    const bsns: { bsn: string }[] = await app.db.query(`SELECT bsn FROM kandidaat_identiteit`);
    const { isGeldigBsn } = await import('@matchpunt/kandidaten');
    expect(bsns.filter((r) => !isGeldigBsn(r.bsn))).toEqual([]);
  });
});
