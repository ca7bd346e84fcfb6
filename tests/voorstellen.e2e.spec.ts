import { andereWerkgever, maakKandidaat, werkgeverGebruikers } from './support/kandidaat-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const VOORSTEL_VELDEN = `id status werkgeverId vacatureId notitie bron reactie reactieReden reactieToelichting plaatsingId dagenInFase`;
const STEL_VOOR = `mutation($k: ID!, $w: [ID!]!, $v: ID, $n: String!) {
  stelKandidaatVoor(kandidaatId: $k, werkgeverIds: $w, vacatureId: $v, notitie: $n) { ${VOORSTEL_VELDEN} } }`;
const INBOX = `query($status: [VoorstelStatus!]) { mijnVoorstellen(status: $status, first: 50) { totalCount edges { node {
  ${VOORSTEL_VELDEN} kaart { id code regio beroepswensen instrumenten identiteit { voornaam achternaam } } vacature { id titel } accountmanager { naam } } } } }`;
const OPEN = `mutation($id: ID!) { openVoorstel(id: $id) { ${VOORSTEL_VELDEN} } }`;
const REAGEER = `mutation($id: ID!, $r: VoorstelReactie!, $reden: ReactieReden, $t: String) {
  reageerOpVoorstel(id: $id, reactie: $r, reden: $reden, toelichting: $t) { ${VOORSTEL_VELDEN} } }`;
const FASE = `mutation($id: ID!, $naar: VoorstelStatus!, $t: String, $p: VoorstelPlaatsingInput) {
  wijzigVoorstelFase(id: $id, naar: $naar, toelichting: $t, plaatsing: $p) { ${VOORSTEL_VELDEN} } }`;
const VOORSTEL = `query($id: ID!) { voorstel(id: $id) { ${VOORSTEL_VELDEN} geschiedenis { van naar doorUserId op toelichting } kandidaat { id status } } }`;
const PIPELINE = `query($am: ID) { pipeline(accountmanagerId: $am) { accountmanagerId kolommen { fase aantal kaarten { dagenInFase voorstel { id kaart { code } werkgever { naam } } } } } }`;

