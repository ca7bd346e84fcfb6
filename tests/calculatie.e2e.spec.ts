import { DocumentProcessor } from '@matchpunt/calculatie';
import { Job } from 'bullmq';
import { DemoAccount } from '../libs/db/src/seed/steps/02-staff';
import { pdfTekst } from './support/pdf-tekst';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/** The worked example of RULES.md §4, as the portal's form sends it (percentages 0–100). */
const VOORBEELD = {
  medewerkers: [50, 60, 60, 70, 80, 90].map((loonwaarde) => ({ urenPerWeek: 28, loonwaarde })),
  praktijkbegeleiderUrenPerWeek: 28,
  productieleiderUrenPerWeek: 6,
  overigeKostenPerJaar: '4500',
  gebodenTarief: '19.50',
  peildatum: '2026-03-01',
};

const RESULTAAT = `parameterSetId groepsgrootte loonkosten lks begeleiding overhead overigeKosten kostprijsPerJaar kostprijsPerMedewerker
  gewerkteUren productieveUren kostprijsPerGewerktUur kostprijsPerProductiefUur breakEvenTarief tariefvoorstel
  geboden { tarief verschilPerUur verschilPerJaar onderKostprijs tekortPerUur tekortPerJaar samenvatting }
  medewerkers { loonkosten lks lksGecapt gewerkteUren productieveUren }`;
const BEREKEN = `query($input: CalculatieInput!, $variaties: [CalculatieVariatieInput!]) {
  berekenCalculatie(input: $input, variaties: $variaties) { peildatum parameterSetId basis { ${RESULTAAT} }
    varianten { label groepsgrootte resultaat { groepsgrootte kostprijsPerJaar kostprijsPerGewerktUur tariefvoorstel } fout { code veld melding } } } }`;
const MAAK = `mutation($input: OfferteInput!) { maakOfferte(input: $input) { id titel werkgeverId versies { id versie status parameterSetId resultaat { kostprijsPerJaar } } } }`;
const OFFERTE = `query($id: ID!) { offerte(id: $id) { id titel versies { id versie status peildatum parameterSetId
  resultaat { ${RESULTAAT} } invoer { medewerkers { loonwaarde urenPerWeek } gebodenTarief }
  whatIf(variaties: [{ label: "acht", groepsgrootte: 8 }, { label: "vier", groepsgrootte: 4 }]) { basis { kostprijsPerJaar } varianten { label resultaat { groepsgrootte kostprijsPerJaar } fout { veld } } } } } }`;
const STATUS = `mutation($id: ID!, $status: OfferteStatus!) { wijzigOfferteStatus(versieId: $id, status: $status) { id versie status verstuurdOp beslistOp } }`;
const OFFERTES = `query($w: ID!) { offertes(werkgeverId: $w) { id versies { versie status } } }`;

