import { QueueRegistry, Queue } from '@matchpunt/common';
import { SroiProcessor } from '@matchpunt/sroi';
import { Job } from 'bullmq';
import { DemoAccount } from '../libs/db/src/seed/steps/02-staff';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const VERPLICHTING = `id contractnaam contractwaarde sroiPercentage verplichting startDatum eindDatum status statusSinds parameterSetId werkgeverId gemeente { naam }`;
const MAAK = `mutation($input: SroiVerplichtingInput!) { maakSroiVerplichting(input: $input) { ${VERPLICHTING} } }`;
const INZET = `mutation($v: ID!, $input: SroiInzetInput!) { voegSroiInzetToe(verplichtingId: $v, input: $input) { id soort categorie } }`;
const VOORTGANG = `query($id: ID!, $peildatum: String) { sroiVerplichting(id: $id) { id status
  voortgang(peildatum: $peildatum) { verplichting gerealiseerd voortgangPct prognose status inzet { id categorie geteldeMaanden gerealiseerd gecapt lopend } } } }`;
const KOPPEL = `mutation($v: ID!, $p: ID!, $c: String!) { bevestigSroiKoppeling(verplichtingId: $v, plaatsingId: $p, categorie: $c) { id plaatsingId categorie startDatum urenPerWeek } }`;
const PLAATS = `mutation($input: PlaatsingInput!) { maakPlaatsing(input: $input) { id } }`;

