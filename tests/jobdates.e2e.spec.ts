import { JobdateHerinneringen } from '@matchpunt/events';
import { maakKandidaat, werkgeverGebruikers } from './support/kandidaat-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SLOT = `id werkgeverId start eind lengteMinuten vorm videoLink status geboekt`;
const PUBLICEER = `mutation($input: PubliceerJobdateSlotInput!) { publiceerJobdateSlot(input: $input) { ${SLOT} } }`;
const BOEKING = `id status kandidaatId verplaatstNaar slot { id start } kandidaat { code identiteit { voornaam } }`;
const BOEK = `mutation($s: ID!, $k: ID!) { boekJobdate(slotId: $s, kandidaatId: $k) { ${BOEKING} } }`;
const ANNULEER = `mutation($b: ID!) { annuleerJobdate(boekingId: $b, reden: "ziek") { ${BOEKING} } }`;
const VERPLAATS = `mutation($b: ID!, $s: ID!) { verplaatsJobdate(boekingId: $b, slotId: $s) { ${BOEKING} } }`;
const BOEKINGEN = `query { jobdateBoekingen { ${BOEKING} } }`;

const DAG = 24 * 3600_000;
let minuut = 0;
/** Distinct, non-overlapping start times a few days ahead. */
const straks = (dagen = 3) => new Date(Date.now() + dagen * DAG + (minuut += 61) * 60_000).toISOString();

