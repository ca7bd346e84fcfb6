import { DemoAccount } from '../libs/db/src/seed/steps/02-staff';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const BESTAND = `mutation($w: ID!, $input: PsoPersoneelsbestandInput!) { stelPsoPersoneelsbestandIn(werkgeverId: $w, input: $input) { werkgeverId totaalFte voltijdUren checklist { code voldaan } } }`;
const MEDEWERKER = `mutation($w: ID!, $input: PsoMedewerkerInput!) { voegPsoMedewerkerToe(werkgeverId: $w, input: $input) { id fte uitgangspositie contractType } }`;
const INKOOP = `mutation($w: ID!, $input: PsoInkoopInput!) { voegPsoInkoopToe(werkgeverId: $w, input: $input) { id } }`;
const POSITIE = `query($w: ID!, $uren: Decimal) { psoPositie(werkgeverId: $w, kandidaatUrenPerWeek: $uren) { werkgeverId peildatum berekendOp fout
  checklist { code voldaan }
  uitkomst { parameterSetId bron totaalFte directFte indirectFte directPct indirectPct scorePct dertigPlus trede geschat
    normen { trede1Pct trede2Pct trede3Pct geschat rijen } volgendeTrede { trede normPct fte kandidaten } gaps { trede fte kandidaten }
    medewerkers { omschrijving bron gewogenFte telt reden } } } }`;

/** The weighted example of RULES.md §3: T = 48 with four target-group employees and a purchase from an SW-bedrijf. */
const VOORBEELD = [
  { omschrijving: 'WW, regulier', fte: '1.0', uitgangspositie: 'WW', contractType: 'REGULIER' },
  { omschrijving: 'Participatiewet met LKS, gedetacheerd', fte: '0.8', uitgangspositie: 'PARTICIPATIEWET_MET_LKS', contractType: 'DETACHERING' },
  { omschrijving: 'BBL niveau 2', fte: '1.0', uitgangspositie: 'BBL_BOL_NIVEAU_2', contractType: 'REGULIER' },
  { omschrijving: 'Proefplaatsing', fte: '1.0', uitgangspositie: 'PARTICIPATIEWET_ZONDER_LKS', contractType: 'PROEFPLAATSING', instroomDatum: '2026-09-01' },
];

