import { maakKandidaat, werkgeverGebruikers } from './support/kandidaat-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const EVENT = `id naam status datum rondes capaciteitTafels aantalTafels aantalDeelnemers plaats`;
const MAAK = `mutation($input: MaakSpeeddateInput!) { maakSpeeddate(input: $input) { ${EVENT} } }`;
const OPEN = `mutation($e: ID!) { openSpeeddate(eventId: $e) { status } }`;
const TAFEL = `mutation($e: ID!, $input: SpeeddateTafelInput!) { registreerSpeeddateTafel(eventId: $e, input: $input) { id nummer werkgeverId vanRonde totRonde } }`;
const DEELNEMER = `mutation($e: ID!, $input: SpeeddateDeelnemerInput!) { registreerSpeeddateKandidaat(eventId: $e, input: $input) { id kandidaatId vanRonde totRonde } }`;
const PLAN = `mutation($e: ID!, $r: Int) { planSpeeddate(eventId: $e, vanafRonde: $r) { status versie } }`;
const STATUS = `query($e: ID!) { speeddatePlanningStatus(eventId: $e) { status voortgang versie melding totaleWaarde bovengrens gesprekken } }`;
const GESPREK = `id ronde tafelNummer werkgeverId deelnemerId kandidaatCode waarde uitkomst voorstelId start`;
const ROOSTER = `query($e: ID!, $k: ID) { speeddateRooster(eventId: $e, kandidaatId: $k) { ${GESPREK} } }`;

const DAG = 24 * 3600_000;
const dag = (n: number) => new Date(Date.now() + n * DAG).toISOString().slice(0, 10);