describe('jobdates (through HTTP)', () => {
  let app: TestApp;
  let coach: string;
  let coach2: string;
  let werkgever: string;
  let werkgeverId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const [eerste] = await werkgeverGebruikers(app, 'rivierenland');
    werkgeverId = eerste.werkgeverId;
    [coach, coach2, werkgever] = await Promise.all(['werkcoach@werkzaak.demo', 'werkcoach2@werkzaak.demo', eerste.email].map((e) => app.gql.login(e)));
  });
  afterAll(() => app.close());

  const publiceer = async (start = straks(), extra: object = {}) =>
    (await app.gql.ok(PUBLICEER, { input: { start, lengteMinuten: 30, vorm: 'VIDEO', videoLink: 'https://meet.example.nl/abc', ...extra } }, werkgever)).publiceerJobdateSlot;
  const mails = async (boekingId: string) =>
    app.db.query(`SELECT dedupe_key, status, attachments FROM mail_outbox WHERE dedupe_key LIKE $1 ORDER BY dedupe_key`, [`jobdate-${boekingId}-%`]);

  it('refuses slots in the past and overlapping slots of the same werkgever, and writes nothing', async () => {
    const voor = await app.db.query(`SELECT count(*)::int AS n FROM jobdate_slot`);
    const verleden = await app.gql.fails(PUBLICEER, { input: { start: new Date(Date.now() - 3600_000).toISOString(), lengteMinuten: 30, vorm: 'BEL_MIJ' } }, werkgever);
    expect(verleden).toMatchObject({ code: 'BAD_USER_INPUT', field: 'start' });
    const slot = await publiceer();
    const overlap = await app.gql.fails(
      PUBLICEER,
      { input: { start: new Date(new Date(slot.start).getTime() + 10 * 60_000).toISOString(), lengteMinuten: 30, vorm: 'BEL_MIJ' } },
      werkgever,
    );
    expect(overlap).toMatchObject({ code: 'BAD_USER_INPUT', field: 'start' });
    expect(await app.gql.fails(PUBLICEER, { input: { start: straks(), lengteMinuten: 30, vorm: 'VIDEO' } }, werkgever)).toMatchObject({ field: 'videoLink' });
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM jobdate_slot`);
    expect(n).toBe(voor[0].n + 1);
  });

  it('a slot names the titles of its vacatures, in the list of free slots and on a booking', async () => {
    const vacatures: { id: string; titel: string }[] = await app.db.query(
      `SELECT id, titel FROM vacature WHERE werkgever_id = $1 ORDER BY titel LIMIT 2`,
      [werkgeverId],
    );
    expect(vacatures.length).toBeGreaterThan(0);
    const slot = await publiceer(straks(), { vacatureIds: vacatures.map((v) => v.id) });
    const { jobdateSlots } = await app.gql.ok(`query { jobdateSlots(filter: { alleenVrij: true }) { id vacatureTitels } }`, {}, coach);
    expect(jobdateSlots.find((s: { id: string }) => s.id === slot.id)).toEqual({ id: slot.id, vacatureTitels: vacatures.map((v) => v.titel) });
    const k = await maakKandidaat(app, coach);
    const { boekJobdate } = await app.gql.ok(`mutation($s: ID!, $k: ID!) { boekJobdate(slotId: $s, kandidaatId: $k) { slot { vacatureTitels } } }`, { s: slot.id, k: k.id }, coach);
    expect(boekJobdate.slot.vacatureTitels).toEqual(vacatures.map((v) => v.titel));
  });

  it('a werkcoach books for its own candidate; the werkgever sees an anonymised card; reminders are scheduled', async () => {
    const k = await maakKandidaat(app, coach);
    const slot = await publiceer();
    const geboekt = (await app.gql.ok(BOEK, { s: slot.id, k: k.id }, coach)).boekJobdate;
    expect(geboekt).toMatchObject({ status: 'GEBOEKT', kandidaatId: k.id, slot: { id: slot.id } });

    const lijst = (await app.gql.ok(BOEKINGEN, {}, werkgever)).jobdateBoekingen;
    const kaart = lijst.find((b: { id: string }) => b.id === geboekt.id);
    expect(kaart).toMatchObject({ kandidaatId: null, kandidaat: { code: k.code, identiteit: null } });

    const bevestigingen = await mails(geboekt.id);
    expect(bevestigingen.length).toBeGreaterThanOrEqual(2);
    const ics = Buffer.from(bevestigingen[0].attachments[0].content, 'base64').toString('utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`UID:jobdate-${geboekt.id}@matchpunt`);

    await app.flushOutbox();
    const herinneringen = app.get(JobdateHerinneringen);
    expect((await herinneringen.wachtend(geboekt.id)).sort()).toEqual(['1h', '24h']);

    // idempotent: the reminder job mails once, however often it runs
    expect(await herinneringen.verstuur({ tenantId: app.seed.id('tenant', 'rivierenland'), boekingId: geboekt.id, soort: '24h' })).toBe('verstuurd');
    const na1 = (await mails(geboekt.id)).length;
    await herinneringen.verstuur({ tenantId: app.seed.id('tenant', 'rivierenland'), boekingId: geboekt.id, soort: '24h' });
    expect((await mails(geboekt.id)).length).toBe(na1);

    // cancel: delayed jobs gone, waiting reminder mail cancelled, both sides get a CANCEL .ics
    const geannuleerd = (await app.gql.ok(ANNULEER, { b: geboekt.id }, coach)).annuleerJobdate;
    expect(geannuleerd.status).toBe('GEANNULEERD');
    expect(await herinneringen.wachtend(geboekt.id)).toEqual([]);
    const na = await mails(geboekt.id);
    expect(na.filter((m: { dedupe_key: string }) => m.dedupe_key.includes('herinnering-24h')).every((m: { status: string }) => m.status !== 'WACHTRIJ')).toBe(true);
    const annulering = na.find((m: { dedupe_key: string }) => m.dedupe_key.includes('-annulering-'));
    expect(Buffer.from(annulering.attachments[0].content, 'base64').toString('utf8')).toContain('METHOD:CANCEL');
    expect(await herinneringen.verstuur({ tenantId: app.seed.id('tenant', 'rivierenland'), boekingId: geboekt.id, soort: '1h' })).toBe('overgeslagen');
    expect(await app.gql.fails(ANNULEER, { b: geboekt.id }, coach)).toMatchObject({ code: 'CONFLICT' });
  });

  it('moves a booking to another slot atomically and reschedules the reminders', async () => {
    const k = await maakKandidaat(app, coach);
    const [a, b] = [await publiceer(), await publiceer()];
    const geboekt = (await app.gql.ok(BOEK, { s: a.id, k: k.id }, coach)).boekJobdate;
    await app.flushOutbox();
    const verplaatst = (await app.gql.ok(VERPLAATS, { b: geboekt.id, s: b.id }, coach)).verplaatsJobdate;
    expect(verplaatst).toMatchObject({ status: 'GEBOEKT', slot: { id: b.id } });
    const [oud] = await app.db.query(`SELECT status, verplaatst_naar FROM jobdate_boeking WHERE id = $1`, [geboekt.id]);
    expect(oud).toEqual({ status: 'VERPLAATST', verplaatst_naar: verplaatst.id });
    await app.flushOutbox();
    const herinneringen = app.get(JobdateHerinneringen);
    expect(await herinneringen.wachtend(geboekt.id)).toEqual([]);
    expect((await herinneringen.wachtend(verplaatst.id)).sort()).toEqual(['1h', '24h']);
    // slot a is free again, slot b is taken
    const k2 = await maakKandidaat(app, coach);
    expect((await app.gql.ok(BOEK, { s: a.id, k: k2.id }, coach)).boekJobdate.status).toBe('GEBOEKT');
    expect(await app.gql.fails(VERPLAATS, { b: verplaatst.id, s: a.id }, coach)).toMatchObject({ code: 'CONFLICT' });
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM jobdate_boeking WHERE kandidaat_id = $1 AND status = 'GEBOEKT'`, [k.id]);
    expect(n).toBe(1);
  });

  it('exactly one of ten parallel bookings of one slot wins; the others get CONFLICT', async () => {
    const slot = await publiceer();
    const kandidaten = await Promise.all(Array.from({ length: 10 }, () => maakKandidaat(app, coach)));
    const uitkomsten = await Promise.all(kandidaten.map((k) => app.gql.request(BOEK, { s: slot.id, k: k.id }, coach)));
    const gelukt = uitkomsten.filter((u) => !u.errors?.length);
    const codes = uitkomsten.flatMap((u) => (u.errors ?? []).map((e) => e.extensions?.code));
    expect(gelukt).toHaveLength(1);
    expect(codes).toEqual(Array(9).fill('CONFLICT'));
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM jobdate_boeking WHERE slot_id = $1`, [slot.id]);
    expect(n).toBe(1);
  });

  it('refuses a withdrawn slot, another coach’s candidate and a werkgever booking', async () => {
    const k = await maakKandidaat(app, coach);
    const slot = await publiceer();
    await app.gql.ok(`mutation($s: ID!) { trekJobdateSlotIn(slotId: $s) { status } }`, { s: slot.id }, werkgever);
    expect(await app.gql.fails(BOEK, { s: slot.id, k: k.id }, coach)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slotId' });
    const vrij = await publiceer();
    expect(await app.gql.fails(BOEK, { s: vrij.id, k: k.id }, coach2)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await app.gql.fails(BOEK, { s: vrij.id, k: k.id }, werkgever)).toMatchObject({ code: 'FORBIDDEN' });
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM jobdate_boeking WHERE kandidaat_id = $1`, [k.id]);
    expect(n).toBe(0);
  });
});
