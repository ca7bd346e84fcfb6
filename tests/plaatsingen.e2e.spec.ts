import { andereWerkgever, maakKandidaat, werkgeverGebruikers } from './support/kandidaat-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const PLAATSING_VELDEN = `id type startDatum eindDatum urenPerWeek werkgeverId vacatureId aanHetWerkNa6Maanden gemeten6MaandenOp aanHetWerkNa12Maanden gemeten12MaandenOp`;
const MAAK = `mutation($input: PlaatsingInput!) { maakPlaatsing(input: $input) { ${PLAATSING_VELDEN} kandidaat { status beschikbaarSinds } } }`;
const DUURZAAM = `mutation($id: ID!, $moment: DuurzaamheidMoment!, $werk: Boolean!, $op: String) {
  registreerDuurzaamheid(plaatsingId: $id, moment: $moment, aanHetWerk: $werk, peildatum: $op) { ${PLAATSING_VELDEN} } }`;
const RAPPORT = `query($periode: PeriodeInput!, $gemeenteId: ID) { duurzaamheid(periode: $periode, gemeenteId: $gemeenteId) {
  van tot totaal { geplaatst zesMaandenBereikt zesMaandenGemeten zesMaandenAanHetWerk twaalfMaandenBereikt twaalfMaandenGemeten twaalfMaandenAanHetWerk percentageZesMaanden percentageTwaalfMaanden }
  gemeenten { gemeente geplaatst zesMaandenGemeten zesMaandenAanHetWerk twaalfMaandenGemeten twaalfMaandenAanHetWerk }
  maanden { maand geplaatst } } }`;