describe('speeddates (through HTTP)', () => {
  let app: TestApp;
  let am: string;
  let coach: string;
  let werkgever: string;
  let werkgeverIds: string[];

  beforeAll(async () => {
    app = await startTestApp();
    const gebruikers = await werkgeverGebruikers(app, 'rivierenland');
    werkgeverIds = gebruikers.map((g) => g.werkgeverId);
    [am, coach, werkgever] = await Promise.all(['accountmanager@werkzaak.demo', 'werkcoach@werkzaak.demo', gebruikers[0].email].map((e) => app.gql.login(e)));
    await app.startWorker();
  });
  afterAll(() => app.close());

  const maak = async (extra: object = {}) =>
    (await app.gql.ok(MAAK, { input: { naam: 'Speeddate Tiel', datum: dag(10), starttijd: '13:30', locatie: 'Zaal De Agnietenhof', adres: 'Stationsstraat 10',
      postcode: '4001 CB', rondes: 4, rondeMinuten: 8, pauzeMinuten: 2, capaciteitTafels: 3, minGesprekken: 2, inschrijfDeadline: new Date(Date.now() + 5 * DAG).toISOString(), ...extra } }, am)).maakSpeeddate;
  const wachtOpPlanning = async (eventId: string, versie: number) => {
    await waitFor(async () => {
      const s = (await app.gql.ok(STATUS, { e: eventId }, am)).speeddatePlanningStatus;
      return s.versie === versie && (s.status === 'KLAAR' || s.status === 'MISLUKT');
    }, 30000, 200);
    return (await app.gql.ok(STATUS, { e: eventId }, am)).speeddatePlanningStatus;
  };

  it('runs a speeddate from creating the event to recording outcomes', async () => {
    const event = await maak();
    expect(event).toMatchObject({ status: 'CONCEPT', plaats: expect.any(String) });
    expect((await app.gql.ok(OPEN, { e: event.id }, am)).openSpeeddate.status).toBe('OPEN');

    // tables: the werkgever its own, the accountmanager for another; more than the capacity is refused
    await app.gql.ok(TAFEL, { e: event.id, input: { aantal: 1, sectoren: ['H'] } }, werkgever);
    await app.gql.ok(TAFEL, { e: event.id, input: { werkgeverId: werkgeverIds[1], aantal: 1, vanRonde: 1, totRonde: 3 } }, am);
    expect(await app.gql.fails(TAFEL, { e: event.id, input: { werkgeverId: werkgeverIds[2], aantal: 2 } }, am)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aantal' });
    await app.gql.ok(TAFEL, { e: event.id, input: { werkgeverId: werkgeverIds[2], aantal: 1 } }, am);

    // candidates by their werkcoach, with a preference and a late arrival
    const kandidaten = await Promise.all(Array.from({ length: 5 }, () => maakKandidaat(app, coach)));
    const deelnemers: { id: string }[] = [];
    for (const [i, k] of kandidaten.entries()) {
      deelnemers.push((await app.gql.ok(DEELNEMER, { e: event.id, input: { kandidaatId: k.id, voorkeurWerkgeverIds: i === 0 ? [werkgeverIds[0]] : [], vanRonde: i === 4 ? 2 : 1 } }, coach)).registreerSpeeddateKandidaat);
    }
    expect(await app.gql.fails(DEELNEMER, { e: event.id, input: { kandidaatId: kandidaten[0].id } }, coach)).toMatchObject({ code: 'CONFLICT' });

    // planning job through the worker
    expect((await app.gql.ok(PLAN, { e: event.id }, am)).planSpeeddate).toMatchObject({ status: 'WACHTRIJ', versie: 1 });
    const planning = await wachtOpPlanning(event.id, 1);
    expect(planning).toMatchObject({ status: 'KLAAR', voortgang: 100 });
    expect(planning.gesprekken).toBeGreaterThanOrEqual(10);
    expect(planning.totaleWaarde).toBeLessThanOrEqual(planning.bovengrens + 1e-6);
    expect((await app.gql.ok(`query($e: ID!) { speeddate(id: $e) { status } }`, { e: event.id }, am)).speeddate.status).toBe('INGEPLAND');

    const alle = (await app.gql.ok(ROOSTER, { e: event.id }, am)).speeddateRooster;
    const paren = new Set(alle.map((g: { deelnemerId: string; werkgeverId: string }) => `${g.deelnemerId}|${g.werkgeverId}`));
    expect(paren.size).toBe(alle.length);
    const perRonde = new Set(alle.map((g: { deelnemerId: string; ronde: number }) => `${g.deelnemerId}|${g.ronde}`));
    expect(perRonde.size).toBe(alle.length);
    expect(alle.filter((g: { deelnemerId: string; ronde: number }) => g.deelnemerId === deelnemers[4].id && g.ronde < 2)).toEqual([]);
    expect(alle.some((g: { deelnemerId: string; werkgeverId: string }) => g.deelnemerId === deelnemers[0].id && g.werkgeverId === werkgeverIds[0])).toBe(true);

    // outputs: the candidate's schedule, printable HTML, .ics, the table plan; the werkgever its own tables only
    const eigen = (await app.gql.ok(ROOSTER, { e: event.id, k: kandidaten[0].id }, coach)).speeddateRooster;
    expect(eigen.length).toBeGreaterThanOrEqual(2);
    const html = (await app.gql.ok(`query($e: ID!, $k: ID!) { speeddateRoosterHtml(eventId: $e, kandidaatId: $k) }`, { e: event.id, k: kandidaten[0].id }, coach)).speeddateRoosterHtml;
    expect(html).toContain('<table>');
    expect(html).toContain(kandidaten[0].code);
    const ics = (await app.gql.ok(`query($e: ID!, $k: ID!) { speeddateRoosterIcs(eventId: $e, kandidaatId: $k) }`, { e: event.id, k: kandidaten[0].id }, coach)).speeddateRoosterIcs;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(eigen.length);
    const plan = (await app.gql.ok(`query($e: ID!) { speeddateTafelplan(eventId: $e) { ronde gesprekken { tafelNummer kandidaatCode } } }`, { e: event.id }, am)).speeddateTafelplan;
    expect(plan).toHaveLength(4);
    const vanWerkgever = (await app.gql.ok(ROOSTER, { e: event.id }, werkgever)).speeddateRooster;
    expect(vanWerkgever.every((g: { werkgeverId: string }) => g.werkgeverId === werkgeverIds[0])).toBe(true);

    // a no-show from round 3: rounds 1–2 stay exactly as they were
    const voor = alle.filter((g: { ronde: number }) => g.ronde < 3).map((g: { id: string }) => g.id).sort();
    await app.gql.ok(`mutation($d: ID!) { meldNoShow(deelnemerId: $d, vanafRonde: 3) { versie } }`, { d: deelnemers[1].id }, am);
    expect((await wachtOpPlanning(event.id, 2)).status).toBe('KLAAR');
    const na = (await app.gql.ok(ROOSTER, { e: event.id }, am)).speeddateRooster;
    expect(na.filter((g: { ronde: number }) => g.ronde < 3).map((g: { id: string }) => g.id).sort()).toEqual(voor);
    expect(na.filter((g: { deelnemerId: string; ronde: number }) => g.deelnemerId === deelnemers[1].id && g.ronde >= 3)).toEqual([]);

    // outcomes after the event
    const gesprekId = (await app.gql.fails(`mutation($g: ID!) { legUitkomstVast(gesprekId: $g, uitkomst: KLIK) { id } }`, { g: na[0].id }, am)).code;
    expect(gesprekId).toBe('CONFLICT');
    await app.db.query(`UPDATE speeddate_event SET datum = current_date - 1 WHERE id = $1`, [event.id]);
    expect((await app.gql.ok(`mutation($e: ID!) { rondSpeeddateAf(eventId: $e) { status } }`, { e: event.id }, am)).rondSpeeddateAf.status).toBe('AFGEROND');
    const klik = (await app.gql.ok(`mutation($g: ID!) { legUitkomstVast(gesprekId: $g, uitkomst: KLIK) { ${GESPREK} } }`, { g: na[0].id }, am)).legUitkomstVast;
    expect(klik).toMatchObject({ uitkomst: 'KLIK', voorstelId: expect.any(String) });
    const [voorstel] = await app.db.query(`SELECT bron, werkgever_id FROM voorstel WHERE id = $1`, [klik.voorstelId]);
    expect(voorstel).toEqual({ bron: 'SPEEDDATE', werkgever_id: na[0].werkgeverId });
    const geen = (await app.gql.ok(`mutation($g: ID!) { legUitkomstVast(gesprekId: $g, uitkomst: GEEN_KLIK) { ${GESPREK} } }`, { g: na[1].id }, am)).legUitkomstVast;
    expect(geen).toMatchObject({ uitkomst: 'GEEN_KLIK', voorstelId: null });
    expect(await app.gql.fails(`mutation($g: ID!) { legUitkomstVast(gesprekId: $g, uitkomst: KLIK) { id } }`, { g: na[1].id }, am)).toMatchObject({ code: 'CONFLICT' });
    expect(await app.gql.fails(PLAN, { e: event.id }, am)).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses registration after the deadline and on a concept, and a werkgever cannot plan', async () => {
    const event = await maak({ naam: 'Speeddate Culemborg', postcode: '4101 AA' });
    expect(await app.gql.fails(TAFEL, { e: event.id, input: { aantal: 1 } }, werkgever)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
    await app.gql.ok(OPEN, { e: event.id }, am);
    await app.db.query(`UPDATE speeddate_event SET inschrijf_deadline = now() - interval '1 hour' WHERE id = $1`, [event.id]);
    expect(await app.gql.fails(TAFEL, { e: event.id, input: { aantal: 1 } }, werkgever)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
    const k = await maakKandidaat(app, coach);
    expect(await app.gql.fails(DEELNEMER, { e: event.id, input: { kandidaatId: k.id } }, coach)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await app.gql.fails(PLAN, { e: event.id }, werkgever)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await app.gql.fails(MAAK, { input: { naam: 'x', datum: dag(3), starttijd: '10:00', locatie: 'a', adres: 'b', postcode: '4001 AA', rondes: 3, rondeMinuten: 5,
      capaciteitTafels: 2, inschrijfDeadline: new Date(Date.now() - DAG).toISOString() } }, am)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inschrijfDeadline' });
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM speeddate_tafel WHERE event_id = $1`, [event.id]);
    expect(n).toBe(0);
  });
});