describe('SROI (through HTTP)', () => {
  let app: TestApp;
  let am: string;
  let jobhunter: string;
  let werkgeverA: string;
  let werkgeverB: string;
  let idA: string;
  let tiel: string;
  let bram: string;
  let eerste: string;
  const count = async (table: string) => (await app.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const contract = (overrides: Record<string, unknown> = {}) => ({
    gemeenteId: tiel,
    werkgeverId: idA,
    contractnaam: 'Onderhoud openbaar groen Tiel 2026–2027',
    contractwaarde: '1200000',
    startDatum: '2026-01-01',
    eindDatum: '2027-12-31',
    ...overrides,
  });
  const plaats = async (startDatum: string, type = 'LKS') => {
    const [k] = await app.db.query(
      `SELECT k.id FROM kandidaat k JOIN tenant t ON t.id = k.tenant_id WHERE t.naam = 'Werkzaak Rivierenland' AND k.status = 'BESCHIKBAAR' ORDER BY k.code DESC LIMIT 1`,
    );
    return (await app.gql.ok(PLAATS, { input: { kandidaatId: k.id, werkgeverId: idA, type, startDatum, urenPerWeek: 36 } }, am)).maakPlaatsing.id as string;
  };

  beforeAll(async () => {
    app = await startTestApp();
    am = await app.gql.login('accountmanager@werkzaak.demo');
    jobhunter = await app.gql.login('jobhunter@werkzaak.demo');
    const employers = (app.seed.state.accounts as DemoAccount[]).filter((a) => a.rol === 'WERKGEVER' && a.tenant === 'rivierenland');
    werkgeverA = await app.gql.login(employers[0].email);
    werkgeverB = await app.gql.login(employers[1].email);
    idA = (await app.gql.ok(`{ mijnWerkgever { id } }`, {}, werkgeverA)).mijnWerkgever.id;
    [{ id: tiel }] = await app.db.query(`SELECT id FROM gemeente WHERE naam = 'Tiel'`);
    [{ id: bram }] = await app.db.query(`SELECT id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
    await app.db.query(`UPDATE werkgever SET accountmanager_id = $1 WHERE id = $2`, [bram, idA]);
    await app.db.query(`INSERT INTO contactpersoon (tenant_id, werkgever_id, naam, email) SELECT tenant_id, id, 'Sanne SROI', 'sroi@werkgever-a.demo' FROM werkgever WHERE id = $1`, [idA]);
  });
  afterAll(() => app.close());

  it('records an obligation: €1,200,000 × 5 % = €60,000, with the parameter set of the contract start', async () => {
    const { maakSroiVerplichting: v } = await app.gql.ok(MAAK, { input: contract() }, am);
    expect(v).toMatchObject({ contractwaarde: '1200000.00', sroiPercentage: '5.00', verplichting: '60000.00', status: 'ACHTER', gemeente: { naam: 'Tiel' }, werkgeverId: idA });
    const [set] = await app.db.query(`SELECT id FROM parameter_set WHERE naam LIKE 'Werkzaak Rivierenland 2026%'`);
    expect(v.parameterSetId).toBe(set.id);
    eerste = v.id;
    // Behind from the start is not "falling behind": no mail.
    expect(await app.db.query(`SELECT 1 FROM mail_outbox WHERE dedupe_key LIKE $1`, [`sroi-achter:${v.id}%`])).toHaveLength(0);
  });

  it('reproduces the worked examples of RULES.md §2 (€17,777.78 = 29.63 %; WW capped at 12 months = €10,000.00)', async () => {
    await app.gql.ok(INZET, { v: eerste, input: { soort: 'PLAATSING', categorie: 'PW_UITKERING_LANGER_2_JAAR', urenPerWeek: 24, startDatum: '2026-01-01', eindDatum: '2026-08-31' } }, am);
    const { sroiVerplichting: a } = await app.gql.ok(VOORTGANG, { id: eerste, peildatum: '2026-11-01' }, am);
    expect(a.voortgang.inzet[0]).toMatchObject({ geteldeMaanden: '8.00', gerealiseerd: '17777.78', lopend: false });
    expect(a.voortgang).toMatchObject({ verplichting: '60000.00', gerealiseerd: '17777.78', voortgangPct: '29.63', status: 'ACHTER' });

    await app.gql.ok(INZET, { v: eerste, input: { soort: 'PLAATSING', categorie: 'WW_KORTER_1_JAAR', urenPerWeek: 36, startDatum: '2026-01-01', eindDatum: '2027-06-30' } }, am);
    const { sroiVerplichting: b } = await app.gql.ok(VOORTGANG, { id: eerste, peildatum: '2027-12-31' }, am);
    expect(b.voortgang.inzet[1]).toMatchObject({ categorie: 'WW_KORTER_1_JAAR', geteldeMaanden: '12.00', gerealiseerd: '10000.00', gecapt: true });
    expect(b.voortgang.gerealiseerd).toBe('27777.78');
  });

  it.each([
    ['an end before the start', MAAK, () => ({ input: contract({ eindDatum: '2025-12-31' }) }), 'eindDatum'],
    ['a percentage over 100', MAAK, () => ({ input: contract({ sroiPercentage: 150 }) }), 'sroiPercentage'],
    ['a negative contract value', MAAK, () => ({ input: contract({ contractwaarde: '-1' }) }), 'contractwaarde'],
    ['a start without parameter set', MAAK, () => ({ input: contract({ startDatum: '2024-01-01' }) }), 'startDatum'],
    ['a gemeente of another tenant', MAAK, () => ({ input: contract({ gemeenteId: '00000000-0000-4000-8000-000000000000' }) }), 'gemeenteId'],
    ['an unknown category', INZET, () => ({ v: eerste, input: { soort: 'PLAATSING', categorie: 'ONBEKEND', urenPerWeek: 24, startDatum: '2026-01-01' } }), 'categorie'],
    ['an effort ending before it starts', INZET, () => ({ v: eerste, input: { soort: 'PLAATSING', categorie: 'NUG', urenPerWeek: 24, startDatum: '2026-05-01', eindDatum: '2026-04-01' } }), 'eindDatum'],
    ['a person without hours', INZET, () => ({ v: eerste, input: { soort: 'PLAATSING', categorie: 'NUG', startDatum: '2026-05-01' } }), 'urenPerWeek'],
    ['absurd hours', INZET, () => ({ v: eerste, input: { soort: 'PLAATSING', categorie: 'NUG', urenPerWeek: 200, startDatum: '2026-05-01' } }), 'urenPerWeek'],
    ['volunteering where the model has no rate', INZET, () => ({ v: eerste, input: { soort: 'VRIJWILLIGERSWERK', datum: '2026-05-01', uren: 10 } }), 'soort'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and saves nothing', async (_, mutation, variables, field) => {
    const before = [await count('sroi_verplichting'), await count('sroi_inzet')];
    const result = await app.gql.fails(mutation, variables(), am);
    expect(result).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (field === 'startDatum') expect(result.message).toContain('2024-01-01');
    expect([await count('sroi_verplichting'), await count('sroi_inzet')]).toEqual(before);
  });

  it('values purchases at the invoice amount excl. VAT', async () => {
    const { maakSroiVerplichting: v } = await app.gql.ok(MAAK, { input: contract({ contractnaam: 'Schoonmaak', contractwaarde: '100000' }) }, am);
    await app.gql.ok(INZET, { v: v.id, input: { soort: 'INKOOP', omschrijving: 'Catering SW-bedrijf', datum: '2026-03-15', factuurbedragExclBtw: '5000' } }, am);
    const { sroiVerplichting } = await app.gql.ok(VOORTGANG, { id: v.id }, am);
    expect(sroiVerplichting.voortgang).toMatchObject({ verplichting: '5000.00', gerealiseerd: '5000.00', status: 'GEREALISEERD' });
    expect(sroiVerplichting.status).toBe('GEREALISEERD');
  });

  it('shows an employer only its own obligations; another employer gets NOT_FOUND; only staff write', async () => {
    const eigen = (await app.gql.ok(`{ sroiVerplichtingen { id werkgeverId } }`, {}, werkgeverA)).sroiVerplichtingen;
    expect(eigen.length).toBeGreaterThan(0);
    expect(eigen.every((v: { werkgeverId: string }) => v.werkgeverId === idA)).toBe(true);
    expect((await app.gql.ok(`{ sroiVerplichtingen { id } }`, {}, werkgeverB)).sroiVerplichtingen).toEqual([]);
    expect((await app.gql.fails(VOORTGANG, { id: eerste }, werkgeverB)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(`query($w: ID!) { sroiVerplichtingen(filter: { werkgeverId: $w }) { id } }`, { w: idA }, werkgeverB)).code).toBe('NOT_FOUND');
    expect((await app.gql.ok(VOORTGANG, { id: eerste }, werkgeverA)).sroiVerplichting.id).toBe(eerste);
    expect((await app.gql.fails(MAAK, { input: contract() }, werkgeverA)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(MAAK, { input: contract() }, jobhunter)).code).toBe('FORBIDDEN');
    expect((await app.gql.ok(`{ sroiVerplichtingen { id } }`, {}, jobhunter)).sroiVerplichtingen.length).toBeGreaterThan(0);
  });

  it('proposes a placement at the opdrachtnemer for its open obligation; staff confirm the link', async () => {
    const plaatsingId = await plaats('2026-02-01');
    const voorstellen = (await app.gql.ok(`{ sroiKoppelvoorstellen { verplichtingId plaatsingId urenPerWeek } }`, {}, am)).sroiKoppelvoorstellen;
    expect(voorstellen).toContainEqual({ verplichtingId: eerste, plaatsingId, urenPerWeek: 36 });
    // Employers see no proposals (they name candidates).
    expect((await app.gql.ok(`query($id: ID!) { sroiVerplichting(id: $id) { koppelvoorstellen { plaatsingId } } }`, { id: eerste }, werkgeverA)).sroiVerplichting.koppelvoorstellen).toEqual([]);

    const { bevestigSroiKoppeling: inzet } = await app.gql.ok(KOPPEL, { v: eerste, p: plaatsingId, c: 'PW_UITKERING_LANGER_2_JAAR' }, am);
    expect(inzet).toMatchObject({ plaatsingId, categorie: 'PW_UITKERING_LANGER_2_JAAR', startDatum: '2026-02-01', urenPerWeek: '36' });
    const na = (await app.gql.ok(`{ sroiKoppelvoorstellen { plaatsingId } }`, {}, am)).sroiKoppelvoorstellen;
    expect(na.map((v: { plaatsingId: string }) => v.plaatsingId)).not.toContain(plaatsingId);
    expect((await app.gql.fails(KOPPEL, { v: eerste, p: plaatsingId, c: 'NUG' }, am)).code).toBe('CONFLICT');
  });

  it('recomputes every obligation in the daily job and mails the accountmanager and the employer once when one falls behind', async () => {
    const { maakSroiVerplichting: v } = await app.gql.ok(MAAK, { input: contract({ contractnaam: 'Wegenonderhoud', accountmanagerId: bram }) }, am);
    const plaatsingId = await plaats('2026-01-01', 'REGULIER');
    await app.gql.ok(KOPPEL, { v: v.id, p: plaatsingId, c: 'DOELGROEPREGISTER_WAJONG_WIA_WSW_BESCHUT' }, am);
    expect((await app.gql.ok(VOORTGANG, { id: v.id }, am)).sroiVerplichting.status).toBe('OP_SCHEMA');

    // The placement ends early (recorded outside this API): only the job notices.
    await app.db.query(`UPDATE plaatsing SET eind_datum = '2026-06-30' WHERE id = $1`, [plaatsingId]);
    const worker = await app.startWorker();
    const schedulers = await app.get(QueueRegistry).get(Queue.SROI).getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain('sroi-dagelijks');

    await app.get(QueueRegistry).get(Queue.SROI).add('HerberekenSroi', {}, { jobId: 'sroi-test-run-1' });
    const mails = async () => app.db.query(`SELECT to_address, status FROM mail_outbox WHERE dedupe_key LIKE $1 ORDER BY to_address`, [`sroi-achter:${v.id}:%`]);
    const contacten: { email: string }[] = await app.db.query(`SELECT DISTINCT email FROM contactpersoon WHERE werkgever_id = $1 AND email IS NOT NULL`, [idA]);
    const ontvangers = ['accountmanager@werkzaak.demo', ...contacten.map((c) => c.email)].sort();
    expect(ontvangers).toContain('sroi@werkgever-a.demo');
    await waitFor(async () => (await mails()).length === ontvangers.length, 30000);
    expect((await mails()).map((m: { to_address: string }) => m.to_address).sort()).toEqual(ontvangers);
    const [row] = await app.db.query(`SELECT status, vorige_status, gerealiseerd FROM sroi_verplichting WHERE id = $1`, [v.id]);
    expect(row).toMatchObject({ status: 'ACHTER', vorige_status: 'OP_SCHEMA', gerealiseerd: '20000.00' });

    // Running the job again (the next day's run, a retry) sends nothing new.
    const uitkomst = await worker.get(SroiProcessor).process({ name: 'HerberekenSroi', data: {} } as Job);
    expect(uitkomst).toMatchObject({ achterGemeld: 0, mails: 0 });
    expect(uitkomst.verplichtingen).toBeGreaterThanOrEqual(3);
    await waitFor(async () => (await mails()).every((m: { status: string }) => m.status === 'VERZONDEN'), 30000);
    expect(await mails()).toHaveLength(ontvangers.length);
  });

  it('suggests available candidates of the gemeente to close the gap, anonymised for employers', async () => {
    const Q = `query($id: ID!) { sroiVerplichting(id: $id) { kandidaatSuggesties(first: 3) { nogTeRealiseren beschikbaar kaarten { id code regio } kandidaten { id gemeenteId } } } }`;
    const staff = (await app.gql.ok(Q, { id: eerste }, am)).sroiVerplichting.kandidaatSuggesties;
    expect(Number(staff.nogTeRealiseren)).toBeGreaterThan(0);
    for (const k of staff.kandidaten) expect(k.gemeenteId).toBe(tiel);
    expect(staff.kaarten.map((k: { id: string }) => k.id)).toEqual(staff.kandidaten.map((k: { id: string }) => k.id));
    const employer = (await app.gql.ok(Q, { id: eerste }, werkgeverA)).sroiVerplichting.kandidaatSuggesties;
    expect(employer.kandidaten).toBeNull();
    expect(employer.kaarten).toEqual(staff.kaarten);
  });

  it('reports per gemeente and period, also as CSV, for staff only', async () => {
    const R = `query($g: ID!) { sroiRapportage(gemeenteId: $g, van: "2026-01-01", tot: "2026-12-31") { gemeente peildatum
      regels { verplichtingId werkgever contractnaam verplichting gerealiseerdInPeriode status } totaal { aantal verplichting gerealiseerdInPeriode achter opSchema gerealiseerd } } }`;
    const { sroiRapportage: r } = await app.gql.ok(R, { g: tiel }, am);
    expect(r.gemeente).toBe('Tiel');
    expect(r.totaal.aantal).toBe(r.regels.length);
    expect(r.regels.map((x: { verplichtingId: string }) => x.verplichtingId)).toContain(eerste);
    expect(r.totaal.verplichting).toBe(r.regels.reduce((s: number, x: { verplichting: string }) => s + Number(x.verplichting), 0).toFixed(2));
    const { sroiRapportageCsv: csv } = await app.gql.ok(`query($g: ID!) { sroiRapportageCsv(gemeenteId: $g, van: "2026-01-01", tot: "2026-12-31") }`, { g: tiel }, am);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('gemeente;werkgever;contract;start;einde;contractwaarde;sroi_percentage;verplichting;gerealiseerd_in_periode;gerealiseerd_tot_einde_periode;voortgang_pct;prognose;status;parameterset');
    expect(lines).toHaveLength(r.regels.length + 2);
    expect(lines[1]).toContain(';60000,00;');
    expect(lines.at(-1)).toContain('"TOTAAL"');
    expect((await app.gql.fails(R, { g: tiel }, werkgeverA)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(`query($g: ID!) { sroiRapportage(gemeenteId: $g, van: "2026-12-31", tot: "2026-01-01") { gemeente } }`, { g: tiel }, am)).field).toBe('tot');
  });
});