describe('plaatsingen and duurzaamheid (through HTTP)', () => {
  let app: TestApp;
  let coach: string;
  let coach2: string;
  let accountmanager: string;
  let werkgever: string;
  let drentheAdmin: string;
  let werkgeverId: string;
  let anderId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const [eerste] = await werkgeverGebruikers(app, 'rivierenland');
    werkgeverId = eerste.werkgeverId;
    anderId = await andereWerkgever(app, 'rivierenland', [werkgeverId]);
    [coach, coach2, accountmanager, werkgever, drentheAdmin] = await Promise.all(
      ['werkcoach@werkzaak.demo', 'werkcoach2@werkzaak.demo', 'accountmanager@werkzaak.demo', eerste.email, 'admin@werkplein-drentscheaa.demo'].map((e) =>
        app.gql.login(e),
      ),
    );
  });
  afterAll(() => app.close());

  const input = (kandidaatId: string, extra: object = {}) => ({
    kandidaatId,
    werkgeverId,
    type: 'LKS',
    startDatum: '2026-01-05',
    urenPerWeek: 24,
    ...extra,
  });

  it('creates a plaatsing and sets the candidate GEPLAATST in the same transaction', async () => {
    const k = await maakKandidaat(app, coach);
    const { maakPlaatsing } = await app.gql.ok(MAAK, { input: input(k.id, { eindDatum: '2026-12-31' }) }, accountmanager);
    expect(maakPlaatsing).toMatchObject({ type: 'LKS', startDatum: '2026-01-05', eindDatum: '2026-12-31', urenPerWeek: 24, werkgeverId, aanHetWerkNa6Maanden: null });
    expect(maakPlaatsing.kandidaat).toEqual({ status: 'GEPLAATST', beschikbaarSinds: null });
  });

  it.each([
    ['eindDatum', { eindDatum: '2025-12-31' }],
    ['startDatum', { startDatum: '2026-02-30' }],
    ['urenPerWeek', { urenPerWeek: 0 }],
    ['urenPerWeek', { urenPerWeek: 61 }],
    ['kandidaatId', { kandidaatId: 'geen-id' }],
  ])('refuses bad input (%s) and changes nothing', async (field, extra) => {
    const k = await maakKandidaat(app, coach);
    const result = await app.gql.fails(MAAK, { input: input(k.id, extra) }, accountmanager);
    expect(result).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const [{ status, n }] = await app.db.query(
      `SELECT status, (SELECT count(*)::int FROM plaatsing WHERE kandidaat_id = $1) AS n FROM kandidaat WHERE id = $1`,
      [k.id],
    );
    expect({ status, n }).toEqual({ status: 'BESCHIKBAAR', n: 0 });
  });

  it('refuses an unknown type, a vacature of another werkgever and a werkgever of another tenant', async () => {
    const k = await maakKandidaat(app, coach);
    expect((await app.gql.fails(MAAK, { input: input(k.id, { type: 'STAGE' }) }, accountmanager)).code).toBe('BAD_USER_INPUT');
    const [vacature] = await app.db.query(`SELECT id FROM vacature WHERE werkgever_id = $1 LIMIT 1`, [anderId]);
    if (vacature) {
      expect(await app.gql.fails(MAAK, { input: input(k.id, { vacatureId: vacature.id }) }, accountmanager)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vacatureId' });
    }
    const [drenthe] = await werkgeverGebruikers(app, 'drentscheAa');
    expect((await app.gql.fails(MAAK, { input: input(k.id, { werkgeverId: drenthe.werkgeverId }) }, accountmanager)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(MAAK, { input: input(k.id) }, coach2)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(MAAK, { input: input(k.id) }, werkgever)).code).toBe('FORBIDDEN');
    const [{ status }] = await app.db.query(`SELECT status FROM kandidaat WHERE id = $1`, [k.id]);
    expect(status).toBe('BESCHIKBAAR');
  });

  it('shows an employer the plaatsingen at its own organisation only, as cards without identity', async () => {
    const eigen = await maakKandidaat(app, coach);
    const elders = await maakKandidaat(app, coach);
    const { maakPlaatsing: hier } = await app.gql.ok(MAAK, { input: input(eigen.id) }, accountmanager);
    const { maakPlaatsing: daar } = await app.gql.ok(MAAK, { input: input(elders.id, { werkgeverId: anderId }) }, accountmanager);

    const { plaatsingen } = await app.gql.ok(
      `{ plaatsingen(first: 100) { totalCount edges { node { id werkgeverId kandidaatKaart { code identiteit { voornaam } } } } } }`,
      {},
      werkgever,
    );
    const nodes = plaatsingen.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.werkgeverId === werkgeverId)).toBe(true);
    expect(nodes.map((n: any) => n.id)).toContain(hier.id);
    expect(nodes.map((n: any) => n.id)).not.toContain(daar.id);
    const kaart = nodes.find((n: any) => n.id === hier.id).kandidaatKaart;
    expect(kaart).toEqual({ code: eigen.code, identiteit: null });

    expect((await app.gql.fails(`query($id: ID!) { plaatsing(id: $id) { id } }`, { id: daar.id }, werkgever)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(`query($id: ID!) { plaatsing(id: $id) { kandidaat { id } } }`, { id: hier.id }, werkgever)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(`query($id: ID!) { plaatsing(id: $id) { gemeenteId } }`, { id: hier.id }, werkgever)).code).toBe('FORBIDDEN');
    // The placed candidate's card is visible to that employer (a GEPLAATST candidate is not BESCHIKBAAR) …
    await app.gql.ok(`query($id: ID!) { kandidaatKaart(id: $id) { code } }`, { id: eigen.id }, werkgever);
    // … but not the one placed elsewhere.
    expect((await app.gql.fails(`query($id: ID!) { kandidaatKaart(id: $id) { code } }`, { id: elders.id }, werkgever)).code).toBe('NOT_FOUND');
  });

  it('records duurzaamheid only once a checkpoint is reached', async () => {
    const k = await maakKandidaat(app, coach);
    const { maakPlaatsing } = await app.gql.ok(MAAK, { input: input(k.id, { startDatum: '2024-03-31' }) }, accountmanager);
    const recent = await maakKandidaat(app, coach);
    const vandaag = new Date().toISOString().slice(0, 10);
    const { maakPlaatsing: nieuw } = await app.gql.ok(MAAK, { input: input(recent.id, { startDatum: vandaag }) }, accountmanager);
    expect(await app.gql.fails(DUURZAAM, { id: nieuw.id, moment: 'ZES_MAANDEN', werk: true }, accountmanager)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'moment' });
    expect(await app.gql.fails(DUURZAAM, { id: maakPlaatsing.id, moment: 'ZES_MAANDEN', werk: true, op: '2024-09-29' }, accountmanager)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'moment',
    });
    expect(await app.gql.fails(DUURZAAM, { id: maakPlaatsing.id, moment: 'ZES_MAANDEN', werk: true, op: '2999-01-01' }, accountmanager)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'peildatum',
    });
    const zes = await app.gql.ok(DUURZAAM, { id: maakPlaatsing.id, moment: 'ZES_MAANDEN', werk: true, op: '2024-09-30' }, accountmanager);
    expect(zes.registreerDuurzaamheid).toMatchObject({ aanHetWerkNa6Maanden: true, gemeten6MaandenOp: '2024-09-30', aanHetWerkNa12Maanden: null });
    const twaalf = await app.gql.ok(DUURZAAM, { id: maakPlaatsing.id, moment: 'TWAALF_MAANDEN', werk: false }, coach);
    expect(twaalf.registreerDuurzaamheid).toMatchObject({ aanHetWerkNa12Maanden: false, gemeten12MaandenOp: vandaag });
    expect((await app.gql.fails(DUURZAAM, { id: maakPlaatsing.id, moment: 'ZES_MAANDEN', werk: true }, werkgever)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(DUURZAAM, { id: maakPlaatsing.id, moment: 'ZES_MAANDEN', werk: true }, drentheAdmin)).code).toBe('NOT_FOUND');
  });

  it('reports per gemeente how many placed people are still at work after 6 and 12 months', async () => {
    // 2012 holds no seeded placements: the counts below are exactly these.
    const plaats = async (gemeente: string, start: string, zes: boolean | null, twaalf: boolean | null) => {
      const k = await maakKandidaat(app, coach, { gemeenteId: app.seed.id('gemeente', gemeente) });
      const { maakPlaatsing } = await app.gql.ok(MAAK, { input: input(k.id, { startDatum: start, type: 'REGULIER' }) }, accountmanager);
      if (zes !== null) await app.gql.ok(DUURZAAM, { id: maakPlaatsing.id, moment: 'ZES_MAANDEN', werk: zes }, accountmanager);
      if (twaalf !== null) await app.gql.ok(DUURZAAM, { id: maakPlaatsing.id, moment: 'TWAALF_MAANDEN', werk: twaalf }, accountmanager);
    };
    await plaats('Tiel', '2012-02-01', true, true);
    await plaats('Tiel', '2012-03-15', true, false);
    await plaats('Tiel', '2012-06-01', false, null);
    await plaats('Culemborg', '2012-11-30', true, null);
    await plaats('Culemborg', '2013-01-02', true, true);

    const periode = { van: '2012-01-01', tot: '2012-12-31' };
    const { duurzaamheid } = await app.gql.ok(RAPPORT, { periode }, accountmanager);
    expect(duurzaamheid.totaal).toEqual({
      geplaatst: 4,
      zesMaandenBereikt: 4,
      zesMaandenGemeten: 4,
      zesMaandenAanHetWerk: 3,
      twaalfMaandenBereikt: 4,
      twaalfMaandenGemeten: 2,
      twaalfMaandenAanHetWerk: 1,
      percentageZesMaanden: 75,
      percentageTwaalfMaanden: 50,
    });
    const perGemeente = Object.fromEntries(duurzaamheid.gemeenten.map((g: any) => [g.gemeente, g]));
    expect(perGemeente.Tiel).toMatchObject({ geplaatst: 3, zesMaandenAanHetWerk: 2, twaalfMaandenGemeten: 2, twaalfMaandenAanHetWerk: 1 });
    expect(perGemeente.Culemborg).toMatchObject({ geplaatst: 1, zesMaandenAanHetWerk: 1, twaalfMaandenGemeten: 0 });
    expect(perGemeente.Buren).toMatchObject({ geplaatst: 0 });
    expect(duurzaamheid.gemeenten).toHaveLength(8);
    expect(duurzaamheid.maanden).toHaveLength(12);
    expect(duurzaamheid.maanden.filter((m: any) => m.geplaatst > 0)).toEqual([
      { maand: '2012-02', geplaatst: 1 },
      { maand: '2012-03', geplaatst: 1 },
      { maand: '2012-06', geplaatst: 1 },
      { maand: '2012-11', geplaatst: 1 },
    ]);

    const tiel = await app.gql.ok(RAPPORT, { periode, gemeenteId: app.seed.id('gemeente', 'Tiel') }, accountmanager);
    expect(tiel.duurzaamheid.gemeenten.map((g: any) => g.gemeente)).toEqual(['Tiel']);
    expect(tiel.duurzaamheid.totaal.geplaatst).toBe(3);
    expect(tiel.duurzaamheid.maanden.find((m: any) => m.maand === '2012-11')).toEqual({ maand: '2012-11', geplaatst: 0 });

    const drenthe = await app.gql.ok(RAPPORT, { periode }, drentheAdmin);
    expect(drenthe.duurzaamheid.totaal.geplaatst).toBe(0);
    expect((await app.gql.fails(RAPPORT, { periode, gemeenteId: app.seed.id('gemeente', 'Tiel') }, drentheAdmin)).code).toBe('NOT_FOUND');
    expect(await app.gql.fails(RAPPORT, { periode: { van: '2012-12-31', tot: '2012-01-01' } }, accountmanager)).toMatchObject({ field: 'periode.tot' });
    expect((await app.gql.fails(RAPPORT, { periode }, werkgever)).code).toBe('FORBIDDEN');
  });

  it('seeds plaatsingen over the past two years with duurzaamheid data', async () => {
    const [row] = await app.db.query(
      `SELECT count(*)::int AS n, count(aan_het_werk_6m)::int AS gemeten, min(start_datum) >= current_date - interval '25 months' AS recent
       FROM plaatsing WHERE kandidaat_id = ANY($1::uuid[])`,
      [app.seed.state.kandidaatIds],
    );
    expect(row.n).toBeGreaterThan(0);
    expect(row.recent).toBe(true);
  });
});