describe('calculatietool and offertes (through HTTP)', () => {
  let app: TestApp;
  let am: string;
  let admin: string;
  let jobhunter: string;
  let werkgeverA: string;
  let werkgeverB: string;
  let idA: string;
  const count = async (table: string) => (await app.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    am = await app.gql.login('accountmanager@werkzaak.demo');
    admin = await app.gql.login('admin@werkzaak.demo');
    jobhunter = await app.gql.login('jobhunter@werkzaak.demo');
    const employers = (app.seed.state.accounts as DemoAccount[]).filter((a) => a.rol === 'WERKGEVER' && a.tenant === 'rivierenland');
    werkgeverA = await app.gql.login(employers[0].email);
    werkgeverB = await app.gql.login(employers[1].email);
    idA = (await app.gql.ok(`{ mijnWerkgever { id } }`, {}, werkgeverA)).mijnWerkgever.id;
  });
  afterAll(() => app.close());

  it('reproduces the worked example of RULES.md §4 (€33.20, €35.90, €98,933.20 below cost price)', async () => {
    const { berekenCalculatie: r } = await app.gql.ok(BEREKEN, { input: VOORBEELD }, am);
    expect(r.basis).toMatchObject({
      groepsgrootte: 6,
      loonkosten: '169320.24',
      lks: '54277.32',
      begeleiding: '89232.00',
      overhead: '31026.27',
      overigeKosten: '4500.00',
      kostprijsPerJaar: '239801.20',
      gewerkteUren: '7224.00',
      productieveUren: '4936.40',
      kostprijsPerGewerktUur: '33.20',
      kostprijsPerProductiefUur: '48.58',
      breakEvenTarief: '33.20',
      tariefvoorstel: '35.90',
      geboden: { tarief: '19.50', verschilPerUur: '-13.70', verschilPerJaar: '-98933.20', onderKostprijs: true, tekortPerUur: '13.70', tekortPerJaar: '98933.20' },
    });
    expect(r.basis.geboden.samenvatting).toContain('€ 13,70 per uur en € 98.933,20 per jaar onder de kostprijs');
    expect(r.basis.medewerkers).toHaveLength(6);
    const [{ id }] = await app.db.query(`SELECT id FROM parameter_set WHERE naam LIKE 'Werkzaak Rivierenland 2026%'`);
    expect(r.parameterSetId).toBe(id);
  });

  it('computes what-if variants side by side; a variant that breaks a rule reports its field', async () => {
    const variaties = [{ label: 'vier', groepsgrootte: 4 }, { label: 'acht', groepsgrootte: 8 }, { label: 'verhouding 6', medewerkersPerBegeleider: 6 }, { label: '32 uur', urenPerWeek: 32 }];
    const { berekenCalculatie: r } = await app.gql.ok(BEREKEN, { input: VOORBEELD, variaties }, am);
    expect(r.varianten[0]).toMatchObject({ label: 'vier', resultaat: null, fout: { code: 'BAD_USER_INPUT', veld: 'medewerkers' } });
    expect(r.varianten[1].resultaat.groepsgrootte).toBe(8);
    // six workers of 28 h with one praktijkbegeleider per six: 28 h a week, the base
    expect(r.varianten[2].resultaat.kostprijsPerJaar).toBe('239801.20');
    expect(Number(r.varianten[3].resultaat.kostprijsPerGewerktUur)).toBeLessThan(33.2);
  });

  it.each([
    ['a group smaller than 5', { medewerkers: VOORBEELD.medewerkers.slice(0, 4) }, 'medewerkers'],
    ['negative hours', { medewerkers: [{ urenPerWeek: -4, loonwaarde: 50 }, ...VOORBEELD.medewerkers.slice(1)] }, 'medewerkers.0.urenPerWeek'],
    ['absurd hours', { medewerkers: [...VOORBEELD.medewerkers.slice(0, 5), { urenPerWeek: 90, loonwaarde: 50 }] }, 'medewerkers.5.urenPerWeek'],
    ['a loonwaarde over 100 %', { medewerkers: [...VOORBEELD.medewerkers.slice(0, 2), { urenPerWeek: 28, loonwaarde: 120 }, ...VOORBEELD.medewerkers.slice(3)] }, 'medewerkers.2.loonwaarde'],
    ['a negative loonwaarde', { medewerkers: [{ urenPerWeek: 28, loonwaarde: -1 }, ...VOORBEELD.medewerkers.slice(1)] }, 'medewerkers.0.loonwaarde'],
    ['an overhead over 100 %', { overheadPct: 150 }, 'overheadPct'],
    ['a margin over 100 %', { margePct: '100.5' }, 'margePct'],
    ['negative costs', { reiskostenPerJaar: -10 }, 'reiskostenPerJaar'],
    ['a voorlopige LKS ending before it starts', { medewerkers: [{ urenPerWeek: 28, voorlopigeLks: { startDatum: '2026-03-01', eindDatum: '2026-02-01' } }, ...VOORBEELD.medewerkers.slice(1)] }, 'medewerkers.0.voorlopigeLks.eindDatum'],
    ['no parameter set for the date', { peildatum: '2024-06-01' }, 'peildatum'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and saves nothing', async (_, change, field) => {
    const before = await count('offerte_versie');
    const input = { ...VOORBEELD, ...change };
    const computed = await app.gql.fails(BEREKEN, { input }, am);
    expect(computed).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const saved = await app.gql.fails(MAAK, { input: { werkgeverId: idA, titel: 'Fout', calculatie: input } }, am);
    expect(saved).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count('offerte_versie')).toBe(before);
    if (field === 'peildatum') expect(computed.message).toContain('2024-06-01');
  });

  it('lets only accountmanagers and admins compute and make quotes', async () => {
    expect((await app.gql.fails(BEREKEN, { input: VOORBEELD }, jobhunter)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(BEREKEN, { input: VOORBEELD }, werkgeverA)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(MAAK, { input: { werkgeverId: idA, titel: 'x', calculatie: VOORBEELD } }, werkgeverA)).code).toBe('FORBIDDEN');
  });

  it('stores a quote that reproduces exactly, versions it, checks status changes and shows employers only their own sent quotes', async () => {
    const { maakOfferte: o } = await app.gql.ok(MAAK, { input: { werkgeverId: idA, titel: 'Groepsplaatsing inpak', calculatie: VOORBEELD, toelichting: 'Start na de zomer.' } }, am);
    expect(o.versies).toEqual([expect.objectContaining({ versie: 1, status: 'CONCEPT', resultaat: { kostprijsPerJaar: '239801.20' } })]);
    const v1 = o.versies[0].id;

    // A concept is invisible to the employer.
    expect((await app.gql.ok(OFFERTES, { w: idA }, werkgeverA)).offertes).toEqual([]);
    expect((await app.gql.fails(OFFERTE, { id: o.id }, werkgeverA)).code).toBe('NOT_FOUND');

    // CONCEPT → GEACCEPTEERD is not a transition.
    expect(await app.gql.fails(STATUS, { id: v1, status: 'GEACCEPTEERD' }, am)).toMatchObject({ code: 'CONFLICT', field: 'status' });
    await app.gql.ok(STATUS, { id: v1, status: 'VERSTUURD' }, am);

    // The employer now sees it: group figures, no per-worker breakdown, no input.
    const { offerte } = await app.gql.ok(OFFERTE, { id: o.id }, werkgeverA);
    const [versie] = offerte.versies;
    expect(versie.resultaat).toMatchObject({ kostprijsPerGewerktUur: '33.20', tariefvoorstel: '35.90', geboden: { verschilPerJaar: '-98933.20' }, medewerkers: [] });
    expect(versie.invoer).toBeNull();
    expect(versie.whatIf.basis.kostprijsPerJaar).toBe('239801.20');
    expect(versie.whatIf.varianten).toEqual([
      expect.objectContaining({ label: 'acht', resultaat: expect.objectContaining({ groepsgrootte: 8 }) }),
      expect.objectContaining({ label: 'vier', resultaat: null, fout: { veld: 'medewerkers' } }),
    ]);

    // Another employer: NOT_FOUND for the quote and for the list of werkgever A.
    expect((await app.gql.fails(OFFERTE, { id: o.id }, werkgeverB)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(OFFERTES, { w: idA }, werkgeverB)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(STATUS, { id: v1, status: 'GEACCEPTEERD' }, werkgeverB)).code).toBe('NOT_FOUND');

    // Staff see the stored input; it reproduces the stored result with the stored parameter set.
    const staff = (await app.gql.ok(OFFERTE, { id: o.id }, am)).offerte.versies[0];
    expect(staff.invoer.medewerkers.map((m: { loonwaarde: string }) => m.loonwaarde)).toEqual(['50', '60', '60', '70', '80', '90']);
    const [row] = await app.db.query(`SELECT resultaat FROM offerte_versie WHERE id = $1`, [v1]);
    expect(row.resultaat.kostprijsPerJaar).toBe('239801.20');

    // Version 2 with a better price; the employer accepts version 2, after which no new version can be made.
    const { nieuweOfferteVersie: v2 } = await app.gql.ok(
      `mutation($id: ID!, $input: OfferteVersieInput!) { nieuweOfferteVersie(offerteId: $id, input: $input) { id versie status resultaat { geboden { onderKostprijs samenvatting } } } }`,
      { id: o.id, input: { calculatie: { ...VOORBEELD, gebodenTarief: '36.00' } } },
      admin,
    );
    expect(v2).toMatchObject({ versie: 2, status: 'CONCEPT', resultaat: { geboden: { onderKostprijs: false } } });
    expect((await app.gql.ok(OFFERTE, { id: o.id }, werkgeverA)).offerte.versies).toHaveLength(1);
    await app.gql.ok(STATUS, { id: v2.id, status: 'VERSTUURD' }, am);
    expect(await app.gql.fails(STATUS, { id: v1, status: 'GEACCEPTEERD' }, werkgeverA)).toMatchObject({ code: 'CONFLICT' });
    const { wijzigOfferteStatus: accepted } = await app.gql.ok(STATUS, { id: v2.id, status: 'GEACCEPTEERD' }, werkgeverA);
    expect(accepted).toMatchObject({ status: 'GEACCEPTEERD', beslistOp: expect.any(String) });
    expect(await app.gql.fails(STATUS, { id: v2.id, status: 'AFGEWEZEN' }, am)).toMatchObject({ code: 'CONFLICT' });
    const again = await app.gql.fails(
      `mutation($id: ID!, $input: OfferteVersieInput!) { nieuweOfferteVersie(offerteId: $id, input: $input) { id } }`,
      { id: o.id, input: { calculatie: VOORBEELD } },
      am,
    );
    expect(again.code).toBe('CONFLICT');
  });

  it('renders the PDF of a version once, through the DOCUMENT job, with the key figures', async () => {
    const { maakOfferte: o } = await app.gql.ok(MAAK, { input: { werkgeverId: idA, titel: 'PDF-test', calculatie: VOORBEELD } }, am);
    const versieId = o.versies[0].id;
    const worker = await app.startWorker();
    await app.flushOutbox();
    await waitFor(async () => (await app.db.query(`SELECT 1 FROM document WHERE onderwerp_id = $1`, [versieId])).length > 0, 30000);

    // Running the job again (a retry or a duplicate) makes nothing new.
    const job = { name: 'RenderOffertePdf', data: { tenantId: (await app.db.query(`SELECT tenant_id FROM offerte WHERE id = $1`, [o.id]))[0].tenant_id, versieId } } as Job;
    expect(await worker.get(DocumentProcessor).process(job)).toBe('bestond');
    const rows = await app.db.query(`SELECT sha256, grootte, inhoud FROM document WHERE onderwerp_id = $1`, [versieId]);
    expect(rows).toHaveLength(1);

    const { offertePdf } = await app.gql.ok(`query($id: ID!) { offertePdf(versieId: $id) { bestandsnaam mimeType sha256 grootte inhoudBase64 } }`, { id: versieId }, am);
    const pdf = Buffer.from(offertePdf.inhoudBase64, 'base64');
    expect(offertePdf).toMatchObject({ mimeType: 'application/pdf', sha256: rows[0].sha256, grootte: pdf.length });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = pdfTekst(pdf);
    for (const figure of ['€ 239.801,20', '€ 33,20', '€ 48,58', '€ 35,90', '€ 19,50', '€ 13,70', '€ 98.933,20', '7.224,00']) expect(tekst).toContain(figure);

    // The employer cannot fetch the PDF of a concept.
    expect((await app.gql.fails(`query($id: ID!) { offertePdf(versieId: $id) { sha256 } }`, { id: versieId }, werkgeverA)).code).toBe('NOT_FOUND');
  });

  it('lets an employer request a calculatie: the accountmanager gets a mail and answers with an offerte', async () => {
    const [bram] = await app.db.query(`SELECT id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
    await app.db.query(`UPDATE werkgever SET accountmanager_id = $1 WHERE id = $2`, [bram.id, idA]);
    const { vraagCalculatieAan: aanvraag } = await app.gql.ok(
      `mutation($input: CalculatieAanvraagInput!) { vraagCalculatieAan(input: $input) { id status werkgeverId accountmanagerId } }`,
      { input: { aantalMedewerkers: 6, urenPerWeek: 28, toelichting: 'Zes mensen voor de inpaklijn, vanaf september.' } },
      werkgeverA,
    );
    expect(aanvraag).toMatchObject({ status: 'OPEN', werkgeverId: idA, accountmanagerId: bram.id });
    const mails = await app.db.query(`SELECT to_address, subject FROM mail_outbox WHERE dedupe_key = $1`, [`calculatie-aanvraag:${aanvraag.id}`]);
    expect(mails).toEqual([expect.objectContaining({ to_address: 'accountmanager@werkzaak.demo' })]);
    expect((await app.gql.fails(`mutation { vraagCalculatieAan(input: { toelichting: "   " }) { id } }`, {}, werkgeverA)).field).toBe('toelichting');

    const open = (await app.gql.ok(`{ calculatieAanvragen(alleenOpen: true, mijnWerkgevers: true) { id werkgever { id } } }`, {}, am)).calculatieAanvragen;
    expect(open.map((a: { id: string }) => a.id)).toContain(aanvraag.id);
    expect((await app.gql.ok(`{ calculatieAanvragen { id } }`, {}, werkgeverB)).calculatieAanvragen).toEqual([]);
    await app.gql.ok(MAAK, { input: { werkgeverId: idA, titel: 'Inpaklijn', aanvraagId: aanvraag.id, calculatie: VOORBEELD } }, am);
    const [row] = await app.db.query(`SELECT status, offerte_id FROM calculatie_aanvraag WHERE id = $1`, [aanvraag.id]);
    expect(row).toMatchObject({ status: 'AFGEHANDELD', offerte_id: expect.any(String) });
  });

  it('computes the LKS of RULES.md §1 for staff', async () => {
    const LKS = `query($input: LksBerekeningInput!) { berekenLks(input: $input) { loonwaarde lksPerUur lksPerMaand gecapt parameterSetId } }`;
    expect((await app.gql.ok(LKS, { input: { loonwaarde: 60, urenPerWeek: 24, peildatum: '2026-06-01' } }, jobhunter)).berekenLks).toMatchObject({
      loonwaarde: '60',
      lksPerUur: '7.85',
      lksPerMaand: '816.20',
      gecapt: false,
    });
    expect((await app.gql.ok(LKS, { input: { loonwaarde: 20, urenPerWeek: 32 } }, am)).berekenLks).toMatchObject({ lksPerUur: '13.73', lksPerMaand: '1904.47', gecapt: true });
    expect((await app.gql.fails(LKS, { input: { loonwaarde: 101, urenPerWeek: 24 } }, am)).field).toBe('loonwaarde');
    expect((await app.gql.fails(LKS, { input: { loonwaarde: 60, urenPerWeek: 24 } }, werkgeverA)).code).toBe('FORBIDDEN');
  });

  it('shows employers an LKS estimate on a candidate card, rounded so the loonwaarde stays hidden', async () => {
    const [k] = await app.db.query(`SELECT k.id FROM kandidaat k JOIN kandidaat_indicatie i ON i.kandidaat_id = k.id
      JOIN tenant t ON t.id = k.tenant_id WHERE k.status = 'BESCHIKBAAR' AND t.naam = 'Werkzaak Rivierenland' ORDER BY k.code LIMIT 1`);
    await app.db.query(`UPDATE kandidaat SET lks_mogelijk = true WHERE id = $1`, [k.id]);
    await app.db.query(`UPDATE kandidaat_indicatie SET loonwaarde = 63 WHERE kandidaat_id = $1`, [k.id]);
    const KAART = `query($id: ID!) { kandidaatKaart(id: $id) { id lksIndicatie(urenPerWeek: 24) { bedragPerMaand urenPerWeek tekst } } }`;
    const { kandidaatKaart } = await app.gql.ok(KAART, { id: k.id }, werkgeverA);
    // loonwaarde 63 % counts as the band 60 %: € 816.20 a month, rounded to € 820
    expect(kandidaatKaart.lksIndicatie).toEqual({ bedragPerMaand: '820', urenPerWeek: 24, tekst: 'LKS ca. € 820 per maand bij 24 uur' });
    await app.db.query(`UPDATE kandidaat_indicatie SET loonwaarde = 58 WHERE kandidaat_id = $1`, [k.id]);
    expect((await app.gql.ok(KAART, { id: k.id }, werkgeverA)).kandidaatKaart.lksIndicatie.bedragPerMaand).toBe('820');
    await app.db.query(`UPDATE kandidaat SET lks_mogelijk = false WHERE id = $1`, [k.id]);
    expect((await app.gql.ok(KAART, { id: k.id }, werkgeverA)).kandidaatKaart.lksIndicatie).toBeNull();
  });
});
