import { DemoAccount } from '../libs/db/src/seed/steps/02-staff';
import { startTestApp, TestApp } from './support/test-app';

const LIJST = `{ parameterSets { id versie naam geldigVanaf geldigTot voorlopig opmerkingen aangemaaktDoor } }`;
const GELDEND = `query($d: String) { geldendeParameterSet(datum: $d) { id versie naam voorlopig } }`;
const MAAK = `mutation($input: ParameterSetVersieInput!) { maakParameterSetVersie(input: $input) { id versie naam geldigVanaf geldigTot inhoud aangemaaktDoor } }`;
const LKS = `query($d: String) { berekenLks(input: { loonwaarde: 60, urenPerWeek: 24, peildatum: $d }) { parameterSetId wmlUur lksPerUur lksPerMaand } }`;

describe('parameter sets (through HTTP)', () => {
  let app: TestApp;
  let admin: string;
  let am: string;
  let jobhunter: string;
  let werkgever: string;
  let adminDrenthe: string;
  let v1: string;
  const count = async () => (await app.db.query(`SELECT count(*)::int AS n FROM parameter_set`))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.gql.login('admin@werkzaak.demo');
    am = await app.gql.login('accountmanager@werkzaak.demo');
    jobhunter = await app.gql.login('jobhunter@werkzaak.demo');
    adminDrenthe = await app.gql.login('admin@werkplein-drentscheaa.demo');
    const employer = (app.seed.state.accounts as DemoAccount[]).find((a) => a.rol === 'WERKGEVER' && a.tenant === 'rivierenland')!;
    werkgever = await app.gql.login(employer.email);
  });
  afterAll(() => app.close());

  it('seeds 2026 and a provisional 2027 copy per tenant; staff read them, employers do not', async () => {
    const { parameterSets } = await app.gql.ok(LIJST, {}, jobhunter);
    expect(parameterSets.map((s: { versie: number; geldigVanaf: string; geldigTot: string; voorlopig: boolean }) => [s.versie, s.geldigVanaf, s.geldigTot, s.voorlopig])).toEqual([
      [2, '2027-01-01', '2027-12-31', true],
      [1, '2026-01-01', '2026-12-31', false],
    ]);
    expect(parameterSets[0].naam).toContain('voorlopig: nog te indexeren');
    expect(parameterSets[0].opmerkingen[0]).toContain('voorlopig: nog te indexeren');
    v1 = parameterSets[1].id;
    expect((await app.gql.fails(LIJST, {}, werkgever)).code).toBe('FORBIDDEN');

    const drenthe = (await app.gql.ok(`{ parameterSets { id inhoud } }`, {}, adminDrenthe)).parameterSets;
    expect(drenthe).toHaveLength(2);
    expect(drenthe[1].inhoud.sroi.model).toBe('Bouwblokkenmodel gemeente Utrecht');
    expect((await app.gql.fails(`query($id: ID!) { parameterSet(id: $id) { id } }`, { id: v1 }, adminDrenthe)).code).toBe('NOT_FOUND');
  });

  it('picks the set valid on a date (so "today" keeps working after New Year) and names a date without one', async () => {
    expect((await app.gql.ok(GELDEND, { d: '2026-06-01' }, am)).geldendeParameterSet).toMatchObject({ id: v1, versie: 1, voorlopig: false });
    expect((await app.gql.ok(GELDEND, { d: '2027-03-01' }, am)).geldendeParameterSet).toMatchObject({ versie: 2, voorlopig: true });
    expect((await app.gql.ok(GELDEND, {}, am)).geldendeParameterSet.versie).toBeGreaterThanOrEqual(1);
    const missing = await app.gql.fails(GELDEND, { d: '2028-01-01' }, am);
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', field: 'datum' });
    expect(missing.message).toContain('2028-01-01');
    expect(missing.message).toContain('2028-01-01 t/m …');
  });

  it('lets an ADMIN add a version (never an edit): it wins where it applies, older results keep their own set', async () => {
    // A quote computed with version 1 for a day in August.
    const [{ id: werkgeverId }] = await app.db.query(`SELECT w.id FROM werkgever w JOIN tenant t ON t.id = w.tenant_id WHERE t.naam = 'Werkzaak Rivierenland' ORDER BY w.naam LIMIT 1`);
    const calculatie = { medewerkers: [50, 60, 60, 70, 80, 90].map((loonwaarde) => ({ urenPerWeek: 28, loonwaarde })), praktijkbegeleiderUrenPerWeek: 28, productieleiderUrenPerWeek: 6, overigeKostenPerJaar: 4500, gebodenTarief: '19.50', peildatum: '2026-08-01' };
    const { maakOfferte } = await app.gql.ok(`mutation($input: OfferteInput!) { maakOfferte(input: $input) { id versies { id parameterSetId resultaat { kostprijsPerJaar } } } }`, { input: { werkgeverId, titel: 'Voor de indexatie', calculatie } }, am);
    expect(maakOfferte.versies[0]).toMatchObject({ parameterSetId: v1, resultaat: { kostprijsPerJaar: '239801.20' } });
    const before = (await app.gql.ok(LKS, { d: '2026-08-01' }, am)).berekenLks;
    expect(before).toMatchObject({ parameterSetId: v1, wmlUur: '14.71', lksPerMaand: '816.20' });

    // The WML per 1 July: a new version based on version 1.
    const { maakParameterSetVersie: v3 } = await app.gql.ok(
      MAAK,
      { input: { basisId: v1, geldigVanaf: '2026-07-01', geldigTot: '2026-12-31', naam: 'Werkzaak Rivierenland 2026-2 (WML per 1 juli)', inhoud: { lks: { wmlUur: '14.90' } } } },
      admin,
    );
    expect(v3).toMatchObject({ versie: 3, geldigVanaf: '2026-07-01', geldigTot: '2026-12-31', aangemaaktDoor: expect.any(String) });
    expect(v3.inhoud.lks).toMatchObject({ wmlUur: '14.90', vakantiebijslag: '0.08', maxPct: '0.70' });
    expect(v3.inhoud.sroi.bouwblokken).toHaveLength(8);

    expect((await app.gql.ok(GELDEND, { d: '2026-06-30' }, am)).geldendeParameterSet.id).toBe(v1);
    expect((await app.gql.ok(GELDEND, { d: '2026-07-01' }, am)).geldendeParameterSet.id).toBe(v3.id);
    const after = (await app.gql.ok(LKS, { d: '2026-08-01' }, am)).berekenLks;
    expect(after).toMatchObject({ parameterSetId: v3.id, wmlUur: '14.90' });
    expect(Number(after.lksPerMaand)).toBeGreaterThan(Number(before.lksPerMaand));

    // The stored quote still shows, and reproduces (what-if basis), what version 1 gave.
    const { offerte } = await app.gql.ok(
      `query($id: ID!) { offerte(id: $id) { versies { parameterSetId resultaat { kostprijsPerJaar } whatIf(variaties: []) { parameterSetId basis { kostprijsPerJaar } } } } }`,
      { id: maakOfferte.id },
      am,
    );
    expect(offerte.versies[0]).toEqual({ parameterSetId: v1, resultaat: { kostprijsPerJaar: '239801.20' }, whatIf: { parameterSetId: v1, basis: { kostprijsPerJaar: '239801.20' } } });

    // Rows are never changed in place, not even by SQL.
    await expect(app.db.query(`UPDATE parameter_set SET naam = 'x' WHERE id = $1`, [v1])).rejects.toThrow(/onwijzigbaar/);
  });

  it.each([
    ['a value that is not a number', { basisId: 'v1', geldigVanaf: '2027-01-01', inhoud: { lks: { wmlUur: 'veertien' } } }, 'inhoud.lks.wmlUur'],
    ['a percentage over 100 %', { basisId: 'v1', geldigVanaf: '2027-01-01', inhoud: { calculatie: { overheadPct: '1.2' } } }, 'inhoud.calculatie.overheadPct'],
    ['an incomplete set', { geldigVanaf: '2027-01-01', naam: 'Leeg', inhoud: { lks: {} } }, 'inhoud.lks.voorlopig'],
    ['an end before the start', { basisId: 'v1', geldigVanaf: '2027-01-01', geldigTot: '2026-12-31', inhoud: {} }, 'geldigTot'],
    ['an unknown base version', { basisId: '00000000-0000-4000-8000-000000000000', geldigVanaf: '2027-01-01', inhoud: {} }, 'basisId'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and saves nothing', async (_, input, field) => {
    const before = await count();
    const basis = (input as { basisId?: string }).basisId;
    const variables = { input: { ...input, ...(basis === 'v1' && { basisId: v1 }) } };
    expect(await app.gql.fails(MAAK, variables, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count()).toBe(before);
  });

  it('lets only an ADMIN add versions', async () => {
    const input = { basisId: v1, geldigVanaf: '2027-01-01', inhoud: {} };
    expect((await app.gql.fails(MAAK, { input }, am)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(MAAK, { input }, werkgever)).code).toBe('FORBIDDEN');
  });
});