describe('voorstellen (through HTTP)', () => {
  let app: TestApp;
  let coach: string;
  let accountmanager: string;
  let jobhunter: string;
  let werkgever: string;
  let andereWerkgeverToken: string;
  let drentheAdmin: string;
  let werkgeverId: string;
  let tweedeWerkgeverId: string;
  let anderId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const [eerste, tweede] = await werkgeverGebruikers(app, 'rivierenland');
    werkgeverId = eerste.werkgeverId;
    tweedeWerkgeverId = tweede.werkgeverId;
    anderId = await andereWerkgever(app, 'rivierenland', [werkgeverId, tweedeWerkgeverId]);
    [coach, accountmanager, jobhunter, werkgever, andereWerkgeverToken, drentheAdmin] = await Promise.all(
      [
        'werkcoach@werkzaak.demo',
        'accountmanager@werkzaak.demo',
        'jobhunter@werkzaak.demo',
        eerste.email,
        tweede.email,
        'admin@werkplein-drentscheaa.demo',
      ].map((e) => app.gql.login(e)),
    );
  });
  afterAll(() => app.close());

  const stelVoor = async (kandidaatId: string, werkgeverIds: string[], token = accountmanager, vacatureId?: string) =>
    (
      await app.gql.ok(
        STEL_VOOR,
        { k: kandidaatId, w: werkgeverIds, v: vacatureId, n: 'Betrouwbaar & leergierig <b>echt</b>.' },
        token,
      )
    ).stelKandidaatVoor;
  const telling = async (kandidaatId: string) => {
    const [row] = await app.db.query(
      `SELECT (SELECT count(*)::int FROM voorstel WHERE kandidaat_id = $1) AS voorstellen,
              (SELECT count(*)::int FROM mail_outbox m JOIN voorstel v ON m.dedupe_key LIKE 'voorstel-' || v.id || '-%' WHERE v.kandidaat_id = $1) AS mails`,
      [kandidaatId],
    );
    return row;
  };

  it('mails each contactpersoon of every werkgever once, with the card and without identity, and the werkgever sees it in its inbox', async () => {
    const k = await maakKandidaat(app, coach);
    const voorstellen = await stelVoor(k.id, [werkgeverId, tweedeWerkgeverId]);
    expect(voorstellen).toHaveLength(2);
    expect(voorstellen.map((v: { werkgeverId: string }) => v.werkgeverId).sort()).toEqual(
      [werkgeverId, tweedeWerkgeverId].sort(),
    );
    expect(voorstellen[0]).toMatchObject({
      status: 'VOORGESTELD',
      bron: 'ACCOUNTMANAGER',
      reactie: null,
      dagenInFase: 0,
      vacatureId: null,
    });

    const contacten: { id: string; email: string }[] = await app.db.query(
      `SELECT id, email FROM contactpersoon WHERE werkgever_id = $1 AND email IS NOT NULL`,
      [werkgeverId],
    );
    expect(contacten.length).toBeGreaterThan(0);
    const eigen = voorstellen.find((v: { werkgeverId: string }) => v.werkgeverId === werkgeverId);
    await app.startWorker();
    await app.flushOutbox();
    await waitFor(async () => {
      const [{ wacht }] = await app.db.query(
        `SELECT count(*)::int AS wacht FROM mail_outbox WHERE dedupe_key LIKE $1 AND status = 'WACHTRIJ'`,
        [`voorstel-${eigen.id}-%`],
      );
      return wacht === 0;
    });
    const mails: {
      dedupe_key: string;
      to_address: string;
      status: string;
      html: string;
      text: string;
      subject: string;
    }[] = await app.db.query(
      `SELECT dedupe_key, to_address, status, html, text, subject FROM mail_outbox WHERE dedupe_key LIKE $1 ORDER BY dedupe_key`,
      [`voorstel-${eigen.id}-%`],
    );
    expect(mails.map((m) => m.dedupe_key).sort()).toEqual(contacten.map((c) => `voorstel-${eigen.id}-${c.id}`).sort());
    expect(mails.every((m) => m.status === 'VERZONDEN')).toBe(true);
    expect(mails.map((m) => m.to_address).sort()).toEqual(contacten.map((c) => c.email).sort());
    for (const mail of mails) {
      expect(mail.text).toContain(k.code);
      expect(mail.text).toContain(`http://matchpunt.test/voorstellen/${eigen.id}`);
      expect(mail.html).toContain('&lt;b&gt;echt&lt;/b&gt;');
      for (const geheim of ['Noor', 'van Geffen', 'Kerkstraat', 'noor.vangeffen', '06-12345678', 'banenafspraak']) {
        expect(`${mail.subject} ${mail.text} ${mail.html}`).not.toContain(geheim);
      }
    }

    // A duplicated job (a retry, a second relay) sends nothing twice.
    const ids: { id: string }[] = await app.db.query(`SELECT id FROM mail_outbox WHERE dedupe_key LIKE $1`, [
      `voorstel-${eigen.id}-%`,
    ]);
    await app.db.query(
      `INSERT INTO job_outbox (queue, name, data, job_id, delay_ms) SELECT 'mail', 'SendMail', json_build_object('mailId', id), 'mail-dup-' || id, 0 FROM mail_outbox WHERE id = ANY($1)`,
      [ids.map((r) => r.id)],
    );
    await app.flushOutbox();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [{ n, verzonden }] = await app.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'VERZONDEN')::int AS verzonden FROM mail_outbox WHERE dedupe_key LIKE $1`,
      [`voorstel-${eigen.id}-%`],
    );
    expect({ n, verzonden }).toEqual({ n: contacten.length, verzonden: contacten.length });

    const { mijnVoorstellen } = await app.gql.ok(INBOX, {}, werkgever);
    const inInbox = mijnVoorstellen.edges
      .map((e: { node: { id: string } }) => e.node)
      .find((v: { id: string }) => v.id === eigen.id);
    expect(inInbox).toMatchObject({
      status: 'VOORGESTELD',
      notitie: 'Betrouwbaar & leergierig <b>echt</b>.',
      kaart: { id: k.id, code: k.code, identiteit: null },
      vacature: null,
      accountmanager: { naam: expect.any(String) },
    });
    // The other werkgever's inbox holds its own voorstel, never this one.
    const ander = (await app.gql.ok(INBOX, {}, andereWerkgeverToken)).mijnVoorstellen.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(ander).not.toContain(eigen.id);
  });

  it('shows identity on the card only after the candidate consented to share with this werkgever', async () => {
    const k = await maakKandidaat(app, coach);
    const [v] = await stelVoor(k.id, [werkgeverId]);
    const kaart = async () =>
      (
        await app.gql.ok(
          `query($id: ID!) { voorstel(id: $id) { kaart { identiteit { voornaam achternaam } } } }`,
          { id: v.id },
          werkgever,
        )
      ).voorstel.kaart;
    expect((await kaart()).identiteit).toBeNull();
    await app.gql.ok(
      `mutation($k: ID!, $w: ID!) { geefToestemming(kandidaatId: $k, werkgeverId: $w) { id } }`,
      { k: k.id, w: werkgeverId },
      coach,
    );
    expect((await kaart()).identiteit).toEqual({ voornaam: 'Noor', achternaam: 'van Geffen' });
  });

  it('refuses a candidate that is not available, and changes nothing', async () => {
    const k = await maakKandidaat(app, coach);
    await app.gql.ok(
      `mutation($id: ID!) { zetKandidaatStatus(id: $id, status: NIET_BESCHIKBAAR) { status } }`,
      { id: k.id },
      coach,
    );
    const fout = await app.gql.fails(STEL_VOOR, { k: k.id, w: [werkgeverId], n: 'x' }, accountmanager);
    expect(fout).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kandidaatId' });
    expect(fout.message).toContain('NIET_BESCHIKBAAR');
    expect(await telling(k.id)).toEqual({ voorstellen: 0, mails: 0 });
  });

  it('refuses a second open voorstel at the same werkgever, all or nothing over the werkgevers', async () => {
    const k = await maakKandidaat(app, coach);
    await stelVoor(k.id, [werkgeverId]);
    const voor = await telling(k.id);
    const fout = await app.gql.fails(STEL_VOOR, { k: k.id, w: [anderId, werkgeverId], n: 'nog eens' }, jobhunter);
    expect(fout.code).toBe('CONFLICT');
    expect(fout.message).toMatch(/heeft al een lopend voorstel bij/);
    expect(await telling(k.id)).toEqual(voor);
    // A jobhunter's voorstel to another werkgever is fine, and marked as such.
    const [v] = await stelVoor(k.id, [anderId], jobhunter);
    expect(v.bron).toBe('JOBHUNTER');
  });

  it('refuses bad input: unknown candidate or werkgever, a vacature of another werkgever, an overlong note, no werkgevers', async () => {
    const k = await maakKandidaat(app, coach);
    const [vacatureVanAnder] = await app.db.query(`SELECT id FROM vacature WHERE werkgever_id = $1 LIMIT 1`, [anderId]);
    expect(
      (
        await app.gql.fails(
          STEL_VOOR,
          { k: '00000000-0000-4000-8000-000000000000', w: [werkgeverId], n: 'x' },
          accountmanager,
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (await app.gql.fails(STEL_VOOR, { k: k.id, w: ['00000000-0000-4000-8000-000000000000'], n: 'x' }, accountmanager))
        .code,
    ).toBe('NOT_FOUND');
    if (vacatureVanAnder) {
      expect(
        await app.gql.fails(STEL_VOOR, { k: k.id, w: [werkgeverId], v: vacatureVanAnder.id, n: 'x' }, accountmanager),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'vacatureId',
      });
    }
    expect(
      await app.gql.fails(STEL_VOOR, { k: k.id, w: [werkgeverId], n: 'x'.repeat(2001) }, accountmanager),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notitie' });
    expect(await app.gql.fails(STEL_VOOR, { k: k.id, w: [], n: 'x' }, accountmanager)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'werkgeverIds',
    });
    expect(await telling(k.id)).toEqual({ voorstellen: 0, mails: 0 });
  });

  it('lets only accountmanagers, jobhunters and admins propose', async () => {
    const k = await maakKandidaat(app, coach);
    expect((await app.gql.fails(STEL_VOOR, { k: k.id, w: [werkgeverId], n: 'x' }, coach)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(STEL_VOOR, { k: k.id, w: [werkgeverId], n: 'x' }, werkgever)).code).toBe('FORBIDDEN');
  });

  it('marks BEKEKEN on opening, takes one reaction, requires a reden for GEEN_INTERESSE and mails the accountmanager', async () => {
    const k = await maakKandidaat(app, coach);
    const [v] = await stelVoor(k.id, [werkgeverId]);
    const geenReden = await app.gql.fails(REAGEER, { id: v.id, r: 'GEEN_INTERESSE' }, werkgever);
    expect(geenReden).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reden' });
    expect(await app.gql.fails(REAGEER, { id: v.id, r: 'GEEN_INTERESSE', reden: 'ANDERS' }, werkgever)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toelichting',
    });
    expect((await app.gql.ok(VOORSTEL, { id: v.id }, accountmanager)).voorstel).toMatchObject({
      status: 'VOORGESTELD',
      reactie: null,
    });

    expect((await app.gql.ok(OPEN, { id: v.id }, werkgever)).openVoorstel.status).toBe('BEKEKEN');
    expect((await app.gql.ok(OPEN, { id: v.id }, werkgever)).openVoorstel.status).toBe('BEKEKEN');
    const { reageerOpVoorstel } = await app.gql.ok(
      REAGEER,
      { id: v.id, r: 'GEEN_INTERESSE', reden: 'TE_VER_WEG', t: 'Ruim 40 minuten rijden.' },
      werkgever,
    );
    expect(reageerOpVoorstel).toMatchObject({
      status: 'AFGEWEZEN',
      reactie: 'GEEN_INTERESSE',
      reactieReden: 'TE_VER_WEG',
      reactieToelichting: 'Ruim 40 minuten rijden.',
    });

    const twee = await app.gql.fails(REAGEER, { id: v.id, r: 'INTERESSE' }, werkgever);
    expect(twee.code).toBe('CONFLICT');
    expect(twee.message).toMatch(/al op dit voorstel gereageerd/);
    expect((await app.gql.ok(VOORSTEL, { id: v.id }, accountmanager)).voorstel).toMatchObject({
      status: 'AFGEWEZEN',
      reactie: 'GEEN_INTERESSE',
    });

    const mails = await app.db.query(`SELECT to_address, subject, text FROM mail_outbox WHERE dedupe_key = $1`, [
      `voorstel-reactie-${v.id}`,
    ]);
    expect(mails).toHaveLength(1);
    expect(mails[0].to_address).toBe('accountmanager@werkzaak.demo');
    expect(mails[0].text).toContain('te ver weg');

    // After a decline the candidate may be proposed to the same werkgever again.
    const [opnieuw] = await stelVoor(k.id, [werkgeverId]);
    expect(opnieuw.status).toBe('VOORGESTELD');
  });

  it('MEER_INFORMATIE keeps the voorstel open for the accountmanager', async () => {
    const k = await maakKandidaat(app, coach);
    const [v] = await stelVoor(k.id, [werkgeverId]);
    const { reageerOpVoorstel } = await app.gql.ok(
      REAGEER,
      { id: v.id, r: 'MEER_INFORMATIE', t: 'Kan zij ook in het weekend?' },
      werkgever,
    );
    expect(reageerOpVoorstel).toMatchObject({ status: 'BEKEKEN', reactie: 'MEER_INFORMATIE', reactieReden: null });
    expect(
      (await app.gql.ok(FASE, { id: v.id, naar: 'INTERESSE', t: 'Gebeld: weekend kan.' }, accountmanager))
        .wijzigVoorstelFase.status,
    ).toBe('INTERESSE');
  });

  it('checks every transition, names the allowed next stages and changes nothing on refusal', async () => {
    const k = await maakKandidaat(app, coach);
    const [v] = await stelVoor(k.id, [werkgeverId]);
    const sprong = await app.gql.fails(
      FASE,
      { id: v.id, naar: 'GEPLAATST', p: { type: 'REGULIER', startDatum: '2026-03-02', urenPerWeek: 24 } },
      accountmanager,
    );
    expect(sprong).toMatchObject({ code: 'CONFLICT', field: 'naar' });
    expect(sprong.message).toBe(
      'Van VOORGESTELD naar GEPLAATST kan niet. Mogelijke volgende fasen: BEKEKEN, AFGEWEZEN, INGETROKKEN.',
    );
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM plaatsing WHERE kandidaat_id = $1`, [k.id]);
    expect(n).toBe(0);
    const na = (await app.gql.ok(VOORSTEL, { id: v.id }, accountmanager)).voorstel;
    expect(na).toMatchObject({ status: 'VOORGESTELD', kandidaat: { status: 'BESCHIKBAAR' } });
    expect(na.geschiedenis).toHaveLength(1);

    expect(
      await app.gql.fails(
        FASE,
        { id: v.id, naar: 'BEKEKEN', p: { type: 'REGULIER', startDatum: '2026-03-02', urenPerWeek: 24 } },
        accountmanager,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'plaatsing',
    });
    expect((await app.gql.fails(FASE, { id: v.id, naar: 'BEKEKEN' }, werkgever)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(FASE, { id: v.id, naar: 'BEKEKEN' }, coach)).code).toBe('FORBIDDEN');

    await app.gql.ok(FASE, { id: v.id, naar: 'INGETROKKEN', t: 'Kandidaat ziet ervan af.' }, accountmanager);
    const dicht = await app.gql.fails(FASE, { id: v.id, naar: 'BEKEKEN' }, accountmanager);
    expect(dicht).toMatchObject({ code: 'CONFLICT' });
    expect(dicht.message).toBe('Dit voorstel is afgesloten (INGETROKKEN); er volgt geen fase meer.');
    // A withdrawn voorstel disappears for the werkgever.
    expect((await app.gql.fails(VOORSTEL, { id: v.id }, werkgever)).code).toBe('NOT_FOUND');
  });

  it('GEPLAATST needs the plaatsing; a bad plaatsing rolls everything back', async () => {
    const k = await maakKandidaat(app, coach);
    const [v] = await stelVoor(k.id, [werkgeverId]);
    for (const naar of ['BEKEKEN', 'INTERESSE', 'KENNISMAKING'])
      await app.gql.ok(FASE, { id: v.id, naar }, accountmanager);
    expect(await app.gql.fails(FASE, { id: v.id, naar: 'GEPLAATST' }, accountmanager)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'plaatsing',
    });
    expect(
      await app.gql.fails(
        FASE,
        { id: v.id, naar: 'GEPLAATST', p: { type: 'REGULIER', startDatum: '2026-02-30', urenPerWeek: 24 } },
        accountmanager,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startDatum',
    });
    const na = (await app.gql.ok(VOORSTEL, { id: v.id }, accountmanager)).voorstel;
    expect(na).toMatchObject({ status: 'KENNISMAKING', plaatsingId: null, kandidaat: { status: 'BESCHIKBAAR' } });
  });

  it('keeps other employers, other tenants and wrong roles out (NOT_FOUND / FORBIDDEN), changing nothing', async () => {
    const k = await maakKandidaat(app, coach);
    const [v] = await stelVoor(k.id, [werkgeverId]);
    expect((await app.gql.fails(VOORSTEL, { id: v.id }, andereWerkgeverToken)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(OPEN, { id: v.id }, andereWerkgeverToken)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(REAGEER, { id: v.id, r: 'INTERESSE' }, andereWerkgeverToken)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(VOORSTEL, { id: v.id }, drentheAdmin)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(FASE, { id: v.id, naar: 'BEKEKEN' }, drentheAdmin)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(REAGEER, { id: v.id, r: 'INTERESSE' }, accountmanager)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(INBOX, {}, accountmanager)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(`query { voorstel(id: "geen-id") { id } }`, {}, werkgever)).code).toBe('NOT_FOUND');
    expect((await app.gql.ok(VOORSTEL, { id: v.id }, accountmanager)).voorstel).toMatchObject({
      status: 'VOORGESTELD',
      reactie: null,
    });
    // The werkgever sees no history with user ids, and not the staff view of the candidate.
    expect(
      (
        await app.gql.fails(
          `query($id: ID!) { voorstel(id: $id) { geschiedenis { doorUserId } } }`,
          { id: v.id },
          werkgever,
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (await app.gql.fails(`query($id: ID!) { voorstel(id: $id) { kandidaat { id } } }`, { id: v.id }, werkgever)).code,
    ).toBe('FORBIDDEN');
  });

  it('shows the pipeline per stage with counts, cards and ageing, for the caller by default', async () => {
    const k1 = await maakKandidaat(app, coach);
    const k2 = await maakKandidaat(app, coach);
    const [a] = await stelVoor(k1.id, [anderId]);
    await stelVoor(k2.id, [anderId]);
    await app.gql.ok(FASE, { id: a.id, naar: 'BEKEKEN' }, accountmanager);
    await app.db.query(`UPDATE voorstel SET status_sinds = now() - interval '3 days 2 hours' WHERE id = $1`, [a.id]);

    const { pipeline } = await app.gql.ok(PIPELINE, {}, accountmanager);
    const [am] = await app.db.query(`SELECT id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
    expect(pipeline.accountmanagerId).toBe(am.id);
    expect(pipeline.kolommen.map((k: { fase: string }) => k.fase)).toEqual([
      'VOORGESTELD',
      'BEKEKEN',
      'INTERESSE',
      'KENNISMAKING',
      'PROEFPLAATSING',
      'GEPLAATST',
      'AFGEWEZEN',
      'INGETROKKEN',
    ]);
    const [tellingen] = [
      await app.db.query(
        `SELECT status, count(*)::int AS n FROM voorstel WHERE accountmanager_id = $1 GROUP BY status`,
        [am.id],
      ),
    ];
    for (const kolom of pipeline.kolommen) {
      expect(kolom.aantal).toBe(tellingen.find((t: { status: string }) => t.status === kolom.fase)?.n ?? 0);
      expect(kolom.kaarten.length).toBe(Math.min(kolom.aantal, 50));
    }
    const bekeken = pipeline.kolommen.find((k: { fase: string }) => k.fase === 'BEKEKEN');
    expect(bekeken.kaarten.find((c: { voorstel: { id: string } }) => c.voorstel.id === a.id)).toMatchObject({
      dagenInFase: 3,
      voorstel: { kaart: { code: k1.code } },
    });

    // The jobhunter's own board does not hold the accountmanager's voorstellen; a werkgever has no board.
    const eigen = (await app.gql.ok(PIPELINE, {}, jobhunter)).pipeline.kolommen.flatMap(
      (k: { kaarten: { voorstel: { id: string } }[] }) => k.kaarten.map((c) => c.voorstel.id),
    );
    expect(eigen).not.toContain(a.id);
    expect((await app.gql.ok(PIPELINE, { am: am.id }, jobhunter)).pipeline.kolommen[1].aantal).toBe(bekeken.aantal);
    expect((await app.gql.fails(PIPELINE, {}, werkgever)).code).toBe('FORBIDDEN');
  });
});