describe('PSO (through HTTP and the PSO job)', () => {
  let app: TestApp;
  let am: string;
  let jobhunter: string;
  let werkgeverA: string;
  let werkgeverB: string;
  let idA: string;
  let gewogen: string;
  let ongewogen: string;
  let kvk = 40_000_000;
  const count = async (table: string) => (await app.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  const nieuweWerkgever = async (naam: string): Promise<string> => {
    const input = { naam, kvkNummer: String(kvk++), sbiCode: '4631', grootteklasse: 'KLEIN_10_49', vestigingen: [{ naam: 'Hoofdvestiging', adres: 'Kellenseweg 4', postcode: '4004 JK' }] };
    return (await app.gql.ok(`mutation($input: MaakWerkgeverInput!) { maakWerkgever(input: $input) { id } }`, { input }, am)).maakWerkgever.id;
  };
  /** Waits until the PSO job has stored a position for the current version of the workforce (and `also` holds). */
  const berekend = async (werkgeverId: string, also: (row: { resultaat: unknown }) => boolean = () => true) => {
    await app.flushOutbox();
    await waitFor(async () => {
      const [row] = await app.db.query(
        `SELECT p.resultaat FROM pso_positie p JOIN pso_personeelsbestand b ON b.werkgever_id = p.werkgever_id WHERE p.werkgever_id = $1 AND p.bron_versie = b.versie`,
        [werkgeverId],
      );
      return Boolean(row) && also(row);
    }, 30000);
  };

  beforeAll(async () => {
    app = await startTestApp();
    am = await app.gql.login('accountmanager@werkzaak.demo');
    jobhunter = await app.gql.login('jobhunter@werkzaak.demo');
    const employers = (app.seed.state.accounts as DemoAccount[]).filter((a) => a.rol === 'WERKGEVER' && a.tenant === 'rivierenland');
    werkgeverA = await app.gql.login(employers[0].email);
    werkgeverB = await app.gql.login(employers[1].email);
    idA = (await app.gql.ok(`{ mijnWerkgever { id } }`, {}, werkgeverA)).mijnWerkgever.id;
    gewogen = await nieuweWerkgever('PSO Voorbeeld Gewogen');
    ongewogen = await nieuweWerkgever('PSO Voorbeeld Ongewogen');
    await app.startWorker();
  });
  afterAll(() => app.close());

  it('reproduces the weighted example of RULES.md §3: score 5.62 %, trede 2 (estimated), 0.73 FTE to trede 3', async () => {
    expect((await app.gql.ok(POSITIE, { w: gewogen }, am)).psoPositie).toBeNull();
    await app.gql.ok(BESTAND, { w: gewogen, input: { totaalFte: 48 } }, am);
    for (const input of VOORBEELD) await app.gql.ok(MEDEWERKER, { w: gewogen, input }, am);
    await app.gql.ok(INKOOP, { w: gewogen, input: { leverancier: 'SW-bedrijf Rivierenland', leverancierType: 'SW_BEDRIJF', factuurbedragExclBtw: '40000', leverancierJaaromzet: '6000000', leverancierDoelgroepFte: '150' } }, am);
    await berekend(gewogen);

    const { psoPositie: p } = await app.gql.ok(POSITIE, { w: gewogen, uren: 36 }, am);
    expect(p.fout).toBeNull();
    expect(p.uitkomst).toMatchObject({
      bron: 'MATCHPUNT_SCHATTING',
      totaalFte: '48.00',
      directFte: '1.72',
      indirectFte: '1.00',
      directPct: '3.58',
      indirectPct: '2.04',
      scorePct: '5.62',
      dertigPlus: false,
      trede: 'TREDE_2',
      geschat: true,
      normen: { geschat: true, rijen: [45, 50] },
      volgendeTrede: { trede: 3, normPct: '7.04', fte: '0.73', kandidaten: 1 },
    });
    expect(p.uitkomst.medewerkers.map((m: { gewogenFte: string }) => m.gewogenFte)).toEqual(['0.75', '0.72', '0.25', '0.00']);
    const [set] = await app.db.query(`SELECT id FROM parameter_set WHERE naam LIKE 'Werkzaak Rivierenland 2026%'`);
    expect(p.uitkomst.parameterSetId).toBe(set.id);
    // In candidates of 24 hours (of 36): 0.73 / (24/36) → 2.
    expect((await app.gql.ok(POSITIE, { w: gewogen, uren: 24 }, am)).psoPositie.uitkomst.volgendeTrede.kandidaten).toBe(2);
    const [row] = await app.db.query(`SELECT score_pct, trede, parameter_set_id FROM pso_positie WHERE werkgever_id = $1`, [gewogen]);
    expect(row).toEqual({ score_pct: '5.62', trede: 'TREDE_2', parameter_set_id: set.id });
  });

  it('reproduces the unweighted example: 2.08 %, aspirant, 0.53 FTE to trede 1 and 0.99 to trede 2', async () => {
    await app.gql.ok(BESTAND, { w: ongewogen, input: { totaalFte: '48', checklist: [{ code: 'BEGELEIDING', voldaan: true }] } }, am);
    await app.gql.ok(MEDEWERKER, { w: ongewogen, input: { omschrijving: 'Doelgroepregister', fte: 1, uitgangspositie: 'DOELGROEPREGISTER', contractType: 'REGULIER' } }, am);
    await berekend(ongewogen);
    const { psoPositie: p } = await app.gql.ok(POSITIE, { w: ongewogen }, am);
    expect(p.uitkomst).toMatchObject({ scorePct: '2.08', trede: 'ASPIRANT', normen: { trede1Pct: '3.16', trede2Pct: '4.06', trede3Pct: '7.04' } });
    expect(p.uitkomst.gaps.map((g: { trede: number; fte: string }) => [g.trede, g.fte])).toEqual([[1, '0.53'], [2, '0.99'], [3, expect.any(String)]]);
    expect(p.checklist).toContainEqual({ code: 'BEGELEIDING', voldaan: true });
    expect(p.checklist).toContainEqual({ code: 'PASSEND_WERK', voldaan: null });
  });

  it('recomputes when a placement starts at the werkgever (the job queued with the placement)', async () => {
    const [k] = await app.db.query(`SELECT k.id FROM kandidaat k JOIN tenant t ON t.id = k.tenant_id WHERE t.naam = 'Werkzaak Rivierenland' AND k.status = 'BESCHIKBAAR' ORDER BY k.code LIMIT 1`);
    await app.gql.ok(
      `mutation($input: PlaatsingInput!) { maakPlaatsing(input: $input) { id } }`,
      { input: { kandidaatId: k.id, werkgeverId: ongewogen, type: 'LKS', startDatum: '2026-10-01', urenPerWeek: 36 } },
      am,
    );
    await berekend(ongewogen, (row) => JSON.stringify(row.resultaat).includes('"directFte":"2.00"'));
    const { psoPositie: p } = await app.gql.ok(POSITIE, { w: ongewogen }, am);
    expect(p.uitkomst.scorePct).toBe('4.17');
    expect(p.uitkomst.medewerkers).toContainEqual({ omschrijving: 'Plaatsing lks vanaf 2026-10-01', bron: 'PLAATSING', gewogenFte: '1.00', telt: true, reden: null });
    const bestand = (await app.gql.ok(`query($w: ID!) { psoPersoneelsbestand(werkgeverId: $w) { plaatsingen { type fte uitgangspositie contractType } } }`, { w: ongewogen }, am)).psoPersoneelsbestand;
    expect(bestand.plaatsingen).toEqual([{ type: 'LKS', fte: '1.00', uitgangspositie: 'PARTICIPATIEWET_MET_LKS', contractType: 'REGULIER' }]);
  });

  it('lets an employer keep and see its own PSO only; another employer gets NOT_FOUND', async () => {
    await app.gql.ok(BESTAND, { w: idA, input: { totaalFte: 120 } }, werkgeverA);
    await app.gql.ok(MEDEWERKER, { w: idA, input: { omschrijving: 'Wajong', fte: '0.5', uitgangspositie: 'WAJONG', contractType: 'BEGELEID_WERKEN' } }, werkgeverA);
    await berekend(idA);
    const eigen = (await app.gql.ok(POSITIE, { w: idA }, werkgeverA)).psoPositie;
    expect(eigen.werkgeverId).toBe(idA);
    expect(Number(eigen.uitkomst.directFte)).toBeGreaterThanOrEqual(0.5);

    expect((await app.gql.fails(POSITIE, { w: idA }, werkgeverB)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(POSITIE, { w: gewogen }, werkgeverA)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(`query($w: ID!) { psoPersoneelsbestand(werkgeverId: $w) { totaalFte } }`, { w: idA }, werkgeverB)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(BESTAND, { w: idA, input: { totaalFte: 10 } }, werkgeverB)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(BESTAND, { w: idA, input: { totaalFte: 10 } }, jobhunter)).code).toBe('FORBIDDEN');
    expect((await app.gql.ok(POSITIE, { w: idA }, jobhunter)).psoPositie.werkgeverId).toBe(idA);
  });

  it.each([
    ['a total of 0 FTE', BESTAND, () => ({ w: ongewogen, input: { totaalFte: 0 } }), 'totaalFte'],
    ['a total below the norm table (2 FTE)', BESTAND, () => ({ w: ongewogen, input: { totaalFte: '1.5' } }), 'totaalFte'],
    ['a negative FTE', MEDEWERKER, () => ({ w: ongewogen, input: { ...VOORBEELD[0], fte: '-1' } }), 'fte'],
    ['an unknown uitgangspositie', MEDEWERKER, () => ({ w: ongewogen, input: { ...VOORBEELD[0], uitgangspositie: 'ONBEKEND' } }), 'uitgangspositie'],
    ['an LKS ending before the instroom', MEDEWERKER, () => ({ w: ongewogen, input: { ...VOORBEELD[1], instroomDatum: '2026-05-01', lksLooptTot: '2026-04-30' } }), 'lksLooptTot'],
    ['a Participatiewet employee without instroom date', MEDEWERKER, () => ({ w: ongewogen, input: { ...VOORBEELD[3], instroomDatum: null } }), 'instroomDatum'],
    ['more target-group FTE than the total', BESTAND, () => ({ w: gewogen, input: { totaalFte: '3' } }), 'totaalFte'],
    ['an unknown supplier type', INKOOP, () => ({ w: ongewogen, input: { leverancier: 'X', leverancierType: 'ANDERS', factuurbedragExclBtw: 1, leverancierJaaromzet: 1, leverancierDoelgroepFte: 1 } }), 'leverancierType'],
    ['a supplier without turnover', INKOOP, () => ({ w: ongewogen, input: { leverancier: 'X', leverancierType: 'SW_BEDRIJF', factuurbedragExclBtw: 1, leverancierJaaromzet: 0, leverancierDoelgroepFte: 1 } }), 'leverancierJaaromzet'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and saves nothing', async (_, mutation, variables, field) => {
    const { w } = variables();
    const before = await Promise.all(['pso_medewerker', 'pso_inkoop'].map(count));
    const [bestand] = await app.db.query(`SELECT totaal_fte, versie FROM pso_personeelsbestand WHERE werkgever_id = $1`, [w]);
    expect(await app.gql.fails(mutation, variables(), am)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await Promise.all(['pso_medewerker', 'pso_inkoop'].map(count))).toEqual(before);
    expect((await app.db.query(`SELECT totaal_fte, versie FROM pso_personeelsbestand WHERE werkgever_id = $1`, [w]))[0]).toEqual(bestand);
  });
});
